#include "storage/DatabaseRestore.h"

#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/AuditLog.h"
#include "storage/BackupCipher.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/PrivateFile.h"
#include "storage/SchemaMigrations.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"
#include "util/Translated.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <sys/file.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kLiveBusyTimeoutMs = 2000;
constexpr qint64 kCopyBuffer = 1 << 20;

// The tables every Clinic Intake database has had since schema version 1.
const char* const kRequiredTables[] = {"clients",     "intakes", "intake_versions",
                                       "suggestions", "reviews", "audit_log"};

// A bare SQLite connection: for files that must not be migrated, or
// touched beyond what is asked (Database would do both).
class RawConnection
{
public:
    RawConnection(const QString& path, int flags, const std::string& doing)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK) {
            const std::string text = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            throw StorageError::fromSqliteCode(rc, text, doing);
        }
        sqlite3_extended_result_codes(m_db, 1);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    sqlite3* handle() const { return m_db; }

    // The rows of `sql` (at most `limit`), each column as text.
    std::vector<QStringList> rows(const char* sql, const std::string& doing, int limit = 1000) const
    {
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        std::vector<QStringList> result;
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            rc = sqlite3_step(statement);
            if (rc != SQLITE_ROW || int(result.size()) >= limit) {
                break;
            }
            QStringList row;
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                row << QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, column)));
            }
            result.push_back(row);
        }
        const bool failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
        const int code = sqlite3_extended_errcode(m_db);
        const std::string text = sqlite3_errmsg(m_db);
        sqlite3_finalize(statement);
        if (failed) {
            throw StorageError::fromSqliteCode(code, text, doing);
        }
        return result;
    }

private:
    sqlite3* m_db = nullptr;
};

StorageError damaged(const std::string& message)
{
    return StorageError(StorageError::Kind::Corrupt, message);
}

// Makes the current database one self-contained file, or refuses (Busy)
// when another connection has it open. A database SQLite cannot read is
// left exactly as it is (its sidecars then move with it): first probed
// read-only, because a read-write connection that fails on it still
// deletes its -wal file when it closes.
void prepareLiveDatabase(const QString& path)
{
    const auto refuseWhenBusy = [](const StorageError& error) {
        if (error.kind() == StorageError::Kind::Busy) {
            throw StorageError(
                StorageError::Kind::Busy,
                translated::fill(QCoreApplication::translate(
                    "StorageError",
                    "the database is still open in another program (is Clinic Intake running?); "
                    "close it and restore again. Nothing was replaced.")));
        }
    };
    try {
        const RawConnection probe(
            path, SQLITE_OPEN_READONLY,
            QT_TRANSLATE_NOOP("StorageDoing", "opening the current database"));
        sqlite3_busy_timeout(probe.handle(), kLiveBusyTimeoutMs);
        probe.rows("PRAGMA schema_version",
                   QT_TRANSLATE_NOOP("StorageDoing", "reading the current database"));
    } catch (const StorageError& error) {
        refuseWhenBusy(error);
        return; // unreadable: kept untouched
    }
    try {
        const RawConnection live(path, SQLITE_OPEN_READWRITE,
                                 QT_TRANSLATE_NOOP("StorageDoing", "opening the current database"));
        sqlite3_busy_timeout(live.handle(), kLiveBusyTimeoutMs);
        // Leaving WAL mode checkpoints the log and needs every other
        // connection gone: the one test SQLite offers for "nobody else has it open".
        live.rows("PRAGMA journal_mode = DELETE",
                  QT_TRANSLATE_NOOP("StorageDoing", "closing the current database"));
    } catch (const StorageError& error) {
        refuseWhenBusy(error);
    }
}

QString keptName(const QString& databasePath, const Clock& clock)
{
    const QString base = databasePath + QStringLiteral(".replaced-") +
                         clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"));
         ++n) {
        name = base + QLatin1Char('-') + QString::number(n);
    }
    return name;
}

const char* const kSidecars[] = {"-wal", "-shm", "-journal"};

// Moves whichever of SQLite's files beside database `from` exist to beside `to`.
void moveSidecars(const QString& from, const QString& to)
{
    for (const char* sidecar : kSidecars) {
        const QString file = from + QLatin1String(sidecar);
        if (QFileInfo::exists(file)) {
            privatefile::moveNoReplace(
                file, to + QLatin1String(sidecar),
                QT_TRANSLATE_NOOP("StorageDoing", "keeping the current database"));
        }
    }
}

// An flock on a file for as long as the object lives (best effort).
class HeldLock
{
public:
    explicit HeldLock(const QString& path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW))
    {
        if (m_fd >= 0) {
            ::flock(m_fd, LOCK_EX | LOCK_NB);
        }
    }
    ~HeldLock()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    HeldLock(const HeldLock&) = delete;
    HeldLock& operator=(const HeldLock&) = delete;

private:
    int m_fd;
};

// Puts the verified copy at `live` and what was there at `kept`.
void swapIn(PrivateTempFile& copy, const QString& live, const QString& kept)
{
    // The sidecars go first: SQLite would read an old -wal or -journal as
    // part of the new file.
    moveSidecars(live, kept);
    // Locked like a temporary file: for the instant the replaced database
    // has the copy's temporary name, a program starting then must not take
    // it for a killed restore's leftover (Database::removeLeftovers).
    const HeldLock replaced(live);
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    // One atomic step: there is never a moment without a database at `live`
    // (which the next program start would fill with a new, empty one).
    if (renameat2(AT_FDCWD, QFile::encodeName(copy.path()).constData(), AT_FDCWD,
                  QFile::encodeName(live).constData(), RENAME_EXCHANGE) == 0) {
        copy.release(); // its name now holds the replaced database
        try {
            privatefile::moveNoReplace(
                copy.path(), kept,
                QT_TRANSLATE_NOOP("StorageDoing", "keeping the current database"));
        } catch (const StorageError& error) {
            throw RestoredWithProblem(
                error.kind(),
                translated::fill(
                    QCoreApplication::translate(
                        "StorageError",
                        "the backup was restored, but the replaced database is left as %1: %2"),
                    copy.path(), error.what()));
        }
        return;
    }
    // Not supported here (e.g. some network file systems): two renames.
#endif
    privatefile::moveNoReplace(live, kept,
                               QT_TRANSLATE_NOOP("StorageDoing", "keeping the current database"));
    try {
        copy.moveTo(live);
    } catch (...) {
        if (!QFileInfo::exists(live)) {
            try { // back as it was
                privatefile::moveNoReplace(
                    kept, live, QT_TRANSLATE_NOOP("StorageDoing", "putting the database back"));
                moveSidecars(kept, live);
            } catch (...) {
            }
        }
        throw;
    }
}

void copyInto(const QString& source, QFile& target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        throw StorageError(
            StorageError::Kind::Other,
            translated::fill(QCoreApplication::translate("StorageError", "cannot read %1: %2"),
                             source, in.errorString()));
    }
    QByteArray buffer(kCopyBuffer, Qt::Uninitialized);
    for (;;) {
        const qint64 got = in.read(buffer.data(), buffer.size());
        if (got < 0) {
            throw StorageError(StorageError::Kind::Other,
                               translated::fill(QCoreApplication::translate(
                                                    "StorageError", "reading %1 failed: %2"),
                                                source, in.errorString()));
        }
        if (got == 0) {
            return;
        }
        if (target.write(buffer.constData(), got) != got) {
            privatefile::throwWriteError(target,
                                         QT_TRANSLATE_NOOP("StorageDoing", "copying the backup"));
        }
    }
}

// Everything `check` verifies, on the copy brought up to this version's
// schema; and a copy from before accounts gets the restoring manager's
// account, so that nobody can make himself its first manager afterwards.
void verifyContents(const QString& copyPath, const QString& databasePath, const Clock& clock,
                    const QString& actor)
{
    const Database copy(copyPath, Database::Mode::MustExist);
    DatabaseRestore::requirePassesCheck(copy);
    QSqlQuery anyAccount = copy.prepare(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    Database::run(anyAccount, QT_TRANSLATE_NOOP("StorageDoing", "reading the backup's accounts"));
    if (anyAccount.next() || !QFileInfo::exists(databasePath)) {
        return;
    }
    std::optional<Database> live;
    try {
        live.emplace(databasePath, Database::Mode::ReadOnly);
        QSqlQuery liveAccounts = live->prepare(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
        Database::run(liveAccounts,
                      QT_TRANSLATE_NOOP("StorageDoing", "reading the current database's accounts"));
        if (!liveAccounts.next()) {
            return; // no accounts on either side: nothing a ceremony would protect
        }
    } catch (const StorageError&) {
        // The file being replaced is not a readable database (the reason to
        // restore): it has no accounts to protect, and it is kept beside.
        return;
    }
    QSqlQuery account = live->prepare(QStringLiteral(
        "SELECT name, role, password_hash, created_at, created_by FROM users WHERE name = ?"));
    account.addBindValue(actor);
    Database::run(account,
                  QT_TRANSLATE_NOOP("StorageDoing", "reading the restoring manager's account"));
    if (!account.next() || account.value(1).toString() != QLatin1String("manager")) {
        throw StorageError(
            StorageError::Kind::Invalid,
            translated::fill(QCoreApplication::translate(
                "StorageError",
                "the backup has no user accounts, and only a manager of the database it replaces "
                "can carry an account into it; nothing was restored")));
    }
    WriteTransaction transaction(copy);
    QSqlQuery carry = copy.prepare(
        QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, created_by) "
                       "VALUES (?, 'manager', ?, ?, ?)"));
    carry.addBindValue(account.value(0));
    carry.addBindValue(account.value(2));
    carry.addBindValue(clock.now().toString(Qt::ISODateWithMs));
    carry.addBindValue(actor);
    Database::run(
        carry, QT_TRANSLATE_NOOP("StorageDoing", "carrying the manager's account into the backup"));
    const qint64 carriedId = carry.lastInsertId().toLongLong();
    // The entry vouches for the account row, as every account change's does.
    AuditLog(copy, clock)
        .append(actor, QStringLiteral("user add"),
                QStringLiteral("user %1").arg(account.value(0).toString()),
                QStringLiteral("first manager of a backup from before accounts, carried over "
                               "from the database it replaced"),
                {{QStringLiteral("users"), carriedId, carriedId}});
    transaction.commit();
}

} // namespace

int DatabaseRestore::verify(const QString& path)
{
    const std::string doing = QT_TRANSLATE_NOOP("StorageDoing", "checking the backup");
    RawConnection backup(path, SQLITE_OPEN_READONLY, doing);
    // The first read tells a database from any other file.
    const auto version = backup.rows("PRAGMA user_version", doing);

    const auto integrity = backup.rows("PRAGMA integrity_check(10)", doing);
    if (integrity.size() != 1 || integrity.front().value(0) != QLatin1String("ok")) {
        QStringList problems;
        for (const QStringList& row : integrity) {
            problems << row.value(0);
        }
        throw damaged(
            translated::fill(QCoreApplication::translate(
                                 "StorageError", "the backup is damaged (integrity check: %1)"),
                             problems.join(QStringLiteral("; "))));
    }
    const auto references = backup.rows("PRAGMA foreign_key_check", doing, 1);
    if (!references.empty()) {
        const QStringList& row = references.front();
        throw damaged(translated::fill(
            QCoreApplication::translate(
                "StorageError", "the backup is damaged: row %1 of %2 points to a missing %3 row"),
            row.value(1), row.value(0), row.value(2)));
    }
    const auto tables = backup.rows("SELECT name FROM sqlite_master WHERE type = 'table'", doing);
    for (const char* required : kRequiredTables) {
        const bool found = std::any_of(tables.begin(), tables.end(), [&](const QStringList& row) {
            return row.value(0) == QLatin1String(required);
        });
        if (!found) {
            throw damaged(translated::fill(
                QCoreApplication::translate(
                    "StorageError",
                    "the backup is not a Clinic Intake database (it has no %1 table)"),
                required));
        }
    }
    const int schema = version.empty() ? 0 : version.front().value(0).toInt();
    if (schema > SchemaMigrations::kCurrentVersion) {
        throw StorageError(
            StorageError::Kind::Invalid,
            translated::fill(QCoreApplication::translate(
                                 "StorageError", "the backup was written by a newer Clinic Intake "
                                                 "(schema %1); update the program first"),
                             schema));
    }
    if (schema < 1) {
        throw damaged(translated::fill(
            QCoreApplication::translate(
                "StorageError", "the backup is not a Clinic Intake database (schema version %1)"),
            schema));
    }
    return schema;
}

RestoreResult DatabaseRestore::restore(const QString& backupPath,
                                       const std::optional<QString>& passphrase,
                                       const QString& databasePath, const Clock& clock,
                                       const QString& actor)
{
    RestoreResult result;
    result.encrypted = requireRestorable(backupPath, passphrase);
    const QFileInfo backupInfo(backupPath);
    const QFileInfo databaseInfo(databasePath);
    if (databaseInfo.isSymLink()) {
        // The swap would replace the link and leave the database it points to as it was.
        throw StorageError(
            StorageError::Kind::Invalid,
            "restore: " +
                translated::fill(QCoreApplication::translate(
                                     "StorageError",
                                     "the database path %1 is a symbolic link to %2; restore onto "
                                     "the database's real path instead. Nothing was replaced."),
                                 databasePath, databaseInfo.symLinkTarget()));
    }
    if (databaseInfo.exists() &&
        databaseInfo.canonicalFilePath() == backupInfo.canonicalFilePath()) {
        throw StorageError(
            StorageError::Kind::Invalid,
            "restore: " + translated::fill(QCoreApplication::translate("StorageError",
                                                                       "%1 is the database itself"),
                                           backupPath));
    }
    // 1. The plain copy, in the database's own folder.
    const QString folder = databaseInfo.absolutePath();
    privatefile::createOwnerOnlyFolder(folder);
    Database::removeLeftovers(databasePath);
    // Owner-only; removed on every path, or at the next start if killed.
    PrivateTempFile copy(folder, Database::temporaryPrefixes(databasePath).at(1));
    copyPlain(backupPath, result.encrypted, passphrase, copy);

    // 2. Checked in full while the database is still untouched.
    result.backupSchemaVersion = verify(copy.path());
    verifyContents(copy.path(), databasePath, clock, actor);
    for (const char* sidecar : kSidecars) { // left by reading a copy in WAL mode
        QFile::remove(copy.path() + QLatin1String(sidecar));
    }

    // 3. The swap.
    if (QFileInfo::exists(databasePath)) {
        prepareLiveDatabase(databasePath);
        result.keptAs = keptName(databasePath, clock);
        swapIn(copy, databasePath, result.keptAs);
    } else {
        copy.moveTo(databasePath);
    }
    privatefile::syncFolder(folder);

    // 4. The restore is in the restored database's own audit log.
    const QString details =
        QStringLiteral("from %1%2; %3")
            .arg(backupInfo.absoluteFilePath(),
                 result.encrypted ? QStringLiteral(" (encrypted)") : QString(),
                 result.keptAs.isEmpty()
                     ? QStringLiteral("there was no database to replace")
                     : QStringLiteral("the replaced database is kept as %1").arg(result.keptAs));
    try {
        const Database restored(databasePath, Database::Mode::MustExist);
        const AuditLog audit(restored, clock);
        WriteTransaction transaction(restored);
        audit.append(actor, QStringLiteral("restore"), QStringLiteral("whole database"), details);
        transaction.commit();
    } catch (const StorageError& error) {
        throw RestoredWithProblem(
            error.kind(),
            translated::fill(
                QCoreApplication::translate(
                    "StorageError",
                    "the backup was restored (%1), but recording that in the audit log failed: %2"),
                details, error.what()));
    }
    return result;
}

bool DatabaseRestore::requireRestorable(const QString& backupPath,
                                        const std::optional<QString>& passphrase)
{
    if (!QFileInfo(backupPath).isFile()) {
        throw StorageError(StorageError::Kind::NotFound,
                           "restore: " +
                               translated::fill(QCoreApplication::translate(
                                                    "StorageError", "there is no backup file %1"),
                                                backupPath));
    }
    const bool encrypted = BackupCipher::isEncryptedBackup(backupPath);
    if (encrypted && (!passphrase || passphrase->isEmpty())) {
        throw StorageError(StorageError::Kind::Invalid,
                           "restore: " + translated::fill(QCoreApplication::translate(
                                             "StorageError",
                                             "the backup is encrypted; its passphrase is needed")));
    }
    return encrypted;
}

void DatabaseRestore::copyPlain(const QString& backupPath, bool encrypted,
                                const std::optional<QString>& passphrase, PrivateTempFile& copy)
{
    if (encrypted) {
        QFile sealed(backupPath);
        if (!sealed.open(QIODevice::ReadOnly)) {
            throw StorageError(
                StorageError::Kind::Other,
                translated::fill(QCoreApplication::translate("StorageError", "cannot read %1: %2"),
                                 backupPath, sealed.errorString()));
        }
        BackupCipher::decrypt(sealed, copy.file(), passphrase.value_or(QString()));
    } else {
        copyInto(backupPath, copy.file());
    }
    copy.finish(QT_TRANSLATE_NOOP("StorageDoing", "copying the backup"));
}

void DatabaseRestore::requirePassesCheck(const Database& copy, AuditChainReport* chain)
{
    const RuleEngine builtIn(RuleSetLoader::builtIn());
    const auto problems = DatabaseMaintenance(copy).check(builtIn, chain);
    if (!problems.empty()) {
        QStringList shown;
        for (std::size_t i = 0; i < problems.size() && i < 3; ++i) {
            shown << problems[i];
        }
        throw damaged(translated::fill(
            QCoreApplication::translate(
                "StorageError", "the backup does not pass check (%1: %2); nothing was restored"),
            QCoreApplication::translate("StorageError", "%n problem(s)", nullptr,
                                        int(problems.size())),
            shown.join(QStringLiteral("; "))));
    }
}

void DatabaseRestore::recordFailure(const AuditTrail& audit, const QString& backupPath,
                                    const QString& actor, const QString& reason)
{
    try {
        audit.append(
            actor, QStringLiteral("restore failed"), QStringLiteral("whole database"),
            QStringLiteral("from %1: %2").arg(QFileInfo(backupPath).absoluteFilePath(), reason));
    } catch (const StorageError&) {
        // The restore's own error is the one to report.
    }
}
