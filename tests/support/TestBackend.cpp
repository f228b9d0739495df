#include "TestBackend.h"

#include "PgTestServer.h"
#include "storage/Database.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <catch2/catch.hpp>
#include <cstring>
#include <iostream>
#include <utility>

namespace test_backend {

bool onServer()
{
    return qEnvironmentVariable("CLINIC_TEST_BACKEND") == QLatin1String("postgres");
}

int exitCodeWithoutServer(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--list", 6) == 0) {
            return -1; // ctest's test discovery: no test runs
        }
    }
    if (!onServer() || !qEnvironmentVariable("CLINIC_TEST_PG_SOCKET").isEmpty()) {
        return -1;
    }
    if (qEnvironmentVariable("CLINIC_TEST_PG_REQUIRED") == QLatin1String("1")) {
        std::cerr << "CLINIC_TEST_BACKEND=postgres and CLINIC_TEST_PG_REQUIRED=1, but there is no "
                     "test cluster (CLINIC_TEST_PG_SOCKET is not set): start one with "
                     "tests/postgres/cluster.sh start DIR and source DIR/env\n";
        return 1;
    }
    std::cout << "skipped: CLINIC_TEST_BACKEND=postgres but no test cluster "
                 "(tests/postgres/cluster.sh start DIR, then source DIR/env)\n";
    return 77;
}

void requireSqlite(const char* what)
{
    if (onServer()) {
        FAIL(what << " is SQLite's own and does not exist on the server backend: tag the test "
                     "[sqlite], or use the ClinicStorage interface");
    }
}

} // namespace test_backend

namespace {

const QString kOwnerPassword = QStringLiteral("owner password");
const QString kApplicationPassword = QStringLiteral("application password");

// The clinic layout as PgClinicDatabase makes it (owned by a role of its own,
// the application role granted), made once on the cluster for this build of
// the test program and copied for each test. Named after the executable and
// its time of building, so that a changed layout is never copied from an old
// template; the test processes of one build share it (each ctest test is a
// process of its own), and it stays until the throwaway cluster goes.
struct ServerTemplate
{
    QString database;
    QString owner;
    QString application;
};

bool exists(const PostgresConnection& admin, const QString& sql, const QString& name)
{
    QSqlQuery found = admin.exec(sql, {name}, "looking for the test template");
    return found.next();
}

ServerTemplate makeTemplate(const PgTestServer& server)
{
    const QFileInfo program(QCoreApplication::applicationFilePath());
    const QByteArray build = QCryptographicHash::hash(
        (program.canonicalFilePath() + QString::number(program.lastModified().toMSecsSinceEpoch()))
            .toUtf8(),
        QCryptographicHash::Sha256);
    ServerTemplate made;
    made.database =
        QStringLiteral("clinic_template_") + QString::fromLatin1(build.toHex().left(16));
    made.owner = made.database + QStringLiteral("_owner");
    made.application = made.database + QStringLiteral("_app");

    const auto admin = server.adminConnection();
    // One process makes it while the others wait; the session's lock goes
    // with the connection, also when this process dies.
    admin->execute(QStringLiteral("SELECT pg_advisory_lock(20261121)"), "waiting for the template");
    const QString building = made.database + QStringLiteral("_building");
    if (!exists(*admin, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"),
                made.database)) {
        // What a process that died while building it left.
        admin->execute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building),
                       "making the test template");
        for (const auto& [role, password] : {std::pair{made.owner, kOwnerPassword},
                                             std::pair{made.application, kApplicationPassword}}) {
            if (!exists(*admin, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), role)) {
                admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD ?").arg(role), {password},
                            "making the test template");
            }
        }
        admin->execute(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(building, made.owner),
                       "making the test template");
        {
            const PostgresConnection owner(server.socketLocation(building, made.owner),
                                           kOwnerPassword);
            PostgresSchema::create(owner);
            PostgresSchema::grantApplicationRole(owner, made.application);
        }
        // Complete: only now under the name the other processes look for.
        admin->execute(
            QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, made.database),
            "making the test template");
    }
    admin->execute(QStringLiteral("SELECT pg_advisory_unlock(20261121)"), "making the template");
    return made;
}

const ServerTemplate& serverTemplate(const PgTestServer& server)
{
    static const ServerTemplate made = makeTemplate(server);
    return made;
}

} // namespace

// A test's database on the cluster: a copy of the template, with its roles.
struct ServerCopy
{
    ServerCopy(const PgTestServer& testServer, const ServerTemplate& names)
        : server(testServer), owner(names.owner), application(names.application),
          database(testServer, names.owner, names.database)
    {
        // Not copied with the template: the grants on the database itself,
        // as PostgresSchema::create and grantApplicationRole leave them.
        server.adminExecute(
            QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database.name()));
        server.adminExecute(
            QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database.name(), application));
    }

    std::unique_ptr<PostgresConnection> connect() const
    {
        return std::make_unique<PostgresConnection>(
            server.socketLocation(database.name(), application), kApplicationPassword);
    }
    std::unique_ptr<PostgresConnection> connectAsOwner() const
    {
        return std::make_unique<PostgresConnection>(server.socketLocation(database.name(), owner),
                                                    kOwnerPassword);
    }

    const PgTestServer& server;
    QString owner;
    QString application;
    ScratchDatabase database;
};

BackendDatabase::BackendDatabase()
{
    if (!m_folder.isValid()) {
        FAIL("cannot make a temporary folder");
    }
    if (!test_backend::onServer()) {
        const Database created(path()); // empty, with the current schema
        return;
    }
    const PgTestServer* server = PgTestServer::get();
    if (server == nullptr) {
        FAIL("CLINIC_TEST_BACKEND=postgres needs the test cluster (tests/postgres/cluster.sh)");
    }
    m_server = std::make_unique<ServerCopy>(*server, serverTemplate(*server));
}

BackendDatabase::~BackendDatabase()
{
    m_owner.reset(); // before the database is dropped
}

QString BackendDatabase::location() const
{
    if (!m_server) {
        return path();
    }
    return m_server->server.socketLocation(m_server->database.name(), m_server->application).uri();
}

QString BackendDatabase::password() const
{
    return m_server ? kApplicationPassword : QString();
}

QStringList BackendDatabase::cliEnvironment() const
{
    if (!m_server) {
        return {};
    }
    return {QStringLiteral("PGPASSWORD=") + password()};
}

QString BackendDatabase::path() const
{
    test_backend::requireSqlite("The database file's path");
    return m_folder.filePath(QStringLiteral("clinic.sqlite"));
}

std::unique_ptr<ClinicStorage> BackendDatabase::open(const Clock& clock) const
{
    return openClinicStorage(location(), password(), clock, StorageOpening::MustExist);
}

qint64 BackendDatabase::count(const QString& sql, const QString& bound) const
{
    const auto found = rows(sql, bound.isNull() ? QVariantList() : QVariantList{bound});
    if (found.empty() || found.front().isEmpty()) {
        FAIL("no rows: " << sql.toStdString());
    }
    return found.front().front().toLongLong();
}

std::vector<QVariantList> BackendDatabase::rows(const QString& sql, const QVariantList& bound) const
{
    std::unique_ptr<Database> file;
    QSqlDatabase connection;
    if (m_server) {
        if (!m_owner) {
            m_owner = m_server->connectAsOwner();
        }
        connection = m_owner->connection();
    } else {
        file = std::make_unique<Database>(path(), Database::Mode::MustExist);
        connection = file->connection();
    }
    QSqlQuery query(connection);
    query.prepare(sql);
    for (const QVariant& value : bound) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        FAIL("query failed: " << sql.toStdString() << ": "
                              << query.lastError().text().toStdString());
    }
    std::vector<QVariantList> found;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < query.record().count(); ++column) {
            row << query.value(column);
        }
        found.push_back(row);
    }
    return found;
}

void BackendDatabase::executeAsOwner(const QString& sql) const
{
    if (!m_server) {
        FAIL("executeAsOwner is for the server backend");
    }
    if (!m_owner) {
        m_owner = m_server->connectAsOwner();
    }
    m_owner->execute(sql, "editing the test database");
}

void BackendDatabase::executeAsOwner(const QString& sql, const QVariantList& bound) const
{
    if (!m_server) {
        FAIL("executeAsOwner is for the server backend");
    }
    if (!m_owner) {
        m_owner = m_server->connectAsOwner();
    }
    m_owner->exec(sql, bound, "editing the test database");
}

bool BackendDatabase::programCanRun(const QString& sql) const
{
    std::unique_ptr<Database> file;
    std::unique_ptr<PostgresConnection> server;
    QSqlDatabase connection;
    if (m_server) {
        server = m_server->connect();
        connection = server->connection();
    } else {
        file = std::make_unique<Database>(path(), Database::Mode::MustExist);
        connection = file->connection();
    }
    QSqlQuery query(connection);
    return query.exec(sql);
}
