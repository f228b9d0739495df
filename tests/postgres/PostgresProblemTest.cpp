#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresLocation.h"

#include <catch2/catch.hpp>

// What needs no server: the connect options Qt's driver gets, the reading
// of libpq's failure reports, and the words for each problem.

TEST_CASE("Connect options are quoted for libpq")
{
    const PostgresLocation location = PostgresLocation::parse(
        QStringLiteral("postgresql://desk@db/clinic?sslrootcert=/it's%20a%5Cpath/ca.crt"));
    CHECK(PostgresConnection::connectOptions(location) ==
          QStringLiteral("connect_timeout=5;application_name=clinic-intake;sslmode='verify-full';"
                         "sslrootcert='/it\\'s a\\\\path/ca.crt'"));
}

TEST_CASE("libpq's reports of failed connections are read as problems")
{
    const auto [state, text, expected] = GENERATE(table<const char*, const char*, PostgresProblem>({
        {"",
         "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the "
         "server running on that host and accepting TCP/IP connections?",
         PostgresProblem::ServerNotReachable},
        {"", "could not translate host name \"nowhere.lan\" to address: Name or service not known",
         PostgresProblem::ServerNotReachable},
        {"", "connection to server at \"10.1.1.1\", port 5432 failed: timeout expired",
         PostgresProblem::ServerNotReachable},
        {"",
         "connection to server on socket \"/x/.s.PGSQL.5432\" failed: No such file or "
         "directory",
         PostgresProblem::ServerNotReachable},
        {"",
         "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password "
         "authentication failed for user \"desk\"",
         PostgresProblem::WrongPassword},
        {"28P01", "FATAL: something in another language", PostgresProblem::WrongPassword},
        {"", "FATAL:  role \"nobody\" does not exist", PostgresProblem::WrongPassword},
        {"", "fe_sendauth: no password supplied", PostgresProblem::WrongPassword},
        {"", "FATAL:  database \"clinc\" does not exist", PostgresProblem::DatabaseMissing},
        {"3D000", "", PostgresProblem::DatabaseMissing},
        {"",
         "connection to server at \"::1\", port 5432 failed: Connection refused\nconnection "
         "to server at \"127.0.0.1\", port 5432 failed: SSL error: certificate verify failed",
         PostgresProblem::CertificateNotTrusted},
        {"", "root certificate file \"/nowhere/ca.crt\" does not exist",
         PostgresProblem::CertificateNotTrusted},
        {"",
         "server certificate for \"localhost\" (and 1 other name) does not match host name "
         "\"wrong.lan\"",
         PostgresProblem::HostNameMismatch},
        {"",
         "FATAL:  no pg_hba.conf entry for host \"127.0.0.1\", user \"desk\", database "
         "\"clinic\", no encryption",
         PostgresProblem::TlsRequired},
        {"",
         "FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"desk\", database "
         "\"clinic\", SSL encryption",
         PostgresProblem::NotAllowed},
        {"", "server does not support SSL, but SSL was required", PostgresProblem::NoTls},
        {"", "something else entirely", PostgresProblem::Other},
    }));
    INFO(text);
    CHECK(problemName(
              classifyConnectionFailure(QString::fromLatin1(state), QString::fromLatin1(text))) ==
          std::string(problemName(expected)));
}

TEST_CASE("Each problem has words a receptionist can pass on")
{
    const PostgresLocation location =
        PostgresLocation::parse(QStringLiteral("postgresql://desk@db.clinic.lan/clinic"));
    CHECK(problemMessage(PostgresProblem::ServerNotReachable, location) ==
          QStringLiteral("The clinic server is not answering (db.clinic.lan, port 5432). Check "
                         "that it is on and that this computer is on the clinic's network."));
    CHECK(problemMessage(PostgresProblem::DatabaseMissing, location) ==
          QStringLiteral("There is no database \"clinic\" on the clinic server (db.clinic.lan, "
                         "port 5432). Check the database name in the settings."));
    CHECK(problemMessage(PostgresProblem::NewerSchema, location, QStringLiteral("6"))
              .contains(QStringLiteral("newer Clinic Intake (schema 6)")));
}
