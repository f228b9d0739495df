#include "storage/Database.h"

#include "storage/PrivateFile.h"
#include "storage/SchemaMigrations.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <atomic>

namespace {

constexpr auto kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr int kBusyTimeoutMs = 10000;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("clinic-intake-%1").arg(counter++);
}

// New folders and files are owner-only: these are health records. SQLite
// gives its -wal and -shm files the database file's permissions.
void createOwnerOnly(const QString& path)
{
    const QFileInfo info(path);
    privatefile::createOwnerOnlyFolder(info.absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile)) {
        throw StorageError(StorageError::Kind::ReadOnly, "cannot create the database file " +
                                                             path.toStdString() + ": " +
                                                             file.errorString().toStdString());
    }
    file.setPermissions(kOwnerOnlyFile);
}

} // namespace

QStringList Database::temporaryPrefixes(const QString& path)
{
    const QString name = QLatin1Char('.') + QFileInfo(path).fileName();
    return {name + QStringLiteral(".backup-"), name + QStringLiteral(".restoring-")};
}

void Database::removeLeftovers(const QString& path)
{
    privatefile::removeStaleTemporaries(QFileInfo(path).absolutePath(), temporaryPrefixes(path));
}

Database::Database(const QString& path, Mode mode)
    : m_path(path), m_connectionName(nextConnectionName())
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode != Mode::CreateIfMissing) {
        throw StorageError(StorageError::Kind::Other, "no database at " + path.toStdString() +
                                                          " (create one with the init command)");
    }
    if (!exists) {
        createOwnerOnly(path);
    } else {
        removeLeftovers(path);
    }

    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_connection.setDatabaseName(path);
    if (mode == Mode::ReadOnly) {
        m_connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!m_connection.open()) {
        throw StorageError::fromSql(m_connection.lastError(), "opening " + path.toStdString());
    }
    // The first statement that reads the file tells a database from any other file.
    execute(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), "setting up");
    execute(QStringLiteral("PRAGMA foreign_keys = ON"), "setting up");
    if (mode != Mode::ReadOnly) {
        execute(QStringLiteral("PRAGMA journal_mode = WAL"), "switching to write-ahead logging");
    }
    // These are health records: a commit is on disk before it is reported.
    execute(QStringLiteral("PRAGMA synchronous = FULL"), "setting up");
    // 32 MB of page cache keeps the indexes in memory during large imports.
    execute(QStringLiteral("PRAGMA cache_size = -32768"), "setting up");
    SchemaMigrations::migrate(*this, mode == Mode::ReadOnly);
}

Database::~Database()
{
    m_cachedStatements.clear(); // statements go before their connection
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    // The AppDataLocation of the application "clinic-intake", spelled out so
    // that the command-line tool (another application name) finds the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/clinic-intake/clinic-intake.sqlite");
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery query(m_connection);
    if (!query.prepare(sql)) {
        throw StorageError::fromSql(query.lastError(),
                                    "preparing \"" + sql.left(60).toStdString() + "\"");
    }
    return query;
}

QSqlQuery& Database::cached(const QString& sql) const
{
    auto found = m_cachedStatements.find(sql);
    if (found == m_cachedStatements.end()) {
        found = m_cachedStatements.insert(sql, prepare(sql));
    }
    return *found;
}

void Database::run(QSqlQuery& query, const char* doing)
{
    if (!query.exec()) {
        throw StorageError::fromSql(query.lastError(), doing);
    }
}

void Database::execute(const QString& sql, const char* doing) const
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql)) {
        throw StorageError::fromSql(query.lastError(), doing);
    }
}

sqlite3* Database::sqliteHandle() const
{
    const QVariant handle = m_connection.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        throw StorageError(StorageError::Kind::Other, "the database driver is not SQLite");
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        throw StorageError::fromSql(query.lastError(), "reading the schema version");
    }
    return query.value(0).toInt();
}
