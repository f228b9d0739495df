// Each table row of spec/recommendation-rules.md, run through the built-in
// rules file, checked on the JSON a user sees.
#include "Harness.h"
#include "SampleIntake.h"
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

// The sample intake (subacute lower back pain, medium preference) with changes.
json intakeWith(const json& patch)
{
    json intake = sampleIntake();
    intake.merge_patch(patch);
    return intake;
}

json recommendWith(const json& patch)
{
    return recommend(intakeWith(patch));
}

} // namespace

TEST_CASE("step 1: each red flag refers out with its urgency", "[rules][referral]")
{
    struct Row
    {
        const char* patch;
        const char* urgency;
        const char* rule;
    };
    const auto row = GENERATE(values<Row>({
        {R"({"red_flags": {"saddle_numbness": true}})", "emergency", "red-flag-saddle-numbness"},
        {R"({"red_flags": {"bladder_or_bowel_change": true}})", "emergency",
         "red-flag-bladder-or-bowel-change"},
        {R"({"red_flags": {"progressive_leg_weakness": true}})", "urgent",
         "red-flag-progressive-leg-weakness"},
        {R"({"red_flags": {"fever_or_unwell": true}})", "urgent", "red-flag-fever-or-unwell"},
        {R"({"red_flags": {"cancer_history": true}})", "urgent", "red-flag-cancer-history"},
        {R"({"red_flags": {"unexplained_weight_loss": true}})", "urgent",
         "red-flag-unexplained-weight-loss"},
        {R"({"red_flags": {"recent_major_trauma": true}})", "urgent",
         "red-flag-recent-major-trauma"},
        {R"({"red_flags": {"constant_night_pain": true}})", "urgent",
         "red-flag-constant-night-pain"},
        {R"({"pain": {"changes_with_movement": false}})", "routine", "pain-not-mechanical"},
    }));
    CAPTURE(row.patch);
    // Tight glutes would otherwise choose trigger point: the referral must win.
    json patch = json::parse(row.patch);
    patch["muscle_findings"] = {{"tight_glutes", true}};
    const json result = recommendWith(patch);
    CHECK(result.at("approach") == "refer_out");
    CHECK(result.at("urgency") == row.urgency);
    CHECK(result.at("pressure").is_null());
    CHECK(result.at("focus_areas").empty());
    CHECK(result.at("home_care").empty());
    CHECK(firedRules(result) == Words{row.rule});
}

TEST_CASE("step 1: the highest urgency wins, with a line for each flag", "[rules][referral]")
{
    const json result = recommendWith(json::parse(R"({
        "pain": {"changes_with_movement": false},
        "red_flags": {"fever_or_unwell": true, "saddle_numbness": true}})"));
    CHECK(result.at("urgency") == "emergency");
    CHECK(firedRules(result) ==
          Words{"red-flag-saddle-numbness", "red-flag-fever-or-unwell", "pain-not-mechanical"});

    const json urgent = recommendWith(json::parse(R"({
        "pain": {"changes_with_movement": false}, "red_flags": {"cancer_history": true}})"));
    CHECK(urgent.at("urgency") == "urgent");
}

TEST_CASE("step 1: without a flag there is no urgency", "[rules][referral]")
{
    const json result = recommendWith(json::object());
    CHECK(result.at("approach") != "refer_out");
    CHECK(result.at("urgency").is_null());
}

TEST_CASE("step 1: cautions are still listed with a referral", "[rules][referral]")
{
    const json result = recommendWith(json::parse(R"({
        "red_flags": {"recent_major_trauma": true},
        "precautions": {"anticoagulants": true, "skin_condition_in_area": true},
        "pain": {"intensity": 9}})"));
    CHECK(result.at("approach") == "refer_out");
    CHECK(cautionCodes(result) == Words{"anticoagulants", "severe_pain", "skin_condition"});
    CHECK(result.at("pressure").is_null());
    CHECK(firedRules(result) == Words{"red-flag-recent-major-trauma", "caution-anticoagulants",
                                      "caution-severe-pain", "caution-skin-condition"});
}

TEST_CASE("step 2.1: referred pain chooses trigger point", "[rules][approach]")
{
    const char* patch = GENERATE(
        R"({"sciatica": {"shooting_leg_pain": true}})",
        R"({"sciatica": {"numbness_or_tingling": true}})", R"({"pain": {"radiates_to": ["hip"]}})",
        R"({"pain": {"radiates_to": ["leg"]}})", R"({"pain": {"locations": ["hip"]}})",
        R"({"pain": {"locations": ["buttock"]}})", R"({"pain": {"locations": ["thigh"]}})",
        R"({"muscle_findings": {"tight_hamstrings": true}})",
        R"({"muscle_findings": {"tight_glutes": true}})",
        // ahead of Swedish for the neck:
        R"({"pain": {"locations": ["neck", "hip"]}})");
    CAPTURE(patch);
    const json result = recommendWith(json::parse(patch));
    CHECK(result.at("approach") == "trigger_point");
    CHECK(firedRules(result) == Words{"referred-pain-pattern"});
}

TEST_CASE("step 2.2: neck and shoulder tension chooses Swedish", "[rules][approach]")
{
    const char* patch = GENERATE(R"({"pain": {"radiates_to": ["neck_shoulders"]}})",
                                 R"({"muscle_findings": {"neck_shoulder_stress": true}})",
                                 R"({"pain": {"locations": ["neck"]}})",
                                 R"({"pain": {"locations": ["shoulders"]}})");
    CAPTURE(patch);
    // Chronic with firm preference would otherwise be deep tissue.
    json patchJson = json::parse(patch);
    patchJson.merge_patch({{"pain", {{"duration_weeks", 30}}}, {"pressure_preference", "firm"}});
    const json result = recommendWith(patchJson);
    CHECK(result.at("approach") == "swedish");
    CHECK(firedRules(result) == Words{"neck-and-shoulder-tension"});
}

TEST_CASE("step 2.3: chronic pain with medium or firm preference chooses deep tissue",
          "[rules][approach]")
{
    CHECK(recommendWith({{"pain", {{"duration_weeks", 12}}}}).at("approach") == "deep_tissue");
    CHECK(recommendWith({{"pain", {{"duration_weeks", 12}}}, {"pressure_preference", "medium"}})
              .at("approach") == "deep_tissue");
    CHECK(recommendWith({{"pain", {{"duration_weeks", 40}}}, {"pressure_preference", "firm"}})
              .at("approach") == "deep_tissue");
    // Light preference, or not chronic: no deep tissue.
    CHECK(recommendWith({{"pain", {{"duration_weeks", 40}}}, {"pressure_preference", "light"}})
              .at("approach") == "swedish");
    CHECK(recommendWith({{"pain", {{"duration_weeks", 11.9}}}}).at("approach") == "swedish");
    CHECK(firedRules(recommendWith({{"pain", {{"duration_weeks", 12}}}})) ==
          Words{"chronic-tight-muscles"});
}

TEST_CASE("step 2.4: acute pain only in the low back chooses sacroiliac work", "[rules][approach]")
{
    const char* locations =
        GENERATE(R"(["lower_back"])", R"(["sacroiliac"])", R"(["sacroiliac", "lower_back"])");
    CAPTURE(locations);
    const json result =
        recommendWith({{"pain", {{"duration_weeks", 5.9}, {"locations", json::parse(locations)}}}});
    CHECK(result.at("approach") == "sacroiliac");
    CHECK(firedRules(result) == Words{"acute-local-low-back"});
}

TEST_CASE("step 2.5: otherwise Swedish", "[rules][approach]")
{
    const char* patch =
        GENERATE(R"({"pain": {"duration_weeks": 8}})", // subacute
                 R"({"pain": {"duration_weeks": 6}})", // 6 weeks is subacute
                 R"({"pain": {"duration_weeks": 2, "locations": ["lower_back", "mid_back"]}})",
                 R"({"pain": {"duration_weeks": 2, "locations": ["lower_leg"]}})");
    CAPTURE(patch);
    const json result = recommendWith(json::parse(patch));
    CHECK(result.at("approach") == "swedish");
    CHECK(firedRules(result) == Words{"general-back-massage"});
}

TEST_CASE("step 3: each caution, in table order, and whether it limits pressure",
          "[rules][cautions]")
{
    struct Row
    {
        const char* patch;
        const char* code;
        bool limitsPressure;
        const char* rule;
    };
    const auto row = GENERATE(values<Row>({
        {R"({"precautions": {"anticoagulants": true}})", "anticoagulants", true,
         "caution-anticoagulants"},
        {R"({"precautions": {"pregnancy": true}})", "pregnancy", true, "caution-pregnancy"},
        {R"({"precautions": {"osteoporosis": true}})", "osteoporosis", true,
         "caution-osteoporosis"},
        {R"({"precautions": {"recent_surgery": true}})", "recent_surgery", true,
         "caution-recent-surgery"},
        {R"({"precautions": {"dvt_history": true}})", "dvt_history", true, "caution-dvt-history"},
        {R"({"pain": {"intensity": 8}})", "severe_pain", true, "caution-severe-pain"},
        {R"({"pain": {"intensity": 10}})", "severe_pain", true, "caution-severe-pain"},
        {R"({"precautions": {"skin_condition_in_area": true}})", "skin_condition", false,
         "caution-skin-condition"},
        {R"({"client": {"date_of_birth": "2008-11-22"}})", "minor", false, "caution-minor"},
        {R"({"client": {"date_of_birth": "2020-01-01"}})", "minor", false, "caution-minor"},
    }));
    CAPTURE(row.patch);
    // Trigger point, firm preference: pressure would be firm without a limit.
    json patch = json::parse(row.patch);
    patch.merge_patch(
        {{"muscle_findings", {{"tight_glutes", true}}}, {"pressure_preference", "firm"}});
    const json result = recommendWith(patch);
    CHECK(result.at("approach") == "trigger_point");
    CHECK(cautionCodes(result) == Words{row.code});
    CHECK(result.at("pressure") == (row.limitsPressure ? "light" : "firm"));
    CHECK(firedRules(result) == Words{"referred-pain-pattern", row.rule});
}

TEST_CASE("step 3: boundaries of severe pain and of the 18th birthday", "[rules][cautions]")
{
    CHECK(cautionCodes(recommendWith({{"pain", {{"intensity", 7}}}})).empty());
    CHECK(cautionCodes(recommendWith({{"pain", {{"intensity", 8}}}})) == Words{"severe_pain"});
    // Seen on 2026-11-21: born 2008-11-21 turns 18 that day.
    CHECK(cautionCodes(recommendWith({{"client", {{"date_of_birth", "2008-11-22"}}}})) ==
          Words{"minor"});
    CHECK(cautionCodes(recommendWith({{"client", {{"date_of_birth", "2008-11-21"}}}})).empty());
}

TEST_CASE("step 3: all cautions together come in the table's order", "[rules][cautions]")
{
    const json result = recommendWith(json::parse(R"({
        "client": {"date_of_birth": "2015-01-01"},
        "pain": {"intensity": 9},
        "precautions": {"skin_condition_in_area": true, "dvt_history": true,
                        "recent_surgery": true, "osteoporosis": true, "pregnancy": true,
                        "anticoagulants": true}})"));
    CHECK(cautionCodes(result) == Words{"anticoagulants", "pregnancy", "osteoporosis",
                                        "recent_surgery", "dvt_history", "severe_pain",
                                        "skin_condition", "minor"});
    for (const auto& caution : result.at("cautions")) {
        CHECK_FALSE(caution.at("text").get<std::string>().empty());
    }
}

TEST_CASE("step 3: a pressure-limiting caution turns deep tissue into Swedish", "[rules][cautions]")
{
    const char* patch = GENERATE(
        R"({"precautions": {"anticoagulants": true}})", R"({"precautions": {"pregnancy": true}})",
        R"({"precautions": {"osteoporosis": true}})",
        R"({"precautions": {"recent_surgery": true}})", R"({"precautions": {"dvt_history": true}})",
        R"({"pain": {"intensity": 8}})");
    CAPTURE(patch);
    json patchJson = json::parse(patch);
    patchJson.merge_patch({{"pain", {{"duration_weeks", 20}}}, {"pressure_preference", "firm"}});
    const json result = recommendWith(patchJson);
    CHECK(result.at("approach") == "swedish");
    CHECK(result.at("pressure") == "light");
    const Words fired = firedRules(result);
    CHECK(fired.front() == "chronic-tight-muscles");
    CHECK(fired.back() == "deep-tissue-needs-full-pressure");
    CHECK(fired.size() == 3);
}

TEST_CASE("step 3: cautions that do not limit pressure keep deep tissue", "[rules][cautions]")
{
    const json result = recommendWith(json::parse(R"({
        "client": {"date_of_birth": "2010-01-01"},
        "pain": {"duration_weeks": 20}, "pressure_preference": "firm",
        "precautions": {"skin_condition_in_area": true}})"));
    CHECK(result.at("approach") == "deep_tissue");
    CHECK(result.at("pressure") == "firm");
    CHECK(cautionCodes(result) == Words{"skin_condition", "minor"});
}

TEST_CASE("step 4: pressure is the lowest of ceiling, preference and caution", "[rules][pressure]")
{
    struct Row
    {
        const char* patch;
        const char* approach;
        const char* pressure;
    };
    const auto row = GENERATE(values<Row>({
        // trigger point: ceiling firm
        {R"({"muscle_findings": {"tight_glutes": true}, "pressure_preference": "firm"})",
         "trigger_point", "firm"},
        {R"({"muscle_findings": {"tight_glutes": true}})", "trigger_point", "medium"},
        {R"({"muscle_findings": {"tight_glutes": true}, "pressure_preference": "light"})",
         "trigger_point", "light"},
        // deep tissue: ceiling firm
        {R"({"pain": {"duration_weeks": 20}, "pressure_preference": "firm"})", "deep_tissue",
         "firm"},
        {R"({"pain": {"duration_weeks": 20}})", "deep_tissue", "medium"},
        // Swedish: ceiling medium
        {R"({"pain": {"locations": ["neck"]}, "pressure_preference": "firm"})", "swedish",
         "medium"},
        {R"({"pain": {"locations": ["neck"]}})", "swedish", "medium"},
        {R"({"pain": {"locations": ["neck"]}, "pressure_preference": "light"})", "swedish",
         "light"},
        // sacroiliac: ceiling light
        {R"({"pain": {"duration_weeks": 1}, "pressure_preference": "firm"})", "sacroiliac",
         "light"},
        // a limiting caution
        {R"({"pain": {"locations": ["neck"]}, "precautions": {"osteoporosis": true}})", "swedish",
         "light"},
    }));
    CAPTURE(row.patch);
    const json result = recommendWith(json::parse(row.patch));
    CHECK(result.at("approach") == row.approach);
    CHECK(result.at("pressure") == row.pressure);
}

TEST_CASE("step 5: each row adds its focus areas, in canonical order", "[rules][focus]")
{
    struct Row
    {
        const char* patch;
        Words focus;
    };
    const auto row = GENERATE(values<Row>({
        {R"({"pain": {"locations": ["lower_back"]}})", {"quadratus_lumborum", "gluteus_medius"}},
        {R"({"pain": {"locations": ["sacroiliac"]}})",
         {"quadratus_lumborum", "gluteus_medius", "sacroiliac_joint"}},
        {R"({"pain": {"locations": ["mid_back"]}})",
         {"quadratus_lumborum", "erector_spinae", "gluteus_medius"}},
        {R"({"pain": {"locations": ["upper_back"]}})", {"erector_spinae"}},
        {R"({"pain": {"locations": ["lower_back"], "duration_weeks": 1}})",
         {"quadratus_lumborum", "gluteus_medius", "sacroiliac_joint"}}, // approach sacroiliac
        {R"({"pain": {"locations": ["upper_back"]}, "muscle_findings": {"tight_glutes": true}})",
         {"erector_spinae", "gluteus_maximus", "gluteus_medius", "piriformis"}},
        {R"({"pain": {"locations": ["hip"]}})",
         {"gluteus_maximus", "gluteus_medius", "piriformis"}},
        {R"({"pain": {"locations": ["buttock"]}})",
         {"gluteus_maximus", "gluteus_medius", "piriformis"}},
        {R"({"pain": {"locations": ["upper_back"], "radiates_to": ["hip"]}})",
         {"erector_spinae", "gluteus_maximus", "gluteus_medius", "piriformis"}},
        {R"({"pain": {"locations": ["upper_back"]}, "sciatica": {"shooting_leg_pain": true}})",
         {"erector_spinae", "gluteus_maximus", "gluteus_medius", "piriformis"}},
        {R"({"pain": {"locations": ["upper_back"]}, "sciatica": {"numbness_or_tingling": true}})",
         {"erector_spinae", "gluteus_maximus", "gluteus_medius", "piriformis"}},
        {R"({"pain": {"locations": ["upper_back"]}, "muscle_findings": {"tight_hamstrings": true}})",
         {"erector_spinae", "hamstrings"}},
        {R"({"pain": {"locations": ["upper_back"], "radiates_to": ["leg"]}})",
         {"erector_spinae", "hamstrings"}},
        {R"({"pain": {"locations": ["thigh"]}})", {"hamstrings"}},
        {R"({"pain": {"locations": ["upper_back"], "radiates_to": ["neck_shoulders"]}})",
         {"erector_spinae", "gluteus_medius", "upper_trapezius", "levator_scapulae"}},
        {R"({"pain": {"locations": ["neck"]}})",
         {"gluteus_medius", "upper_trapezius", "levator_scapulae"}},
        {R"({"pain": {"locations": ["shoulders"]}})",
         {"gluteus_medius", "upper_trapezius", "levator_scapulae"}},
        {R"({"pain": {"locations": ["upper_back"]}, "muscle_findings": {"neck_shoulder_stress": true}})",
         {"erector_spinae", "gluteus_medius", "upper_trapezius", "levator_scapulae"}},
        {R"({"pain": {"locations": ["upper_back"]}, "muscle_findings": {"stands_on_one_leg": true}})",
         {"erector_spinae", "gluteus_medius"}},
        {R"({"pain": {"locations": ["lower_leg"]}})", {}},
    }));
    CAPTURE(row.patch);
    CHECK(words(recommendWith(json::parse(row.patch)).at("focus_areas")) == row.focus);
}

TEST_CASE("step 5: a DVT history removes the hamstrings, even when they chose the approach",
          "[rules][focus]")
{
    const json result = recommendWith(json::parse(R"({
        "pain": {"locations": ["thigh", "lower_back"]},
        "muscle_findings": {"tight_hamstrings": true},
        "precautions": {"dvt_history": true}})"));
    CHECK(result.at("approach") == "trigger_point");
    CHECK(words(result.at("focus_areas")) == Words{"quadratus_lumborum", "gluteus_medius"});
    CHECK(cautionCodes(result) == Words{"dvt_history"});
}

TEST_CASE("step 6: home care follows the final focus areas", "[rules][home-care]")
{
    struct Row
    {
        const char* patch;
        Words homeCare;
    };
    const auto row = GENERATE(values<Row>({
        {R"({"pain": {"locations": ["lower_back"]}})", {"tennis_ball", "foam_roller"}},
        {R"({"pain": {"locations": ["upper_back"]}})", {"foam_roller"}},
        {R"({"pain": {"locations": ["thigh"]}})", {"foam_roller"}},
        {R"({"pain": {"locations": ["hip"]}})", {"tennis_ball"}},
        {R"({"pain": {"locations": ["neck"]}})", {"tennis_ball"}},
        {R"({"pain": {"locations": ["lower_leg"]}})", {}},
        // osteoporosis or pregnancy: no foam roller
        {R"({"pain": {"locations": ["upper_back"]}, "precautions": {"osteoporosis": true}})", {}},
        {R"({"pain": {"locations": ["lower_back"]}, "precautions": {"pregnancy": true}})",
         {"tennis_ball"}},
        // DVT removed the hamstrings, so nothing is left for the foam roller
        {R"({"pain": {"locations": ["thigh"]}, "precautions": {"dvt_history": true}})", {}},
    }));
    CAPTURE(row.patch);
    CHECK(words(recommendWith(json::parse(row.patch)).at("home_care")) == row.homeCare);
}

TEST_CASE("the output has the spec's fields, in the spec's order", "[rules][output]")
{
    const IntakeParseResult parsed = harness::parse(sampleIntake());
    REQUIRE(parsed.ok());
    const RuleEngine engine(RuleSetLoader::builtIn());
    const auto result =
        nlohmann::ordered_json::parse(engine.recommend(*parsed.record).toJson(engine.ruleSet()));
    Words keys;
    for (const auto& item : result.items()) {
        keys.push_back(item.key());
    }
    CHECK(keys == Words{"approach", "urgency", "pressure", "focus_areas", "cautions", "home_care",
                        "acuity", "age", "rationale", "rules_version"});
    CHECK(result.at("age") == 46);
    CHECK(result.at("acuity") == "subacute");
    CHECK(result.at("rules_version") == "default-2026.1");
}
