// Every database command of clinic-intake-cli, tried by every role, against
// the permission matrix of docs/security.md: an allowed command works, a
// forbidden one exits with status 3, says so, changes nothing and is in the
// audit log. Also sign-in failures, init --manager and the account commands.
#include "CliRunner.h"
#include "Harness.h"
#include "IntakeGenerator.h"
#include "SeededClinic.h"
#include "TestStaff.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/PermissionMatrix.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/IntakeStore.h"
#include "util/FixedClock.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

const QString kPasswordVariable = QStringLiteral("CLINIC_INTAKE_PASSWORD=");

// A database with the three accounts and one intake (id 1), in a folder of its own.
using Clinic = SeededClinic;

struct CommandCase
{
    const char* name;
    Permission permission;
    // The arguments, given the clinic (for file paths).
    std::function<QStringList(const Clinic&)> arguments;
    std::string input;
    QStringList environment;
    // What changes when the command works (a count that must grow), or empty.
    QString effect;
};

std::vector<CommandCase> commandCases()
{
    const std::string intake = IntakeGenerator(11).next().dump();
    const QString newPassword = QStringLiteral("CLINIC_INTAKE_NEW_PASSWORD=a-new-password-1");
    return {
        {"add",
         Permission::EnterIntakes,
         [](const Clinic&) {
             return QStringList{QStringLiteral("add"), QStringLiteral("-")};
         },
         intake,
         {},
         QStringLiteral("SELECT count(*) FROM intakes")},
        {"amend",
         Permission::EnterIntakes,
         [](const Clinic&) {
             return QStringList{QStringLiteral("amend"), QStringLiteral("1"), QStringLiteral("-")};
         },
         intake,
         {},
         QStringLiteral("SELECT count(*) FROM intake_versions")},
        {"list",
         Permission::FindRecords,
         [](const Clinic&) { return QStringList{QStringLiteral("list")}; },
         {},
         {},
         {}},
        {"show",
         Permission::FindRecords,
         [](const Clinic&) {
             return QStringList{QStringLiteral("show"), QStringLiteral("1")};
         },
         {},
         {},
         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'view'")},
        {"review",
         Permission::ReviewIntakes,
         [](const Clinic&) {
             return QStringList{QStringLiteral("review"), QStringLiteral("1"),
                                QStringLiteral("--accept")};
         },
         {},
         {},
         QStringLiteral("SELECT count(*) FROM reviews")},
        {"import",
         Permission::ImportIntakes,
         [](const Clinic&) {
             return QStringList{QStringLiteral("import"), QStringLiteral("-")};
         },
         intake + "\n",
         {},
         QStringLiteral("SELECT count(*) FROM intakes")},
        {"export",
         Permission::ExportRecords,
         [](const Clinic& clinic) {
             return QStringList{QStringLiteral("export"), QStringLiteral("-o"),
                                clinic.file("export.csv")};
         },
         {},
         {},
         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")},
        {"audit",
         Permission::ViewAuditLog,
         [](const Clinic&) { return QStringList{QStringLiteral("audit")}; },
         {},
         {},
         {}},
        {"backup",
         Permission::BackUp,
         [](const Clinic& clinic) {
             return QStringList{QStringLiteral("backup"), clinic.file("backup.sqlite")};
         },
         {},
         {},
         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'")},
        {"backup --encrypt",
         Permission::BackUp,
         [](const Clinic& clinic) {
             return QStringList{QStringLiteral("backup"), clinic.file("backup.enc"),
                                QStringLiteral("--encrypt")};
         },
         {},
         {QStringLiteral("CLINIC_INTAKE_BACKUP_PASSPHRASE=a-long-passphrase")},
         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'")},
        {"restore",
         Permission::Restore,
         [](const Clinic& clinic) {
             return QStringList{QStringLiteral("restore"), clinic.earlierBackup()};
         },
         {},
         {},
         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore'")},
        {"check",
         Permission::CheckDatabase,
         [](const Clinic&) { return QStringList{QStringLiteral("check")}; },
         {},
         {},
         {}},
        {"add --rules",
         Permission::ChooseRulesFile,
         [](const Clinic&) {
             return QStringList{QStringLiteral("add"), QStringLiteral("-"),
                                QStringLiteral("--rules"), QStringLiteral(CLINIC_DEFAULT_RULES)};
         },
         intake,
         {},
         QStringLiteral("SELECT count(*) FROM intakes")},
        {"users list",
         Permission::ManageUsers,
         [](const Clinic&) {
             return QStringList{QStringLiteral("users"), QStringLiteral("list")};
         },
         {},
         {},
         {}},
        {"users add",
         Permission::ManageUsers,
         [](const Clinic&) {
             return QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                QStringLiteral("newcomer"), QStringLiteral("--role"),
                                QStringLiteral("front_desk")};
         },
         {},
         {newPassword},
         QStringLiteral("SELECT count(*) FROM users")},
        {"users disable",
         Permission::ManageUsers,
         [](const Clinic&) {
             return QStringList{QStringLiteral("users"), QStringLiteral("disable"),
                                test_staff::kFrontDesk};
         },
         {},
         {},
         QStringLiteral("SELECT count(*) FROM users WHERE enabled = 0")},
        {"users reset-password",
         Permission::ManageUsers,
         [](const Clinic&) {
             return QStringList{QStringLiteral("users"), QStringLiteral("reset-password"),
                                QStringLiteral("ben")};
         },
         {},
         {newPassword},
         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user reset-password'")},
        {"passwd",
         Permission::ChangeOwnPassword,
         [](const Clinic&) { return QStringList{QStringLiteral("passwd")}; },
         {},
         {newPassword},
         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'passwd'")},
    };
}

} // namespace

TEST_CASE("cli: every command of every role follows the permission matrix", "[cli][security]")
{
    for (const Role role : {Role::FrontDesk, Role::Therapist, Role::Manager}) {
        for (const CommandCase& command : commandCases()) {
            const QString user = test_staff::nameFor(role);
            const bool allowed = PermissionMatrix::allows(role, command.permission);
            DYNAMIC_SECTION(roleWord(role).toStdString()
                            << " " << command.name << (allowed ? " works" : " is refused"))
            {
                const Clinic clinic;
                const qint64 before = command.effect.isEmpty() ? 0 : clinic.count(command.effect);
                const Run run =
                    clinic.as(user, command.arguments(clinic), command.input, command.environment);
                const qint64 after = command.effect.isEmpty() ? 0 : clinic.count(command.effect);
                INFO("stderr: " << run.err);
                if (allowed && test_backend::onServer() && std::string(command.name) == "restore") {
                    // A server database takes a backup only when it is empty
                    // (restore replaces a file, never a server's records):
                    // the manager gets past the permission to that refusal,
                    // which is audited under their name.
                    CHECK(run.exitCode == 2);
                    CHECK(run.err.find("not empty") != std::string::npos);
                    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                      "action = 'restore failed' AND actor = ?"),
                                       user) == 1);
                } else if (allowed) {
                    CHECK(run.exitCode == 0);
                    CHECK((command.effect.isEmpty() || after > before));
                } else {
                    CHECK(run.exitCode == 3);
                    CHECK(run.out.empty());
                    CHECK(run.err.find("not allowed for " + user.toStdString()) !=
                          std::string::npos);
                    CHECK(after == before); // nothing done
                    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                      "action = 'denied' AND actor = ?"),
                                       user) == 1);
                }
            }
        }
    }
}

TEST_CASE("cli: a front desk sees an intake without the therapists' reviews", "[cli][security]")
{
    const Clinic clinic;
    REQUIRE(clinic
                .as(test_staff::kTherapist,
                    {QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--accept"),
                     QStringLiteral("--note"), QStringLiteral("Tender left QL")})
                .exitCode == 0);
    const Run desk =
        clinic.as(test_staff::kFrontDesk, {QStringLiteral("show"), QStringLiteral("1")});
    REQUIRE(desk.exitCode == 0);
    CHECK_FALSE(json::parse(desk.out).contains("reviews"));
    CHECK(desk.out.find("Tender left QL") == std::string::npos);
    const Run therapist =
        clinic.as(test_staff::kTherapist, {QStringLiteral("show"), QStringLiteral("1")});
    CHECK(json::parse(therapist.out).at("reviews")[0].at("session_note") == "Tender left QL");
    CHECK(json::parse(therapist.out).at("reviews")[0].at("reviewer") == "ben");
}

TEST_CASE("cli: sign-in failures exit 3 with a clear message and are audited", "[cli][security]")
{
    const Clinic clinic;
    const QStringList list = {QStringLiteral("--db"), clinic.location(), QStringLiteral("list")};

    const Run noUser = runCli(list, {},
                              clinic.database().cliEnvironment() +
                                  QStringList{kPasswordVariable + QStringLiteral("whatever")});
    CHECK(noUser.exitCode == 3);
    CHECK(noUser.err.find("--user: say who you are") != std::string::npos);

    const Run noPassword =
        runCli(list + QStringList{QStringLiteral("--user"), test_staff::kManager}, {},
               clinic.database().cliEnvironment());
    CHECK(noPassword.exitCode == 3);
    CHECK(noPassword.err.find("no password: set CLINIC_INTAKE_PASSWORD") != std::string::npos);

    const Run wrong =
        runCli(list + QStringList{QStringLiteral("--user"), test_staff::kManager}, {},
               clinic.database().cliEnvironment() +
                   QStringList{kPasswordVariable + QStringLiteral("not-her-password")});
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err == "error: wrong user name or password. After 5 failed attempts in a row, "
                       "sign-in pauses for a few minutes\n");
    CHECK(wrong.out.empty());

    const Run unknown =
        runCli(list + QStringList{QStringLiteral("--user"), QStringLiteral("zed")}, {},
               clinic.database().cliEnvironment() +
                   QStringList{kPasswordVariable + QStringLiteral("anything-at-all")});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err == wrong.err); // no hint that the name does not exist
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login "
                                      "failed'")) == 2);

    REQUIRE(clinic
                .as(test_staff::kManager,
                    {QStringLiteral("users"), QStringLiteral("disable"), test_staff::kTherapist})
                .exitCode == 0);
    const Run disabled = clinic.as(test_staff::kTherapist, {QStringLiteral("list")});
    CHECK(disabled.exitCode == 3);
    CHECK(disabled.err.find("the account ben is disabled") != std::string::npos);
}

TEST_CASE("cli: init --manager creates the first account, once", "[cli][security][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("new.sqlite"));
    const QString newPassword = QStringLiteral("CLINIC_INTAKE_NEW_PASSWORD=owner-password-1");

    const Run bare = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                             QStringLiteral("--user"), QStringLiteral("owner")},
                            {}, {kPasswordVariable + QStringLiteral("x")});
    CHECK(bare.exitCode == 2);
    CHECK(bare.err == "error: init: a new database needs its first manager: init --manager NAME\n");
    CHECK_FALSE(QFileInfo::exists(path));

    // A database from before accounts (here: one made without any) asks for its manager.
    const QString older = folder.filePath(QStringLiteral("older.sqlite"));
    {
        const Database database(older);
    }
    const Run noAccounts = runCli({QStringLiteral("--db"), older, QStringLiteral("list"),
                                   QStringLiteral("--user"), QStringLiteral("owner")},
                                  {}, {kPasswordVariable + QStringLiteral("x")});
    CHECK(noAccounts.exitCode == 3);
    CHECK(noAccounts.err.find("no user accounts yet: create its first manager with init "
                              "--manager") != std::string::npos);

    const Run shortPassword = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                                      QStringLiteral("--manager"), QStringLiteral("owner")},
                                     {}, {QStringLiteral("CLINIC_INTAKE_NEW_PASSWORD=short")});
    CHECK(shortPassword.exitCode == 2);
    CHECK(shortPassword.err == "error: password: a password needs at least 8 characters\n");

    const Run created = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                                QStringLiteral("--manager"), QStringLiteral("owner")},
                               {}, {newPassword});
    CHECK(created.exitCode == 0);
    CHECK(created.out.find("manager owner created") != std::string::npos);

    const Run again = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                              QStringLiteral("--manager"), QStringLiteral("intruder")},
                             {}, {newPassword});
    CHECK(again.exitCode == 2);
    CHECK(again.err.find("already has user accounts") != std::string::npos);

    const Run users =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("owner"),
                QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")},
               {}, {kPasswordVariable + QStringLiteral("owner-password-1")});
    REQUIRE(users.exitCode == 0);
    const json accounts = json::parse(users.out);
    REQUIRE(accounts.size() == 1);
    CHECK(accounts[0].at("name") == "owner");
    CHECK(accounts[0].at("role") == "manager");
    // The hash is Argon2id, and the password is nowhere in the file.
    const Database database(path);
    QSqlQuery hash(database.connection());
    REQUIRE(hash.exec(QStringLiteral("SELECT password_hash FROM users")));
    REQUIRE(hash.next());
    CHECK(hash.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("owner-password-1"));
}

TEST_CASE("cli: users add, disable, reset-password and passwd", "[cli][security]")
{
    const Clinic clinic;
    const QString newPassword = QStringLiteral("CLINIC_INTAKE_NEW_PASSWORD=");
    const Run added =
        clinic.as(test_staff::kManager,
                  {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("tess"),
                   QStringLiteral("--role"), QStringLiteral("therapist")},
                  {}, {newPassword + QStringLiteral("tess-first-pw")});
    CHECK(added.exitCode == 0);
    const auto tess = [&](const QString& password, const QStringList& arguments) {
        return runCli(
            QStringList{QStringLiteral("--db"), clinic.location(), QStringLiteral("--user"),
                        QStringLiteral("tess")} +
                arguments,
            {}, clinic.database().cliEnvironment() + QStringList{kPasswordVariable + password});
    };
    CHECK(tess(QStringLiteral("tess-first-pw"), {QStringLiteral("list")}).exitCode == 0);

    const Run taken =
        clinic.as(test_staff::kManager,
                  {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("TESS"),
                   QStringLiteral("--role"), QStringLiteral("manager")},
                  {}, {newPassword + QStringLiteral("another-pw-1")});
    CHECK(taken.exitCode == 2);
    CHECK(taken.err.find("\"TESS\" is taken") != std::string::npos);

    const Run badRole =
        clinic.as(test_staff::kManager,
                  {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("sam"),
                   QStringLiteral("--role"), QStringLiteral("owner")});
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.find("--role: must be front_desk, therapist or manager") !=
          std::string::npos);

    // passwd: the old password stops working, the new one works.
    const Run changed = runCli({QStringLiteral("--db"), clinic.location(), QStringLiteral("--user"),
                                QStringLiteral("tess"), QStringLiteral("passwd")},
                               {},
                               clinic.database().cliEnvironment() +
                                   QStringList{kPasswordVariable + QStringLiteral("tess-first-pw"),
                                               newPassword + QStringLiteral("tess-second-pw")});
    CHECK(changed.exitCode == 0);
    CHECK(tess(QStringLiteral("tess-first-pw"), {QStringLiteral("list")}).exitCode == 3);
    CHECK(tess(QStringLiteral("tess-second-pw"), {QStringLiteral("list")}).exitCode == 0);

    // A reset by a manager; then disabling the last manager is refused.
    CHECK(
        clinic
            .as(test_staff::kManager,
                {QStringLiteral("users"), QStringLiteral("reset-password"), QStringLiteral("tess")},
                {}, {newPassword + QStringLiteral("tess-third-pw")})
            .exitCode == 0);
    CHECK(tess(QStringLiteral("tess-third-pw"), {QStringLiteral("list")}).exitCode == 0);
    const Run lastManager =
        clinic.as(test_staff::kManager,
                  {QStringLiteral("users"), QStringLiteral("disable"), test_staff::kManager});
    CHECK(lastManager.exitCode == 2);
    CHECK(lastManager.err.find("last enabled manager") != std::string::npos);
    // Disabled, never deleted: the row stays, with its name in the audit log.
    CHECK(clinic
              .as(test_staff::kManager,
                  {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("tess")})
              .exitCode == 0);
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM users WHERE name = 'tess' AND "
                                      "enabled = 0")) == 1);
}

// A restore in place of a live database is a file's (a server's records are
// restored only into an empty database: PostgresBackupTest covers that).
TEST_CASE("cli: an encrypted backup restores, a tampered one is refused and changes nothing",
          "[cli][security][sqlite]")
{
    const Clinic clinic;
    const QStringList passphrase = {
        QStringLiteral("CLINIC_INTAKE_BACKUP_PASSPHRASE=correct horse battery")};
    const QString backup = clinic.file("clinic.backup");
    REQUIRE(clinic
                .as(test_staff::kManager,
                    {QStringLiteral("backup"), backup, QStringLiteral("--encrypt")}, {}, passphrase)
                .exitCode == 0);
    // Nothing of the records can be read in it.
    CHECK(readFile(backup).find("SQLite format 3") == std::string::npos);
    CHECK(readFile(backup).find("clinic-intake/1") == std::string::npos);
    // Something happens after the backup: the restore must undo it.
    REQUIRE(clinic
                .as(test_staff::kFrontDesk, {QStringLiteral("add"), QStringLiteral("-")},
                    IntakeGenerator(3).next().dump())
                .exitCode == 0);
    REQUIRE(clinic.count(QStringLiteral("SELECT count(*) FROM intakes")) == 2);

    // One flipped byte in the middle: refused, the live database untouched.
    std::string bytes = readFile(backup);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    const QString tampered = writeFile(clinic.folderOf(), "tampered.backup", bytes);
    const Run refused =
        clinic.as(test_staff::kManager, {QStringLiteral("restore"), tampered}, {}, passphrase);
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.find("damaged") != std::string::npos);
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM intakes")) == 2);
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore "
                                      "failed' AND actor = 'mona'")) == 1);

    const Run wrongPassphrase =
        clinic.as(test_staff::kManager, {QStringLiteral("restore"), backup}, {},
                  {QStringLiteral("CLINIC_INTAKE_BACKUP_PASSPHRASE=wrong horse battery")});
    CHECK(wrongPassphrase.exitCode != 0);
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM intakes")) == 2);

    const Run restored =
        clinic.as(test_staff::kManager, {QStringLiteral("restore"), backup}, {}, passphrase);
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.find("the database it replaced is kept as") != std::string::npos);
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM intakes")) == 1);
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'restore' AND actor = 'mona'")) == 1);
    CHECK(clinic.as(test_staff::kManager, {QStringLiteral("check")}).exitCode == 0);
}
