#include "FaultHelpers.h"

#include "IntakeGenerator.h"
#include "TestStaff.h"
#include "storage/postgres/PostgresClinicStorage.h"
#include "util/FixedClock.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <catch2/catch.hpp>
#include <csignal>
#include <unistd.h>

namespace faults {

std::string jsonl(int count, std::uint64_t seed)
{
    IntakeGenerator generator(seed);
    std::string text;
    for (int i = 0; i < count; ++i) {
        text += generator.next().dump() + "\n";
    }
    return text;
}

bool waitUntil(const std::function<bool()>& condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms) {
            return false;
        }
        QThread::msleep(10);
    }
    return true;
}

ServerClinic::ServerClinic(const PgTestServer& server) : m_database(server)
{
    const FixedClock clock(QDate(2026, 11, 21));
    const PostgresClinicStorage storage(m_database.connect(), clock);
    test_staff::createIn(storage, clock);
}

QString ServerClinic::location() const
{
    return m_database.server
        .socketLocation(m_database.database.name(), m_database.application.name())
        .uri();
}

QStringList ServerClinic::arguments(const QString& user, const QStringList& arguments) const
{
    return QStringList{QStringLiteral("--db"), location(), QStringLiteral("--user"), user} +
           arguments;
}

QStringList ServerClinic::environment(const QString& user) const
{
    return {QStringLiteral("PGPASSWORD=") + m_database.application.password(),
            QStringLiteral("CLINIC_INTAKE_PASSWORD=") + test_staff::passwordOf(user)};
}

qint64 ServerClinic::count(const QString& sql) const
{
    const auto owner = m_database.connectAsOwner();
    QSqlQuery query(owner->connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

int ServerClinic::backends(bool inTransaction) const
{
    const auto admin = m_database.server.adminConnection();
    QSqlQuery query(admin->connection());
    REQUIRE(query.exec(
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'%2")
            .arg(m_database.application.name(),
                 inTransaction ? QStringLiteral(" AND xact_start IS NOT NULL") : QString())));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

int ServerClinic::terminateBackends() const
{
    const auto admin = m_database.server.adminConnection();
    QSqlQuery query(admin->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) "
                                      "FROM pg_stat_activity WHERE usename = '%1'")
                           .arg(m_database.application.name())));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

BackgroundCli::BackgroundCli(const QStringList& arguments, const QStringList& environment)
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.remove(QStringLiteral("CLINIC_INTAKE_PASSWORD"));
    for (const QString& entry : environment) {
        const auto equals = entry.indexOf(QLatin1Char('='));
        variables.insert(entry.left(equals), entry.mid(equals + 1));
    }
    m_process.setProcessEnvironment(variables);
    m_process.setChildProcessModifier([] { setsid(); });
    m_process.start(cliPath(), arguments);
    REQUIRE(m_process.waitForStarted());
}

BackgroundCli::~BackgroundCli()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void BackgroundCli::write(const std::string& text)
{
    m_process.write(text.data(), qint64(text.size()));
    while (m_process.bytesToWrite() > 0) {
        if (!m_process.waitForBytesWritten(30000)) {
            FAIL("the tool took no more input: state " << int(m_process.state()) << ", "
                                                       << errorSoFar());
        }
    }
}

void BackgroundCli::endInput()
{
    m_process.closeWriteChannel();
}

std::string BackgroundCli::errorSoFar()
{
    m_process.waitForReadyRead(10);
    m_err += m_process.readAllStandardError().toStdString();
    return m_err;
}

Run BackgroundCli::finish()
{
    REQUIRE(m_process.waitForFinished(60000));
    m_err += m_process.readAllStandardError().toStdString();
    return {m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1,
            m_process.readAllStandardOutput().toStdString(), m_err};
}

void BackgroundCli::kill()
{
    ::kill(pid_t(m_process.processId()), SIGKILL);
    REQUIRE(m_process.waitForFinished(30000));
}

} // namespace faults
