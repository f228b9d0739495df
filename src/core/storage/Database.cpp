#include "storage/Database.h"

#include "storage/PrivateFile.h"
#include "storage/SchemaMigrations.h"
#include "storage/SqliteLibrary.h"
#include "storage/StorageError.h"
#include "util/Translated.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

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
        throw StorageError(
            StorageError::Kind::ReadOnly,
            translated::fill(QCoreApplication::translate("StorageError",
                                                         "cannot create the database file %1: %2"),
                             path, file.errorString()));
    }
    file.setPermissions(kOwnerOnlyFile);
}

// Whether another program has the database open: each SQLite connection in
// WAL mode holds a shared lock on the "DMS" byte of the -shm file (offset
// 128 in SQLite's unix VFS). F_GETLK needs no write access to the file.
bool openElsewhere(const QString& shmPath)
{
    const int fd = ::open(QFile::encodeName(shmPath).constData(),
                          O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        return errno != ENOENT; // cannot tell: assume it is
    }
    struct flock lock
    {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    const bool locked = ::fcntl(fd, F_GETLK, &lock) != 0 || lock.l_type != F_UNLCK;
    // Closing drops this process's own fcntl locks on the file: there are
    // none yet, the database is not open here.
    ::close(fd);
    return locked;
}

// A -shm or -wal left behind by an earlier run that this user cannot write
// (another owner, say root, or the read-only mode the database file had
// then) makes every write fail with SQLITE_READONLY even after the
// database file's own permissions are right again. What is safe
// (docs/storage.md): a file of this user gets the database file's
// permissions back; a -shm of another user, which holds only an index SQLite
// rebuilds from the -wal, is removed when no other program has the database
// open, and so is an empty -wal; a -wal with data is never removed (it may
// hold saved changes): the error says what to do.
void repairStaleSidecars(const QString& path)
{
    const QByteArray database = QFile::encodeName(path);
    struct stat databaseStatus
    {};
    if (::access(database.constData(), W_OK) != 0 ||
        ::stat(database.constData(), &databaseStatus) != 0) {
        return; // the database itself cannot be written: nothing to repair here
    }
    const QString shm = path + QStringLiteral("-shm");
    const QString wal = path + QStringLiteral("-wal");
    for (const QString& sidecar : {shm, wal}) {
        const QByteArray name = QFile::encodeName(sidecar);
        struct stat status
        {};
        if (::lstat(name.constData(), &status) != 0 || ::access(name.constData(), W_OK) == 0) {
            continue;
        }
        if (S_ISREG(status.st_mode) && status.st_uid == ::geteuid() &&
            ::chmod(name.constData(), databaseStatus.st_mode & 07777) == 0 &&
            ::access(name.constData(), W_OK) == 0) {
            continue;
        }
        const bool isShm = sidecar == shm;
        const bool removable = S_ISREG(status.st_mode) && (isShm || status.st_size == 0);
        if (removable && !openElsewhere(shm) && ::unlink(name.constData()) == 0) {
            continue;
        }
        const QString message =
            removable
                ? QCoreApplication::translate(
                      "StorageError",
                      "the database's %1 file %2 cannot be written by this user (left by an "
                      "earlier run as another user, or with the database's old read-only "
                      "permissions) and another program has the database open, so it was not "
                      "removed: give it the same owner and permissions as the database file and "
                      "try again")
                : QCoreApplication::translate(
                      "StorageError",
                      "the database's %1 file %2 cannot be written by this user (left by an "
                      "earlier run as another user, or with the database's old read-only "
                      "permissions) and it may hold saved changes, so it is not removed: give it "
                      "the same owner and permissions as the database file and try again");
        throw StaleSidecarError(StorageError::Kind::ReadOnly,
                                translated::fill(message, isShm ? "-shm" : "-wal", sidecar), 8);
    }
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

Database::Database(const QString& path, Mode mode) : m_path(path), m_mode(mode)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode != Mode::CreateIfMissing) {
        throw StorageError(
            StorageError::Kind::Other,
            translated::fill(
                QCoreApplication::translate("StorageError",
                                            "no database at %1 (create one with the init command)"),
                path));
    }
    if (!exists) {
        createOwnerOnly(path);
    } else {
        removeLeftovers(path);
    }
    const bool readOnly = mode == Mode::ReadOnly || mode == Mode::Rescue;
    if (!readOnly) {
        repairStaleSidecars(path);
    }
    const QString readOnlyOption = QStringLiteral("QSQLITE_OPEN_READONLY");
    open(path, readOnly ? readOnlyOption : QString());
    try {
        setUp();
    } catch (const StorageError& error) {
        // A WAL database whose -shm file cannot be created (read-only
        // folder or mount, full disk) cannot be opened even read-only; as
        // immutable it can, and that is exact when no -wal file holds
        // committed pages that are not in the database file yet.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        const int code = error.sqliteCode();
        const bool cannotWrite = code == 8 || code == 10 || code == 13 || code == 14;
        if (mode != Mode::Rescue || !cannotWrite || (wal.exists() && wal.size() > 0)) {
            close();
            throw;
        }
        close();
        open(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                 QStringLiteral("?immutable=1"),
             readOnlyOption + QStringLiteral(";QSQLITE_OPEN_URI"));
        try {
            setUp();
        } catch (...) {
            close();
            throw;
        }
    }
}

void Database::open(const QString& name, const QString& options)
{
    m_connectionName = nextConnectionName();
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_connection.setDatabaseName(name);
    m_connection.setConnectOptions(options);
    if (!m_connection.open()) {
        const QSqlError error = m_connection.lastError();
        close();
        throw StorageError::fromSql(
            error,
            translated::fill(QCoreApplication::translate("StorageError", "opening %1"), m_path));
    }
    // Our own sqlite3_* calls on the driver's handle need the driver to run
    // on the same SQLite; checked once per process.
    static const sqlite_library::Sharing sharing = sqlite_library::inspect(m_connection);
    if (!sharing.shared) {
        close();
        throw StorageError(StorageError::Kind::Other,
                           "Qt's SQLite driver (" + sharing.driverPlugin + ", SQLite " +
                               sharing.driverVersion + ") does not use the SQLite library " +
                               "this program is linked with (" + sharing.ownLibrary + ", SQLite " +
                               sharing.ownVersion +
                               "); install the Qt SQLite plugin of your distribution " +
                               "(Debian: libqt6sql6-sqlite) built on the system's SQLite");
    }
}

void Database::close()
{
    m_cachedStatements.clear(); // statements go before their connection
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::setUp()
{
    // The first statement that reads the file tells a database from any other file.
    execute(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
            QT_TRANSLATE_NOOP("StorageDoing", "setting up"));
    execute(QStringLiteral("PRAGMA foreign_keys = ON"),
            QT_TRANSLATE_NOOP("StorageDoing", "setting up"));
    const bool readOnly = m_mode == Mode::ReadOnly || m_mode == Mode::Rescue;
    if (!readOnly) {
        execute(QStringLiteral("PRAGMA journal_mode = WAL"),
                QT_TRANSLATE_NOOP("StorageDoing", "switching to write-ahead logging"));
    }
    // These are health records: a commit is on disk before it is reported.
    execute(QStringLiteral("PRAGMA synchronous = FULL"),
            QT_TRANSLATE_NOOP("StorageDoing", "setting up"));
    // 32 MB of page cache keeps the indexes in memory during large imports.
    execute(QStringLiteral("PRAGMA cache_size = -32768"),
            QT_TRANSLATE_NOOP("StorageDoing", "setting up"));
    SchemaMigrations::migrate(*this, readOnly);
}

Database::~Database()
{
    close();
}

struct Database::BusyWait
{
    qint64 limitMs = 0;
    std::function<void()> notice;
    bool noticed = false;
    QElapsedTimer timer;

    // SQLite's busy handler: `count` is 0 at the first retry of each lock.
    static int retry(void* context, int count)
    {
        auto* wait = static_cast<BusyWait*>(context);
        if (count == 0) {
            wait->timer.start();
        }
        const qint64 waited = wait->timer.elapsed();
        if (waited >= wait->limitMs) {
            return 0;
        }
        if (!wait->noticed && waited >= 1000) {
            wait->noticed = true;
            if (wait->notice) {
                wait->notice();
            }
        }
        sqlite3_sleep(waited < 1000 ? 5 : 50);
        return 1;
    }
};

void Database::waitPatiently(std::chrono::seconds limit, std::function<void()> notice)
{
    auto wait = std::make_unique<BusyWait>();
    wait->limitMs = qint64(std::chrono::duration_cast<std::chrono::milliseconds>(limit).count());
    wait->notice = std::move(notice);
    // Replaces the busy timeout set by the pragma.
    sqlite3_busy_handler(sqliteHandle(), &BusyWait::retry, wait.get());
    m_busyWait = std::move(wait);
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
        throw StorageError::fromSql(
            query.lastError(),
            translated::fill(QCoreApplication::translate("StorageDoing", "preparing \"%1\""),
                             sql.left(60)));
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
        throw StorageError::fromSql(
            query.lastError(), QT_TRANSLATE_NOOP("StorageDoing", "reading the schema version"));
    }
    return query.value(0).toInt();
}
