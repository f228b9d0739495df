// Who has an intake open for review (IntakeClaims), on both backends: seen
// by the other sessions with who and since, gone once released, once its
// session ends, and once its workstation vanishes (a killed process, a
// cut connection on the server; an expired heartbeat on a file).
#include "AdjustableClock.h"
#include "PgTestServer.h"
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "rules/RuleSetLoader.h"
#include "storage/Database.h"
#include "storage/IntakeClaims.h"
#include "storage/SchemaMigrations.h"
#include "storage/StorageFactory.h"
#include "util/FixedClock.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <functional>

namespace {

const QDateTime kNoon(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

std::vector<QString> namesOf(const std::vector<IntakeClaim>& claims)
{
    std::vector<QString> names;
    for (const IntakeClaim& claim : claims) {
        names.push_back(claim.userName);
    }
    return names;
}

// Polls `condition` for up to `ms`: a killed workstation's connection is
// ended by the server as soon as it sees the socket close.
bool eventually(const std::function<bool()>& condition, int ms = 10000)
{
    for (int waited = 0; waited < ms; waited += 50) {
        if (condition()) {
            return true;
        }
        QThread::msleep(50);
    }
    return condition();
}

} // namespace

TEST_CASE("claims: another session sees who has the intake open and since when, until it is "
          "released",
          "[storage][claims]")
{
    TestDatabase test;
    const qint64 intake = test.add(sampleIntake()).intakeId;
    const qint64 entries = test.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    AdjustableClock later(kNoon.addSecs(5));
    const auto other = test.backend().open(later);

    CHECK(test.storage().claims().claim(intake, QStringLiteral("ben")).empty());
    const std::vector<IntakeClaim> seen = other->claims().claimsOn(intake);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].intakeId == intake);
    CHECK(seen[0].userName == QLatin1String("ben"));
    CHECK(seen[0].since == kNoon);
    CHECK(seen[0].holder == test.storage().claims().holder());
    CHECK(other->claims().claimsOn(intake + 1).empty());

    // The second reviewer is told about the first; the first about the second.
    const std::vector<IntakeClaim> before = other->claims().claim(intake, QStringLiteral("ana"));
    CHECK(namesOf(before) == std::vector<QString>{QStringLiteral("ben")});
    const std::vector<IntakeClaim> both = test.storage().claims().claimsOn(intake);
    CHECK(namesOf(both) == std::vector<QString>{QStringLiteral("ben"), QStringLiteral("ana")});
    CHECK(both[1].since == kNoon.addSecs(5));

    // A renewal keeps since.
    later.advance(20);
    CHECK(namesOf(other->claims().claim(intake, QStringLiteral("ana"))) ==
          std::vector<QString>{QStringLiteral("ben")});
    CHECK(test.storage().claims().claimsOn(intake)[1].since == kNoon.addSecs(5));

    test.storage().claims().release(intake);
    CHECK(namesOf(other->claims().claimsOn(intake)) == std::vector<QString>{QStringLiteral("ana")});
    other->claims().releaseAll();
    CHECK(test.storage().claims().claimsOn(intake).empty());

    // Presence, not a record: nothing audited, no row left behind.
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log")) == entries);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM claims")) == 0);
}

TEST_CASE("claims: the same person on a second workstation is shown too", "[storage][claims]")
{
    TestDatabase test;
    const qint64 intake = test.add(sampleIntake()).intakeId;
    const auto second = test.backend().open(test.clock());
    test.storage().claims().claim(intake, QStringLiteral("ben"));
    const std::vector<IntakeClaim> others = second->claims().claim(intake, QStringLiteral("ben"));
    REQUIRE(others.size() == 1);
    CHECK(others[0].userName == QLatin1String("ben"));
    CHECK(others[0].holder != second->claims().holder());
    CHECK(test.storage().claims().claimsOn(intake).size() == 2);
}

TEST_CASE("claims: releasing all of a session's claims leaves the others'", "[storage][claims]")
{
    TestDatabase test;
    const qint64 first = test.add(sampleIntake()).intakeId;
    const qint64 second = test.add(sampleIntake()).intakeId;
    const auto other = test.backend().open(test.clock());
    test.storage().claims().claim(first, QStringLiteral("ben"));
    test.storage().claims().claim(second, QStringLiteral("ben"));
    other->claims().claim(second, QStringLiteral("ana"));
    test.storage().claims().releaseAll();
    CHECK(other->claims().claimsOn(first).empty());
    CHECK(namesOf(other->claims().claimsOn(second)) == std::vector<QString>{QStringLiteral("ana")});
    // Claiming again after a release is a claim like the first.
    test.storage().claims().claim(first, QStringLiteral("ben"));
    CHECK(namesOf(other->claims().claimsOn(first)) == std::vector<QString>{QStringLiteral("ben")});
}

TEST_CASE("claims: a workstation killed with -9 leaves no claim that lasts", "[storage][claims]")
{
    TestDatabase test;
    const qint64 intake = test.add(sampleIntake()).intakeId;
    QProcess holder;
    QStringList environment = QProcess::systemEnvironment();
    environment << test.backend().cliEnvironment();
    holder.setEnvironment(environment);
    holder.start(QStringLiteral(CLINIC_CLAIM_HOLDER),
                 {test.location(), QString::number(intake), QStringLiteral("ben")});
    REQUIRE(holder.waitForReadyRead(20000));
    REQUIRE(holder.readAllStandardOutput().startsWith("claimed"));
    AdjustableClock reader(QDateTime::currentDateTimeUtc());
    const auto other = test.backend().open(reader);
    REQUIRE(namesOf(other->claims().claimsOn(intake)) ==
            std::vector<QString>{QStringLiteral("ben")});

    holder.kill();
    REQUIRE(holder.waitForFinished(10000));
    if (test.onServer()) {
        // Its connection ends with the process, and its lock with it.
        CHECK(eventually([&] { return other->claims().claimsOn(intake).empty(); }));
    } else {
        // Nothing refreshes the row any more: it lapses within the lifetime.
        CHECK(other->claims().claimsOn(intake).size() == 1);
        reader.advance(IntakeClaims::kFileLifetimeSeconds + 2);
        CHECK(other->claims().claimsOn(intake).empty());
    }
    // The next claim clears the dead row.
    other->claims().claim(intake, QStringLiteral("ana"));
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM claims")) == 1);
}

TEST_CASE("claims: on a file a claim lapses without its heartbeat and lasts with it",
          "[storage][claims][sqlite]")
{
    TestDatabase test;
    const qint64 intake = test.add(sampleIntake()).intakeId;
    AdjustableClock holderClock(kNoon);
    AdjustableClock readerClock(kNoon);
    const auto holder = test.backend().open(holderClock);
    const auto reader = test.backend().open(readerClock);
    holder->claims().claim(intake, QStringLiteral("ben"));
    for (int beat = 0; beat < 6; ++beat) {
        holderClock.advance(IntakeClaims::kFileHeartbeatSeconds);
        readerClock.advance(IntakeClaims::kFileHeartbeatSeconds);
        holder->claims().refresh();
        REQUIRE(reader->claims().claimsOn(intake).size() == 1);
    }
    CHECK(reader->claims().claimsOn(intake)[0].since == kNoon);
    readerClock.advance(IntakeClaims::kFileLifetimeSeconds - 1);
    CHECK(reader->claims().claimsOn(intake).size() == 1);
    readerClock.advance(1);
    CHECK(reader->claims().claimsOn(intake).empty());
}

TEST_CASE("claims: on the server a claim ends with its connection and is taken again by the "
          "next heartbeat",
          "[storage][claims]")
{
    TestDatabase test;
    if (!test.onServer()) {
        SUCCEED("a file has no connection to lose");
        return;
    }
    const qint64 intake = test.add(sampleIntake()).intakeId;
    const auto holder = test.backend().open(test.clock());
    const auto reader = test.backend().open(test.clock());
    holder->claims().claim(intake, QStringLiteral("ben"));
    const auto pids = test.backend().rows(QStringLiteral("SELECT connection FROM claims"));
    REQUIRE(pids.size() == 1);
    PgTestServer::get()->adminExecute(
        QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pids[0][0].toLongLong()));
    CHECK(eventually([&] { return reader->claims().claimsOn(intake).empty(); }));

    // The holder's next operation opens its connection again by itself
    // (PostgresConnection::reopenIfClosedMeanwhile); its heartbeat takes
    // the claim's lock again, with its first since.
    CHECK(reader->claims().claimsOn(intake).empty());
    holder->claims().refresh();
    const auto seen = reader->claims().claimsOn(intake);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].userName == QLatin1String("ben"));
    CHECK(seen[0].since == test.clock().now());
    CHECK(test.backend().count(QStringLiteral("SELECT count(*) FROM claims")) == 1);
}

TEST_CASE("claims: a schema 6 file is upgraded to 7 with an empty claims table, nothing stored "
          "changes, the upgrade is audited",
          "[storage][upgrade][claims][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v6.sqlite"));
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(CLINIC_FIXTURES_DIR "/clinic-v6.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);

    const auto rowsOf = [](const QSqlDatabase& connection, const QString& sql) {
        QSqlQuery rows(connection);
        REQUIRE(rows.exec(sql));
        std::vector<QString> lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i) {
                values << rows.value(i).toString();
            }
            lines.push_back(values.join(QLatin1Char('\x1f')));
        }
        return lines;
    };
    const QString everything = QStringLiteral(
        "SELECT 'v', id, intake_id, version, record_json, created_at, created_by, save_id FROM "
        "intake_versions UNION ALL SELECT 'r', id, intake_id, intake_version_id, reviewer, "
        "reviewed_at, decision, save_id FROM reviews UNION ALL SELECT 'i', id, client_id, "
        "current_version, status, approach, visit_date, created_by FROM intakes ORDER BY 1, 2");
    std::vector<QString> stored;
    std::vector<QString> log;
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        connection.setDatabaseName(path);
        REQUIRE(connection.open());
        REQUIRE(rowsOf(connection, QStringLiteral("PRAGMA user_version")) ==
                std::vector<QString>{QStringLiteral("6")});
        stored = rowsOf(connection, everything);
        log = rowsOf(connection, QStringLiteral("SELECT * FROM audit_log ORDER BY id"));
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));
    REQUIRE(stored.size() == 4 + 3 + 3);
    REQUIRE(log.size() == 20);

    const FixedClock clock(QDate(2026, 11, 30));
    const RuleEngine engine(RuleSetLoader::builtIn());
    {
        Database database(path);
        CHECK(database.schemaVersion() == 7);
        CHECK(SchemaMigrations::kCurrentVersion == 7);
        QSqlDatabase connection = database.connection();
        CHECK(rowsOf(connection, everything) == stored);
        CHECK(rowsOf(connection, QStringLiteral("SELECT count(*) FROM claims")) ==
              std::vector<QString>{QStringLiteral("0")});
        auto after = rowsOf(connection, QStringLiteral("SELECT * FROM audit_log ORDER BY id"));
        REQUIRE(after.size() == log.size() + 1);
        CHECK(after.back().contains(QStringLiteral("\x1fschema upgrade\x1f"
                                                   "database\x1fschema 7: ")));
        after.pop_back();
        CHECK(after == log);
    }
    // The upgraded file is sound (the same layout as a new one) and claims work on it.
    const auto storage = openClinicStorage(path, QString(), clock);
    CHECK(storage->check(engine).empty());
    CHECK(storage->claims().claim(3, QStringLiteral("ana")).empty());
    CHECK(storage->claims().claimsOn(3).size() == 1);
}
