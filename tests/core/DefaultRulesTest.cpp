// Every row of every table of spec/recommendation-rules.md (version 2), run
// through the built-in rules file and checked on the JSON a user sees.
#include "Harness.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"

#include <catch2/catch.hpp>

using harness::cautionCodes;
using harness::firedRules;
using harness::recommend;
using harness::words;
using nlohmann::json;
using Words = std::vector<std::string>;

namespace {

const Words kScreening = {"saddle_numbness",
                          "bladder_or_bowel_change",
                          "sexual_dysfunction",
                          "symptoms_in_both_legs",
                          "progressive_leg_weakness",
                          "fever_or_unwell",
                          "immunosuppressed",
                          "injects_drugs",
                          "cancer_history",
                          "unexplained_weight_loss",
                          "constant_night_pain",
                          "recent_major_trauma",
                          "recent_minor_fall",
                          "cannot_bear_weight",
                          "calf_swelling",
                          "chest_pain_or_breathlessness",
                          "sudden_severe_pain",
                          "pain_unchanged_by_movement"};
const Words kPrecautions = {"anticoagulants",         "pregnancy",      "osteoporosis",
                            "long_term_steroids",     "recent_surgery", "dvt_history",
                            "skin_condition_in_area", "varicose_veins"};

// A complete, unremarkable version 2 intake: 46 years old at the visit,
// subacute low back pain rated 4, every question answered "no", medium
// pressure asked for. Its result is a general Swedish massage.
json baseIntake()
{
    json intake = {
        {"format", "clinic-intake/2"},
        {"client", {{"name", "Test Client"}, {"date_of_birth", "1980-04-12"}}},
        {"visit_date", "2026-11-28"},
        {"pain", {{"locations", {"lower_back"}}, {"intensity", 4}, {"duration_weeks", 8}}},
        {"pressure_preference", "medium"}};
    for (const auto& id : kScreening) {
        intake["screening"][id] = "no";
    }
    for (const auto& id : kPrecautions) {
        intake["precautions"][id] = "no";
    }
    return intake;
}

json intakeWith(const json& patch)
{
    json intake = baseIntake();
    intake.merge_patch(patch);
    return intake;
}

json recommendWith(const std::string& patch)
{
    return recommend(intakeWith(json::parse(patch)));
}

std::string daysBeforeVisit(int days)
{
    return QDate(2026, 11, 28).addDays(-days).toString(Qt::ISODate).toStdString();
}

bool contains(const Words& list, const std::string& word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

// The rules of step 1 (referral lines) among the rationale.
Words referralLines(const json& result)
{
    Words lines;
    for (const auto& rule : firedRules(result)) {
        if (rule.rfind("red-flag-", 0) == 0) {
            lines.push_back(rule);
        }
    }
    return lines;
}

struct ReferralRow
{
    const char* rule;
    const char* patch;
    const char* urgency;
    const char* clearance; // "" when the rule cannot be cleared
};

// The spec's referral table, one row each, with the least that makes the rule hold.
const std::vector<ReferralRow> kReferralRows = {
    {"red-flag-saddle-numbness", R"({"screening": {"saddle_numbness": "yes"}})", "emergency", ""},
    {"red-flag-bladder-bowel", R"({"screening": {"bladder_or_bowel_change": "yes"}})", "emergency",
     ""},
    {"red-flag-sexual-dysfunction", R"({"screening": {"sexual_dysfunction": "yes"}})", "emergency",
     ""},
    {"red-flag-both-legs", R"({"screening": {"symptoms_in_both_legs": "yes"}})", "emergency", ""},
    {"red-flag-cannot-bear-weight", R"({"screening": {"cannot_bear_weight": "yes"}})", "emergency",
     ""},
    {"red-flag-chest-pain", R"({"screening": {"chest_pain_or_breathlessness": "yes"}})",
     "emergency", ""},
    {"red-flag-sudden-severe-pain", R"({"screening": {"sudden_severe_pain": "yes"}})", "emergency",
     ""},
    {"red-flag-severe-headache",
     R"({"pain": {"locations": ["neck"]}, "screening": {"severe_headache": "yes", "dizziness_or_neuro_signs": "no"}})",
     "emergency", ""},
    {"red-flag-neuro-signs",
     R"({"pain": {"locations": ["neck"]}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "yes"}})",
     "emergency", ""},
    {"red-flag-neck-trauma",
     R"({"pain": {"locations": ["neck"]}, "screening": {"recent_major_trauma": "yes", "severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
     "emergency", ""},
    {"red-flag-leg-weakness", R"({"screening": {"progressive_leg_weakness": "yes"}})", "urgent",
     ""},
    {"red-flag-calf-swelling", R"({"screening": {"calf_swelling": "yes"}})", "urgent", ""},
    {"red-flag-fever", R"({"screening": {"fever_or_unwell": "yes"}})", "urgent", ""},
    {"red-flag-major-trauma", R"({"screening": {"recent_major_trauma": "yes"}})", "urgent",
     "recent_major_trauma"},
    {"red-flag-cancer-history", R"({"screening": {"cancer_history": "yes"}})", "urgent",
     "cancer_history"},
    {"red-flag-weight-loss", R"({"screening": {"unexplained_weight_loss": "yes"}})", "urgent",
     "unexplained_weight_loss"},
    {"red-flag-night-pain", R"({"screening": {"constant_night_pain": "yes"}})", "urgent",
     "constant_night_pain"},
    {"red-flag-immunosuppressed", R"({"screening": {"immunosuppressed": "yes"}})", "urgent",
     "immunosuppressed"},
    {"red-flag-injects-drugs", R"({"screening": {"injects_drugs": "yes"}})", "urgent",
     "injects_drugs"},
    {"red-flag-fragility-fracture",
     R"({"screening": {"recent_minor_fall": "yes"}, "precautions": {"osteoporosis": "yes"}})",
     "urgent", "recent_minor_fall"},
    {"red-flag-not-mechanical-severe",
     R"({"screening": {"pain_unchanged_by_movement": "yes"}, "pain": {"intensity": 7}})", "urgent",
     "pain_not_mechanical"},
    {"red-flag-not-mechanical", R"({"screening": {"pain_unchanged_by_movement": "yes"}})",
     "routine", "pain_not_mechanical"},
    {"red-flag-child", R"({"client": {"date_of_birth": "2012-01-01"}})", "routine", "child"},
};

} // namespace

TEST_CASE("the base intake is unremarkable", "[rules]")
{
    const json result = recommend(baseIntake());
    CHECK(result.at("approach") == "swedish");
    CHECK(firedRules(result) == Words{"general-back-massage", "focus-low-back",
                                      "home-care-stay-active", "home-care-heat",
                                      "home-care-tennis-ball", "home-care-foam-roller"});
    CHECK(result.at("screening") == json{{"complete", true}, {"unanswered", json::array()}});
    CHECK(result.at("rules_version") == "default-2026.2");
}

TEST_CASE("step 1: each referral rule refers out with its urgency", "[rules][referral]")
{
    const auto row = GENERATE(from_range(kReferralRows));
    CAPTURE(row.rule, row.patch);
    const json result = recommendWith(row.patch);
    CHECK(result.at("approach") == "refer_out");
    CHECK(result.at("urgency") == row.urgency);
    CHECK(result.at("pressure").is_null());
    CHECK(result.at("focus_areas").empty());
    CHECK(result.at("home_care").empty());
    CHECK(result.at("cleared").empty());
    CHECK(referralLines(result) == Words{row.rule});
    CHECK(firedRules(result).front() == row.rule);
}

TEST_CASE("step 1: a valid clearance clears a clearable rule, an expired one does not",
          "[rules][referral][clearance]")
{
    const auto row = GENERATE(from_range(kReferralRows));
    CAPTURE(row.rule);
    json intake = intakeWith(json::parse(row.patch));
    const std::string code = row.clearance;
    // Clearances list every code, so that an emergency rule shows it cannot be cleared.
    const json allCodes = {"recent_major_trauma", "cancer_history",      "unexplained_weight_loss",
                           "constant_night_pain", "immunosuppressed",    "injects_drugs",
                           "recent_minor_fall",   "pain_not_mechanical", "child"};
    const int days = GENERATE(0, 89, 90, 91, 200);
    CAPTURE(days);
    intake["medical_clearance"] = {
        {"date", daysBeforeVisit(days)}, {"for", allCodes}, {"by", "Dr. A. Roy"}};
    // The client's birth must precede the clearance.
    if (code == "child") {
        intake["client"]["date_of_birth"] = "2012-01-01";
    }
    const json result = recommend(intake);
    const Words rules = firedRules(result);
    CHECK(referralLines(result) == Words{row.rule});
    const bool valid = days <= 90;
    if (valid && !code.empty()) {
        CHECK(result.at("approach") != "refer_out");
        CHECK(words(result.at("cleared")) == Words{code});
        CHECK(contains(cautionCodes(result), "medical_clearance"));
        CHECK(result.at("pressure") == "light");
        CHECK_FALSE(contains(rules, "clearance-expired"));
        // The cleared rule keeps its line, saying who cleared it and when.
        CHECK(result.at("rationale")[0].at("reason").get<std::string>().find("Dr. A. Roy") !=
              std::string::npos);
    } else {
        CHECK(result.at("approach") == "refer_out");
        CHECK(result.at("urgency") == row.urgency);
        CHECK(result.at("cleared").empty());
        CHECK_FALSE(contains(cautionCodes(result), "medical_clearance"));
        CHECK(result.at("rationale")[0].at("reason").get<std::string>().find("Dr. A. Roy") ==
              std::string::npos);
        // An expired clearance leaves one line, right after the referral's.
        CHECK(contains(rules, "clearance-expired") == !valid);
        if (!valid) {
            CHECK(rules.at(1) == "clearance-expired");
        }
    }
}

TEST_CASE("step 1: a clearance for a rule that does not hold does nothing",
          "[rules][referral][clearance]")
{
    const json result = recommendWith(
        R"({"medical_clearance": {"date": "2026-11-01", "for": ["cancer_history", "child"]}})");
    CHECK(result.at("approach") == "swedish");
    CHECK(result.at("cleared").empty());
    CHECK(result.at("cautions").empty());
    CHECK(firedRules(result).front() == "general-back-massage");

    const json expired = recommendWith(
        R"({"medical_clearance": {"date": "2026-01-01", "for": ["cancer_history"]}})");
    CHECK(expired.at("approach") == "swedish");
    CHECK(firedRules(expired).front() == "clearance-expired");
    CHECK(expired.at("rationale")[0].at("reason").get<std::string>().find("331 days") !=
          std::string::npos);
}

TEST_CASE("step 1: who cleared the client is written as text, quotes and all",
          "[rules][referral][clearance]")
{
    const json result = recommendWith(
        R"({"screening": {"cancer_history": "yes"},
            "medical_clearance": {"date": "2026-11-01", "for": ["cancer_history"], "by": "Dr. \"Q\" \\ Roy"}})");
    CHECK(result.at("rationale")[0].at("reason").get<std::string>().find("Dr. \"Q\" \\ Roy on "
                                                                         "2026-11-01") !=
          std::string::npos);
}

TEST_CASE("step 1: a clearance clears only the codes it lists", "[rules][referral][clearance]")
{
    const json result = recommendWith(
        R"({"screening": {"cancer_history": "yes", "injects_drugs": "yes"},
            "medical_clearance": {"date": "2026-11-01", "for": ["cancer_history"]}})");
    CHECK(result.at("approach") == "refer_out");
    CHECK(result.at("urgency") == "urgent");
    CHECK(words(result.at("cleared")) == Words{"cancer_history"});
    CHECK(referralLines(result) == Words{"red-flag-cancer-history", "red-flag-injects-drugs"});
    // A clearance without "by" names no one.
    CHECK(result.at("rationale")[0].at("reason").get<std::string>().find("a physician") !=
          std::string::npos);
    // The medical_clearance caution applies, referral or not.
    CHECK(contains(cautionCodes(result), "medical_clearance"));

    const json both = recommendWith(
        R"({"screening": {"cancer_history": "yes", "injects_drugs": "yes"},
            "medical_clearance": {"date": "2026-11-01", "for": ["injects_drugs", "cancer_history"]}})");
    CHECK(words(both.at("cleared")) == Words{"cancer_history", "injects_drugs"});
    CHECK(both.at("approach") == "swedish");
}

TEST_CASE("step 1: boundaries of the conditions", "[rules][referral]")
{
    struct Row
    {
        const char* patch;
        Words referral;
    };
    const auto row = GENERATE(values<Row>({
        // Fragility fracture: osteoporosis, long-term steroids, or age 70 or more.
        {R"({"screening": {"recent_minor_fall": "yes"}})", {}},
        {R"({"screening": {"recent_minor_fall": "yes"}, "precautions": {"long_term_steroids": "yes"}})",
         {"red-flag-fragility-fracture"}},
        {R"({"screening": {"recent_minor_fall": "yes"}, "client": {"date_of_birth": "1957-11-29"}})",
         {}},
        {R"({"screening": {"recent_minor_fall": "yes"}, "client": {"date_of_birth": "1956-11-28"}})",
         {"red-flag-fragility-fracture"}},
        {R"({"screening": {"recent_minor_fall": "yes"}, "precautions": {"osteoporosis": "no"}, "client": {"date_of_birth": "1930-01-01"}})",
         {"red-flag-fragility-fracture"}},
        // Not mechanical: intensity 7 or more or age 50 or more makes it urgent.
        {R"({"screening": {"pain_unchanged_by_movement": "yes"}, "pain": {"intensity": 6}})",
         {"red-flag-not-mechanical"}},
        {R"({"screening": {"pain_unchanged_by_movement": "yes"}, "pain": {"intensity": 7}})",
         {"red-flag-not-mechanical-severe"}},
        {R"({"screening": {"pain_unchanged_by_movement": "yes"}, "client": {"date_of_birth": "1976-11-29"}})",
         {"red-flag-not-mechanical"}},
        {R"({"screening": {"pain_unchanged_by_movement": "yes"}, "client": {"date_of_birth": "1976-11-28"}})",
         {"red-flag-not-mechanical-severe"}},
        // A child is under 16.
        {R"({"client": {"date_of_birth": "2010-11-29"}})", {"red-flag-child"}},
        {R"({"client": {"date_of_birth": "2010-11-28"}})", {}},
        // Major trauma: emergency with the neck involved, urgent without.
        {R"({"screening": {"recent_major_trauma": "yes", "severe_headache": "no", "dizziness_or_neuro_signs": "no"}, "muscle_findings": {"neck_shoulder_stress": true}})",
         {"red-flag-neck-trauma"}},
        {R"({"screening": {"recent_major_trauma": "yes", "severe_headache": "no", "dizziness_or_neuro_signs": "no"}, "nerve_symptoms": {"arm_numbness_or_tingling": true}})",
         {"red-flag-neck-trauma"}},
        {R"({"screening": {"recent_major_trauma": "yes"}, "pain": {"locations": ["lower_back", "thigh"]}})",
         {"red-flag-major-trauma"}},
        // A neck question's "yes" counts even when the neck is not involved.
        {R"({"screening": {"severe_headache": "yes"}})", {"red-flag-severe-headache"}},
        // "no" and "not asked" never count as a flag.
        {R"({"screening": {"saddle_numbness": "no"}})", {}},
        // Several flags: one line each, in table order.
        {R"({"screening": {"fever_or_unwell": "yes", "saddle_numbness": "yes", "calf_swelling": "yes"}})",
         {"red-flag-saddle-numbness", "red-flag-calf-swelling", "red-flag-fever"}},
    }));
    CAPTURE(row.patch);
    const json result = recommendWith(row.patch);
    CHECK(referralLines(result) == row.referral);
    CHECK((result.at("approach") == "refer_out") == !row.referral.empty());
}

TEST_CASE("step 1: the most urgent referral wins", "[rules][referral]")
{
    CHECK(recommendWith(R"({"screening": {"fever_or_unwell": "yes", "saddle_numbness": "yes"}})")
              .at("urgency") == "emergency");
    CHECK(recommendWith(
              R"({"screening": {"pain_unchanged_by_movement": "yes", "fever_or_unwell": "yes"}})")
              .at("urgency") == "urgent");
    // A cleared rule does not count towards the urgency.
    CHECK(recommendWith(
              R"({"screening": {"cancer_history": "yes", "pain_unchanged_by_movement": "yes"},
                           "medical_clearance": {"date": "2026-11-01", "for": ["cancer_history"]}})")
              .at("urgency") == "routine");
}

TEST_CASE("step 0: the required questions and the neck rule", "[rules][screening]")
{
    SECTION("each left-out question is unanswered, in the spec's order")
    {
        for (const auto& block : {std::string("screening"), std::string("precautions")}) {
            for (const auto& id : block == "screening" ? kScreening : kPrecautions) {
                json intake = baseIntake();
                intake[block].erase(id);
                CAPTURE(id);
                const json result = recommend(intake);
                CHECK(result.at("screening") == json{{"complete", false}, {"unanswered", {id}}});
                CHECK(result.at("approach").is_null());
                CHECK(firedRules(result) == Words{"screening-incomplete"});
                CHECK(result.at("rationale")[0].at("reason").get<std::string>().find(
                          "not asked: 1 ") != std::string::npos);
            }
        }
    }
    SECTION("the neck questions are required only when the neck is involved")
    {
        const auto patch = GENERATE(values<std::string>({
            R"({"pain": {"locations": ["neck"]}})",
            R"({"pain": {"locations": ["shoulders"]}})",
            R"({"pain": {"locations": ["upper_back"]}})",
            R"({"pain": {"radiates_to": ["neck_shoulders"]}})",
            R"({"pain": {"radiates_to": ["arm"]}})",
            R"({"nerve_symptoms": {"arm_numbness_or_tingling": true}})",
            R"({"muscle_findings": {"neck_shoulder_stress": true}})",
        }));
        CAPTURE(patch);
        const json result = recommendWith(patch);
        CHECK(words(result.at("screening").at("unanswered")) ==
              Words{"severe_headache", "dizziness_or_neuro_signs"});
        CHECK(result.at("approach").is_null());
        json answered = intakeWith(json::parse(patch));
        answered["screening"]["severe_headache"] = "no";
        answered["screening"]["dizziness_or_neuro_signs"] = "no";
        CHECK(recommend(answered).at("screening").at("complete") == true);
    }
    SECTION("not involved: never listed, whatever else hurts")
    {
        const json result = recommendWith(
            R"({"pain": {"locations": ["lower_back", "sacroiliac", "mid_back", "buttock", "hip", "thigh", "lower_leg"], "radiates_to": ["hip", "leg"]}})");
        CHECK(result.at("screening").at("complete") == true);
    }
    SECTION("order: screening, then neck, then precautions")
    {
        json intake = intakeWith(json::parse(R"({"pain": {"locations": ["neck"]}})"));
        intake["screening"].erase("saddle_numbness");
        intake["precautions"].erase("anticoagulants");
        intake["screening"].erase("pain_unchanged_by_movement");
        const json result = recommend(intake);
        CHECK(words(result.at("screening").at("unanswered")) ==
              Words{"saddle_numbness", "pain_unchanged_by_movement", "severe_headache",
                    "dizziness_or_neuro_signs", "anticoagulants"});
        CHECK(result.at("rationale")[0].at("reason").get<std::string>().find("not asked: 5 ") !=
              std::string::npos);
    }
}

TEST_CASE("step 0: incomplete screening, with and without a referral", "[rules][screening]")
{
    SECTION("no referral: no plan, but the cautions are listed")
    {
        json intake = intakeWith(
            json::parse(R"({"precautions": {"anticoagulants": "yes"}, "pain": {"intensity": 9}})"));
        intake["screening"].erase("calf_swelling");
        const json result = recommend(intake);
        CHECK(result.at("approach").is_null());
        CHECK(result.at("urgency").is_null());
        CHECK(result.at("pressure").is_null());
        CHECK(result.at("focus_areas").empty());
        CHECK(result.at("home_care").empty());
        CHECK(cautionCodes(result) == Words{"anticoagulants", "severe_pain"});
        CHECK(firedRules(result) ==
              Words{"screening-incomplete", "caution-anticoagulants", "caution-severe-pain"});
    }
    SECTION("a referral does not wait; the line comes after step 1's, saying so")
    {
        json intake = intakeWith(json::parse(
            R"({"screening": {"cancer_history": "yes"},
                "medical_clearance": {"date": "2026-01-01", "for": ["cancer_history"]}})"));
        intake["precautions"].erase("pregnancy");
        const json result = recommend(intake);
        CHECK(result.at("approach") == "refer_out");
        CHECK(firedRules(result) ==
              Words{"red-flag-cancer-history", "clearance-expired", "screening-incomplete"});
        CHECK(result.at("rationale")[2].at("reason").get<std::string>().find("urgency") !=
              std::string::npos);
    }
    SECTION("a version 1 record: every question unasked; a true flag still refers")
    {
        const json v1 = {{"format", "clinic-intake/1"},
                         {"client", {{"name", "Old Record"}, {"date_of_birth", "1980-04-12"}}},
                         {"visit_date", "2026-11-28"},
                         {"pain",
                          {{"locations", {"lower_back"}},
                           {"intensity", 4},
                           {"duration_weeks", 8},
                           {"changes_with_movement", false}}},
                         {"red_flags", {{"fever_or_unwell", true}, {"saddle_numbness", false}}}};
        const json result = recommend(v1);
        CHECK(result.at("approach") == "refer_out");
        CHECK(referralLines(result) == Words{"red-flag-fever", "red-flag-not-mechanical"});
        CHECK(result.at("screening").at("unanswered").size() == 24);
    }
}

TEST_CASE("step 2: the first approach rule that matches", "[rules][approach]")
{
    struct Row
    {
        const char* patch;
        const char* approach;
        const char* rule;
    };
    const auto row = GENERATE(values<Row>({
        {R"({"nerve_symptoms": {"shooting_leg_pain": true}})", "trigger_point",
         "referred-pain-pattern"},
        {R"({"nerve_symptoms": {"leg_numbness_or_tingling": true}})", "trigger_point",
         "referred-pain-pattern"},
        {R"({"pain": {"radiates_to": ["hip"]}})", "trigger_point", "referred-pain-pattern"},
        {R"({"pain": {"radiates_to": ["leg"]}})", "trigger_point", "referred-pain-pattern"},
        {R"({"pain": {"locations": ["hip"]}})", "trigger_point", "referred-pain-pattern"},
        {R"({"pain": {"locations": ["buttock"]}})", "trigger_point", "referred-pain-pattern"},
        {R"({"pain": {"locations": ["thigh"]}})", "trigger_point", "referred-pain-pattern"},
        {R"({"muscle_findings": {"tight_hamstrings": true}})", "trigger_point",
         "referred-pain-pattern"},
        {R"({"muscle_findings": {"tight_glutes": true}})", "trigger_point",
         "referred-pain-pattern"},
        {R"({"pain": {"radiates_to": ["neck_shoulders"]}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         "swedish", "neck-and-shoulder-tension"},
        {R"({"pain": {"radiates_to": ["arm"]}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         "swedish", "neck-and-shoulder-tension"},
        {R"({"muscle_findings": {"neck_shoulder_stress": true}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         "swedish", "neck-and-shoulder-tension"},
        {R"({"pain": {"locations": ["neck"]}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         "swedish", "neck-and-shoulder-tension"},
        {R"({"pain": {"locations": ["shoulders"]}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         "swedish", "neck-and-shoulder-tension"},
        {R"({"pain": {"duration_weeks": 12}})", "deep_tissue", "chronic-tight-muscles"},
        {R"({"pain": {"duration_weeks": 12}, "pressure_preference": "firm"})", "deep_tissue",
         "chronic-tight-muscles"},
        {R"({"pain": {"duration_weeks": 12}, "pressure_preference": null})", "deep_tissue",
         "chronic-tight-muscles"},
        {R"({"pain": {"duration_weeks": 12}, "pressure_preference": "light"})", "swedish",
         "general-back-massage"},
        {R"({"pain": {"duration_weeks": 11.9}})", "swedish", "general-back-massage"},
        {R"({"pain": {"duration_weeks": 5.9}})", "sacroiliac", "acute-local-low-back"},
        {R"({"pain": {"duration_weeks": 1, "locations": ["lower_back", "sacroiliac"]}})",
         "sacroiliac", "acute-local-low-back"},
        {R"({"pain": {"duration_weeks": 1, "locations": ["sacroiliac"]}})", "sacroiliac",
         "acute-local-low-back"},
        {R"({"pain": {"duration_weeks": 6}})", "swedish", "general-back-massage"},
        {R"({"pain": {"duration_weeks": 1, "locations": ["lower_back", "mid_back"]}})", "swedish",
         "general-back-massage"},
        {R"({"pain": {"locations": ["lower_leg"]}})", "swedish", "general-back-massage"},
        // Order: the referred pattern before the neck, the neck before chronic.
        {R"({"muscle_findings": {"tight_glutes": true, "neck_shoulder_stress": true}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         "trigger_point", "referred-pain-pattern"},
        {R"({"pain": {"locations": ["neck"], "duration_weeks": 20}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         "swedish", "neck-and-shoulder-tension"},
    }));
    CAPTURE(row.patch);
    const json result = recommendWith(row.patch);
    CHECK(result.at("approach") == row.approach);
    CHECK(firedRules(result).front() == row.rule);
}

TEST_CASE("step 3: each caution, its line and its ceiling", "[rules][caution]")
{
    struct Row
    {
        const char* patch;
        const char* code;
        const char* most; // "" for no limit
    };
    const auto row = GENERATE(values<Row>({
        {R"({"precautions": {"anticoagulants": "yes"}})", "anticoagulants", "light"},
        {R"({"precautions": {"pregnancy": "yes"}})", "pregnancy", "light"},
        {R"({"precautions": {"osteoporosis": "yes"}})", "osteoporosis", "light"},
        {R"({"precautions": {"long_term_steroids": "yes"}})", "long_term_steroids", "light"},
        {R"({"precautions": {"recent_surgery": "yes"}})", "recent_surgery", "light"},
        {R"({"precautions": {"dvt_history": "yes"}})", "dvt_history", "light"},
        {R"({"screening": {"injects_drugs": "yes"}, "medical_clearance": {"date": "2026-09-01", "for": ["injects_drugs"]}})",
         "medical_clearance", "light"},
        {R"({"pain": {"intensity": 8}})", "severe_pain", "light"},
        {R"({"client": {"date_of_birth": "1951-11-28"}})", "older_adult", "medium"},
        {R"({"nerve_symptoms": {"shooting_leg_pain": true}})", "nerve_symptoms", "medium"},
        {R"({"nerve_symptoms": {"leg_numbness_or_tingling": true}})", "nerve_symptoms", "medium"},
        {R"({"nerve_symptoms": {"arm_numbness_or_tingling": true}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         "nerve_symptoms", "medium"},
        {R"({"precautions": {"varicose_veins": "yes"}})", "varicose_veins", ""},
        {R"({"precautions": {"skin_condition_in_area": "yes"}})", "skin_condition", ""},
        {R"({"client": {"date_of_birth": "2009-11-29"}})", "minor", ""},
    }));
    CAPTURE(row.patch);
    // Trigger point (least medium, most firm) at a firm preference shows the ceiling.
    json intake = intakeWith(json::parse(row.patch));
    intake["muscle_findings"]["tight_glutes"] = true;
    intake["pressure_preference"] = "firm";
    const json result = recommend(intake);
    CHECK(cautionCodes(result) == Words{row.code});
    std::string rule = std::string("caution-") + row.code;
    std::replace(rule.begin(), rule.end(), '_', '-');
    CHECK(contains(firedRules(result), rule));
    const std::string most = row.most;
    if (most == "light") {
        CHECK(result.at("approach") == "swedish");
        CHECK(result.at("pressure") == "light");
    } else if (most == "medium") {
        CHECK(result.at("approach") == "trigger_point");
        CHECK(result.at("pressure") == "medium");
    } else {
        CHECK(result.at("approach") == "trigger_point");
        CHECK(result.at("pressure") == "firm");
    }
    // The caution's text is for staff; it is never empty.
    CHECK_FALSE(result.at("cautions")[0].at("text").get<std::string>().empty());
}

TEST_CASE("step 3: boundaries, order, and cautions with every approach", "[rules][caution]")
{
    CHECK(cautionCodes(recommendWith(R"({"pain": {"intensity": 7}})")).empty());
    CHECK(cautionCodes(recommendWith(R"({"client": {"date_of_birth": "1951-11-29"}})")).empty());
    CHECK(cautionCodes(recommendWith(R"({"client": {"date_of_birth": "2008-11-28"}})")).empty());
    CHECK(cautionCodes(recommendWith(R"({"precautions": {"pregnancy": "no"}})")).empty());

    const json all = recommendWith(
        R"({"precautions": {"anticoagulants": "yes", "pregnancy": "yes", "osteoporosis": "yes",
            "long_term_steroids": "yes", "recent_surgery": "yes", "dvt_history": "yes",
            "skin_condition_in_area": "yes", "varicose_veins": "yes"},
            "pain": {"intensity": 8}, "nerve_symptoms": {"shooting_leg_pain": true},
            "client": {"date_of_birth": "1940-01-01"}})");
    CHECK(cautionCodes(all) == Words{"anticoagulants", "pregnancy", "osteoporosis",
                                     "long_term_steroids", "recent_surgery", "dvt_history",
                                     "severe_pain", "older_adult", "nerve_symptoms",
                                     "varicose_veins", "skin_condition"});
    // Listed with a referral too (the minor caution with the child rule).
    const json child = recommendWith(R"({"client": {"date_of_birth": "2015-05-05"}})");
    CHECK(child.at("approach") == "refer_out");
    CHECK(cautionCodes(child) == Words{"minor"});
    CHECK(firedRules(child) == Words{"red-flag-child", "caution-minor"});
}

TEST_CASE("step 4: the switch to Swedish", "[rules][switch]")
{
    struct Row
    {
        const char* patch;
        const char* approach;
        bool switched;
        const char* because; // a word the reason must contain
    };
    const auto row = GENERATE(values<Row>({
        // Trigger point needs medium.
        {R"({"muscle_findings": {"tight_glutes": true}, "precautions": {"anticoagulants": "yes"}})",
         "swedish", true, "anticoagulants"},
        {R"({"muscle_findings": {"tight_glutes": true}, "pressure_preference": "light"})",
         "swedish", true, "prefers light"},
        {R"({"muscle_findings": {"tight_glutes": true}, "client": {"date_of_birth": "1940-01-01"}})",
         "trigger_point", false, ""},
        {R"({"muscle_findings": {"tight_glutes": true}, "nerve_symptoms": {"shooting_leg_pain": true}})",
         "trigger_point", false, ""},
        // Deep tissue needs medium.
        {R"({"pain": {"duration_weeks": 20}, "precautions": {"osteoporosis": "yes"}})", "swedish",
         true, "osteoporosis"},
        {R"({"pain": {"duration_weeks": 20, "intensity": 8}})", "swedish", true, "severe_pain"},
        {R"({"pain": {"duration_weeks": 20}, "client": {"date_of_birth": "1940-01-01"}})",
         "deep_tissue", false, ""},
        // Sacroiliac and Swedish need only light.
        {R"({"pain": {"duration_weeks": 1}, "precautions": {"pregnancy": "yes"}})", "sacroiliac",
         false, ""},
        {R"({"pain": {"duration_weeks": 1}, "pressure_preference": "light"})", "sacroiliac", false,
         ""},
        {R"({"precautions": {"pregnancy": "yes"}})", "swedish", false, ""},
        // Sacroiliac marked not to be worked.
        {R"({"pain": {"duration_weeks": 1}, "avoid_areas": ["sacroiliac"]})", "swedish", true,
         "sacroiliac"},
        {R"({"pain": {"duration_weeks": 1}, "avoid_areas": ["lower_back"]})", "sacroiliac", false,
         ""},
        {R"({"muscle_findings": {"tight_glutes": true}, "avoid_areas": ["sacroiliac"]})",
         "trigger_point", false, ""},
    }));
    CAPTURE(row.patch);
    const json result = recommendWith(row.patch);
    CHECK(result.at("approach") == row.approach);
    const Words rules = firedRules(result);
    CHECK(contains(rules, "switch-to-swedish") == row.switched);
    if (row.switched) {
        const auto at = std::find(rules.begin(), rules.end(), "switch-to-swedish") - rules.begin();
        CHECK(result.at("rationale")[std::size_t(at)].at("reason").get<std::string>().find(
                  row.because) != std::string::npos);
    }
}

TEST_CASE("step 5: the pressure and pressure-below-preference", "[rules][pressure]")
{
    struct Row
    {
        const char* patch;
        const char* pressure;
        bool below;
        const char* because;
    };
    const auto row = GENERATE(values<Row>({
        // Swedish: at most medium.
        {R"({"pressure_preference": "firm"})", "medium", true, "swedish uses medium"},
        {R"({"pressure_preference": "medium"})", "medium", false, ""},
        {R"({"pressure_preference": "light"})", "light", false, ""},
        {R"({"pressure_preference": null})", "medium", false, ""},
        // Sacroiliac: at most light, below the default medium too.
        {R"({"pain": {"duration_weeks": 1}})", "light", true, "sacroiliac uses light"},
        {R"({"pain": {"duration_weeks": 1}, "pressure_preference": null})", "light", true,
         "(the default)"},
        // Trigger point and deep tissue: firm.
        {R"({"muscle_findings": {"tight_glutes": true}, "pressure_preference": "firm"})", "firm",
         false, ""},
        {R"({"pain": {"duration_weeks": 30}, "pressure_preference": "firm"})", "firm", false, ""},
        // A medium ceiling under a firm preference.
        {R"({"muscle_findings": {"tight_glutes": true}, "pressure_preference": "firm", "client": {"date_of_birth": "1940-01-01"}})",
         "medium", true, "older_adult"},
        // A light ceiling: the caution that set it is named, the first in table order.
        {R"({"precautions": {"dvt_history": "yes", "anticoagulants": "yes"}, "client": {"date_of_birth": "1940-01-01"}})",
         "light", true, "caution anticoagulants"},
        {R"({"precautions": {"pregnancy": "yes"}, "pressure_preference": null})", "light", true,
         "caution pregnancy"},
    }));
    CAPTURE(row.patch);
    const json result = recommendWith(row.patch);
    CHECK(result.at("pressure") == row.pressure);
    const Words rules = firedRules(result);
    CHECK(contains(rules, "pressure-below-preference") == row.below);
    if (row.below) {
        const auto at =
            std::find(rules.begin(), rules.end(), "pressure-below-preference") - rules.begin();
        CHECK(result.at("rationale")[std::size_t(at)].at("reason").get<std::string>().find(
                  row.because) != std::string::npos);
    }
}

TEST_CASE("step 6: each focus rule adds its areas, with a line only for something new",
          "[rules][focus]")
{
    struct Row
    {
        const char* patch;
        Words focus;
        Words lines;
    };
    const auto row = GENERATE(values<Row>({
        {R"({})", {"quadratus_lumborum", "gluteus_medius"}, {"focus-low-back"}},
        {R"({"pain": {"locations": ["sacroiliac"], "duration_weeks": 8}})",
         {"quadratus_lumborum", "gluteus_medius", "sacroiliac_joint"},
         {"focus-low-back", "focus-sacroiliac"}},
        {R"({"pain": {"locations": ["mid_back"]}})",
         {"quadratus_lumborum", "erector_spinae", "gluteus_medius"},
         {"focus-low-back", "focus-upper-back"}},
        {R"({"pain": {"locations": ["upper_back"]}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         {"erector_spinae"},
         {"focus-upper-back"}},
        // The approach (after the switch) brings the sacroiliac joint.
        {R"({"pain": {"duration_weeks": 1}})",
         {"quadratus_lumborum", "gluteus_medius", "sacroiliac_joint"},
         {"focus-low-back", "focus-sacroiliac"}},
        {R"({"pain": {"duration_weeks": 1}, "avoid_areas": ["sacroiliac"]})",
         {"quadratus_lumborum", "gluteus_medius"},
         {"focus-low-back"}},
        {R"({"pain": {"locations": ["buttock"]}})",
         {"gluteus_maximus", "gluteus_medius", "piriformis"},
         {"focus-glutes"}},
        {R"({"pain": {"locations": ["hip"]}})",
         {"gluteus_maximus", "gluteus_medius", "piriformis"},
         {"focus-glutes"}},
        {R"({"pain": {"locations": ["lower_leg"], "radiates_to": ["hip"]}})",
         {"gluteus_maximus", "gluteus_medius", "piriformis"},
         {"focus-glutes"}},
        {R"({"pain": {"locations": ["lower_leg"]}, "muscle_findings": {"tight_glutes": true}})",
         {"gluteus_maximus", "gluteus_medius", "piriformis"},
         {"focus-glutes"}},
        {R"({"pain": {"locations": ["lower_leg"]}, "nerve_symptoms": {"leg_numbness_or_tingling": true}})",
         {"gluteus_maximus", "gluteus_medius", "piriformis"},
         {"focus-glutes"}},
        {R"({"pain": {"locations": ["lower_leg"]}, "nerve_symptoms": {"shooting_leg_pain": true}})",
         {"gluteus_maximus", "gluteus_medius", "piriformis"},
         {"focus-glutes"}},
        {R"({"pain": {"locations": ["thigh"]}})", {"hamstrings"}, {"focus-hamstrings"}},
        {R"({"pain": {"locations": ["lower_leg"], "radiates_to": ["leg"]}})",
         {"hamstrings"},
         {"focus-hamstrings"}},
        {R"({"pain": {"locations": ["lower_leg"]}, "muscle_findings": {"tight_hamstrings": true}})",
         {"hamstrings"},
         {"focus-hamstrings"}},
        {R"({"pain": {"locations": ["neck"]}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         {"gluteus_medius", "upper_trapezius", "levator_scapulae"},
         {"focus-neck"}},
        {R"({"pain": {"locations": ["lower_leg"], "radiates_to": ["arm"]}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         {"gluteus_medius", "upper_trapezius", "levator_scapulae"},
         {"focus-neck"}},
        {R"({"pain": {"locations": ["lower_leg"]}, "muscle_findings": {"stands_on_one_leg": true}})",
         {"gluteus_medius"},
         {"focus-one-leg"}},
        // Nothing new: no line.
        {R"({"muscle_findings": {"stands_on_one_leg": true}})",
         {"quadratus_lumborum", "gluteus_medius"},
         {"focus-low-back"}},
        // lower_leg adds nothing of its own: a general massage.
        {R"({"pain": {"locations": ["lower_leg"]}})", {}, {}},
    }));
    CAPTURE(row.patch);
    const json result = recommendWith(row.patch);
    CHECK(words(result.at("focus_areas")) == row.focus);
    Words lines;
    for (const auto& rule : firedRules(result)) {
        if (rule.rfind("focus-", 0) == 0) {
            lines.push_back(rule);
        }
    }
    CHECK(lines == row.lines);
}

TEST_CASE("step 6: removals, by caution and by avoid_areas", "[rules][focus]")
{
    SECTION("no deep leg work: hamstrings go with dvt_history, pregnancy or varicose veins")
    {
        const auto precaution =
            GENERATE(values<std::string>({"dvt_history", "pregnancy", "varicose_veins"}));
        json intake = intakeWith(json::parse(R"({"muscle_findings": {"tight_hamstrings": true}})"));
        intake["precautions"][precaution] = "yes";
        const json result = recommend(intake);
        CHECK_FALSE(contains(words(result.at("focus_areas")), "hamstrings"));
        CHECK(contains(firedRules(result), "no-deep-leg-work"));
        // Nothing to remove: no line.
        json noHamstrings = baseIntake();
        noHamstrings["precautions"][precaution] = "yes";
        CHECK_FALSE(contains(firedRules(recommend(noHamstrings)), "no-deep-leg-work"));
    }
    SECTION("each focus area goes when a location it lies in is to be avoided")
    {
        struct Row
        {
            const char* location;
            Words removed;
        };
        const auto row = GENERATE(values<Row>({
            {"lower_back", {"quadratus_lumborum", "erector_spinae"}},
            {"mid_back", {"erector_spinae"}},
            {"upper_back", {"erector_spinae"}},
            {"buttock", {"gluteus_maximus", "gluteus_medius", "piriformis"}},
            {"hip", {"gluteus_medius"}},
            {"thigh", {"hamstrings"}},
            {"sacroiliac", {"sacroiliac_joint"}},
            {"neck", {"upper_trapezius", "levator_scapulae"}},
            {"shoulders", {"upper_trapezius"}},
            {"lower_leg", {}},
        }));
        CAPTURE(row.location);
        // Every focus rule fires.
        json intake = intakeWith(json::parse(
            R"({"pain": {"locations": ["lower_back", "sacroiliac", "mid_back", "neck", "buttock", "thigh"]},
                "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})"));
        const Words everything = {"quadratus_lumborum", "erector_spinae",  "gluteus_maximus",
                                  "gluteus_medius",     "piriformis",      "hamstrings",
                                  "sacroiliac_joint",   "upper_trapezius", "levator_scapulae"};
        CHECK(words(recommend(intake).at("focus_areas")) == everything);
        intake["avoid_areas"] = {row.location};
        const json result = recommend(intake);
        Words kept;
        for (const auto& area : everything) {
            if (!contains(row.removed, area)) {
                kept.push_back(area);
            }
        }
        CHECK(words(result.at("focus_areas")) == kept);
        const Words rules = firedRules(result);
        CHECK(contains(rules, "avoid-marked-areas") == !row.removed.empty());
        if (!row.removed.empty()) {
            const auto at =
                std::find(rules.begin(), rules.end(), "avoid-marked-areas") - rules.begin();
            const std::string reason =
                result.at("rationale")[std::size_t(at)].at("reason").get<std::string>();
            CHECK(reason.find(row.removed.front()) != std::string::npos);
            CHECK(reason.find(row.location) != std::string::npos);
        }
    }
    SECTION("removal lines come after the additions, in table order")
    {
        const json result = recommendWith(
            R"({"pain": {"locations": ["lower_back", "thigh"]}, "precautions": {"dvt_history": "yes"},
                "avoid_areas": ["lower_back"]})");
        CHECK(words(result.at("focus_areas")) == Words{"gluteus_medius"});
        CHECK(firedRules(result) == Words{"referred-pain-pattern", "caution-dvt-history",
                                          "switch-to-swedish", "pressure-below-preference",
                                          "focus-low-back", "focus-hamstrings", "no-deep-leg-work",
                                          "avoid-marked-areas", "home-care-stay-active",
                                          "home-care-heat", "home-care-tennis-ball"});
    }
}

TEST_CASE("step 7: home care", "[rules][home-care]")
{
    struct Row
    {
        const char* patch;
        Words homeCare;
    };
    const auto row = GENERATE(values<Row>({
        // Base: subacute, QL and gluteus medius.
        {R"({})", {"stay_active", "heat", "tennis_ball", "foam_roller"}},
        // Heat: acute or subacute only; not with a skin condition or numbness.
        {R"({"pain": {"duration_weeks": 12}})", {"stay_active", "tennis_ball", "foam_roller"}},
        {R"({"pain": {"duration_weeks": 2}})",
         {"stay_active", "heat", "tennis_ball", "foam_roller"}},
        {R"({"precautions": {"skin_condition_in_area": "yes"}})",
         {"stay_active", "tennis_ball", "foam_roller"}},
        {R"({"nerve_symptoms": {"leg_numbness_or_tingling": true}})",
         {"stay_active", "foam_roller"}},
        {R"({"nerve_symptoms": {"arm_numbness_or_tingling": true}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         {"stay_active", "foam_roller"}},
        {R"({"nerve_symptoms": {"shooting_leg_pain": true}})",
         {"stay_active", "heat", "foam_roller"}},
        // Tennis ball: a glute focus, no anticoagulants or nerve symptoms.
        {R"({"pain": {"locations": ["thigh"]}})", {"stay_active", "heat", "foam_roller"}},
        {R"({"precautions": {"anticoagulants": "yes"}})", {"stay_active", "heat"}},
        // Foam roller: hamstrings, QL or erector spinae, none of the blocking cautions.
        {R"({"pain": {"locations": ["buttock"]}})", {"stay_active", "heat", "tennis_ball"}},
        {R"({"pain": {"locations": ["upper_back"]}, "screening": {"severe_headache": "no", "dizziness_or_neuro_signs": "no"}})",
         {"stay_active", "heat", "foam_roller"}},
        {R"({"precautions": {"pregnancy": "yes"}})", {"stay_active", "heat", "tennis_ball"}},
        {R"({"precautions": {"osteoporosis": "yes"}})", {"stay_active", "heat", "tennis_ball"}},
        {R"({"precautions": {"long_term_steroids": "yes"}})",
         {"stay_active", "heat", "tennis_ball"}},
        {R"({"precautions": {"dvt_history": "yes"}})", {"stay_active", "heat", "tennis_ball"}},
        {R"({"precautions": {"varicose_veins": "yes"}})", {"stay_active", "heat", "tennis_ball"}},
        {R"({"client": {"date_of_birth": "1950-01-01"}})", {"stay_active", "heat", "tennis_ball"}},
        {R"({"screening": {"immunosuppressed": "yes"}, "medical_clearance": {"date": "2026-11-20", "for": ["immunosuppressed"]}})",
         {"stay_active", "heat", "tennis_ball"}},
        {R"({"precautions": {"recent_surgery": "yes"}})",
         {"stay_active", "heat", "tennis_ball", "foam_roller"}},
        // They look at the final focus list: the areas avoided are gone.
        {R"({"avoid_areas": ["lower_back", "buttock", "hip"]})", {"stay_active", "heat"}},
        // A general massage still gets stay_active.
        {R"({"pain": {"locations": ["lower_leg"]}})", {"stay_active", "heat"}},
    }));
    CAPTURE(row.patch);
    const json result = recommendWith(row.patch);
    CHECK(words(result.at("home_care")) == row.homeCare);
    Words lines;
    for (const auto& rule : firedRules(result)) {
        if (rule.rfind("home-care-", 0) == 0) {
            lines.push_back(rule.substr(10));
        }
    }
    Words expectedLines;
    for (auto item : row.homeCare) {
        std::replace(item.begin(), item.end(), '_', '-');
        expectedLines.push_back(item);
    }
    CHECK(lines == expectedLines);
}

TEST_CASE("the default file cites evidence for every rule", "[rules][evidence]")
{
    const auto rules = RuleSetLoader::builtIn();
    CHECK(rules->sources.size() >= 10);
    for (const auto& rule : rules->rules) {
        INFO(rule.id);
        CHECK_FALSE(rule.evidence.empty());
        for (const auto& variant : rule.reasons) {
            // Claims no more than the evidence: none of version 1's overclaims.
            const std::string& english = variant.text(UiLanguage::English).text;
            CHECK(english.find("break down") == std::string::npos);
            CHECK(english.find("usually starts") == std::string::npos);
        }
    }
    // Practice-based approaches say so.
    for (const char* id : {"referred-pain-pattern", "neck-and-shoulder-tension",
                           "chronic-tight-muscles", "acute-local-low-back"}) {
        INFO(id);
        const Rule* rule = rules->findRule(id);
        REQUIRE(rule != nullptr);
        CHECK(rule->reasons.front().text(UiLanguage::English).text.find("practi") !=
              std::string::npos);
        CHECK(rule->reasons.front().text(UiLanguage::French).text.find("pratique") !=
              std::string::npos);
        CHECK(std::find(
                  rule->evidence.begin(), rule->evidence.end(),
                  std::find_if(rules->sources.begin(), rules->sources.end(),
                               [](const EvidenceSource& s) { return s.id == "clinic-practice"; }) -
                      rules->sources.begin()) != rule->evidence.end());
    }
}
