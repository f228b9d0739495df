// Issue 10, major 4: `check` looked at the audit table only. Each case here
// edits the database file directly with SQL, as someone with the file but
// not the program would (dropping an append-only trigger first where one is
// in the way), and `clinic-intake-cli check`, run by a manager, must exit
// non-zero and say which row of which table no longer matches its audit entry.
#include "CliRunner.h"
#include "Harness.h"
#include "SampleIntake.h"
#include "TestBackend.h"
#include "TestStaff.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/UserAccounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/FixedClock.h"
#include "workflow/IntakeWorkflow.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

const QString kPasswordVariable = QStringLiteral("CLINIC_INTAKE_PASSWORD=");

// Runs SQL on the file through the sqlite3 shell: no Clinic Intake code.
void editWithSql(const QString& path, const QString& sql)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, sql});
    REQUIRE(sqlite.waitForFinished());
    INFO(sqlite.readAllStandardError().toStdString());
    REQUIRE(sqlite.exitCode() == 0);
}

// The three accounts (dora's password reset once by mona); intake 1 (Swedish
// massage, reviewed: overridden with a reason, then amended: version rows 1
// and 6), intake 2 (an emergency referral, reviewed: accepted), and three
// imported intakes (3 to 5). Every kind of entry that covers rows is there.
class Clinic
{
public:
    Clinic()
    {
        const FixedClock clock(harness::kToday);
        const auto opened = m_database.open(clock);
        ClinicStorage& storage = *opened;
        test_staff::createIn(storage, clock);
        const RuleEngine engine(RuleSetLoader::builtIn());
        IntakeWorkflow intakes(storage.intakes(), storage.audit(), engine, clock);

        const auto massage = harness::parse(sampleIntake());
        REQUIRE(massage.ok());
        intakes.add(*massage.record, test_staff::kFrontDesk);
        json emergency = sampleIntake();
        emergency["client"]["name"] = "Eli Stone";
        emergency["screening"]["saddle_numbness"] = "yes";
        const auto referral = harness::parse(emergency);
        REQUIRE(referral.ok());
        const SavedIntake saved = intakes.add(*referral.record, test_staff::kFrontDesk);
        REQUIRE(json::parse(saved.suggestionJson).at("approach") == "refer_out");
        REQUIRE(json::parse(saved.suggestionJson).at("urgency") == "emergency");

        ReviewDecision override;
        override.accepted = false;
        override.finalApproach = vocabulary::Approach::Swedish;
        override.finalPressure = vocabulary::Pressure::Light;
        override.reason = QStringLiteral("Bruises easily on blood thinners");
        intakes.review(1, override, test_staff::kTherapist);
        ReviewDecision accept;
        accept.accepted = true;
        intakes.review(2, accept, test_staff::kTherapist);

        REQUIRE(harness::importGenerated(storage, engine, clock, 3, 11).imported == 3);
        json amended = sampleIntake();
        amended["pain"]["intensity"] = 5;
        const auto amendment = harness::parse(amended);
        REQUIRE(amendment.ok());
        REQUIRE(intakes.amend(1, *amendment.record, test_staff::kFrontDesk).version == 2);
        storage.accounts(clock, PasswordHasher::Cost::Minimal)
            ->resetPassword(test_staff::kFrontDesk, test_staff::passwordOf(test_staff::kFrontDesk),
                            test_staff::kManager);
    }

    // Through the sqlite3 shell: the attacks here are on the file.
    void edit(const QString& sql) const { editWithSql(m_database.path(), sql); }

    Run check() const
    {
        return runCli(
            {QStringLiteral("--db"), m_database.location(), QStringLiteral("--user"),
             test_staff::kManager, QStringLiteral("check")},
            {},
            m_database.cliEnvironment() +
                QStringList{kPasswordVariable + test_staff::passwordOf(test_staff::kManager)});
    }

private:
    BackendDatabase m_database;
};

bool says(const Run& run, const std::string& text)
{
    return run.err.find(text) != std::string::npos || run.out.find(text) != std::string::npos;
}

// The schema 4 fixture, loaded by the sqlite3 shell as the program of that
// schema left it.
// `change`, if given, edits the fixture's SQL text first.
QString loadVersion4(const QTemporaryDir& folder,
                     const std::function<QByteArray(QByteArray)>& change = {})
{
    const QString path = folder.filePath(QStringLiteral("v4.sqlite"));
    QFile fixture(QStringLiteral(CLINIC_FIXTURES_DIR "/clinic-v4.sql"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QByteArray sql = change ? change(fixture.readAll()) : fixture.readAll();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForStarted());
    sqlite.write(sql);
    sqlite.closeWriteChannel();
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);
    return path;
}

Run checkVersion4(const QString& path)
{
    return runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("mara"),
                   QStringLiteral("check")},
                  {}, {kPasswordVariable + QStringLiteral("fixture-password-1")});
}

} // namespace

TEST_CASE("attack: an untouched database checks clean", "[cli][security][attack][chain]")
{
    const Clinic clinic;
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(says(run, "matches the audit entry that covers it"));
}

TEST_CASE("attack: an edited review reason is found by check",
          "[cli][security][attack][chain][sqlite]")
{
    const Clinic clinic;
    clinic.edit(QStringLiteral("DROP TRIGGER reviews_no_update; UPDATE reviews SET reason = "
                               "'Client asked for it' WHERE id = 1;"));
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "reviews row 1"));
    CHECK(says(run, "(review)"));
    CHECK(says(run, "changed outside Clinic Intake"));
}

TEST_CASE("attack: a deleted review is found by check", "[cli][security][attack][chain][sqlite]")
{
    const Clinic clinic;
    clinic.edit(QStringLiteral("DROP TRIGGER reviews_no_delete; DELETE FROM reviews WHERE id = 2; "
                               "UPDATE intakes SET status = 'pending' WHERE id = 2;"));
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "reviews row 2 is gone"));
    CHECK(says(run, "deleted outside Clinic Intake"));
}

TEST_CASE("attack: a review inserted behind the program's back is found by check",
          "[cli][security][attack][chain][sqlite]")
{
    const Clinic clinic;
    clinic.edit(QStringLiteral(
        "INSERT INTO reviews (intake_id, intake_version_id, reviewer, reviewed_at, decision, "
        "final_approach) VALUES (3, 3, 'ben', '2026-11-21T10:00:00.000Z', 'accepted', "
        "'swedish');"));
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "reviews row 3 is covered by no audit entry"));
}

TEST_CASE("attack: two users' swapped password hashes are found by check",
          "[cli][security][attack][chain][sqlite]")
{
    const Clinic clinic;
    // dora (front desk) gets ben's (therapist) password, and he hers.
    clinic.edit(QStringLiteral(
        "CREATE TEMP TABLE h AS SELECT name, password_hash FROM users; "
        "UPDATE users SET password_hash = (SELECT password_hash FROM h WHERE name = 'ben') "
        "WHERE name = 'dora'; "
        "UPDATE users SET password_hash = (SELECT password_hash FROM h WHERE name = 'dora') "
        "WHERE name = 'ben';"));
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "(user add) covers users row 2"));
    CHECK(says(run, "(user reset-password) covers users row 3"));
}

TEST_CASE("attack: a front-desk user made manager is found by check",
          "[cli][security][attack][chain][sqlite]")
{
    const Clinic clinic;
    clinic.edit(QStringLiteral("UPDATE users SET role = 'manager' WHERE name = 'dora';"));
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "users row 3"));
    CHECK(says(run, "changed outside Clinic Intake"));
}

TEST_CASE("attack: an emergency referral turned into swedish is found by check",
          "[cli][security][attack][chain][sqlite]")
{
    const Clinic clinic;
    clinic.edit(QStringLiteral(
        "DROP TRIGGER suggestions_no_update; "
        "UPDATE suggestions SET approach = 'swedish', urgency = NULL, pressure = 'medium', "
        "result_json = json_set(result_json, '$.approach', 'swedish', '$.urgency', NULL) "
        "WHERE id = 2; "
        "UPDATE intakes SET approach = 'swedish', urgency = NULL, refer_out = 0, "
        "status = 'pending' WHERE id = 2;"));
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "suggestions row 2"));
    CHECK(says(run, "(add)"));
}

TEST_CASE("attack: an edited stored record is found by check",
          "[cli][security][attack][chain][sqlite]")
{
    const Clinic clinic;
    clinic.edit(QStringLiteral("DROP TRIGGER intake_versions_no_update; "
                               "UPDATE intake_versions SET record_json = "
                               "replace(record_json, '\"intensity\":4', '\"intensity\":9') "
                               "WHERE id = 1;"));
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "intake_versions row 1"));
}

TEST_CASE("attack: an edited amendment is found by check", "[cli][security][attack][chain][sqlite]")
{
    const Clinic clinic;
    clinic.edit(QStringLiteral("DROP TRIGGER intake_versions_no_update; "
                               "UPDATE intake_versions SET record_json = "
                               "replace(record_json, '\"intensity\":5', '\"intensity\":2') "
                               "WHERE id = 6;"));
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "(amend)"));
    CHECK(says(run, "intake_versions row 6"));
}

TEST_CASE("attack: an edited imported record is found by check",
          "[cli][security][attack][chain][sqlite]")
{
    const Clinic clinic;
    clinic.edit(QStringLiteral("DROP TRIGGER intake_versions_no_update; "
                               "UPDATE intake_versions SET created_by = 'mona' WHERE id = 4;"));
    const Run run = clinic.check();
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "(import)"));
    CHECK(says(run, "intake_versions rows 3-5"));
}

TEST_CASE("attack: a schema 4 database is upgraded and checks clean, then an edit is found",
          "[cli][security][attack][chain][upgrade][sqlite]")
{
    QTemporaryDir folder;
    const QString path = loadVersion4(folder);
    {
        const Run run = checkVersion4(path);
        INFO(run.err);
        CHECK(run.exitCode == 0);
        CHECK(says(run, "matches the audit entry that covers it"));
    }
    {
        // The upgrade vouched for what was there: one entry for the history
        // tables, one for each account (step 5); and steps 6 and 7 their own.
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        connection.setDatabaseName(path);
        REQUIRE(connection.open());
        {
            QSqlQuery upgrade(connection);
            REQUIRE(upgrade.exec(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schema upgrade'")));
            REQUIRE(upgrade.next());
            CHECK(upgrade.value(0).toInt() == 1 + 3 + 1 + 1);
        }
        connection.close();
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    }
    editWithSql(path, QStringLiteral("DROP TRIGGER reviews_no_update; UPDATE reviews SET "
                                     "final_approach = 'deep_tissue' WHERE id = 1;"));
    const Run run = checkVersion4(path);
    INFO(run.err);
    CHECK(run.exitCode != 0);
    CHECK(says(run, "(schema upgrade)"));
    CHECK(says(run, "reviews rows 1-3"));
}

TEST_CASE("attack: a record stored with a control character before they were refused passes "
          "check and restore",
          "[cli][security][attack][chain][upgrade][sqlite]")
{
    // Client names could hold an ESC before issue 10; such a record is shown
    // escaped, and it is not damage: check passes and a backup restores.
    QTemporaryDir folder;
    const QString path = loadVersion4(folder, [](QByteArray sql) {
        const QByteArray plain = R"("name":"Jane Doe")";
        REQUIRE(sql.count(plain) == 1); // in the stored record only
        return sql.replace(plain, R"("name":"Jane\u001b[30mDoe")");
    });
    const auto asMara = [&](const QStringList& arguments) {
        return runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"),
                                  QStringLiteral("mara")} +
                          arguments,
                      {}, {kPasswordVariable + QStringLiteral("fixture-password-1")});
    };
    const Run checked = asMara({QStringLiteral("check")});
    INFO(checked.err);
    CHECK(checked.exitCode == 0);
    const QString backup = folder.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(asMara({QStringLiteral("backup"), backup}).exitCode == 0);
    const Run restored = asMara({QStringLiteral("restore"), backup});
    INFO(restored.err);
    CHECK(restored.exitCode == 0);
    const Run shown = asMara({QStringLiteral("show"), QStringLiteral("1")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.find("\\u001b[30mDoe") != std::string::npos);
}
