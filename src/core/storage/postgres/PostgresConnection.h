#pragma once

#include "storage/postgres/PostgresLocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

class PostgresError;
class QSqlDriver;
class QSqlError;

// One open connection to the clinic's PostgreSQL server through Qt's QPSQL
// driver (libpq), its session in UTC and UTF-8. Not shared between threads.
class PostgresConnection
{
public:
    // Throws PostgresError with the problem a receptionist can pass on when
    // the server cannot be reached or refuses the connection. `password` may
    // be empty (a socket the server trusts).
    PostgresConnection(const PostgresLocation& location, const QString& password);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    const PostgresLocation& location() const { return m_location; }
    QSqlDatabase connection() const { return m_connection; }

    // A prepared statement; throws PostgresError if the SQL is wrong.
    QSqlQuery prepare(const QString& sql) const;
    // Runs a prepared statement; throws PostgresError, naming `doing`.
    static void run(QSqlQuery& query, const char* doing);
    // Runs `sql` once with `values` for its '?' placeholders, in one round
    // trip: the values are written into the statement as the driver writes
    // them for a prepared statement's EXECUTE (QSqlDriver::formatValue),
    // where prepare() + run() take three (PREPARE, EXECUTE, DEALLOCATE).
    // For statements run once per call on the hot paths (a single add).
    // Throws PostgresError, naming `doing`.
    QSqlQuery exec(const QString& sql, const QVariantList& values, const char* doing) const;
    // `sql` with each placeholder replaced by its value, as exec() sends it.
    QString withValues(const QString& sql, const QVariantList& values) const;

    // Runs one statement of SQL without parameters.
    void execute(const QString& sql, const char* doing) const;

    // Whether the connection broke (libpq's status, not the error's words):
    // the server restarted, the backend was ended, the network went away.
    // Every statement fails (Kind::ConnectionLost) until reopen().
    bool isLost() const;
    // Opens the connection again with the same settings and password, for
    // the next operation after a lost one: what was in progress then was
    // rolled back by the server. Never called inside an operation (its
    // first statements would be gone). Throws PostgresError as the
    // constructor does (the server may still be away).
    void reopen();
    // Between operations (no transaction open) libpq learns that the server
    // closed the connection (a restart, pg_terminate_backend, an idle
    // timeout) only when the next statement fails. Each statement that
    // starts an operation first reads what the server sent meanwhile,
    // without waiting; a connection found closed that way is opened again
    // before anything of the operation is sent. Not while a transaction is
    // open: a statement of one never goes to another connection. Returns
    // whether it was opened again.
    bool reopenIfClosedMeanwhile() const;
    // The error for a failed statement on `driver`: ConnectionLost when
    // libpq says the connection broke, else as PostgresError::fromSql.
    static PostgresError failure(const QSqlError& error, const QSqlDriver* driver,
                                 const std::string& doing);

    // What Qt's driver gets as connect options (exposed for the test of the
    // quoting): libpq keyword='value' pairs separated by ';', which the
    // driver turns into spaces.
    static QString connectOptions(const PostgresLocation& location);

private:
    // Connects with the settings and password kept. Const as a handle: the
    // QSqlDatabase is opened again in place, for the same object.
    void open() const;

    PostgresLocation m_location;
    // Kept in memory only, to open the connection again after it was lost
    // (the desktop keeps it anyway for its worker threads' connections).
    QString m_password;
    QString m_connectionName;
    QSqlDatabase m_connection;
};
