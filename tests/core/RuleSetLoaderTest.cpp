// The rules file (clinic-intake-rules/2): a clinic can change it without a
// rebuild, and a broken one is refused at load with the rule and the problem
// named.
#include "rules/RuleSetLoader.h"

#include "DefaultRulesJson.h"
#include "Harness.h"

#include <QFile>
#include <catch2/catch.hpp>

using nlohmann::ordered_json;
using Words = std::vector<std::string>;

namespace {

FieldErrors loadErrors(const ordered_json& rules)
{
    return RuleSetLoader::fromJson(rules.dump()).errors;
}

bool startsWith(const std::string& text, const std::string& prefix)
{
    INFO(text);
    return text.rfind(prefix, 0) == 0;
}

// A complete, unremarkable version 2 intake (a general Swedish massage).
nlohmann::json plainIntake()
{
    nlohmann::json intake = {
        {"format", "clinic-intake/2"},
        {"client", {{"name", "Test Client"}, {"date_of_birth", "1980-04-12"}}},
        {"visit_date", "2026-11-28"},
        {"pain", {{"locations", {"lower_back"}}, {"intensity", 4}, {"duration_weeks", 8}}}};
    for (const auto& field : vocabulary::kQuestionFields) {
        if (!vocabulary::isNeckQuestion(
                vocabulary::Question(&field - vocabulary::kQuestionFields.data()))) {
            intake[std::string(field.block)][std::string(field.field)] = "no";
        }
    }
    return intake;
}

} // namespace

TEST_CASE("the built-in rules are the file in resources/rules", "[rules-file]")
{
    const auto builtIn = RuleSetLoader::builtIn();
    REQUIRE(builtIn);
    CHECK(builtIn->version == "default-2026.2");
    QFile file(QStringLiteral(CLINIC_DEFAULT_RULES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(builtIn->sourceText == file.readAll().toStdString());
    CHECK(builtIn->sourceSha256.size() == 64);
    CHECK(builtIn->rules.size() == 23 + 2 + 5 + 13 + 1 + 1 + 9 + 4);
    CHECK(builtIn->clearanceValidDays == 90);
    CHECK(builtIn->questionsEverRequired() == (1u << vocabulary::kQuestionCount) - 1);
}

TEST_CASE("a clinic can change a threshold by editing the file", "[rules-file]")
{
    ordered_json rules = defaultRules();
    ruleById(rules, "caution_rules", "caution-severe-pain")["when"]["at_least"] = 7;
    rules["version"] = "clinic-2026.2";
    const auto edited = harness::rulesFrom(rules.dump());

    nlohmann::json intake = plainIntake();
    intake["pain"]["intensity"] = 7;
    CHECK(harness::cautionCodes(harness::recommend(intake)).empty());
    const auto result = harness::recommend(intake, edited);
    CHECK(harness::cautionCodes(result) == Words{"severe_pain"});
    CHECK(result.at("rules_version") == "clinic-2026.2");
}

TEST_CASE("a clinic can add a red flag by editing the file", "[rules-file]")
{
    ordered_json rules = defaultRules();
    rules["referral_rules"].push_back(ordered_json::parse(R"({
        "id": "worst-pain-ever", "when": {"fact": "pain.intensity", "equals": 10},
        "refer_out": "urgent", "reason": "Pain rated 10 needs a physician first."})"));
    const auto edited = harness::rulesFrom(rules.dump());

    nlohmann::json intake = plainIntake();
    intake["pain"]["intensity"] = 10;
    const auto result = harness::recommend(intake, edited);
    CHECK(result.at("approach") == "refer_out");
    CHECK(result.at("urgency") == "urgent");
    CHECK(harness::firedRules(result) == Words{"worst-pain-ever", "caution-severe-pain"});
    CHECK(harness::recommend(intake).at("approach") == "swedish");
}

TEST_CASE("a clinic can add a focus area by editing the file", "[rules-file]")
{
    ordered_json rules = defaultRules();
    // A new muscle, placed in the canonical order after the glutes, lying in the hip.
    auto& focusAreas = rules["focus_areas"];
    focusAreas.insert(focusAreas.begin() + 5,
                      ordered_json::parse(R"({"id": "psoas", "lies_in": ["hip"]})"));
    auto& focusRules = rules["focus_rules"];
    focusRules.insert(focusRules.begin() + 7, ordered_json::parse(R"({
        "id": "focus-psoas", "when": {"fact": "pain.locations", "contains_any": ["hip"]},
        "add_focus": ["psoas"], "reason": "Hip pain: the psoas."})"));
    const auto edited = harness::rulesFrom(rules.dump());

    nlohmann::json intake = plainIntake();
    intake["pain"]["locations"] = {"hip"};
    const auto result = harness::recommend(intake, edited);
    CHECK(harness::words(result.at("focus_areas")) ==
          Words{"gluteus_maximus", "gluteus_medius", "piriformis", "psoas"});
    CHECK(harness::firedRules(result) == Words{"referred-pain-pattern", "focus-glutes",
                                               "focus-psoas", "home-care-stay-active",
                                               "home-care-heat", "home-care-tennis-ball"});
    // Its location makes avoid_areas remove it too.
    intake["avoid_areas"] = {"hip"};
    CHECK(harness::words(harness::recommend(intake, edited).at("focus_areas")) ==
          Words{"gluteus_maximus", "piriformis"});
}

TEST_CASE("three-state answers, required questions and clearance validity are data", "[rules-file]")
{
    SECTION("a condition can ask for \"not asked\" and \"no\"")
    {
        ordered_json rules = defaultRules();
        rules["notice_rules"].push_back(ordered_json::parse(R"({
            "id": "ask-about-clots", "when": {"fact": "precautions.dvt_history", "equals": "not_asked"},
            "reason": "Ask about past blood clots."})"));
        rules["notice_rules"].push_back(ordered_json::parse(R"({
            "id": "steroids-answered", "when": {"fact": "precautions.long_term_steroids", "in": ["yes", "no"]},
            "reason": "Steroids answered."})"));
        const auto edited = harness::rulesFrom(rules.dump());
        nlohmann::json intake = plainIntake();
        intake["precautions"].erase("dvt_history");
        const auto fired = harness::firedRules(harness::recommend(intake, edited));
        CHECK(fired == Words{"screening-incomplete", "ask-about-clots", "steroids-answered"});
        intake["precautions"]["dvt_history"] = "no";
        CHECK(harness::firedRules(harness::recommend(intake, edited)).front() ==
              "steroids-answered");
    }
    SECTION("a clinic can require a question only in some cases")
    {
        ordered_json rules = defaultRules();
        // Pregnancy asked only from 12 to 55.
        auto& required = rules["required_questions"];
        auto& precautions = required[2]["questions"];
        precautions.erase(
            std::find(precautions.begin(), precautions.end(), "precautions.pregnancy"));
        required.push_back(ordered_json::parse(R"({"when": {"all": [{"fact": "age", "at_least": 12},
            {"fact": "age", "at_most": 55}]}, "questions": ["precautions.pregnancy"]})"));
        const auto edited = harness::rulesFrom(rules.dump());
        nlohmann::json intake = plainIntake();
        intake["precautions"].erase("pregnancy");
        CHECK(harness::recommend(intake, edited).at("screening").at("unanswered") ==
              nlohmann::json{"pregnancy"});
        intake["client"]["date_of_birth"] = "1960-01-01";
        CHECK(harness::recommend(intake, edited).at("screening").at("complete") == true);
    }
    SECTION("clearance_valid_days")
    {
        ordered_json rules = defaultRules();
        rules["clearance_valid_days"] = 30;
        const auto edited = harness::rulesFrom(rules.dump());
        nlohmann::json intake = plainIntake();
        intake["screening"]["cancer_history"] = "yes";
        intake["medical_clearance"] = {{"date", "2026-10-28"}, {"for", {"cancer_history"}}};
        CHECK(harness::recommend(intake, edited).at("approach") == "refer_out");
        CHECK(harness::recommend(intake).at("approach") == "swedish");
        intake["medical_clearance"]["date"] = "2026-10-29";
        CHECK(harness::recommend(intake, edited).at("approach") == "swedish");
    }
}

TEST_CASE("a broken rules file is refused, naming the rule and the problem", "[rules-file]")
{
    ordered_json rules = defaultRules();

    SECTION("a version 1 file is refused with the format named")
    {
        rules["format"] = "clinic-intake-rules/1";
        CHECK(startsWith(onlyError(rules), "format: this is a clinic-intake-rules/1 file; this "
                                           "version reads clinic-intake-rules/2 only"));
    }
    SECTION("the wrong format")
    {
        rules["format"] = "clinic-intake-rules/9";
        CHECK(startsWith(onlyError(rules), "format: must be \"clinic-intake-rules/2\""));
    }
    SECTION("unknown fact")
    {
        ruleById(rules, "referral_rules", "red-flag-fever")["when"]["fact"] = "red_flags.fever";
        CHECK(onlyError(rules) ==
              "referral_rules[12].when.fact: in rule \"red-flag-fever\": unknown fact "
              "\"red_flags.fever\" (docs/rules.md lists the facts a rule can use)");
    }
    SECTION("a bad answer word")
    {
        ruleById(rules, "referral_rules", "red-flag-fever")["when"]["equals"] = "maybe";
        CHECK(onlyError(rules) ==
              "referral_rules[12].when.equals: in rule \"red-flag-fever\": bad value \"maybe\" "
              "for screening.fever_or_unwell; expected one of not_asked, no, yes");
    }
    SECTION("unknown approach")
    {
        ruleById(rules, "approach_rules", "chronic-tight-muscles")["approach"] = "shiatsu";
        CHECK(startsWith(onlyError(rules),
                         "approach_rules[2].approach: in rule "
                         "\"chronic-tight-muscles\": unknown approach \"shiatsu\""));
    }
    SECTION("refer_out is not a massage approach")
    {
        ruleById(rules, "adjustment_rules", "switch-to-swedish")["approach"] = "refer_out";
        CHECK(startsWith(onlyError(rules), "adjustment_rules[0].approach"));
    }
    SECTION("bad value for a fact")
    {
        ruleById(rules, "approach_rules", "acute-local-low-back")["when"]["all"][0]["equals"] =
            "sudden";
        CHECK(onlyError(rules) ==
              "approach_rules[3].when.all[0].equals: in rule \"acute-local-low-back\": bad value "
              "\"sudden\" for acuity; expected one of acute, subacute, chronic");
    }
    SECTION("bad body area in a list")
    {
        ruleById(rules, "focus_rules", "focus-upper-back")["when"]["contains_any"][1] = "upperback";
        CHECK(startsWith(onlyError(rules), "focus_rules[1].when.contains_any[1]: in rule "
                                           "\"focus-upper-back\": bad value \"upperback\""));
    }
    SECTION("a number where a number is due")
    {
        ruleById(rules, "caution_rules", "caution-minor")["when"]["below"] = "18";
        CHECK(onlyError(rules) == "caution_rules[12].when.below: in rule \"caution-minor\": bad "
                                  "value \"18\"; must be a number");
    }
    SECTION("an operator that does not fit the fact")
    {
        ruleById(rules, "caution_rules", "caution-minor")["when"] =
            ordered_json::parse(R"({"fact": "age", "contains_any": ["minor"]})");
        CHECK(startsWith(onlyError(rules), "caution_rules[12].when.contains_any: in rule "
                                           "\"caution-minor\": unknown key"));
    }
    SECTION("duplicate id")
    {
        ruleById(rules, "focus_rules", "focus-upper-back")["id"] = "focus-low-back";
        CHECK(onlyError(rules) == "focus_rules[1].id: in rule \"focus-low-back\": duplicate id: "
                                  "another rule already has it");
    }
    SECTION("a focus area that the file does not define")
    {
        ruleById(rules, "focus_rules", "focus-upper-back")["add_focus"] = {"rhomboids"};
        CHECK(onlyError(rules) ==
              "focus_rules[1].add_focus[0]: in rule \"focus-upper-back\": unknown word "
              "\"rhomboids\"; add it to focus_areas first");
    }
    SECTION("a focus area in an unknown location")
    {
        rules["focus_areas"][0]["lies_in"] = {"lowerback"};
        CHECK(startsWith(onlyError(rules),
                         "focus_areas[0].lies_in[0]: unknown location \"lowerback\""));
    }
    SECTION("removal by locations names a location list")
    {
        ruleById(rules, "focus_rules", "avoid-marked-areas")["remove_focus_lying_in"] = "cautions";
        CHECK(startsWith(onlyError(rules), "focus_rules[8].remove_focus_lying_in: in rule "
                                           "\"avoid-marked-areas\": must be \"avoid_areas\""));
    }
    SECTION("a fact used before its stage decides it")
    {
        ruleById(rules, "referral_rules", "red-flag-cancer-history")["when"] =
            ordered_json::parse(R"({"fact": "approach", "equals": "swedish"})");
        CHECK(onlyError(rules) ==
              "referral_rules[14].when.fact: in rule \"red-flag-cancer-history\": fact "
              "\"approach\" is not decided yet in referral_rules; it can be used from "
              "caution_rules on");
    }
    SECTION("referred is known only after the referral rules")
    {
        ruleById(rules, "referral_rules", "red-flag-fever")["when"] =
            ordered_json::parse(R"({"fact": "referred"})");
        CHECK(startsWith(onlyError(rules), "referral_rules[12].when.fact: in rule "
                                           "\"red-flag-fever\": fact \"referred\" is not decided "
                                           "yet in referral_rules; it can be used from "
                                           "notice_rules on"));
    }
    SECTION("the pressure is known only from the pressure rules on")
    {
        ruleById(rules, "adjustment_rules", "switch-to-swedish")["when"] =
            ordered_json::parse(R"({"fact": "pressure", "equals": "light"})");
        CHECK(startsWith(onlyError(rules), "adjustment_rules[0].when.fact"));
    }
    SECTION("the approach rules need an unconditional fallback at the end")
    {
        rules["approach_rules"].erase(rules["approach_rules"].size() - 1);
        CHECK(startsWith(onlyError(rules),
                         "approach_rules[3].when: in rule \"acute-local-low-back\": the last "
                         "approach rule must have no \"when\""));
    }
    SECTION("a rule that always holds before others would hide them")
    {
        ruleById(rules, "approach_rules", "neck-and-shoulder-tension")["when"] = true;
        CHECK(startsWith(onlyError(rules),
                         "approach_rules[1]: in rule \"neck-and-shoulder-tension\": always holds"));
    }
    SECTION("a misspelt key in a rule")
    {
        ruleById(rules, "caution_rules", "caution-pregnancy")["reasn"] = "x";
        CHECK(startsWith(onlyError(rules),
                         "caution_rules[1].reasn: in rule \"caution-pregnancy\": unknown key"));
    }
    SECTION("a missing reason")
    {
        ruleById(rules, "referral_rules", "red-flag-child").erase("reason");
        CHECK(startsWith(onlyError(rules), "referral_rules[22].reason"));
    }
    SECTION("both reason and reasons")
    {
        ruleById(rules, "notice_rules", "screening-incomplete")["reason"] = "x";
        CHECK(startsWith(onlyError(rules), "notice_rules[1]: in rule \"screening-incomplete\": "
                                           "has both \"reason\" and \"reasons\""));
    }
    SECTION("the last reason variant has no condition, the others have one")
    {
        auto& reasons = ruleById(rules, "adjustment_rules", "switch-to-swedish")["reasons"];
        reasons[2]["when"] = {{"fact", "referred"}};
        CHECK(startsWith(onlyError(rules), "adjustment_rules[0].reasons[2].when: in rule "
                                           "\"switch-to-swedish\": the last reason must have no"));
        reasons[2].erase("when");
        reasons[1].erase("when");
        CHECK(startsWith(onlyError(rules), "adjustment_rules[0].reasons[1].when: in rule "
                                           "\"switch-to-swedish\": is required"));
    }
    SECTION("an unknown placeholder")
    {
        ruleById(rules, "notice_rules", "clearance-expired")["reason"] = "Dated {clearance_day}.";
        CHECK(startsWith(onlyError(rules), "notice_rules[0].reason: in rule \"clearance-expired\": "
                                           "unknown placeholder {clearance_day}; known: "));
    }
    SECTION("braces that are not a placeholder are text")
    {
        ruleById(rules, "notice_rules", "clearance-expired")["reason"] = "Odd { text } {}.";
        CHECK(loadErrors(rules).empty());
    }
    SECTION("a bad urgency")
    {
        ruleById(rules, "referral_rules", "red-flag-child")["refer_out"] = "soon";
        CHECK(onlyError(rules) ==
              "referral_rules[22].refer_out: in rule \"red-flag-child\": must be emergency, "
              "urgent or routine, got \"soon\"");
    }
    SECTION("an unknown clearance code")
    {
        ruleById(rules, "referral_rules", "red-flag-child")["clearance"] = "minor";
        CHECK(startsWith(onlyError(rules), "referral_rules[22].clearance: in rule "
                                           "\"red-flag-child\": unknown clearance code \"minor\""));
    }
    SECTION("a clearance code needs the text shown when cleared")
    {
        ruleById(rules, "referral_rules", "red-flag-child").erase("reason_cleared");
        CHECK(startsWith(onlyError(rules), "referral_rules[22].reason_cleared: in rule "
                                           "\"red-flag-child\": is required with \"clearance\""));
    }
    SECTION("only a rule with a clearance code can be cleared")
    {
        ruleById(rules, "referral_rules", "red-flag-saddle-numbness")["reason_cleared"] = "x";
        CHECK(startsWith(onlyError(rules), "referral_rules[0].reason_cleared: in rule "
                                           "\"red-flag-saddle-numbness\": only a rule with"));
    }
    SECTION("evidence names a source of the file")
    {
        ruleById(rules, "caution_rules", "caution-pregnancy")["evidence"] = {"cochrane-2099"};
        CHECK(onlyError(rules) == "caution_rules[1].evidence[0]: in rule \"caution-pregnancy\": "
                                  "unknown source \"cochrane-2099\"; add it to \"sources\" first");
    }
    SECTION("a source needs a title and what it supports")
    {
        rules["sources"][0].erase("supports");
        const FieldErrors errors = loadErrors(rules);
        REQUIRE_FALSE(errors.empty());
        CHECK(errors[0].toString() == "sources[0].supports: is required but missing");
    }
    SECTION("an unknown question in required_questions")
    {
        rules["required_questions"][0]["questions"][0] = "screening.saddle";
        CHECK(startsWith(onlyError(rules), "required_questions[0].questions[0]: unknown question "
                                           "\"screening.saddle\""));
    }
    SECTION("a finding is not a question")
    {
        rules["required_questions"][0]["questions"][0] = "nerve_symptoms.shooting_leg_pain";
        CHECK(startsWith(onlyError(rules), "required_questions[0].questions[0]: unknown question"));
    }
    SECTION("a least pressure above the most")
    {
        rules["approaches"]["swedish"]["least_pressure"] = "firm";
        CHECK(onlyError(rules) == "approaches.swedish.least_pressure: is above most_pressure; the "
                                  "approach could never be used");
    }
    SECTION("a missing approach")
    {
        rules["approaches"].erase("sacroiliac");
        CHECK(onlyError(rules) == "approaches.sacroiliac: is required but missing");
    }
    SECTION("a caution cannot allow firm (that is no limit)")
    {
        ruleById(rules, "caution_rules", "caution-older-adult")["caution"]["max_pressure"] = "firm";
        CHECK(startsWith(onlyError(rules), "caution_rules[8].caution.max_pressure: in rule "
                                           "\"caution-older-adult\": must be light or medium"));
    }
    SECTION("clearance days")
    {
        rules["clearance_valid_days"] = -1;
        CHECK(startsWith(onlyError(rules), "clearance_valid_days: must be a whole number"));
    }
    SECTION("a duplicate caution code")
    {
        ruleById(rules, "caution_rules", "caution-pregnancy")["caution"]["code"] = "anticoagulants";
        // The later rule that names "pregnancy" is reported too; the first error is the cause.
        const FieldErrors errors = loadErrors(rules);
        REQUIRE_FALSE(errors.empty());
        CHECK(errors[0].toString() == "caution_rules[1].caution.code: in rule "
                                      "\"caution-pregnancy\": duplicate caution code "
                                      "\"anticoagulants\"");
    }
    SECTION("several problems are all reported")
    {
        ruleById(rules, "focus_rules", "focus-upper-back")["id"] = "focus-low-back";
        ruleById(rules, "caution_rules", "caution-minor")["when"]["fact"] = "years";
        rules["version"] = "";
        CHECK(loadErrors(rules).size() == 3);
    }
}

TEST_CASE("text that is not JSON is refused as a rules file", "[rules-file]")
{
    const auto loaded = RuleSetLoader::fromJson("{\"format\": ");
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].path == "rules");
    CHECK(loaded.errors[0].message.rfind("not valid JSON", 0) == 0);
    CHECK_FALSE(loaded.unreadable);

    const auto missing = RuleSetLoader::fromFile(QStringLiteral("/nonexistent/rules.json"));
    CHECK(missing.unreadable);
    CHECK_FALSE(missing.ok());
}
