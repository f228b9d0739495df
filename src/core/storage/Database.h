#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

struct sqlite3;

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

    // SQLite's own handle of this connection, for SqliteStatement.
    sqlite3* sqliteHandle() const;

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_connection;
    mutable QHash<QString, QSqlQuery> m_cachedStatements;
};
