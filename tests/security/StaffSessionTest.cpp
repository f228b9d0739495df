// The permission matrix enforced in the core: every StaffSession action for
// every role, whatever a front end shows or hides.
#include "security/StaffSession.h"

#include "Harness.h"
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "TestStaff.h"
#include "security/AccessError.h"
#include "security/PermissionMatrix.h"

#include <QBuffer>
#include <catch2/catch.hpp>
#include <functional>
#include <sstream>

namespace {

struct Action
{
    const char* name;
    Permission permission;
    std::function<void(StaffSession&, TestDatabase&)> run;
};

IntakeRecord sampleRecord()
{
    auto parsed = harness::parse(sampleIntake());
    REQUIRE(parsed.ok());
    return *parsed.record;
}

// The sample with one answer changed: an amendment the core stores (an
// unchanged one is refused).
IntakeRecord correctedRecord()
{
    auto intake = sampleIntake();
    intake["pain"]["intensity"] = 6;
    auto parsed = harness::parse(intake);
    REQUIRE(parsed.ok());
    return *parsed.record;
}

// A session of `name`, one of the test accounts, on the test's database.
StaffSession signedIn(TestDatabase& test, const QString& name)
{
    return StaffSession(test.storage(), test.engine(), test.clock(),
                        test_staff::signIn(test.storage(), test.clock(), name));
}

std::vector<Action> actions()
{
    return {
        {"addIntake", Permission::EnterIntakes,
         [](StaffSession& s, TestDatabase&) {
             s.addIntake(sampleRecord());
         }},
        {"amendIntake", Permission::EnterIntakes,
         [](StaffSession& s, TestDatabase&) {
             s.amendIntake(1, correctedRecord());
         }},
        {"list", Permission::FindRecords,
         [](StaffSession& s, TestDatabase&) {
             s.list(IntakeFilter{});
         }},
        {"findClients", Permission::FindRecords,
         [](StaffSession& s, TestDatabase&) {
             s.findClients(QStringLiteral("a"), 5);
         }},
        {"sameDayIntakes", Permission::FindRecords,
         [](StaffSession& s, TestDatabase&) {
             s.sameDayIntakes(sampleRecord());
         }},
        {"openIntake", Permission::FindRecords,
         [](StaffSession& s, TestDatabase&) {
             s.openIntake(1);
         }},
        {"intakeDetails", Permission::FindRecords,
         [](StaffSession& s, TestDatabase&) {
             s.intakeDetails(1);
         }},
        {"review", Permission::ReviewIntakes,
         [](StaffSession& s, TestDatabase&) {
             s.review(1, ReviewDecision{});
         }},
        {"import", Permission::ImportIntakes,
         [](StaffSession& s, TestDatabase&) {
             std::istringstream in(sampleIntake().dump() + "\n");
             s.import(in);
         }},
        {"exportRecords", Permission::ExportRecords,
         [](StaffSession& s, TestDatabase&) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             s.exportRecords(out, {}, QStringLiteral("memory"));
         }},
        {"auditEntries", Permission::ViewAuditLog,
         [](StaffSession& s, TestDatabase&) {
             s.auditEntries();
         }},
        {"verifyAuditChain", Permission::ViewAuditLog,
         [](StaffSession& s, TestDatabase&) {
             s.verifyAuditChain();
         }},
        {"checkDatabase", Permission::CheckDatabase,
         [](StaffSession& s, TestDatabase&) {
             s.checkDatabase();
         }},
        {"backup", Permission::BackUp,
         [](StaffSession& s, TestDatabase& t) {
             s.backup(t.folder() + QStringLiteral("/backup.sqlite"));
         }},
        {"users", Permission::ManageUsers,
         [](StaffSession& s, TestDatabase&) {
             s.users();
         }},
        {"addUser", Permission::ManageUsers,
         [](StaffSession& s, TestDatabase&) {
             s.addUser(QStringLiteral("newcomer"), Role::FrontDesk,
                       QStringLiteral("newcomer-password"));
         }},
        {"resetPassword", Permission::ManageUsers,
         [](StaffSession& s, TestDatabase&) {
             s.resetPassword(test_staff::kFrontDesk, QStringLiteral("reset-password-1"));
         }},
        {"disableUser", Permission::ManageUsers,
         [](StaffSession& s, TestDatabase&) {
             s.disableUser(test_staff::kFrontDesk);
         }},
        {"changeOwnPassword", Permission::ChangeOwnPassword,
         [](StaffSession& s, TestDatabase&) {
             s.changeOwnPassword(test_staff::passwordOf(s.user().name),
                                 QStringLiteral("my-new-password"));
         }},
        {"restore", Permission::Restore,
         [](StaffSession& s, TestDatabase&) {
             s.require(Permission::Restore, QStringLiteral("restore"));
         }},
        {"rules file", Permission::ChooseRulesFile,
         [](StaffSession& s, TestDatabase&) {
             s.require(Permission::ChooseRulesFile, QStringLiteral("--rules"));
         }},
        {"recordSettingChange", Permission::ChangeSecuritySettings,
         [](StaffSession& s, TestDatabase&) {
             s.recordSettingChange(QStringLiteral("idle lock"), QStringLiteral("10 minutes"),
                                   QStringLiteral("5 minutes"));
         }},
    };
}

} // namespace

TEST_CASE("staff session: every action of every role follows the matrix", "[security]")
{
    for (const Role role : {Role::FrontDesk, Role::Therapist, Role::Manager}) {
        for (const Action& action : actions()) {
            const bool allowed = PermissionMatrix::allows(role, action.permission);
            DYNAMIC_SECTION(roleWord(role).toStdString()
                            << " " << action.name << (allowed ? " works" : " is refused"))
            {
                TestDatabase test;
                test_staff::createIn(test.storage(), test.clock());
                test.add(sampleIntake());
                const QString name = test_staff::nameFor(role);
                StaffSession session(test.storage(), test.engine(), test.clock(),
                                     test_staff::signIn(test.storage(), test.clock(), name),
                                     PasswordHasher::Cost::Minimal);
                const auto denials = [&] {
                    return test.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                     "action = 'denied' AND actor = '%1'")
                                          .arg(name));
                };
                if (allowed) {
                    CHECK_NOTHROW(action.run(session, test));
                    CHECK(denials() == 0);
                } else {
                    const qint64 intakes =
                        test.count(QStringLiteral("SELECT count(*) FROM intakes"));
                    const qint64 versions =
                        test.count(QStringLiteral("SELECT count(*) FROM intake_versions"));
                    CHECK_THROWS_MATCHES(action.run(session, test), AccessError,
                                         Catch::Matchers::Predicate<AccessError>(
                                             [](const AccessError& error) {
                                                 return error.kind() ==
                                                        AccessError::Kind::NotAllowed;
                                             },
                                             "is NotAllowed"));
                    CHECK(denials() == 1);
                    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == intakes);
                    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intake_versions")) ==
                          versions);
                }
            }
        }
    }
}

TEST_CASE("staff session: the matrix is the documented one", "[security]")
{
    // docs/security.md, row by row: front desk, therapist, manager.
    const std::vector<std::tuple<Permission, bool, bool, bool>> table = {
        {Permission::EnterIntakes, true, true, true},
        {Permission::FindRecords, true, true, true},
        {Permission::ReadReviews, false, true, true},
        {Permission::ReviewIntakes, false, true, true},
        {Permission::ImportIntakes, false, false, true},
        {Permission::ExportRecords, false, false, true},
        {Permission::ViewAuditLog, false, false, true},
        {Permission::BackUp, false, false, true},
        {Permission::Restore, false, false, true},
        {Permission::ManageUsers, false, false, true},
        {Permission::ChooseRulesFile, false, false, true},
        {Permission::CheckDatabase, false, false, true},
        {Permission::ChangeOwnPassword, true, true, true},
        {Permission::ChangeSecuritySettings, false, false, true},
    };
    REQUIRE(table.size() == kPermissionWords.size());
    for (const auto& [permission, frontDesk, therapist, manager] : table) {
        INFO(permissionWords(permission));
        CHECK(PermissionMatrix::allows(Role::FrontDesk, permission) == frontDesk);
        CHECK(PermissionMatrix::allows(Role::Therapist, permission) == therapist);
        CHECK(PermissionMatrix::allows(Role::Manager, permission) == manager);
    }
}

TEST_CASE("staff session: an account disabled meanwhile can do nothing more", "[security]")
{
    TestDatabase test;
    test_staff::createIn(test.storage(), test.clock());
    StaffSession therapist = signedIn(test, test_staff::kTherapist);
    StaffSession manager = signedIn(test, test_staff::kManager);
    CHECK_NOTHROW(therapist.list(IntakeFilter{}));
    manager.disableUser(test_staff::kTherapist);
    CHECK_THROWS_WITH(therapist.list(IntakeFilter{}), "the account ben is disabled; ask a manager");
    CHECK_THROWS_AS(therapist.addIntake(sampleRecord()), AccessError);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 0);
}

TEST_CASE("staff session: changes are recorded under the signed-in user", "[security]")
{
    TestDatabase test;
    test_staff::createIn(test.storage(), test.clock());
    StaffSession desk = signedIn(test, test_staff::kFrontDesk);
    StaffSession therapist = signedIn(test, test_staff::kTherapist);
    const SavedIntake saved = desk.addIntake(sampleRecord());
    desk.amendIntake(saved.intakeId, correctedRecord());
    therapist.review(saved.intakeId, ReviewDecision{});
    const auto details = therapist.openIntake(saved.intakeId);
    CHECK(details.at("versions")[1].at("created_by") == "dora");
    CHECK(details.at("reviews")[0].at("reviewer") == "ben");
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'view' AND "
                                    "actor = 'ben' AND records = 'intake 1'")) == 1);
}

TEST_CASE("staff session: accepting the version a therapist saw is refused once the front desk "
          "amended it",
          "[security]")
{
    TestDatabase test;
    test_staff::createIn(test.storage(), test.clock());
    StaffSession desk = signedIn(test, test_staff::kFrontDesk);
    StaffSession therapist = signedIn(test, test_staff::kTherapist);
    const SavedIntake saved = desk.addIntake(sampleRecord());
    ReviewDecision accept;
    accept.version = 1; // what the therapist's screen shows
    desk.amendIntake(saved.intakeId, correctedRecord());
    CHECK_THROWS_WITH(therapist.review(saved.intakeId, accept),
                      Catch::StartsWith("version: intake 1 was amended meanwhile"));
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 0);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes WHERE status = 'pending'")) == 1);
    accept.version = 2;
    CHECK(therapist.review(saved.intakeId, accept) > 0);
}

TEST_CASE("staff session: typed intake details are one view and leave reviews out as "
          "openIntake does",
          "[security][details]")
{
    TestDatabase test;
    test_staff::createIn(test.storage(), test.clock());
    StaffSession desk = signedIn(test, test_staff::kFrontDesk);
    StaffSession therapist = signedIn(test, test_staff::kTherapist);
    const SavedIntake saved = desk.addIntake(sampleRecord());
    desk.amendIntake(saved.intakeId, correctedRecord());
    ReviewDecision decision;
    decision.sessionNote = QStringLiteral("Eased after 20 min");
    therapist.review(saved.intakeId, decision);
    const auto views = [&test](const char* actor) {
        return test.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'view' "
                                         "AND actor = '%1' AND records = 'intake 1'")
                              .arg(QLatin1String(actor)));
    };

    const IntakeDetails read = therapist.intakeDetails(saved.intakeId);
    CHECK(views("ben") == 1);
    CHECK(read.problems.empty());
    CHECK(read.status == IntakeStatus::Reviewed);
    CHECK(read.currentVersion == 2);
    REQUIRE(read.versions.size() == 2);
    CHECK(read.versions[1].createdBy == test_staff::kFrontDesk);
    REQUIRE(read.versions[1].record);
    CHECK(read.versions[1].record->painIntensity == 6);
    CHECK(read.reviewsIncluded);
    REQUIRE(read.reviews.size() == 1);
    CHECK(read.reviews[0].reviewer == test_staff::kTherapist);
    CHECK(read.reviews[0].decision == ReviewOutcome::Accepted);
    CHECK(read.reviews[0].version == 2);
    CHECK(read.reviews[0].sessionNote == QStringLiteral("Eased after 20 min"));

    // The front desk may not read therapists' reviews.
    const IntakeDetails desks = desk.intakeDetails(saved.intakeId);
    CHECK(views("dora") == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'view' AND "
                                    "actor = 'dora' AND details = 'without reviews'")) == 1);
    CHECK_FALSE(desks.reviewsIncluded);
    CHECK(desks.reviews.empty());
    CHECK(desks.clientName == read.clientName);
}

TEST_CASE("staff session: the intakes a client already has on the visit date are listed",
          "[security]")
{
    TestDatabase test;
    test_staff::createIn(test.storage(), test.clock());
    StaffSession desk = signedIn(test, test_staff::kFrontDesk);
    CHECK(desk.sameDayIntakes(sampleRecord()).empty());
    const SavedIntake saved = desk.addIntake(sampleRecord());
    const std::vector<SameDayIntake> found = desk.sameDayIntakes(sampleRecord());
    REQUIRE(found.size() == 1);
    CHECK(found[0].intakeId == saved.intakeId);
    CHECK(found[0].createdBy == test_staff::kFrontDesk);
    CHECK(found[0].createdAt.isValid());
    IntakeRecord nextDay = sampleRecord();
    nextDay.visitDate = nextDay.visitDate.addDays(1);
    CHECK(desk.sameDayIntakes(nextDay).empty());
}

TEST_CASE("staff session: a security setting changed is audited with who, what, from and to",
          "[security][audit]")
{
    TestDatabase test;
    test_staff::createIn(test.storage(), test.clock());
    StaffSession manager = signedIn(test, test_staff::kManager);
    manager.recordSettingChange(QStringLiteral("idle lock"), QStringLiteral("10 minutes"),
                                QStringLiteral("3 minutes"));
    // The same value again is no change: nothing written.
    manager.recordSettingChange(QStringLiteral("idle lock"), QStringLiteral("3 minutes"),
                                QStringLiteral("3 minutes"));
    const std::vector<AuditEntry> entries = manager.auditEntries();
    const auto settings = std::count_if(entries.begin(), entries.end(), [](const AuditEntry& e) {
        return e.action == QLatin1String("settings");
    });
    CHECK(settings == 1);
    const AuditEntry& last = entries.back();
    CHECK(last.actor == QStringLiteral("mona"));
    CHECK(last.action == QStringLiteral("settings"));
    CHECK(last.records == QStringLiteral("idle lock"));
    CHECK(last.details == QStringLiteral("from 10 minutes to 3 minutes"));
    // The chain stays whole, and the database check finds nothing.
    CHECK(manager.verifyAuditChain().intact());
    CHECK(manager.checkDatabase().empty());

    // Anyone else is refused, in the log too, and nothing is recorded as changed.
    StaffSession desk = signedIn(test, test_staff::kFrontDesk);
    CHECK_THROWS_AS(desk.recordSettingChange(QStringLiteral("database file"),
                                             QStringLiteral("/a.sqlite"),
                                             QStringLiteral("/b.sqlite")),
                    AccessError);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings'")) ==
          1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied' AND "
                                    "actor = 'dora' AND records = 'settings database file'")) == 1);
    CHECK(manager.verifyAuditChain().intact());
}
