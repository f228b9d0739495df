// Save ids: the same save sent twice (a double click, a retry after a lost
// connection) is stored once, on both backends; other content under a save
// id already used is refused; two programs racing with one save id store it
// once. And the schema 6 upgrade of a file that schema 5 wrote.
#include "Harness.h"
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "rules/RuleSetLoader.h"
#include "rules/SuggestedVersion.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseVerifier.h"
#include "storage/IntakeStore.h"
#include "storage/SchemaMigrations.h"
#include "storage/StorageError.h"
#include "util/FixedClock.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <atomic>
#include <catch2/catch.hpp>
#include <functional>
#include <mutex>
#include <thread>

using nlohmann::json;
using vocabulary::Approach;
using vocabulary::Pressure;

namespace {

IntakeRecord recordOf(const json& intake)
{
    const auto parsed = harness::parse(intake);
    REQUIRE(parsed.record);
    return *parsed.record;
}

IntakeRecord otherRecord()
{
    json intake = sampleIntake();
    intake["pain"]["intensity"] = 3;
    return recordOf(intake);
}

qint64 auditEntries(TestDatabase& test, const QString& action)
{
    qint64 found = 0;
    for (const AuditEntry& entry : test.auditTrail().entries()) {
        found += entry.action == action ? 1 : 0;
    }
    return found;
}

// The refusal's message; fails the test when there is none.
std::string refusal(const std::function<void()>& save)
{
    try {
        save();
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        return error.what();
    }
    FAIL("not refused");
    return {};
}

bool startsWith(const std::string& text, const std::string& start)
{
    return text.compare(0, start.size(), start) == 0;
}

} // namespace

TEST_CASE("a new intake saved twice with one save id is stored once and answers the first save",
          "[storage][save-id]")
{
    TestDatabase test;
    const IntakeRecord record = recordOf(sampleIntake());
    const QString saveId = IntakeWorkflow::newSaveId();
    const SavedIntake first = test.workflow().add(record, QStringLiteral("dora"), saveId);
    const SavedIntake again = test.workflow().add(record, QStringLiteral("dora"), saveId);
    CHECK(again.intakeId == first.intakeId);
    CHECK(again.clientId == first.clientId);
    CHECK(again.version == 1);
    CHECK(again.returningClient == first.returningClient);
    CHECK(again.suggestionJson == first.suggestionJson);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intake_versions")) == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM clients")) == 1);
    CHECK(auditEntries(test, QStringLiteral("add")) == 1);
    CHECK(test.auditTrail().entries().size() == 1);

    // Without a save id every add is a save of its own, as before.
    test.workflow().add(record, QStringLiteral("dora"));
    test.workflow().add(record, QStringLiteral("dora"));
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 3);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intake_versions WHERE save_id IS "
                                    "NULL")) == 2);
    // A returning client's repeated save says so too.
    const QString third = IntakeWorkflow::newSaveId();
    const SavedIntake returning = test.workflow().add(record, QStringLiteral("dora"), third);
    CHECK(returning.returningClient);
    CHECK(test.workflow().add(record, QStringLiteral("dora"), third).returningClient);
    CHECK(test.storage().check(test.engine()).empty());
}

TEST_CASE("an amendment saved twice with one save id makes one version", "[storage][save-id]")
{
    TestDatabase test;
    const SavedIntake added = test.add(sampleIntake());
    const QString saveId = IntakeWorkflow::newSaveId();
    const IntakeRecord corrected = otherRecord();
    const SavedIntake first =
        test.workflow().amend(added.intakeId, corrected, QStringLiteral("dora"), saveId);
    REQUIRE(first.version == 2);
    // Without its save id the same record would now be refused as unchanged.
    const SavedIntake again =
        test.workflow().amend(added.intakeId, corrected, QStringLiteral("dora"), saveId);
    CHECK(again.intakeId == added.intakeId);
    CHECK(again.version == 2);
    CHECK(again.suggestionJson == first.suggestionJson);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intake_versions")) == 2);
    CHECK(test.count(QStringLiteral("SELECT current_version FROM intakes")) == 2);
    CHECK(auditEntries(test, QStringLiteral("amend")) == 1);
    CHECK(startsWith(
        refusal([&] { test.workflow().amend(added.intakeId, corrected, QStringLiteral("dora")); }),
        "intake: nothing changed"));
}

TEST_CASE("a review saved twice with one save id is stored once and answers the same review",
          "[storage][save-id]")
{
    TestDatabase test;
    const SavedIntake accepted = test.add(sampleIntake());
    ReviewDecision accept;
    accept.saveId = IntakeWorkflow::newSaveId();
    const qint64 first = test.workflow().review(accepted.intakeId, accept, QStringLiteral("ben"));
    CHECK(test.workflow().review(accepted.intakeId, accept, QStringLiteral("ben")) == first);
    // The version the first one stated is the one it reviewed.
    ReviewDecision stated = accept;
    stated.version = 1;
    CHECK(test.workflow().review(accepted.intakeId, stated, QStringLiteral(" ben ")) == first);

    const SavedIntake overridden = test.add(sampleIntake());
    ReviewDecision override_;
    override_.accepted = false;
    override_.finalApproach = Approach::Swedish;
    override_.finalPressure = Pressure::Light;
    override_.reason = QStringLiteral("prefers light work");
    override_.sessionNote = QStringLiteral("first visit\nback again in two weeks");
    override_.saveId = IntakeWorkflow::newSaveId();
    const qint64 second =
        test.workflow().review(overridden.intakeId, override_, QStringLiteral("ben"));
    CHECK(test.workflow().review(overridden.intakeId, override_, QStringLiteral("ben")) == second);

    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 2);
    CHECK(auditEntries(test, QStringLiteral("review")) == 2);
    CHECK(test.storage().check(test.engine()).empty());
}

TEST_CASE("a save id already used with other content is refused, naming the field",
          "[storage][save-id]")
{
    TestDatabase test;
    const IntakeRecord record = recordOf(sampleIntake());
    const QString saveId = IntakeWorkflow::newSaveId();
    const SavedIntake added = test.workflow().add(record, QStringLiteral("dora"), saveId);
    const auto entries = test.auditTrail().entries().size();

    // Another record, another person, an amendment or a review with it.
    const std::string other =
        refusal([&] { test.workflow().add(otherRecord(), QStringLiteral("dora"), saveId); });
    CHECK(startsWith(other, "save id: " + saveId.toStdString() +
                                " was already used for a new intake of intake " +
                                std::to_string(added.intakeId)));
    CHECK(startsWith(refusal([&] { test.workflow().add(record, QStringLiteral("fran"), saveId); }),
                     "save id: "));
    CHECK(startsWith(refusal([&] {
                         test.workflow().amend(added.intakeId, otherRecord(),
                                               QStringLiteral("dora"), saveId);
                     }),
                     "save id: "));
    ReviewDecision decision;
    decision.saveId = saveId;
    CHECK(startsWith(
        refusal([&] { test.workflow().review(added.intakeId, decision, QStringLiteral("ben")); }),
        "save id: "));

    // A review's save id with another decision, or about another intake.
    const SavedIntake second = test.add(sampleIntake());
    decision.saveId = IntakeWorkflow::newSaveId();
    test.workflow().review(added.intakeId, decision, QStringLiteral("ben"));
    ReviewDecision changed = decision;
    changed.sessionNote = QStringLiteral("a note added");
    CHECK(startsWith(
        refusal([&] { test.workflow().review(added.intakeId, changed, QStringLiteral("ben")); }),
        "save id: "));
    CHECK(startsWith(
        refusal([&] { test.workflow().review(second.intakeId, decision, QStringLiteral("ben")); }),
        "save id: "));
    // Text no terminal should obey is refused before anything is read.
    CHECK(startsWith(refusal([&] {
                         test.workflow().add(record, QStringLiteral("dora"),
                                             QStringLiteral("id\x1b[2J"));
                     }),
                     "save id: "));
    CHECK(startsWith(refusal([&] {
                         test.workflow().add(record, QStringLiteral("dora"),
                                             QString(101, QLatin1Char('x')));
                     }),
                     "save id: "));

    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 2);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intake_versions")) == 2);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 1);
    // Refusals of a save id are not audited: nothing was attempted.
    CHECK(test.auditTrail().entries().size() == entries + 2);
}

TEST_CASE("the database itself holds each save id once", "[storage][save-id]")
{
    TestDatabase test;
    SuggestedVersion version = test.engine().suggestVersion(recordOf(sampleIntake()));
    version.saveId = "the-same-save";
    const SavedIntake first = test.intakes().add(version, QStringLiteral("dora"));
    // Storage stores; it is the database's unique save id that refuses the
    // second row, and the whole write with it.
    CHECK_THROWS_AS(test.intakes().add(version, QStringLiteral("dora")), StorageError);
    CHECK_THROWS_AS(test.intakes().amend(first.intakeId, 1, version, QStringLiteral("dora")),
                    StorageError);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intake_versions")) == 1);
    CHECK(test.auditTrail().entries().size() == 1);

    ReviewDecision decision;
    decision.version = 1;
    decision.saveId = QStringLiteral("a-review");
    const qint64 review = test.intakes().review(first.intakeId, decision, QStringLiteral("ben"));
    CHECK_THROWS_AS(test.intakes().review(first.intakeId, decision, QStringLiteral("ben")),
                    StorageError);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 1);

    const auto found = test.intakes().findSave(QStringLiteral("a-review"));
    REQUIRE(found);
    CHECK(found->kind == StoredSave::Kind::Review);
    CHECK(found->reviewId == review);
    CHECK(found->saved.intakeId == first.intakeId);
    CHECK(found->saved.version == 1);
    const auto add = test.intakes().findSave(QStringLiteral("the-same-save"));
    REQUIRE(add);
    CHECK(add->kind == StoredSave::Kind::NewIntake);
    CHECK(add->actor == QStringLiteral("dora"));
    CHECK(add->recordJson == version.recordJson);
    CHECK_FALSE(test.intakes().findSave(QStringLiteral("never-used")));
}

TEST_CASE("two programs racing with one save id store it once and both answer the same intake",
          "[storage][save-id]")
{
    TestDatabase test;
    const IntakeRecord record = recordOf(sampleIntake());
    constexpr int kRounds = 12;
    std::vector<QString> saveIds;
    for (int round = 0; round < kRounds; ++round) {
        saveIds.push_back(IntakeWorkflow::newSaveId());
    }
    std::vector<qint64> answers[2];
    std::atomic<int> arrived[kRounds] = {};
    std::atomic<int> failures{0};
    std::string failure;
    std::mutex failureLock;
    // Each program its own connection (and, on the server, its own session),
    // made and used on its own thread.
    const auto program = [&](int which) {
        try {
            const FixedClock clock(harness::kToday);
            const auto storage = test.backend().open(clock);
            IntakeWorkflow workflow(storage->intakes(), storage->audit(), test.engine(), clock);
            for (int round = 0; round < kRounds; ++round) {
                // Both start each round together, so that both look the save
                // id up before either has stored it.
                ++arrived[round];
                while (arrived[round] < 2) {
                    std::this_thread::yield();
                }
                answers[which].push_back(
                    workflow.add(record, QStringLiteral("dora"), saveIds[std::size_t(round)])
                        .intakeId);
            }
        } catch (const std::exception& error) {
            ++failures;
            const std::lock_guard<std::mutex> lock(failureLock);
            failure = error.what();
            for (int round = 0; round < kRounds; ++round) {
                ++arrived[round]; // never leave the other waiting
            }
        }
    };
    std::thread first(program, 0);
    std::thread second(program, 1);
    first.join();
    second.join();
    INFO(failure);
    REQUIRE(failures == 0);
    CHECK(answers[0] == answers[1]);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == kRounds);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intake_versions")) == kRounds);
    CHECK(auditEntries(test, QStringLiteral("add")) == kRounds);
    CHECK(test.storage().check(test.engine()).empty());
}

TEST_CASE("check reports a save id stored with two saves", "[storage][save-id]")
{
    TestDatabase test;
    const SavedIntake added =
        test.workflow().add(recordOf(sampleIntake()), QStringLiteral("dora"), QStringLiteral("s1"));
    // Behind the program's back: a review row carrying the version's save id.
    test.tamper(QStringLiteral("INSERT INTO reviews (intake_id, intake_version_id, reviewer, "
                               "reviewed_at, decision, final_approach, save_id) SELECT intake_id, "
                               "id, 'ben', created_at, 'accepted', 'swedish', 's1' FROM "
                               "intake_versions WHERE intake_id = %1")
                    .arg(added.intakeId));
    bool reported = false;
    for (const QString& problem : test.storage().check(test.engine())) {
        reported = reported || problem.startsWith(QStringLiteral("save id s1: stored with a "
                                                                 "version of intake 1 and "
                                                                 "with a review of intake 1"));
    }
    CHECK(reported);
}

TEST_CASE("a schema 5 file is upgraded to 6 (and on): nothing stored changes, the upgrade is "
          "audited",
          "[storage][upgrade][save-id][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v5.sqlite"));
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(CLINIC_FIXTURES_DIR "/clinic-v5.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);

    // What schema 5 stored, read through a plain connection that migrates nothing.
    const QString historyColumns =
        QStringLiteral("SELECT * FROM (SELECT id, intake_id, version, record_json, created_at, "
                       "created_by, NULL FROM intake_versions UNION ALL SELECT id, intake_id, "
                       "intake_version_id, reviewer, reviewed_at, decision, coalesce(reason, '') "
                       "|| '|' || coalesce(session_note, '') FROM reviews) ORDER BY 1, 2, 3");
    const auto rowsOf = [&](const QSqlDatabase& connection, const QString& sql) {
        QSqlQuery rows(connection);
        REQUIRE(rows.exec(sql));
        std::vector<std::string> lines;
        while (rows.next()) {
            std::string line;
            for (int i = 0; i < rows.record().count(); ++i) {
                line += rows.value(i).toString().toStdString() + "\x1f";
            }
            lines.push_back(line);
        }
        return lines;
    };
    std::vector<std::string> history;
    std::vector<std::string> log;
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        connection.setDatabaseName(path);
        REQUIRE(connection.open());
        REQUIRE(rowsOf(connection, QStringLiteral("PRAGMA user_version")) ==
                std::vector<std::string>{"5\x1f"});
        history = rowsOf(connection, historyColumns);
        log = rowsOf(connection, QStringLiteral("SELECT * FROM audit_log ORDER BY id"));
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));
    REQUIRE(history.size() == 4 + 3);
    REQUIRE(log.size() == 19);

    const FixedClock clock(QDate(2026, 11, 30));
    const RuleEngine engine(RuleSetLoader::builtIn());
    Database database(path);
    CHECK(database.schemaVersion() == SchemaMigrations::kCurrentVersion);
    QSqlDatabase connection = database.connection();
    CHECK(rowsOf(connection, historyColumns) == history);
    CHECK(rowsOf(connection, QStringLiteral("SELECT count(*) FROM intake_versions WHERE save_id "
                                            "IS NULL")) == std::vector<std::string>{"4\x1f"});
    CHECK(rowsOf(connection, QStringLiteral("SELECT count(*) FROM reviews WHERE save_id IS "
                                            "NULL")) == std::vector<std::string>{"3\x1f"});
    // The log as it was, then one entry for the upgrade to 6 (and one for
    // 7, ClaimsTest); the chain intact.
    auto after = rowsOf(connection, QStringLiteral("SELECT * FROM audit_log ORDER BY id"));
    REQUIRE(after.size() == log.size() + 2);
    const std::string upgrade = after[log.size()];
    after.resize(log.size());
    CHECK(after == log);
    CHECK(upgrade.find("\x1fschema upgrade\x1f"
                       "database\x1fschema 6: ") != std::string::npos);
    const AuditChainReport chain = AuditLog::verifyChain(database);
    INFO(chain.problem.toStdString());
    CHECK(chain.intact());
    // As sound as a new database: the same layout (the unique indexes too).
    CHECK(DatabaseVerifier(database, engine).problems().empty());
    // Still append-only, save ids included.
    CHECK_THROWS(database.execute(QStringLiteral("UPDATE reviews SET save_id = 'x'"), "t"));
    CHECK_THROWS(database.execute(QStringLiteral("UPDATE intake_versions SET save_id = 'x'"), "t"));

    // Saves with an id work on the upgraded file, once each.
    IntakeStore store(database, clock);
    AuditLog audit(database, clock);
    IntakeWorkflow workflow(store, audit, engine, clock);
    const IntakeRecord record = recordOf(sampleIntake());
    const SavedIntake first = workflow.add(record, QStringLiteral("fran"), QStringLiteral("s"));
    CHECK(workflow.add(record, QStringLiteral("fran"), QStringLiteral("s")).intakeId ==
          first.intakeId);
    CHECK(first.intakeId == 4);
    CHECK(rowsOf(connection, QStringLiteral("SELECT count(*) FROM intakes")) ==
          std::vector<std::string>{"4\x1f"});
    // The two upgrade entries and the add; opening again changes nothing more.
    CHECK(AuditLog::verifyChain(database).entries == qint64(log.size() + 3));
}
