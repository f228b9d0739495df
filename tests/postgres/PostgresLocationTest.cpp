#include "storage/postgres/PostgresLocation.h"

#include "storage/StorageError.h"

#include <catch2/catch.hpp>

namespace {

std::string refusal(const QString& uri)
{
    try {
        PostgresLocation::parse(uri);
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        return error.what();
    }
    FAIL("accepted " << uri.toStdString());
    return {};
}

} // namespace

TEST_CASE("A full libpq URI is read into its parts")
{
    const PostgresLocation location = PostgresLocation::parse(QStringLiteral(
        "postgresql://reception@db.clinic.lan:5433/clinic?sslmode=verify-ca&sslrootcert=/etc/"
        "clinic/ca.crt"));
    CHECK(location.user() == QStringLiteral("reception"));
    CHECK(location.host() == QStringLiteral("db.clinic.lan"));
    CHECK(location.port() == 5433);
    CHECK(location.database() == QStringLiteral("clinic"));
    CHECK(location.sslMode() == QStringLiteral("verify-ca"));
    CHECK(location.sslRootCert() == QStringLiteral("/etc/clinic/ca.crt"));
    CHECK_FALSE(location.isSocket());
}

TEST_CASE("A TCP host without sslmode gets verify-full and a socket gets no TLS mode")
{
    const PostgresLocation tcp =
        PostgresLocation::parse(QStringLiteral("postgres://reception@server/clinic"));
    CHECK(tcp.sslMode() == QStringLiteral("verify-full"));
    CHECK(tcp.port() == -1);
    const PostgresLocation socket = PostgresLocation::parse(
        QStringLiteral("postgresql://reception@/clinic?host=/run/postgresql"));
    CHECK(socket.isSocket());
    CHECK(socket.host() == QStringLiteral("/run/postgresql"));
    CHECK(socket.sslMode().isEmpty());
}

TEST_CASE("Percent-encoded parts are decoded as UTF-8")
{
    const PostgresLocation location = PostgresLocation::parse(
        QStringLiteral("postgresql://r%C3%A9ception@%2Fvar%2Frun%2Fpg/clinic%20north+1"));
    CHECK(location.user() == QStringLiteral("réception"));
    CHECK(location.host() == QStringLiteral("/var/run/pg"));
    CHECK(location.isSocket());
    CHECK(location.database() == QStringLiteral("clinic north+1"));
}

TEST_CASE("Query parameters override the parts before them")
{
    const PostgresLocation location = PostgresLocation::parse(
        QStringLiteral("postgresql://server/x?dbname=clinic&user=desk&port=6000&host=other&"
                       "hostaddr=10.0.0.7"));
    CHECK(location.database() == QStringLiteral("clinic"));
    CHECK(location.user() == QStringLiteral("desk"));
    CHECK(location.port() == 6000);
    CHECK(location.host() == QStringLiteral("other"));
    CHECK(location.hostAddress() == QStringLiteral("10.0.0.7"));
}

TEST_CASE("An IPv6 host is written in brackets")
{
    const PostgresLocation location =
        PostgresLocation::parse(QStringLiteral("postgresql://desk@[::1]:5434/clinic"));
    CHECK(location.host() == QStringLiteral("::1"));
    CHECK(location.port() == 5434);
    CHECK(PostgresLocation::parse(location.uri()).host() == QStringLiteral("::1"));
}

TEST_CASE("The canonical URI reads back to the same location")
{
    const QString uris[] = {
        QStringLiteral("postgresql://r%C3%A9ception@db.clinic.lan:5433/clinic?sslrootcert=/a%20b/"
                       "ca.crt"),
        QStringLiteral("postgres://desk@:5432/clinic?host=%2Ftmp%2Fsock"),
        QStringLiteral("postgresql://desk@name.lan/clinic?hostaddr=127.0.0.1&sslmode=require"),
    };
    for (const QString& uri : uris) {
        const PostgresLocation first = PostgresLocation::parse(uri);
        const PostgresLocation again = PostgresLocation::parse(first.uri());
        INFO(first.uri().toStdString());
        CHECK(again.uri() == first.uri());
        CHECK(again.user() == first.user());
        CHECK(again.host() == first.host());
        CHECK(again.hostAddress() == first.hostAddress());
        CHECK(again.port() == first.port());
        CHECK(again.database() == first.database());
        CHECK(again.sslMode() == first.sslMode());
        CHECK(again.sslRootCert() == first.sslRootCert());
    }
}

TEST_CASE("The display names the database and the server and says how it is protected")
{
    CHECK(
        PostgresLocation::parse(QStringLiteral("postgresql://desk@db.lan:5433/clinic")).display() ==
        QStringLiteral("clinic on db.lan:5433 as desk, TLS with the server's "
                       "certificate and name checked"));
    CHECK(PostgresLocation::parse(QStringLiteral("postgresql://desk@db.lan/clinic?sslmode=disable"))
              .display() == QStringLiteral("clinic on db.lan as desk, not encrypted"));
    CHECK(PostgresLocation::parse(QStringLiteral("postgresql://desk@/clinic?host=/run/postgresql"))
              .display() ==
          QStringLiteral("clinic on this computer (socket /run/postgresql) as desk"));
}

TEST_CASE("A password in the URI is refused, naming where it is")
{
    const std::string inUser = refusal(QStringLiteral("postgresql://desk:secret@db/clinic"));
    CHECK_THAT(inUser, Catch::Contains("contains a password (after \"user:\""));
    CHECK_THAT(inUser, !Catch::Contains("secret"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk:@db/clinic")),
               Catch::Contains("password"));
    const std::string inQuery =
        refusal(QStringLiteral("postgresql://desk@db/clinic?password=secret"));
    CHECK_THAT(inQuery, Catch::Contains("contains a password (password=)"));
    CHECK_THAT(inQuery, !Catch::Contains("secret"));
}

TEST_CASE("Unknown query parameters are refused by name")
{
    const std::string message = refusal(
        QStringLiteral("postgresql://desk@db/clinic?sslmode=verify-full&gssencmode=disable&foo=1"));
    CHECK_THAT(message, Catch::Contains("unknown parameters gssencmode, foo (known: host,"));
}

TEST_CASE("Wrong parts of a URI are refused with a message naming the part")
{
    using Catch::Contains;
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db/clinic?sslmode=verify")),
               Contains("sslmode \"verify\" is not one of disable, allow, prefer, require, "
                        "verify-ca, verify-full"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db:0/clinic")),
               Contains("the port \"0\" is not a number from 1 to 65535"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db:70000/clinic")),
               Contains("the port \"70000\""));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db/clinic?port=+5")),
               Contains("the port \"+5\""));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@a,b/clinic")),
               Contains("several hosts (\"a,b\")"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db")), Contains("it names no database"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db/cl%zzinic")),
               Contains("the database name has a '%' that is not followed by two hex digits"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://de%00sk@db/clinic")),
               Contains("the user name contains %00"));
    CHECK_THAT(refusal(QStringLiteral("mysql://desk@db/clinic")),
               Contains("it must begin with postgresql:// or postgres://"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db/clinic?hostaddr=db.lan")),
               Contains("hostaddr \"db.lan\" is not a numeric IP address"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db/clinic?sslrootcert=/a;b.crt")),
               Contains("the CA file path \"/a;b.crt\" contains ';'"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db/clinic?user=a&user=b")),
               Contains("the parameter user is given twice"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@db/clinic?sslmode")),
               Contains("the parameter sslmode has no value"));
    CHECK_THAT(refusal(QStringLiteral("postgresql://desk@fe80::1/clinic")),
               Contains("write an IPv6 address in brackets"));
}

TEST_CASE("A connection URI is told from a file path")
{
    CHECK(PostgresLocation::isConnectionUri(QStringLiteral("postgresql://desk@db/clinic")));
    CHECK(PostgresLocation::isConnectionUri(QStringLiteral("postgres://db/clinic")));
    CHECK_FALSE(PostgresLocation::isConnectionUri(QStringLiteral("/home/desk/clinic.sqlite")));
    CHECK_FALSE(PostgresLocation::isConnectionUri(QStringLiteral("postgresql.sqlite")));
    CHECK_FALSE(PostgresLocation::isConnectionUri(QStringLiteral("postgres/clinic.sqlite")));
    CHECK_FALSE(PostgresLocation::isConnectionUri(QStringLiteral("")));
}
