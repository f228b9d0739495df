#include "PgTestServer.h"

#include <QUrl>
#include <atomic>
#include <catch2/catch.hpp>
#include <unistd.h>

namespace {

QString variable(const char* name)
{
    return qEnvironmentVariable(name);
}

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString sqlText(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

const PgTestServer* PgTestServer::get()
{
    static const PgTestServer server = [] {
        PgTestServer s;
        s.socket = variable("CLINIC_TEST_PG_SOCKET");
        s.port = variable("CLINIC_TEST_PG_PORT").toInt();
        s.admin = variable("CLINIC_TEST_PG_ADMIN");
        s.adminPassword = variable("CLINIC_TEST_PG_ADMIN_PASSWORD");
        s.ca = variable("CLINIC_TEST_PG_CA");
        s.otherCa = variable("CLINIC_TEST_PG_OTHER_CA");
        return s;
    }();
    if (server.socket.isEmpty()) {
        if (variable("CLINIC_TEST_PG_REQUIRED") == QLatin1String("1")) {
            FAIL("CLINIC_TEST_PG_REQUIRED=1 but CLINIC_TEST_PG_SOCKET is not set: start the "
                 "cluster with tests/postgres/cluster.sh");
        }
        WARN("PostgreSQL server tests skipped: CLINIC_TEST_PG_SOCKET is not set "
             "(tests/postgres/cluster.sh start DIR, then source DIR/env)");
        return nullptr;
    }
    return &server;
}

QString PgTestServer::uniqueName(const QString& prefix)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("%1_%2_%3").arg(prefix).arg(getpid()).arg(++counter);
}

PostgresLocation PgTestServer::socketLocation(const QString& database, const QString& user) const
{
    return PostgresLocation::parse(
        // One arg() call: an encoded path holds "%2F", which a second call
        // would take for a placeholder.
        QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
            .arg(encoded(user.isEmpty() ? admin : user),
                 encoded(database.isEmpty() ? QStringLiteral("postgres") : database),
                 encoded(socket), QString::number(port)));
}

PostgresLocation PgTestServer::tlsLocation(const QString& host, const QString& database,
                                           const QString& user, const QString& parameters) const
{
    return PostgresLocation::parse(
        QStringLiteral("postgresql://%1@%2:%3/%4?%5")
            .arg(encoded(user), host, QString::number(port), encoded(database), parameters));
}

std::unique_ptr<PostgresConnection> PgTestServer::adminConnection(const QString& database) const
{
    return std::make_unique<PostgresConnection>(socketLocation(database), QString());
}

void PgTestServer::adminExecute(const QString& sql, const QString& database) const
{
    adminConnection(database)->execute(sql, "preparing the test");
}

ScratchRole::ScratchRole(const PgTestServer& server, const QString& password,
                         const QString& attributes)
    : m_server(server), m_name(PgTestServer::uniqueName(QStringLiteral("clinic_role"))),
      m_password(password)
{
    m_server.adminExecute(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 %3")
                              .arg(m_name, sqlText(password), attributes));
}

ScratchRole::~ScratchRole()
{
    try {
        // Grants a test gave it in the postgres database would keep it.
        m_server.adminExecute(QStringLiteral("DROP OWNED BY %1").arg(m_name));
        m_server.adminExecute(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
    } catch (const std::exception& error) {
        WARN("could not drop the test role " << m_name.toStdString() << ": " << error.what());
    }
}

ScratchDatabase::ScratchDatabase(const PgTestServer& server, const QString& owner,
                                 const QString& copyOf)
    : m_server(server), m_name(PgTestServer::uniqueName(QStringLiteral("clinic_db")))
{
    m_server.adminExecute(
        QStringLiteral("CREATE DATABASE %1%2%3")
            .arg(m_name, copyOf.isEmpty() ? QString() : QStringLiteral(" TEMPLATE ") + copyOf,
                 owner.isEmpty() ? QString() : QStringLiteral(" OWNER ") + owner));
}

ScratchDatabase::~ScratchDatabase()
{
    try {
        m_server.adminExecute(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    } catch (const std::exception& error) {
        WARN("could not drop the test database " << m_name.toStdString() << ": " << error.what());
    }
}
