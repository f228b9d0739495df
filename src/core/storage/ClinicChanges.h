#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

// Tells the program when the clinic's records changed, whoever changed them:
// another workstation, another window, or this window itself. The front end
// reloads what it shows on changed() and does not care which backend it is
// on. Lives on the thread that made it (the GUI thread), whose event loop
// delivers the news; nothing blocks. A burst of changes (an import, a busy
// front desk) gives one changed() per quiet period, not one per write.
//
// On a server: PostgreSQL's LISTEN on a connection of its own; every write's
// audit entry sends the NOTIFY in the write's transaction, so it arrives only
// once the write is committed. On a file: SQLite's `PRAGMA data_version` on a
// connection of its own, polled; it moves when another connection commits.
class ClinicChanges : public QObject
{
    Q_OBJECT

public:
    // The channel every write notifies on (PostgresAuditTrail::append).
    static constexpr const char* kServerChannel = "clinic_changes";

    ~ClinicChanges() override;

    // A server only: the watching connection was lost (a server restart, a
    // network drop), so news may be missed. changed() is sent when that is
    // seen, for the pages to read what they can.
    virtual bool isLost() const { return false; }
    // Connects again when lost, e.g. once the program knows the server
    // answers again (this waits for the connection to be made); changed()
    // follows, for what was missed meanwhile. Throws nothing: still lost
    // when it fails.
    virtual void reconnect() {}

signals:
    // Something was committed since the last changed() (or since watching
    // began). Reload what is shown.
    void changed();

protected:
    explicit ClinicChanges(QObject* parent);
    // A change was seen; changed() follows once the burst is over.
    void noteChange();

private:
    QTimer m_gather;
};

// Starts watching the clinic's records at `location` (a file path or a
// postgresql:// URI, as for openClinicStorage) on a connection of its own.
// Throws StorageError (PostgresError on a server) when it cannot connect.
std::unique_ptr<ClinicChanges> watchClinicChanges(const QString& location,
                                                  const QString& serverPassword,
                                                  QObject* parent = nullptr);
