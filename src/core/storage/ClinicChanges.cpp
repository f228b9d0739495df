#include "storage/ClinicChanges.h"

#include "storage/StorageError.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresLocation.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <chrono>

using namespace std::chrono_literals;

namespace {

// Long enough to gather the writes of one burst, short enough that a change
// is on every screen well within a second.
constexpr auto kGatherTime = 150ms;
// How often a file is asked whether another connection committed: a read
// of a number SQLite keeps in memory, far below a millisecond.
constexpr auto kFilePollInterval = 300ms;

// LISTEN on a connection of its own: the QPSQL driver watches the socket
// through the event loop and signals each notification.
class ServerChanges final : public ClinicChanges
{
public:
    ServerChanges(const QString& location, const QString& password, QObject* parent)
        : ClinicChanges(parent), m_connection(std::make_unique<PostgresConnection>(
                                     PostgresLocation::parse(location), password))
    {
        QSqlDriver* driver = m_connection->connection().driver();
        if (!driver->subscribeToNotification(QLatin1String(kServerChannel))) {
            throw StorageError(StorageError::Kind::Other,
                               "watching the server for changes: " +
                                   driver->lastError().text().toStdString());
        }
        connect(driver, &QSqlDriver::notification, this, [this](const QString& name) {
            if (name == QLatin1String(kServerChannel)) {
                noteChange();
            }
        });
    }

    ~ServerChanges() override
    {
        m_connection->connection().driver()->unsubscribeFromNotification(
            QLatin1String(kServerChannel));
    }

private:
    std::unique_ptr<PostgresConnection> m_connection;
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
                throw StorageError::fromSql(error,
                                            "watching " + path.toStdString() + " for changes");
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
