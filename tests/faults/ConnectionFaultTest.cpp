#include "FaultHelpers.h"
#include "PrivateCluster.h"
#include "TestStaff.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresClinicStorage.h"
#include "storage/postgres/PostgresTransaction.h"
#include "util/FixedClock.h"

#include <QThread>
#include <catch2/catch.hpp>

using faults::BackgroundCli;
using faults::ServerClinic;

namespace {

const QString kIntakes = QStringLiteral("SELECT count(*) FROM intakes");

// What is left after a command was cut off: nothing of it, a sound
// database with an intact audit chain (`check` as the manager).
void requireNothingHalfWritten(const ServerClinic& clinic, qint64 intakesBefore)
{
    CHECK(clinic.count(kIntakes) == intakesBefore);
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM intake_versions")) == intakesBefore);
    // Only the sign-in is audited (in a transaction of its own): no import.
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")) ==
          0);
    const Run check = runCli(clinic.arguments(test_staff::kManager, {QStringLiteral("check")}), {},
                             clinic.environment(test_staff::kManager));
    INFO(check.out << check.err);
    CHECK(check.exitCode == 0);
}

// An import of 9000 intakes whose first batch (4096 lines, stored once the
// next batch is read) is in its transaction when `cut` runs, the rest sent
// afterwards.
Run importCutOff(const ServerClinic& clinic, const std::function<void()>& cut)
{
    const std::string lines = faults::jsonl(9000, 13);
    std::size_t half = 0;
    for (int i = 0; i < 8400; ++i) {
        half = lines.find('\n', half) + 1;
    }
    BackgroundCli import(
        clinic.arguments(test_staff::kManager, {QStringLiteral("import"), QStringLiteral("-"),
                                                QStringLiteral("--progress")}),
        clinic.environment(test_staff::kManager));
    import.write(lines.substr(0, half));
    // Rows on their way into the import's transaction, which waits for the rest.
    REQUIRE(faults::waitUntil([&] {
        return import.errorSoFar().find("read ") != std::string::npos && clinic.backends(true) == 1;
    }));
    cut();
    import.write(lines.substr(half));
    import.endInput();
    return import.finish();
}

void requireLostConnectionMessage(const Run& run)
{
    INFO(run.err);
    CHECK(run.exitCode == 1);
    const auto lines = run.errLines();
    REQUIRE_FALSE(lines.empty());
    const std::string& last = lines.back();
    CHECK(last.rfind("error: ", 0) == 0);
    CHECK(last.find("the connection to the clinic server was lost") != std::string::npos);
    CHECK(last.find("nothing of this command was stored") != std::string::npos);
    CHECK(run.out.empty());
}

} // namespace

TEST_CASE("faults: a connection the server ended between operations is opened again by the next",
          "[faults][server]")
{
    // As after a server restart at night: the first thing done in the
    // morning works, with nothing to retry and nothing in database words.
    REQUIRE_PG_SERVER(server);
    const ServerClinic clinic(*server);
    const FixedClock clock(QDate(2026, 11, 21));
    PostgresClinicStorage storage(clinic.database().connect(), clock);
    CHECK(storage.intakes().count({}) == 0);
    REQUIRE(clinic.terminateBackends() == 1);
    while (clinic.backends(false) > 0) {
        QThread::msleep(10); // pg_terminate_backend only signals the backend
    }
    CHECK(storage.intakes().count({}) == 0);
    CHECK_FALSE(storage.connection().isLost());
    CHECK(storage.verifyAuditChain().intact());
    CHECK(clinic.backends(false) == 1);
}

TEST_CASE("faults: a connection ended inside an operation is a lost connection until reconnect()",
          "[faults][server]")
{
    REQUIRE_PG_SERVER(server);
    const ServerClinic clinic(*server);
    const FixedClock clock(QDate(2026, 11, 21));
    PostgresClinicStorage storage(clinic.database().connect(), clock);
    {
        // Never continued on another connection: what was sent is gone.
        PostgresTransaction transaction(storage.connection());
        REQUIRE(clinic.terminateBackends() == 1);
        while (clinic.backends(false) > 0) {
            QThread::msleep(10);
        }
        try {
            storage.connection().execute(kIntakes, "counting");
            FAIL("a statement on a terminated connection succeeded");
        } catch (const StorageError& error) {
            INFO(error.what());
            CHECK(error.kind() == StorageError::Kind::ConnectionLost);
            CHECK(std::string(error.what()).find("the connection to the clinic server was lost") !=
                  std::string::npos);
        }
    }
    CHECK(storage.connection().isLost());
    // Every statement fails alike until it is opened again (its owner knows
    // when no operation is half done)...
    CHECK_THROWS_AS(storage.intakes().count({}), StorageError);
    storage.reconnect();
    CHECK_FALSE(storage.connection().isLost());
    // ...then it works as before, in UTC.
    CHECK(storage.intakes().count({}) == 0);
    CHECK(storage.verifyAuditChain().intact());
    storage.reconnect(); // a sound connection is left as it is
    CHECK(clinic.backends(false) == 1);
}

TEST_CASE("faults: a server that is away is reported by reconnect(), which works once it is back",
          "[faults][server][restart]")
{
    PrivateCluster* cluster = PrivateCluster::get();
    if (cluster == nullptr) {
        return;
    }
    const ServerClinic clinic(cluster->server());
    const FixedClock clock(QDate(2026, 11, 21));
    PostgresClinicStorage storage(clinic.database().connect(), clock);
    CHECK(storage.intakes().count({}) == 0);
    cluster->stop();
    try {
        storage.intakes().count({});
        FAIL("a statement on a stopped server succeeded");
    } catch (const StorageError& error) {
        INFO(error.what());
        CHECK(error.kind() == StorageError::Kind::ConnectionLost);
    }
    CHECK_THROWS_AS(storage.reconnect(), StorageError);
    cluster->start();
    storage.reconnect();
    CHECK(storage.intakes().count({}) == 0);
}

TEST_CASE("faults: cli import cut off by pg_terminate_backend stores nothing and exits 1",
          "[faults][server][cli]")
{
    REQUIRE_PG_SERVER(server);
    const ServerClinic clinic(*server);
    const Run run = importCutOff(clinic, [&] { CHECK(clinic.terminateBackends() == 1); });
    requireLostConnectionMessage(run);
    requireNothingHalfWritten(clinic, 0);
}

TEST_CASE("faults: cli import cut off by a server restart stores nothing and exits 1",
          "[faults][server][cli][restart]")
{
    PrivateCluster* cluster = PrivateCluster::get();
    if (cluster == nullptr) {
        return;
    }
    const ServerClinic clinic(cluster->server());
    const Run run = importCutOff(clinic, [&] {
        cluster->stop();
        cluster->start();
    });
    requireLostConnectionMessage(run);
    requireNothingHalfWritten(clinic, 0);
    // And the next command works: nothing to restart on this computer.
    const Run again = runCli(
        clinic.arguments(test_staff::kManager, {QStringLiteral("import"), QStringLiteral("-")}),
        faults::jsonl(5, 14), clinic.environment(test_staff::kManager));
    INFO(again.err);
    CHECK(again.exitCode == 0);
    CHECK(clinic.count(kIntakes) == 5);
}

TEST_CASE("faults: a cli import killed mid-way (kill -9) leaves nothing on the server",
          "[faults][server][cli]")
{
    REQUIRE_PG_SERVER(server);
    const ServerClinic clinic(*server);
    const std::string lines = faults::jsonl(8400, 15);
    {
        BackgroundCli import(
            clinic.arguments(test_staff::kManager, {QStringLiteral("import"), QStringLiteral("-"),
                                                    QStringLiteral("--progress")}),
            clinic.environment(test_staff::kManager));
        import.write(lines);
        REQUIRE(faults::waitUntil([&] {
            return import.errorSoFar().find("read ") != std::string::npos &&
                   clinic.backends(true) == 1;
        }));
        import.kill();
    }
    // The server ends the backend of a client that vanished, and with it its transaction.
    REQUIRE(faults::waitUntil([&] { return clinic.backends(false) == 0; }));
    requireNothingHalfWritten(clinic, 0);
}
