#include "storage/postgres/PostgresConnection.h"

#include "PgTestServer.h"
#include "storage/postgres/PostgresError.h"

#include <QSqlQuery>
#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString value(const PostgresConnection& connection, const QString& sql)
{
    QSqlQuery query = connection.prepare(sql);
    PostgresConnection::run(query, "reading");
    REQUIRE(query.next());
    return query.value(0).toString();
}

// The problem a failed connection reports; fails the test when it connects.
std::string problemConnecting(const PostgresLocation& location, const QString& password,
                              std::string* message = nullptr)
{
    try {
        PostgresConnection connection(location, password);
    } catch (const PostgresError& error) {
        INFO(error.what() << "\ndetail: " << error.detail().toStdString());
        if (message != nullptr) {
            *message = error.what();
        }
        return problemName(error.problem());
    }
    FAIL("connected to " << location.display().toStdString());
    return {};
}

// A port on 127.0.0.1 where nothing listens: bound, then closed.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    socklen_t size = sizeof address;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace

TEST_CASE("A connection's session is in UTC and UTF-8 and names the program")
{
    REQUIRE_PG_SERVER(server);
    const std::unique_ptr<PostgresConnection> connection = server->adminConnection();
    CHECK(value(*connection, QStringLiteral("SELECT current_setting('TimeZone')")) ==
          QStringLiteral("UTC"));
    CHECK(value(*connection, QStringLiteral("SELECT current_setting('client_encoding')")) ==
          QStringLiteral("UTF8"));
    CHECK(value(*connection, QStringLiteral("SELECT current_setting('application_name')")) ==
          QStringLiteral("clinic-intake"));
}

TEST_CASE("Two connections at once have their own Qt connections and close them")
{
    REQUIRE_PG_SERVER(server);
    QStringList before = QSqlDatabase::connectionNames();
    {
        const auto first = server->adminConnection();
        const auto second = server->adminConnection();
        CHECK(first->connection().connectionName() != second->connection().connectionName());
        CHECK(QSqlDatabase::connectionNames().size() == before.size() + 2);
    }
    CHECK(QSqlDatabase::connectionNames() == before);
}

TEST_CASE("A password with quotes, backslashes, spaces and semicolons reaches the server")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole role(*server, QStringLiteral("it's a \\ pass;word = 'x'"));
    const PostgresConnection connection(
        server->socketLocation(QStringLiteral("postgres"), role.name()), role.password());
    CHECK(value(connection, QStringLiteral("SELECT current_user")) == role.name());
    CHECK(problemConnecting(server->socketLocation(QStringLiteral("postgres"), role.name()),
                            QStringLiteral("it's a \\ pass")) == "WrongPassword");
}

TEST_CASE("verify-full connects to the TLS listener with the run's CA by name and by address")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole role(*server, QStringLiteral("desk password"));
    const QString ca = QStringLiteral("sslrootcert=") + server->ca;
    for (const QString& host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        INFO(host.toStdString());
        const PostgresLocation location =
            server->tlsLocation(host, QStringLiteral("postgres"), role.name(), ca);
        REQUIRE(location.sslMode() == QStringLiteral("verify-full"));
        const PostgresConnection connection(location, role.password());
        CHECK(value(connection, QStringLiteral("SELECT ssl::text FROM pg_stat_ssl WHERE pid = "
                                               "pg_backend_pid()")) == QStringLiteral("true"));
    }
}

TEST_CASE("verify-full refuses a certificate from another CA as not trusted")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole role(*server, QStringLiteral("desk password"));
    std::string message;
    CHECK(problemConnecting(server->tlsLocation(QStringLiteral("localhost"),
                                                QStringLiteral("postgres"), role.name(),
                                                QStringLiteral("sslrootcert=") + server->otherCa),
                            role.password(), &message) == "CertificateNotTrusted");
    CHECK_THAT(message, Catch::Contains("certificate is not trusted by this computer"));
}

TEST_CASE("verify-full refuses a server whose certificate is for another name")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole role(*server, QStringLiteral("desk password"));
    // hostaddr connects to 127.0.0.1 while libpq checks the certificate
    // against the name given as host.
    std::string message;
    CHECK(problemConnecting(
              server->tlsLocation(QStringLiteral("records.clinic.lan"), QStringLiteral("postgres"),
                                  role.name(),
                                  QStringLiteral("hostaddr=127.0.0.1&sslrootcert=") + server->ca),
              role.password(), &message) == "HostNameMismatch");
    CHECK_THAT(message, Catch::Contains("not made out to the name \"records.clinic.lan\""));
}

TEST_CASE("A wrong password and an unknown user are both reported as a wrong password")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole role(*server, QStringLiteral("desk password"));
    const QString ca = QStringLiteral("sslrootcert=") + server->ca;
    CHECK(problemConnecting(server->tlsLocation(QStringLiteral("localhost"),
                                                QStringLiteral("postgres"), role.name(), ca),
                            QStringLiteral("not the password")) == "WrongPassword");
    std::string unknownUser;
    std::string wrongPassword;
    CHECK(problemConnecting(server->tlsLocation(QStringLiteral("localhost"),
                                                QStringLiteral("postgres"),
                                                QStringLiteral("nobody_at_all"), ca),
                            QStringLiteral("whatever"), &unknownUser) == "WrongPassword");
    CHECK_THAT(unknownUser, Catch::Contains("did not accept the user name and password"));
    CHECK(problemConnecting(server->socketLocation(QStringLiteral("postgres"), role.name()),
                            QString()) == "WrongPassword");
}

TEST_CASE("A closed port is reported as a server that is not answering")
{
    REQUIRE_PG_SERVER(server);
    const int port = closedPort();
    std::string message;
    CHECK(problemConnecting(PostgresLocation::parse(
                                QStringLiteral("postgresql://desk@127.0.0.1:%1/clinic").arg(port)),
                            QStringLiteral("x"), &message) == "ServerNotReachable");
    CHECK_THAT(message, Catch::Contains(QStringLiteral("The clinic server is not answering "
                                                       "(127.0.0.1, port %1)")
                                            .arg(port)
                                            .toStdString()));
}

TEST_CASE("A database that is not on the server is reported as missing")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole role(*server, QStringLiteral("desk password"));
    CHECK(problemConnecting(server->tlsLocation(QStringLiteral("localhost"),
                                                QStringLiteral("no_such_clinic"), role.name(),
                                                QStringLiteral("sslrootcert=") + server->ca),
                            role.password()) == "DatabaseMissing");
}

TEST_CASE("A connection without TLS over the network is refused as TLS required")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole role(*server, QStringLiteral("desk password"));
    CHECK(problemConnecting(server->tlsLocation(QStringLiteral("127.0.0.1"),
                                                QStringLiteral("postgres"), role.name(),
                                                QStringLiteral("sslmode=disable")),
                            role.password()) == "TlsRequired");
}

TEST_CASE("A statement run in one round trip stores its values exactly, quotes and all")
{
    REQUIRE_PG_SERVER(server);
    const auto connection = server->adminConnection();
    const QString tricky = QStringLiteral("O'Brien \\ ? '); DROP TABLE x; -- Zoë 😀 $1");
    const QVariantList values = {tricky, QString(),  qint64(9007199254740993LL),
                                 0,      QVariant(), QString()};
    const QString sql = QStringLiteral(
        "SELECT ?::text, ?::text IS NULL, ?::bigint, ?::integer, ?::text IS NULL, '?' || ?");
    QSqlQuery read = connection->exec(sql, values, "testing");
    REQUIRE(read.next());
    CHECK(read.value(0).toString() == tricky);
    CHECK(read.value(1).toBool()); // a null QString is NULL, as Qt SQL binds it
    CHECK(read.value(2).toLongLong() == 9007199254740993LL);
    CHECK(read.value(3).toInt() == 0);
    CHECK(read.value(4).toBool());
    CHECK(read.value(5).isNull()); // '?' inside a literal is not a placeholder; || NULL is NULL
    CHECK_THROWS_AS(connection->exec(QStringLiteral("SELECT ?"), {}, "testing"), StorageError);
    CHECK_THROWS_AS(connection->exec(QStringLiteral("SELECT 1"), {1}, "testing"), StorageError);
}
