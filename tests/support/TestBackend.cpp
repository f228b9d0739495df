#include "TestBackend.h"

#include "PgClinicDatabase.h"
#include "storage/Database.h"
#include "storage/StorageFactory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <catch2/catch.hpp>
#include <cstring>
#include <iostream>

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
    m_server = std::make_unique<PgClinicDatabase>(*server);
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
    return m_server->server.socketLocation(m_server->database.name(), m_server->application.name())
        .uri();
}

QString BackendDatabase::password() const
{
    return m_server ? m_server->application.password() : QString();
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
