// The rules file: a clinic can change it without a rebuild, and a broken one
// is refused at load with the rule and the problem named.
#include "rules/RuleSetLoader.h"

#include "Harness.h"
#include "SampleIntake.h"

#include <QFile>
#include <catch2/catch.hpp>

using nlohmann::ordered_json;
using Words = std::vector<std::string>;

namespace {

ordered_json defaultRules()
{
    QFile file(QStringLiteral(CLINIC_DEFAULT_RULES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return ordered_json::parse(file.readAll().toStdString());
}

ordered_json& ruleById(ordered_json& rules, const std::string& section, const std::string& id)
{
    for (auto& rule : rules[section]) {
        if (rule["id"] == id) {
            return rule;
        }
    }
    FAIL("no rule " << id);
    throw std::logic_error("unreachable");
}

FieldErrors loadErrors(const ordered_json& rules)
{
    return RuleSetLoader::fromJson(rules.dump()).errors;
}

// The one error of a broken file, as "path: message".
std::string onlyError(const ordered_json& rules)
{
    const FieldErrors errors = loadErrors(rules);
    INFO(harness::describe(errors));
    REQUIRE(errors.size() == 1);
    return errors[0].toString();
}

} // namespace

TEST_CASE("the built-in rules are the file in resources/rules", "[rules-file]")
{
    const auto builtIn = RuleSetLoader::builtIn();
    REQUIRE(builtIn);
    CHECK(builtIn->version == "default-2026.1");
    QFile file(QStringLiteral(CLINIC_DEFAULT_RULES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(builtIn->sourceText == file.readAll().toStdString());
    CHECK(builtIn->sourceSha256.size() == 64);
    CHECK(builtIn->rules.size() == 9 + 5 + 8 + 1 + 8 + 2);
}

TEST_CASE("a clinic can change a threshold by editing the file", "[rules-file]")
{
    ordered_json rules = defaultRules();
    ruleById(rules, "caution_rules", "caution-severe-pain")["when"]["at_least"] = 7;
    rules["version"] = "clinic-2026.2";
    const auto edited = harness::rulesFrom(rules.dump());

    nlohmann::json intake = sampleIntake();
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

    nlohmann::json intake = sampleIntake();
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
    // A new muscle, placed in the canonical order after the glutes.
    auto& focusAreas = rules["focus_areas"];
    focusAreas.insert(focusAreas.begin() + 5, "psoas");
    rules["focus_rules"].push_back(ordered_json::parse(R"({
        "id": "focus-psoas", "when": {"fact": "pain.locations", "contains_any": ["hip"]},
        "add_focus": ["psoas"]})"));
    const auto edited = harness::rulesFrom(rules.dump());

    nlohmann::json intake = sampleIntake();
    intake["pain"]["locations"] = {"hip"};
    CHECK(harness::words(harness::recommend(intake, edited).at("focus_areas")) ==
          Words{"gluteus_maximus", "gluteus_medius", "piriformis", "psoas"});
}

TEST_CASE("a broken rules file is refused, naming the rule and the problem", "[rules-file]")
{
    ordered_json rules = defaultRules();

    SECTION("unknown fact")
    {
        ruleById(rules, "referral_rules", "red-flag-fever-or-unwell")["when"]["fact"] =
            "red_flags.fever";
        CHECK(onlyError(rules) ==
              "referral_rules[3].when.fact: in rule \"red-flag-fever-or-unwell\": unknown fact "
              "\"red_flags.fever\" (docs/rules.md lists the facts a rule can use)");
    }
    SECTION("unknown approach")
    {
        ruleById(rules, "approach_rules", "chronic-tight-muscles")["approach"] = "shiatsu";
        CHECK(onlyError(rules).find("approach_rules[2].approach: in rule "
                                    "\"chronic-tight-muscles\": unknown approach \"shiatsu\"") ==
              0);
    }
    SECTION("refer_out is not a massage approach")
    {
        ruleById(rules, "adjustment_rules", "deep-tissue-needs-full-pressure")["approach"] =
            "refer_out";
        CHECK(onlyError(rules).find("adjustment_rules[0].approach") == 0);
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
        ruleById(rules, "focus_rules", "focus-spine")["when"]["contains_any"][1] = "upperback";
        CHECK(onlyError(rules).find("focus_rules[1].when.contains_any[1]: in rule "
                                    "\"focus-spine\": bad value \"upperback\"") == 0);
    }
    SECTION("a number where a number is due")
    {
        ruleById(rules, "caution_rules", "caution-minor")["when"]["below"] = "18";
        CHECK(onlyError(rules) == "caution_rules[7].when.below: in rule \"caution-minor\": bad "
                                  "value \"18\"; must be a number");
    }
    SECTION("an operator that does not fit the fact")
    {
        ruleById(rules, "caution_rules", "caution-minor")["when"] =
            ordered_json::parse(R"({"fact": "age", "contains_any": ["minor"]})");
        CHECK(onlyError(rules).find("caution_rules[7].when.contains_any: in rule "
                                    "\"caution-minor\": unknown key") == 0);
    }
    SECTION("duplicate id")
    {
        ruleById(rules, "focus_rules", "focus-spine")["id"] = "focus-low-back";
        CHECK(onlyError(rules) == "focus_rules[1].id: in rule \"focus-low-back\": duplicate id: "
                                  "another rule already has it");
    }
    SECTION("a focus area that the file does not define")
    {
        ruleById(rules, "focus_rules", "focus-spine")["add_focus"] = {"rhomboids"};
        CHECK(onlyError(rules) == "focus_rules[1].add_focus[0]: in rule \"focus-spine\": unknown "
                                  "word \"rhomboids\"; add it to focus_areas first");
    }
    SECTION("a fact used before its stage decides it")
    {
        ruleById(rules, "referral_rules", "red-flag-cancer-history")["when"] =
            ordered_json::parse(R"({"fact": "approach", "equals": "swedish"})");
        CHECK(onlyError(rules) ==
              "referral_rules[4].when.fact: in rule \"red-flag-cancer-history\": fact "
              "\"approach\" is not decided yet in referral_rules; it can be used from "
              "caution_rules on");
    }
    SECTION("the approach rules need an unconditional fallback at the end")
    {
        rules["approach_rules"].erase(rules["approach_rules"].size() - 1);
        CHECK(onlyError(rules).find("approach_rules[3].when: in rule \"acute-local-low-back\": "
                                    "the last approach rule must have no \"when\"") == 0);
    }
    SECTION("a rule without a condition before others would hide them")
    {
        ruleById(rules, "approach_rules", "neck-and-shoulder-tension").erase("when");
        CHECK(onlyError(rules).find("approach_rules[1]: in rule \"neck-and-shoulder-tension\": "
                                    "has no \"when\"") == 0);
    }
    SECTION("a misspelt key in a rule")
    {
        ruleById(rules, "caution_rules", "caution-pregnancy")["reasn"] = "x";
        CHECK(onlyError(rules).find("caution_rules[1].reasn: in rule \"caution-pregnancy\": "
                                    "unknown key") == 0);
    }
    SECTION("a missing reason")
    {
        ruleById(rules, "referral_rules", "pain-not-mechanical").erase("reason");
        CHECK(onlyError(rules).find("referral_rules[8].reason") == 0);
    }
    SECTION("a bad urgency")
    {
        ruleById(rules, "referral_rules", "pain-not-mechanical")["refer_out"] = "soon";
        CHECK(onlyError(rules) ==
              "referral_rules[8].refer_out: in rule \"pain-not-mechanical\": must be emergency, "
              "urgent or routine, got \"soon\"");
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
    SECTION("a missing pressure ceiling")
    {
        rules["pressure_ceilings"].erase("swedish");
        CHECK(onlyError(rules) == "pressure_ceilings.swedish: is required but missing");
    }
    SECTION("the wrong format")
    {
        rules["format"] = "clinic-intake-rules/9";
        CHECK(onlyError(rules).find("format: must be \"clinic-intake-rules/1\"") == 0);
    }
    SECTION("several problems are all reported")
    {
        ruleById(rules, "focus_rules", "focus-spine")["id"] = "focus-low-back";
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
