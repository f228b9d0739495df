#pragma once

#include "storage/StorageError.h"

#include <QString>

class PostgresLocation;
class QSqlError;

// What went wrong with the clinic's server, in terms a receptionist can pass
// on to whoever looks after it.
enum class PostgresProblem
{
    ServerNotReachable,    // nothing answers at host:port (off, wrong address, firewall, timeout)
    WrongPassword,         // wrong password or no such user: deliberately not told apart
    NotAllowed,            // the server's pg_hba.conf has no line for this computer/user
    CertificateNotTrusted, // the server's certificate is not signed by the clinic's CA
    HostNameMismatch,      // the certificate is for another name than the one connected to
    TlsRequired,           // the server accepts this computer only over TLS
    NoTls,                 // TLS was required but the server does not offer it
    DatabaseMissing,       // no database of that name on the server
    NotClinicDatabase,     // the database holds other things (or nothing yet)
    NewerSchema,           // written by a newer Clinic Intake
    SchemaExists,          // creating a schema where there already is one
    Other,
};

// A failed connection or schema check: a StorageError (so every caller that
// handles storage failures handles it) that also says which problem it was.
// what() is the message for the person in front of the screen; detail() is
// the server's own text, for the log and a "Details" button. For
// WrongPassword the detail may say whether the user exists: show it only to
// whoever looks after the server.
class PostgresError : public StorageError
{
public:
    // The kind follows from the problem (DatabaseMissing: NotFound,
    // NotClinicDatabase: Corrupt, SchemaExists: Invalid, else Other).
    PostgresError(PostgresProblem problem, const QString& message, const QString& detail = {});
    PostgresError(PostgresProblem problem, Kind kind, const QString& message,
                  const QString& detail = {});

    // From a failed QSqlDatabase::open() of `location`.
    static PostgresError fromOpen(const QSqlError& error, const PostgresLocation& location);
    // From a failed statement, naming what was being done.
    static PostgresError fromSql(const QSqlError& error, const std::string& doing);
    // The connection broke while `doing` (libpq says the connection is bad,
    // whatever the error's text): Kind::ConnectionLost. `text` is libpq's
    // or the server's words, kept as the detail.
    static PostgresError connectionLost(const std::string& doing, const QString& text);

    PostgresProblem problem() const { return m_problem; }
    const QString& detail() const { return m_detail; }

private:
    PostgresProblem m_problem;
    QString m_detail;
};

// Reads libpq's report of a failed connection: SQLSTATE when there is one,
// else its message text (see the function for why the text).
PostgresProblem classifyConnectionFailure(const QString& sqlState, const QString& libpqText);

// The words for each problem, with where (host, port, database) it happened.
// `subject`: the schema version for NewerSchema, the server's text for Other.
QString problemMessage(PostgresProblem problem, const PostgresLocation& location,
                       const QString& subject = {});

// A stable English name of the problem ("ServerNotReachable"), for logs and tests.
const char* problemName(PostgresProblem problem);
