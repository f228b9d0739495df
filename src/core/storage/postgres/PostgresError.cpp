#include "storage/postgres/PostgresError.h"

#include "storage/postgres/PostgresLocation.h"
#include "util/Translated.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {

StorageError::Kind kindOf(PostgresProblem problem)
{
    switch (problem) {
    case PostgresProblem::DatabaseMissing:
        return StorageError::Kind::NotFound;
    case PostgresProblem::NotClinicDatabase:
        return StorageError::Kind::Corrupt;
    case PostgresProblem::SchemaExists:
        return StorageError::Kind::Invalid;
    default:
        return StorageError::Kind::Other;
    }
}

QString serverText(const PostgresLocation& location)
{
    if (location.isSocket()) {
        return location.host().isEmpty()
                   ? QCoreApplication::translate("PostgresError", "this computer")
                   : QCoreApplication::translate("PostgresError", "this computer, socket %1")
                         .arg(location.host());
    }
    return QCoreApplication::translate("PostgresError", "%1, port %2")
        .arg(location.host(), QString::number(location.port() > 0 ? location.port() : 5432));
}

} // namespace

PostgresError::PostgresError(PostgresProblem problem, const QString& message, const QString& detail)
    : PostgresError(problem, kindOf(problem), message, detail)
{}

PostgresError::PostgresError(PostgresProblem problem, Kind kind, const QString& message,
                             const QString& detail)
    : StorageError(kind, message.toStdString()), m_problem(problem), m_detail(detail)
{}

PostgresError PostgresError::fromOpen(const QSqlError& error, const PostgresLocation& location)
{
    const QString detail = error.databaseText().trimmed().isEmpty()
                               ? error.text().trimmed()
                               : error.databaseText().trimmed();
    const PostgresProblem problem = classifyConnectionFailure(error.nativeErrorCode(), detail);
    return PostgresError(problem, problemMessage(problem, location, detail), detail);
}

PostgresError PostgresError::fromSql(const QSqlError& error, const std::string& doing)
{
    // QPSQL gives the SQLSTATE as the native error code.
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                                  : error.databaseText().trimmed();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03")) {
        return connectionLost(doing, text);
    }
    PostgresProblem problem = PostgresProblem::Other;
    Kind kind = Kind::Other;
    QString hint;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03")) {
        kind = Kind::Busy;
        hint = QCoreApplication::translate(
            "PostgresError", "another workstation was changing the same records; try again");
    } else if (state == QLatin1String("53100")) {
        kind = Kind::DiskFull;
        hint = QCoreApplication::translate("PostgresError", "the clinic server's disk is full");
    } else if (state == QLatin1String("42501") || state == QLatin1String("25006")) {
        kind = Kind::ReadOnly;
        hint = QCoreApplication::translate(
            "PostgresError", "the clinic server does not allow this change to this user");
    } else if (state == QLatin1String("XX001") || state == QLatin1String("XX002")) {
        kind = Kind::Corrupt;
        hint =
            QCoreApplication::translate("PostgresError", "the clinic server reports damaged data");
    }
    // The server's own text stays as the server wrote it, in parentheses.
    const QString message = hint.isEmpty()
                                ? QCoreApplication::translate("PostgresError", "%1 failed: %2")
                                      .arg(translated::doing(doing), text)
                                : QCoreApplication::translate("PostgresError", "%1 failed: %2 (%3)")
                                      .arg(translated::doing(doing), hint, text);
    return PostgresError(problem, kind, message, text);
}

PostgresError PostgresError::connectionLost(const std::string& doing, const QString& text)
{
    const QString detail = text.trimmed().isEmpty()
                               ? QCoreApplication::translate("PostgresError", "no details")
                               : text.trimmed();
    return PostgresError(
        PostgresProblem::ServerNotReachable, Kind::ConnectionLost,
        QCoreApplication::translate("PostgresError",
                                    "%1 failed: the connection to the clinic server was lost (%2)")
            .arg(translated::doing(doing), detail.simplified()),
        text.trimmed());
}

PostgresProblem classifyConnectionFailure(const QString& sqlState, const QString& libpqText)
{
    // Qt's driver reports a failed connection without an SQLSTATE (libpq
    // has no result to take one from), and certificate problems never have
    // one, so libpq's message text is all there is. This is the one place
    // that reads it. The certificate phrases come from OpenSSL and libpq,
    // the others from the server; a server or libpq set to another language
    // than English ends up in Other, with its text kept as the detail.
    // libpq tries every address of a host name in turn and reports each, so
    // a name that also has an IPv6 address may add "Connection refused" to
    // the real problem: the specific problems are looked for first.
    const QString text = libpqText.toLower();
    const auto has = [&text](const char* phrase) {
        return text.contains(QLatin1String(phrase));
    };

    if (has("does not match host name")) {
        return PostgresProblem::HostNameMismatch;
    }
    if (has("certificate verify failed") || has("root certificate file") ||
        has("certificate has expired") || has("self-signed certificate") ||
        has("self signed certificate") || has("unable to get local issuer certificate")) {
        return PostgresProblem::CertificateNotTrusted;
    }
    if (has("server does not support ssl")) {
        return PostgresProblem::NoTls;
    }
    if (has("no pg_hba.conf entry") && has("no encryption")) {
        return PostgresProblem::TlsRequired;
    }
    if (sqlState == QLatin1String("3D000") || (has("database \"") && has("does not exist"))) {
        return PostgresProblem::DatabaseMissing;
    }
    // A missing role is reported as a wrong password: which of the two is
    // wrong is not told to whoever is trying.
    if (sqlState == QLatin1String("28P01") || has("password authentication failed") ||
        has("no password supplied") || has("sasl authentication") ||
        (has("role \"") && has("does not exist"))) {
        return PostgresProblem::WrongPassword;
    }
    if (sqlState == QLatin1String("28000") || has("no pg_hba.conf entry") ||
        has("pg_hba.conf rejects") || has("permission denied for database")) {
        return PostgresProblem::NotAllowed;
    }
    if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P03") ||
        has("connection refused") || has("could not connect") || has("timeout expired") ||
        has("could not translate host name") || has("no route to host") ||
        has("network is unreachable") || has("no such file or directory") ||
        has("connection timed out") || has("server closed the connection") ||
        has("the database system is")) {
        return PostgresProblem::ServerNotReachable;
    }
    return PostgresProblem::Other;
}

QString problemMessage(PostgresProblem problem, const PostgresLocation& location,
                       const QString& subject)
{
    const QString server = serverText(location);
    const QString database = location.database();
    const QString user =
        location.user().isEmpty()
            ? QCoreApplication::translate("PostgresError", "this computer's user name")
            : location.user();
    switch (problem) {
    case PostgresProblem::ServerNotReachable:
        return QCoreApplication::translate(
                   "PostgresError",
                   "The clinic server is not answering (%1). Check that it is on and "
                   "that this computer is on the clinic's network.")
            .arg(server);
    case PostgresProblem::WrongPassword:
        return QCoreApplication::translate(
                   "PostgresError",
                   "The clinic server did not accept the user name and password "
                   "(%1, user %2). Check both; if they are right, ask whoever looks "
                   "after the server.")
            .arg(server, user);
    case PostgresProblem::NotAllowed:
        return QCoreApplication::translate(
                   "PostgresError", "The clinic server does not accept this computer or user (%1, "
                                    "user %2). Whoever looks after the server must allow it "
                                    "(pg_hba.conf).")
            .arg(server, user);
    case PostgresProblem::CertificateNotTrusted:
        return QCoreApplication::translate(
                   "PostgresError",
                   "The clinic server's certificate is not trusted by this computer "
                   "(%1). Check the CA file in the settings%2, and ask whoever looks "
                   "after the server before going on: someone may be in between.")
            .arg(server, location.sslRootCert().isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(location.sslRootCert()));
    case PostgresProblem::HostNameMismatch:
        return QCoreApplication::translate(
                   "PostgresError",
                   "The clinic server's certificate is not made out to the name "
                   "\"%1\". Use the server name its certificate was made for, or ask "
                   "whoever looks after the server.")
            .arg(location.host());
    case PostgresProblem::TlsRequired:
        return QCoreApplication::translate(
                   "PostgresError",
                   "The clinic server only accepts encrypted connections (%1). Set the "
                   "connection's TLS mode to verify-full in the settings.")
            .arg(server);
    case PostgresProblem::NoTls:
        return QCoreApplication::translate(
                   "PostgresError",
                   "The clinic server does not offer an encrypted connection (%1), and "
                   "this computer requires one. Whoever looks after the server must "
                   "turn TLS on.")
            .arg(server);
    case PostgresProblem::DatabaseMissing:
        return QCoreApplication::translate(
                   "PostgresError",
                   "There is no database \"%1\" on the clinic server (%2). Check the "
                   "database name in the settings.")
            .arg(database, server);
    case PostgresProblem::NotClinicDatabase:
        return QCoreApplication::translate(
                   "PostgresError", "The database \"%1\" on the clinic server (%2) is not a Clinic "
                                    "Intake database. Check the database name in the settings.")
            .arg(database, server);
    case PostgresProblem::NewerSchema:
        return QCoreApplication::translate(
                   "PostgresError",
                   "The database \"%1\" on the clinic server was set up by a newer "
                   "Clinic Intake (schema %2). Update Clinic Intake on this computer.")
            .arg(database, subject);
    case PostgresProblem::SchemaExists:
        return QCoreApplication::translate(
                   "PostgresError", "The database \"%1\" on the clinic server (%2) already holds a "
                                    "Clinic Intake database; nothing was changed.")
            .arg(database, server);
    case PostgresProblem::Other:
        break;
    }
    return QCoreApplication::translate("PostgresError",
                                       "The clinic server (%1) reported a problem: %2")
        .arg(server, subject.isEmpty() ? QCoreApplication::translate("PostgresError", "no details")
                                       : subject);
}

const char* problemName(PostgresProblem problem)
{
    switch (problem) {
    case PostgresProblem::ServerNotReachable:
        return "ServerNotReachable";
    case PostgresProblem::WrongPassword:
        return "WrongPassword";
    case PostgresProblem::NotAllowed:
        return "NotAllowed";
    case PostgresProblem::CertificateNotTrusted:
        return "CertificateNotTrusted";
    case PostgresProblem::HostNameMismatch:
        return "HostNameMismatch";
    case PostgresProblem::TlsRequired:
        return "TlsRequired";
    case PostgresProblem::NoTls:
        return "NoTls";
    case PostgresProblem::DatabaseMissing:
        return "DatabaseMissing";
    case PostgresProblem::NotClinicDatabase:
        return "NotClinicDatabase";
    case PostgresProblem::NewerSchema:
        return "NewerSchema";
    case PostgresProblem::SchemaExists:
        return "SchemaExists";
    case PostgresProblem::Other:
        break;
    }
    return "Other";
}
