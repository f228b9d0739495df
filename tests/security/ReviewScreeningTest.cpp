// The review rule of clinic-intake/2, enforced in the core: a suggestion
// without a plan (screening incomplete) cannot be accepted; an override with
// its reason can always be recorded; amending with the answers completes it.
#include "Harness.h"
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "TestStaff.h"
#include "security/StaffSession.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using vocabulary::Question;

namespace {

IntakeRecord recordOf(const json& intake)
{
    auto parsed = harness::parse(intake);
    INFO(intake.dump());
    REQUIRE(parsed.ok());
    return *parsed.record;
}

struct Clinic
{
    Clinic() { test_staff::createIn(test.storage(), test.clock()); }
    StaffSession as(const QString& name)
    {
        return StaffSession(test.storage(), test.engine(), test.clock(),
                            test_staff::signIn(test.storage(), test.clock(), name),
                            PasswordHasher::Cost::Minimal);
    }
    qint64 count(const QString& sql) { return test.count(sql); }

    TestDatabase test;
};

// Neck pain, so the neck questions count; two screening and one precaution
// question not asked.
json incompleteNeckIntake()
{
    json intake = sampleIntake();
    intake["pain"]["locations"] = {"neck"};
    intake["screening"].erase("calf_swelling");
    intake["screening"].erase("severe_headache");
    intake["precautions"].erase("pregnancy");
    return intake;
}

} // namespace

TEST_CASE("review: an incomplete screening cannot be accepted, and nothing is stored",
          "[security][review]")
{
    Clinic clinic;
    StaffSession desk = clinic.as(test_staff::kFrontDesk);
    StaffSession therapist = clinic.as(test_staff::kTherapist);
    const SavedIntake saved = desk.addIntake(recordOf(incompleteNeckIntake()));
    REQUIRE(json::parse(saved.suggestionJson).at("approach").is_null());

    CHECK(therapist.questionsBlockingAccept(saved.intakeId) ==
          std::vector<Question>{Question::CalfSwelling, Question::SevereHeadache,
                                Question::Pregnancy});
    try {
        therapist.review(saved.intakeId, ReviewDecision{});
        FAIL("accepted a suggestion without a plan");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(std::string(error.what()) ==
              "screening: intake 1 cannot be accepted: the screening is incomplete, 3 questions "
              "not asked: calf_swelling, severe_headache, pregnancy; amend the intake to complete "
              "the screening, or override with a reason");
    }
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM reviews")) == 0);
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM intakes WHERE status = 'pending'")) ==
          1);
    // The refusal is on record, under the therapist's name.
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused' "
                                      "AND actor = '%1' AND records = 'intake 1 version 1' AND "
                                      "details LIKE 'accept: screening incomplete%%'")
                           .arg(test_staff::kTherapist)) == 1);

    // A manager is refused the same way: the rule is not a permission.
    StaffSession manager = clinic.as(test_staff::kManager);
    CHECK_THROWS_WITH(manager.review(saved.intakeId, ReviewDecision{}),
                      Catch::StartsWith("screening: intake 1 cannot be accepted"));
}

TEST_CASE("review: an override of an incomplete screening stays possible, with its reason",
          "[security][review]")
{
    Clinic clinic;
    StaffSession desk = clinic.as(test_staff::kFrontDesk);
    StaffSession therapist = clinic.as(test_staff::kTherapist);
    const SavedIntake saved = desk.addIntake(recordOf(incompleteNeckIntake()));

    ReviewDecision override;
    override.accepted = false;
    override.finalApproach = vocabulary::Approach::Swedish;
    override.finalPressure = vocabulary::Pressure::Light;
    CHECK_THROWS_WITH(therapist.review(saved.intakeId, override),
                      Catch::StartsWith("reason: an override needs a reason"));
    override.reason = QStringLiteral("Asked the three questions in person: all no");
    CHECK(therapist.review(saved.intakeId, override) > 0);
    const json details = therapist.openIntake(saved.intakeId);
    CHECK(details.at("status") == "reviewed");
    CHECK(details.at("reviews").at(0).at("decision") == "overridden");
    CHECK(details.at("reviews").at(0).at("final_approach") == "swedish");
}

TEST_CASE("review: amending with a complete version 2 record makes it acceptable",
          "[security][review]")
{
    Clinic clinic;
    StaffSession desk = clinic.as(test_staff::kFrontDesk);
    StaffSession therapist = clinic.as(test_staff::kTherapist);

    // Start from a version 1 record: its screening is never complete.
    const SavedIntake saved = desk.addIntake(recordOf(sampleIntakeVersion1()));
    const auto missing = therapist.questionsBlockingAccept(saved.intakeId);
    CHECK(missing.size() == 26); // every screening and precaution question, neck not involved
    CHECK_THROWS_AS(therapist.review(saved.intakeId, ReviewDecision{}), StorageError);

    const SavedIntake amended = desk.amendIntake(saved.intakeId, recordOf(sampleIntake()));
    CHECK(amended.version == 2);
    CHECK(therapist.questionsBlockingAccept(saved.intakeId).empty());
    CHECK(therapist.review(saved.intakeId, ReviewDecision{}) > 0);
    const json details = therapist.openIntake(saved.intakeId);
    CHECK(details.at("reviews").at(0).at("version") == 2);
    CHECK(details.at("reviews").at(0).at("decision") == "accepted");
    CHECK(details.at("reviews").at(0).at("final_approach") == "swedish");
    CHECK(details.at("versions").at(0).at("intake").at("format") == "clinic-intake/1");
    CHECK(details.at("intake").at("format") == "clinic-intake/2");
}

TEST_CASE("review: a referral with an incomplete screening can be accepted", "[security][review]")
{
    Clinic clinic;
    StaffSession desk = clinic.as(test_staff::kFrontDesk);
    StaffSession therapist = clinic.as(test_staff::kTherapist);
    json intake = incompleteNeckIntake();
    intake["screening"]["saddle_numbness"] = "yes";
    const SavedIntake saved = desk.addIntake(recordOf(intake));
    REQUIRE(json::parse(saved.suggestionJson).at("approach") == "refer_out");
    CHECK(therapist.questionsBlockingAccept(saved.intakeId).empty());
    CHECK(therapist.review(saved.intakeId, ReviewDecision{}) > 0);
}

TEST_CASE("review: a complete screening is accepted as before", "[security][review]")
{
    Clinic clinic;
    StaffSession desk = clinic.as(test_staff::kFrontDesk);
    StaffSession therapist = clinic.as(test_staff::kTherapist);
    const SavedIntake saved = desk.addIntake(recordOf(sampleIntake()));
    CHECK(therapist.review(saved.intakeId, ReviewDecision{}) > 0);
    CHECK(clinic.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")) ==
          0);
}
