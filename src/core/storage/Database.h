#pragma once

#include "storage/StorageError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>

struct sqlite3;

// A -shm or -wal file left by an earlier run that this user cannot write,
// and that could not be repaired: what() names it and says what to do.
// Callers tell it from other read-only failures by its type, never by its
// words, which are in the user's language.
class StaleSidecarError : public StorageError
{
public:
    using StorageError::StorageError;
};

// One open Clinic Intake database (SQLite through Qt SQL), migrated to the
// current schema. Everything SQLite-specific about opening it (pragmas,
// permissions, the schema version) is here and in SchemaMigrations.
class Database
{
public:
    enum class Mode
    {
        CreateIfMissing,
        MustExist,
        ReadOnly, // opened with SQLite's read-only flag: any write fails
        // Read-only, for a database that cannot be written (read-only file,
        // folder or disk, full disk): audit entries go to the fallback log
        // beside it (AuditFallbackLog), and transactions are refused. When
        // not even SQLite's -shm file can be made (read-only folder) and no
        // -wal file holds data, the file is opened as immutable.
        Rescue,
    };

    // Throws StorageError when the file cannot be opened or is not a
    // Clinic Intake database.
    explicit Database(const QString& path, Mode mode = Mode::CreateIfMissing);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // <data location>/clinic-intake/clinic-intake.sqlite, e.g.
    // ~/.local/share/clinic-intake/clinic-intake.sqlite on Linux.
    static QString defaultPath();

    // The prefixes of the owner-only temporary files that backups and
    // restores of the database at `path` make beside it (plain copies).
    static QStringList temporaryPrefixes(const QString& path);
    // Removes those a killed backup or restore left behind (never one that
    // a running program holds). Done whenever a database is opened.
    static void removeLeftovers(const QString& path);

    const QString& path() const { return m_path; }
    QSqlDatabase connection() const { return m_connection; }

    // A prepared statement; throws StorageError if the SQL is wrong.
    QSqlQuery prepare(const QString& sql) const;
    // The same, prepared once per connection and reused: for statements that
    // run once per record (preparing costs more than running them).
    QSqlQuery& cached(const QString& sql) const;
    // Runs a prepared statement; throws StorageError, naming `doing`, on failure.
    static void run(QSqlQuery& query, const char* doing);
    // Runs one statement of SQL without parameters.
    void execute(const QString& sql, const char* doing) const;

    int schemaVersion() const;

    // Another program writing (a long import) makes a write wait for up to
    // the busy timeout (10 s), then fail as Busy. After this call writes
    // wait up to `limit` instead, and `notice` is called once when a wait
    // has lasted a second (the command-line tool says what it waits for).
    void waitPatiently(std::chrono::seconds limit, std::function<void()> notice);

    Mode mode() const { return m_mode; }
    bool isRescue() const { return m_mode == Mode::Rescue; }
    // In rescue mode: why the database cannot be written (for the fallback
    // log), and why the last audit entry could not be written to the
    // fallback log either (empty when it was).
    const QString& rescueReason() const { return m_rescueReason; }
    void setRescueReason(const QString& reason) { m_rescueReason = reason; }
    const QString& fallbackProblem() const { return m_fallbackProblem; }
    void noteFallbackProblem(const QString& problem) const { m_fallbackProblem = problem; }

    // SQLite's own handle of this connection, for SqliteStatement.
    sqlite3* sqliteHandle() const;

private:
    void open(const QString& name, const QString& options);
    void close();
    void setUp();

    QString m_path;
    Mode m_mode;
    QString m_rescueReason;
    mutable QString m_fallbackProblem;
    struct BusyWait;
    std::unique_ptr<BusyWait> m_busyWait;
    QString m_connectionName;
    QSqlDatabase m_connection;
    mutable QHash<QString, QSqlQuery> m_cachedStatements;
};
