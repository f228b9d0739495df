// Issue 10, the attack run on check and restore: a database file edited
// behind the program's back is reported by `check`, a forged or damaged
// backup is refused by `restore` with the live database untouched, and no
// stored data makes a command abort.
#include "CliRunner.h"
#include "TestBackend.h"
#include "TestStaff.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

namespace {

const QString kPasswordVariable = QStringLiteral("CLINIC_INTAKE_PASSWORD=");

// A database with the three test accounts, a plain intake (1) and an
// emergency referral (2), the first one reviewed.
class Clinic
{
public:
    Clinic()
    {
        test_staff::createIn(*m_database.open(SystemClock()), SystemClock());
        REQUIRE(cli({QStringLiteral("add"), golden("01-complete-plain.json")}).exitCode == 0);
        REQUIRE(cli({QStringLiteral("add"), golden("03-cauda-equina.json")}).exitCode == 0);
        REQUIRE(as(test_staff::kTherapist,
                   {QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--accept")})
                    .exitCode == 0);
    }

    QString path() const { return m_database.path(); }
    QString file(const char* name) const
    {
        return m_database.folderDir().filePath(QString::fromLatin1(name));
    }

    Run as(const QString& user, const QStringList& arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_database.location(),
                                  QStringLiteral("--user"), user} +
                          arguments,
                      {},
                      m_database.cliEnvironment() +
                          QStringList{kPasswordVariable + test_staff::passwordOf(user)});
    }
    Run cli(const QStringList& arguments) const { return as(test_staff::kManager, arguments); }

    // A plain backup, for the tests to forge.
    QString backup(const char* name) const
    {
        const QString target = file(name);
        REQUIRE(cli({QStringLiteral("backup"), target}).exitCode == 0);
        return target;
    }

private:
    BackendDatabase m_database;
};

// SQL run on a database file straight through SQLite, as an attacker would.
void edit(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            INFO(statement.toStdString());
            INFO(query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 countIn(const QString& path, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        count = query.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

bool says(const Run& run, const char* text)
{
    return run.err.find(text) != std::string::npos || run.out.find(text) != std::string::npos;
}

// A planted trigger that makes the front-desk user a manager whenever the
// audit log grows, and hides the append-only guard it needed out of the way.
const QStringList kForgery = {
    QStringLiteral("DROP TRIGGER reviews_no_update"),
    QStringLiteral("CREATE TRIGGER promote AFTER INSERT ON audit_log BEGIN UPDATE users SET "
                   "role = 'manager' WHERE name = 'dora'; END")};

} // namespace

TEST_CASE("attack: an untouched database passes check", "[cli][attack]")
{
    const Clinic clinic;
    const Run check = clinic.cli({QStringLiteral("check")});
    INFO(check.err);
    CHECK(check.exitCode == 0);
}

TEST_CASE("attack: check reports dropped and planted triggers and tables that do not belong",
          "[cli][attack][sqlite]")
{
    const Clinic clinic;
    edit(clinic.path(), kForgery + QStringList{QStringLiteral("CREATE TABLE junk (x)")});
    const Run check = clinic.cli({QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(says(check, "schema: trigger reviews_no_update is missing"));
    CHECK(says(check, "schema: trigger promote does not belong"));
    CHECK(says(check, "schema: table junk does not belong"));
}

TEST_CASE("attack: check reports an emergency referral turned into Swedish massage",
          "[cli][attack][sqlite]")
{
    const Clinic clinic;
    // Done with care: the columns and the stored text agree, the list shows
    // "swedish", the triggers are put back as they were.
    edit(clinic.path(),
         {QStringLiteral("DROP TRIGGER IF EXISTS suggestions_no_update"),
          QStringLiteral("UPDATE suggestions SET approach = 'swedish', urgency = NULL, "
                         "pressure = 'light', result_json = replace(replace(replace(result_json, "
                         "'\"approach\":\"refer_out\"', '\"approach\":\"swedish\"'), "
                         "'\"urgency\":\"emergency\"', '\"urgency\":null'), "
                         "'\"pressure\":null', '\"pressure\":\"light\"') WHERE id = 2"),
          QStringLiteral("UPDATE intakes SET approach = 'swedish', urgency = NULL, refer_out = 0 "
                         "WHERE id = 2")});
    const Run list = clinic.cli({QStringLiteral("list")});
    REQUIRE(list.out.find("REFER OUT") == std::string::npos); // the forgery took
    const Run check = clinic.cli({QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(says(check, "intake 2 version 1: the stored suggestion is not what rules"));
}

TEST_CASE("attack: a damaged stored record is reported by check and never aborts a command",
          "[cli][attack][sqlite]")
{
    const Clinic clinic;
    edit(clinic.path(),
         {QStringLiteral("DROP TRIGGER intake_versions_no_update"),
          QStringLiteral("UPDATE intake_versions SET record_json = substr(record_json, 1, 20) || "
                         "char(1) || substr(record_json, 22) WHERE id = 1")});
    const Run check = clinic.cli({QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(says(check, "intake 1 version 1: the stored record is damaged"));
    for (const QStringList& command :
         {QStringList{QStringLiteral("show"), QStringLiteral("1")},
          QStringList{QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--accept")},
          QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")},
          QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("json")}}) {
        // runCli requires a normal exit: an abort (SIGABRT) fails the test.
        const Run run = clinic.cli(command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << run.err);
        CHECK(run.exitCode == 1);
        CHECK(says(run, "intake 1"));
    }
}

TEST_CASE("attack: restore refuses a forged backup and leaves the live database untouched",
          "[cli][attack][sqlite]")
{
    const Clinic clinic;
    const QString forged = clinic.backup("forged.sqlite");
    edit(forged, kForgery);
    const qint64 entries = countIn(clinic.path(), QStringLiteral("SELECT count(*) FROM audit_log"));

    const Run restore = clinic.cli({QStringLiteral("restore"), forged});
    CHECK(restore.exitCode == 1);
    CHECK(says(restore, "the backup does not pass check"));
    CHECK(says(restore, "nothing was restored"));
    // Untouched, but for the failed restore in its audit log.
    CHECK(countIn(clinic.path(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                                "'promote'")) == 0);
    CHECK(countIn(clinic.path(), QStringLiteral("SELECT count(*) FROM audit_log")) == entries + 2);
    CHECK(countIn(clinic.path(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                "'restore failed'")) == 1);
}

TEST_CASE("attack: restore refuses a backup with a changed stored record or an extra table",
          "[cli][attack][sqlite]")
{
    const Clinic clinic;
    const QString flipped = clinic.backup("flipped.sqlite");
    edit(flipped, {QStringLiteral("DROP TRIGGER intake_versions_no_update"),
                   QStringLiteral("UPDATE intake_versions SET record_json = "
                                  "replace(record_json, 'clinic-intake/2', 'clinic-intake/9') "
                                  "WHERE id = 1"),
                   QStringLiteral("CREATE TRIGGER intake_versions_no_update BEFORE UPDATE ON "
                                  "intake_versions BEGIN SELECT RAISE(ABORT, 'x'); END")});
    const Run one = clinic.cli({QStringLiteral("restore"), flipped});
    CHECK(one.exitCode == 1);
    CHECK(says(one, "the backup does not pass check"));

    const QString junk = clinic.backup("junk.sqlite");
    edit(junk, {QStringLiteral("CREATE TABLE notes_for_later (body TEXT)")});
    const Run two = clinic.cli({QStringLiteral("restore"), junk});
    CHECK(two.exitCode == 1);
    CHECK(says(two, "table notes_for_later does not belong"));

    // The clean backup still restores.
    const Run good = clinic.cli({QStringLiteral("restore"), clinic.backup("good.sqlite")});
    INFO(good.err);
    CHECK(good.exitCode == 0);
}

TEST_CASE("attack: a backup from before accounts is restored with the restoring manager's "
          "account so that nobody can make himself its first manager",
          "[cli][attack][sqlite]")
{
    const Clinic clinic;
    const QString old = clinic.file("schema-1.sqlite");
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(CLINIC_FIXTURES_DIR "/clinic-v1.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {old});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);

    // A front-desk user may not restore at all; a manager may.
    CHECK(clinic.as(test_staff::kFrontDesk, {QStringLiteral("restore"), old}).exitCode == 3);
    const Run restore = clinic.cli({QStringLiteral("restore"), old});
    INFO(restore.err);
    REQUIRE(restore.exitCode == 0);
    CHECK(countIn(clinic.path(), QStringLiteral("SELECT count(*) FROM users")) == 1);
    CHECK(countIn(clinic.path(), QStringLiteral("SELECT count(*) FROM users WHERE name = 'mona' "
                                                "AND role = 'manager'")) == 1);

    // No first-manager ceremony for whoever comes next...
    const Run init = runCli({QStringLiteral("--db"), clinic.path(), QStringLiteral("init"),
                             QStringLiteral("--manager"), QStringLiteral("mallory")},
                            {}, {QStringLiteral("CLINIC_INTAKE_NEW_PASSWORD=mallory-password")});
    CHECK(init.exitCode != 0);
    CHECK(countIn(clinic.path(), QStringLiteral("SELECT count(*) FROM users")) == 1);
    // ...and the manager signs in to the restored database as before.
    CHECK(clinic.cli({QStringLiteral("list")}).exitCode == 0);
    CHECK(clinic.cli({QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("attack: a database from a newer Clinic Intake exits 1 and says to update the program",
          "[cli][attack][sqlite]")
{
    const Clinic clinic;
    {
        const Database database(clinic.path());
        database.execute(QStringLiteral("PRAGMA user_version = 99"), "test");
    }
    for (const char* command : {"list", "check"}) {
        const Run run = clinic.cli({QString::fromLatin1(command)});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err, Catch::Contains("written by a newer Clinic Intake (schema 99); "
                                            "update the program"));
    }
}
