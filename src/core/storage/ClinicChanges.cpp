#include "storage/ClinicChanges.h"

#include "storage/StorageError.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresLocation.h"
#include "storage/postgres/PostgresTransaction.h"
#include "util/Translated.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <chrono>
#include <libpq-fe.h>

using namespace std::chrono_literals;

namespace {

// Long enough to gather the writes of one burst, short enough that a change
// is on every screen well within a second.
constexpr auto kGatherTime = 150ms;
// How often a file is asked whether another connection committed: a read
// of a number SQLite keeps in memory, far below a millisecond.
constexpr auto kFilePollInterval = 300ms;
constexpr auto kHealthInterval = 1s;

// LISTEN on a connection of its own: the QPSQL driver watches the socket
// through the event loop and signals each notification.
class ServerChanges final : public ClinicChanges
{
public:
    ServerChanges(const QString& location, const QString& password, QObject* parent)
        : ClinicChanges(parent), m_location(location), m_password(password)
    {
        listen();
        // libpq's own view of the connection, no round trip: a connection
        // the server dropped is seen within a second.
        m_health.setInterval(kHealthInterval);
        connect(&m_health, &QTimer::timeout, this, [this] {
            if (m_connection && PQstatus(libpqConnection(*m_connection)) == CONNECTION_BAD) {
                drop();
                noteChange();
            }
        });
        m_health.start();
    }

    ~ServerChanges() override { drop(); }

    bool isLost() const override { return m_connection == nullptr; }

    void reconnect() override
    {
        if (m_connection) {
            return;
        }
        try {
            listen();
        } catch (const std::exception&) {
            drop();
            return;
        }
        noteChange();
    }

private:
    void listen()
    {
        m_connection =
            std::make_unique<PostgresConnection>(PostgresLocation::parse(m_location), m_password);
        QSqlDriver* driver = m_connection->connection().driver();
        if (!driver->subscribeToNotification(QLatin1String(kServerChannel))) {
            throw StorageError(
                StorageError::Kind::Other,
                translated::fill(QCoreApplication::translate("StorageError", "%1 failed: %2"),
                                 translated::doing(QT_TRANSLATE_NOOP(
                                     "StorageDoing", "watching the server for changes")),
                                 driver->lastError().text()));
        }
        connect(driver, &QSqlDriver::notification, this, [this](const QString& name) {
            if (name == QLatin1String(kServerChannel)) {
                noteChange();
            }
        });
    }

    // Also stops the driver watching a socket that is gone.
    void drop()
    {
        if (m_connection) {
            QSqlDriver* driver = m_connection->connection().driver();
            disconnect(driver, nullptr, this, nullptr);
            if (driver->isOpen()) { // a dropped one has no LISTEN to end
                driver->unsubscribeFromNotification(QLatin1String(kServerChannel));
            }
        }
        m_connection.reset();
    }

    QString m_location;
    QString m_password; // in memory only, as the session keeps it
    std::unique_ptr<PostgresConnection> m_connection;
    QTimer m_health;
};

QString nextFileConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("clinic-intake-changes-%1").arg(++counter);
}

// `PRAGMA data_version` on a read-only connection of its own: the number
// moves whenever another connection (this program's own included) commits,
// and never for a transaction rolled back.
class FileChanges final : public ClinicChanges
{
public:
    FileChanges(const QString& path, QObject* parent)
        : ClinicChanges(parent), m_connectionName(nextFileConnectionName())
    {
        {
            QSqlDatabase connection =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            connection.setDatabaseName(path);
            connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!connection.open()) {
                const QSqlError error = connection.lastError();
                connection = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_connectionName);
                throw StorageError::fromSql(
                    error, translated::fill(QCoreApplication::translate("StorageDoing",
                                                                        "watching %1 for changes"),
                                            path));
            }
        }
        m_version = dataVersion();
        m_poll.setInterval(kFilePollInterval);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            const qint64 now = dataVersion();
            if (now >= 0 && now != m_version) {
                m_version = now;
                noteChange();
            }
        });
        m_poll.start();
    }

    ~FileChanges() override
    {
        m_poll.stop();
        {
            QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
            connection.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

private:
    // -1 when the file could not be read this time (busy): asked again later.
    qint64 dataVersion() const
    {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
            return -1;
        }
        const qint64 version = query.value(0).toLongLong();
        // Ends the statement's read at once: no snapshot held between polls.
        query.finish();
        return version;
    }

    QString m_connectionName;
    QTimer m_poll;
    qint64 m_version = -1;
};

} // namespace

ClinicChanges::ClinicChanges(QObject* parent) : QObject(parent)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherTime);
    connect(&m_gather, &QTimer::timeout, this, &ClinicChanges::changed);
}

ClinicChanges::~ClinicChanges() = default;

void ClinicChanges::noteChange()
{
    if (!m_gather.isActive()) {
        m_gather.start();
    }
}

std::unique_ptr<ClinicChanges> watchClinicChanges(const QString& location,
                                                  const QString& serverPassword, QObject* parent)
{
    if (isServerLocation(location)) {
        return std::make_unique<ServerChanges>(location, serverPassword, parent);
    }
    return std::make_unique<FileChanges>(location, parent);
}
