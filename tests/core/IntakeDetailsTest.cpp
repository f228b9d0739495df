// IntakeDetails from the JSON storage gives today: every part typed, and
// stored data that is damaged or uses words this version does not know kept
// with a problem that names the field, never an exception.
#include "Harness.h"
#include "SampleIntake.h"
#include "model/IntakeDetailsJson.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/StaffSession.h"
#include "storage/StorageError.h"
#include "util/FixedClock.h"

#include <catch2/catch.hpp>

using nlohmann::ordered_json;
using namespace vocabulary;

namespace {

const RuleEngine& engine()
{
    static const RuleEngine rules(RuleSetLoader::builtIn());
    return rules;
}

// One version as IntakeRepository::details() lists it, its suggestion made by
// the built-in rules.
ordered_json versionOf(int number, const nlohmann::json& record)
{
    const IntakeParseResult parsed = harness::parse(record);
    REQUIRE(parsed.ok());
    const std::string suggestion =
        engine().recommend(*parsed.record).toJson(engine().ruleSet(), *parsed.record);
    return {{"version", number},
            {"created_at", "2026-11-21T09:0" + std::to_string(number) + ":00.000Z"},
            {"created_by", "dora"},
            {"intake", ordered_json::parse(parsed.record->toJson())},
            {"suggestion", ordered_json::parse(suggestion)},
            {"rules_version", engine().ruleSet().version},
            {"rules_sha256", "ab12"}};
}

// The whole details object, its current version the last of `versions`.
ordered_json detailsOf(const std::vector<ordered_json>& versions)
{
    ordered_json details = {{"id", 7},
                            {"status", "pending"},
                            {"refer_out", false},
                            {"client_id", 3},
                            {"created_at", "2026-11-21T09:01:00.000Z"},
                            {"created_by", "dora"},
                            {"versions", versions}};
    details["intake"] = versions.back().at("intake");
    details["suggestion"] = versions.back().at("suggestion");
    details["reviews"] = ordered_json::array();
    return details;
}

IntakeDetails read(const ordered_json& details)
{
    const FixedClock clock(harness::kToday);
    IntakeDetails intake;
    REQUIRE_NOTHROW(intake = intakeDetailsFromJson(details, clock));
    return intake;
}

std::string joined(const std::vector<std::string>& problems)
{
    std::string text;
    for (const auto& problem : problems) {
        text += problem + "\n";
    }
    return text;
}

} // namespace

TEST_CASE("details: an intake with two versions and its reviews, typed", "[model][details]")
{
    ordered_json details =
        detailsOf({versionOf(1, sampleIntakeVersion1()), versionOf(2, sampleIntake())});
    details["status"] = "reviewed";
    details["reviews"] = {{{"version", 1},
                           {"reviewer", "ben"},
                           {"reviewed_at", "2026-11-21T10:00:00.000Z"},
                           {"decision", "overridden"},
                           {"final_approach", "swedish"},
                           {"final_pressure", "light"},
                           {"reason", "Bruises easily"},
                           {"session_note", nullptr}},
                          {{"version", 2},
                           {"reviewer", "ben"},
                           {"reviewed_at", "2026-11-21T11:00:00.000Z"},
                           {"decision", "accepted"},
                           {"final_approach", "trigger_point"},
                           {"final_pressure", "medium"},
                           {"reason", nullptr},
                           {"session_note", "Eased after 20 min"}}};
    const IntakeDetails intake = read(details);

    INFO(joined(intake.problems));
    CHECK(intake.problems.empty());
    CHECK(intake.id == 7);
    CHECK(intake.status == IntakeStatus::Reviewed);
    CHECK(intake.reviewed());
    CHECK(intake.clientId == 3);
    CHECK(intake.createdBy == "dora");
    CHECK(intake.createdAt == QDateTime(QDate(2026, 11, 21), QTime(9, 1), Qt::UTC));
    CHECK(intake.currentVersion == 2);
    CHECK(intake.clientName == "Sam Example");
    CHECK(intake.dateOfBirth == QDate(1980, 6, 15));
    CHECK(intake.visitDate == QDate(2026, 11, 21));

    REQUIRE(intake.versions.size() == 2);
    REQUIRE(intake.current() == &intake.versions[1]);
    const IntakeVersionDetails& first = intake.versions[0];
    CHECK(first.version == 1);
    CHECK(first.format == IntakeFormat::V1);
    REQUIRE(first.record);
    CHECK(first.record->format == IntakeFormat::V1);
    CHECK(first.recordProblem.empty());
    // A suggestion made from a version 1 record lists what was not asked.
    CHECK(first.suggestion.approach == std::nullopt);
    REQUIRE(first.suggestion.unanswered);
    CHECK(first.suggestion.unanswered->size() == 26);

    const IntakeVersionDetails& current = intake.versions[1];
    INFO(joined(current.suggestion.problems));
    CHECK(current.suggestion.problems.empty());
    REQUIRE(current.record);
    CHECK(current.record->painIntensity == 4);
    CHECK(current.format == IntakeFormat::V2);
    CHECK(ordered_json::parse(current.recordJson) == details.at("intake"));
    CHECK(ordered_json::parse(current.suggestion.json) == details.at("suggestion"));
    CHECK(current.rulesVersion == engine().ruleSet().version);
    CHECK(current.rulesSha256 == "ab12");

    const Recommendation expected = engine().recommend(*current.record);
    const StoredSuggestion& suggestion = current.suggestion;
    CHECK(suggestion.approach == expected.approach);
    CHECK(suggestion.urgency == expected.urgency);
    CHECK(suggestion.pressure == expected.pressure);
    CHECK(suggestion.unanswered == std::vector<Question>{});
    CHECK(suggestion.focusAreas == expected.focusAreaWords(engine().ruleSet()));
    CHECK(suggestion.homeCare == expected.homeCareWords(engine().ruleSet()));
    CHECK(suggestion.acuity == expected.acuity);
    CHECK(suggestion.age == expected.age);
    REQUIRE(suggestion.rationale.size() == expected.rationale.size());
    CHECK(suggestion.rationale.front().reason ==
          expected.reasonText(engine().ruleSet(), *current.record, 0));
    CHECK(suggestion.rulesVersion == engine().ruleSet().version);

    CHECK(intake.reviewsIncluded);
    REQUIRE(intake.reviews.size() == 2);
    const ReviewDetails& overridden = intake.reviews[0];
    CHECK(overridden.problems.empty());
    CHECK(overridden.version == 1);
    CHECK(overridden.reviewer == "ben");
    CHECK(overridden.at == QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
    CHECK(overridden.decision == ReviewOutcome::Overridden);
    CHECK(overridden.finalApproach == Approach::Swedish);
    CHECK(overridden.finalPressure == Pressure::Light);
    CHECK(overridden.reason == QStringLiteral("Bruises easily"));
    CHECK_FALSE(overridden.sessionNote);
    const ReviewDetails& accepted = intake.reviews[1];
    CHECK(accepted.decision == ReviewOutcome::Accepted);
    CHECK_FALSE(accepted.reason);
    CHECK(accepted.sessionNote == QStringLiteral("Eased after 20 min"));
}

TEST_CASE("details: reviews left out for a role that may not read them", "[model][details]")
{
    ordered_json details = detailsOf({versionOf(1, sampleIntake())});
    details.erase("reviews");
    const IntakeDetails intake = read(details);
    CHECK(intake.problems.empty());
    CHECK_FALSE(intake.reviewsIncluded);
    CHECK(intake.reviews.empty());
}

TEST_CASE("details: a stored record that no longer reads is kept with its problem",
          "[model][details]")
{
    ordered_json version = versionOf(1, sampleIntake());
    version["intake"]["pain"]["intensity"] = 11;
    version["intake"]["client"].erase("date_of_birth");
    const ordered_json details = detailsOf({version});
    const IntakeDetails intake = read(details);

    REQUIRE(intake.versions.size() == 1);
    const IntakeVersionDetails& stored = intake.versions[0];
    CHECK_FALSE(stored.record);
    CHECK(stored.recordProblem == "client.date_of_birth: is required but missing");
    // Whose it is still shows, and the text as it was.
    CHECK(stored.clientName == "Sam Example");
    CHECK(stored.visitDate == QDate(2026, 11, 21));
    CHECK(stored.format == IntakeFormat::V2);
    CHECK(ordered_json::parse(stored.recordJson) == version.at("intake"));
    CHECK(intake.clientName == "Sam Example");
    // The suggestion was stored whole and still reads.
    CHECK(stored.suggestion.problems.empty());
    CHECK(stored.suggestion.approach.has_value());

    // The review rule needs no record while the suggestion says what was not asked…
    CHECK(StaffSession::questionsBlockingAccept(stored, engine()).empty());
    // …and says clearly why it cannot judge one from before clinic-intake/2.
    IntakeVersionDetails older = stored;
    older.suggestion.unanswered.reset();
    CHECK_THROWS_MATCHES(StaffSession::questionsBlockingAccept(older, engine()), StorageError,
                         Catch::Message("the stored intake can no longer be read: "
                                        "client.date_of_birth: is required but missing"));

    // A record that is no JSON object at all.
    ordered_json notObject = details;
    notObject["versions"][0]["intake"] = "lost";
    const IntakeDetails lost = read(notObject);
    REQUIRE(lost.versions.size() == 1);
    CHECK_FALSE(lost.versions[0].record);
    CHECK(lost.versions[0].recordProblem == "record: not a JSON object");
    CHECK(lost.versions[0].recordJson == "\"lost\"");
}

TEST_CASE("details: unknown words are left out and named", "[model][details]")
{
    ordered_json details = detailsOf({versionOf(1, sampleIntake())});
    details["status"] = "archived";
    auto& suggestion = details["versions"][0]["suggestion"];
    suggestion["approach"] = "hot_stones";
    suggestion["pressure"] = 3;
    suggestion["screening"]["unanswered"] = {"saddle_numbness", "telepathy"};
    suggestion["cleared"] = {"child", "moon"};
    suggestion["cautions"] = {{{"code", "x"}, {"text", "Take care"}}, 5};
    details["reviews"] = {{{"version", 1},
                           {"reviewer", "ben"},
                           {"reviewed_at", "yesterday"},
                           {"decision", "maybe"},
                           {"final_approach", "reiki"},
                           {"final_pressure", nullptr},
                           {"reason", "Why not"},
                           {"session_note", nullptr}}};
    const IntakeDetails intake = read(details);

    CHECK(intake.status == IntakeStatus::Pending);
    CHECK(intake.problems ==
          std::vector<std::string>{
              "status: unknown word \"archived\" (expected pending or reviewed)"});
    const StoredSuggestion& stored = intake.versions.at(0).suggestion;
    CHECK_FALSE(stored.approach);
    CHECK_FALSE(stored.pressure);
    CHECK(stored.unanswered == std::vector<Question>{Question::SaddleNumbness});
    CHECK(stored.cleared == bitOf(ClearanceCode::Child));
    REQUIRE(stored.cautions.size() == 2);
    CHECK(stored.cautions[0].text == "Take care");
    CHECK(stored.problems ==
          std::vector<std::string>{
              "approach: unknown word \"hot_stones\" (expected trigger_point, deep_tissue, "
              "swedish, sacroiliac or refer_out)",
              "pressure: not a word: 3",
              "screening.unanswered[1]: unknown word \"telepathy\" (expected saddle_numbness, "
              "bladder_or_bowel_change, sexual_dysfunction, symptoms_in_both_legs, "
              "progressive_leg_weakness, fever_or_unwell, immunosuppressed, injects_drugs, "
              "cancer_history, unexplained_weight_loss, constant_night_pain, "
              "recent_major_trauma, recent_minor_fall, cannot_bear_weight, calf_swelling, "
              "chest_pain_or_breathlessness, sudden_severe_pain, pain_unchanged_by_movement, "
              "severe_headache, dizziness_or_neuro_signs, anticoagulants, pregnancy, "
              "osteoporosis, long_term_steroids, recent_surgery, dvt_history, "
              "skin_condition_in_area or varicose_veins)",
              "cleared[1]: unknown word \"moon\" (expected recent_major_trauma, cancer_history, "
              "unexplained_weight_loss, constant_night_pain, immunosuppressed, injects_drugs, "
              "recent_minor_fall, pain_not_mechanical or child)",
              "cautions[1].code: missing",
              "cautions[1].text: missing",
          });

    REQUIRE(intake.reviews.size() == 1);
    const ReviewDetails& review = intake.reviews[0];
    CHECK(review.reviewer == "ben");
    CHECK(review.decision == ReviewOutcome::Overridden);
    CHECK_FALSE(review.finalApproach);
    CHECK(review.reason == QStringLiteral("Why not"));
    CHECK(review.problems ==
          std::vector<std::string>{
              "reviews[0].reviewed_at: not a date and time: \"yesterday\"",
              "reviews[0].decision: unknown word \"maybe\" (expected accepted or overridden)",
              "reviews[0].final_approach: unknown word \"reiki\" (expected trigger_point, "
              "deep_tissue, swedish, sacroiliac or refer_out)",
          });
}

TEST_CASE("details: any JSON shape is read without an exception", "[model][details]")
{
    const auto problemsOf = [](const ordered_json& details) {
        const IntakeDetails intake = read(details);
        std::vector<std::string> all = intake.problems;
        for (const auto& version : intake.versions) {
            if (!version.recordProblem.empty()) {
                all.push_back(version.recordProblem);
            }
            all.insert(all.end(), version.suggestion.problems.begin(),
                       version.suggestion.problems.end());
        }
        return all;
    };
    CHECK(problemsOf(ordered_json::array()) ==
          std::vector<std::string>{"intake: not a JSON object"});
    CHECK(problemsOf(ordered_json::object()) ==
          std::vector<std::string>{"id: missing", "status: missing", "created_at: missing",
                                   "created_by: missing", "versions: missing",
                                   "versions: none; an intake has at least one"});

    ordered_json details = detailsOf({versionOf(1, sampleIntake())});
    details["versions"].push_back(42);
    details["versions"][0]["suggestion"] = "lost";
    details["reviews"] = {nullptr};
    const IntakeDetails odd = read(details);
    REQUIRE(odd.versions.size() == 2);
    CHECK(odd.versions[0].record.has_value());
    CHECK(odd.versions[0].suggestion.problems ==
          std::vector<std::string>{"suggestion: not a JSON object"});
    CHECK(odd.versions[1].recordProblem == "record: missing");
    CHECK(odd.problems == std::vector<std::string>{"versions[1]: not a JSON object"});
    // The intakes row's current version is the newest listed, even a damaged one.
    CHECK(odd.current() == &odd.versions[1]);
    REQUIRE(odd.reviews.size() == 1);
    CHECK_FALSE(odd.reviews[0].problems.empty());
}

TEST_CASE("details: the review rule on typed details agrees with the rule on JSON",
          "[model][details][review]")
{
    const FixedClock clock(harness::kToday);
    nlohmann::json referral = sampleIntake();
    referral["screening"]["saddle_numbness"] = "yes";
    nlohmann::json incomplete = sampleIntake();
    incomplete["screening"].erase("fever_or_unwell");
    incomplete["precautions"].erase("pregnancy");
    // A suggestion stored before clinic-intake/2 had no "screening": the record decides.
    ordered_json older = versionOf(1, sampleIntakeVersion1());
    older["suggestion"].erase("screening");
    older["suggestion"]["approach"] = "swedish";
    // Stored before control characters were refused: still read.
    nlohmann::json controls = sampleIntakeVersion1();
    controls["client"]["name"] = "Ann\x1b[30;40m";
    ordered_json storedControls = versionOf(1, sampleIntakeVersion1());
    storedControls["intake"] = controls;
    storedControls["suggestion"].erase("screening");

    for (const ordered_json& version :
         {versionOf(1, sampleIntake()), versionOf(1, referral), versionOf(1, incomplete),
          versionOf(1, sampleIntakeVersion1()), older, storedControls}) {
        const ordered_json details = detailsOf({version});
        const IntakeDetails intake = read(details);
        REQUIRE(intake.current() != nullptr);
        INFO(intake.current()->recordProblem);
        CHECK(StaffSession::questionsBlockingAccept(*intake.current(), engine()) ==
              StaffSession::questionsBlockingAccept(details, engine(), clock));
    }
    const IntakeDetails readIncomplete = read(detailsOf({versionOf(1, incomplete)}));
    CHECK(StaffSession::questionsBlockingAccept(*readIncomplete.current(), engine()) ==
          std::vector<Question>{Question::FeverOrUnwell, Question::Pregnancy});
    const IntakeDetails readControls = read(detailsOf({storedControls}));
    REQUIRE(readControls.current()->record);
    CHECK(readControls.current()->clientName == QStringLiteral("Ann\x1b[30;40m"));
    CHECK(StaffSession::questionsBlockingAccept(*readControls.current(), engine()).size() == 26);
}

TEST_CASE("details: a suggestion naming a question this version does not know cannot be "
          "accepted",
          "[model][details][review]")
{
    const FixedClock clock(harness::kToday);
    // Stored by a newer program (or damaged): one question not asked that
    // this version cannot show. Dropping the word would make it "complete".
    ordered_json version = versionOf(1, sampleIntake());
    version["suggestion"]["screening"]["unanswered"] = ordered_json::array({"night_sweats"});
    const ordered_json details = detailsOf({version});
    const IntakeDetails intake = read(details);
    REQUIRE(intake.current() != nullptr);
    CHECK(intake.current()->suggestion.unknownUnanswered ==
          std::vector<std::string>{"\"night_sweats\""});
    CHECK_THROWS_WITH(
        StaffSession::questionsBlockingAccept(*intake.current(), engine()),
        Catch::StartsWith("screening: the stored suggestion lists questions not "
                          "asked that this version does not know (\"night_sweats\")"));
    CHECK_THROWS_WITH(StaffSession::questionsBlockingAccept(details, engine(), clock),
                      Catch::StartsWith("screening:"));
    // A referral stays acceptable whatever else it lists.
    version["suggestion"]["approach"] = "refer_out";
    CHECK(StaffSession::questionsBlockingAccept(*read(detailsOf({version})).current(), engine())
              .empty());
}
