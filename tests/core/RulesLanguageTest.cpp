// The rules file's texts in English and French: the shapes the loader takes
// and refuses, the warnings about a text in one language only, results in
// French, and a stored suggestion shown in the other language.
#include "DefaultRulesJson.h"
#include "Harness.h"
#include "model/IntakeDetailsJson.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "rules/SuggestionLanguage.h"
#include "util/FixedClock.h"

#include <QFile>
#include <algorithm>
#include <catch2/catch.hpp>

using nlohmann::ordered_json;

namespace {

std::shared_ptr<const RuleSet> loaded(const ordered_json& rules)
{
    const RuleSetLoadResult result = RuleSetLoader::fromJson(rules.dump());
    INFO(harness::describe(result.errors));
    REQUIRE(result.ok());
    return result.ruleSet;
}

bool contains(const std::vector<std::string>& lines, const std::string& line)
{
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// Cleared cancer history 26 days before the visit, firm preference: a result
// with placeholders (who cleared, when), a caution ceiling and a switch.
std::string clearedIntake()
{
    QFile file(QStringLiteral(CLINIC_GOLDEN_DIR "/08-cleared-cancer-history.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().toStdString();
}

IntakeRecord recordOf(const std::string& text)
{
    const auto parsed = harness::parseText(text);
    INFO(harness::describe(parsed.errors));
    REQUIRE(parsed.ok());
    return *parsed.record;
}

// A stored suggestion as IntakeRepository::details() gives it back.
StoredSuggestion storedFrom(const std::string& suggestionJson, const std::string& recordJson)
{
    ordered_json details = {
        {"id", 1},
        {"status", "pending"},
        {"versions", ordered_json::array({{{"version", 1},
                                           {"created_at", "2026-11-28T10:00:00.000Z"},
                                           {"created_by", "desk"},
                                           {"rules_version", "default-2026.2"},
                                           {"intake", ordered_json::parse(recordJson)},
                                           {"suggestion", ordered_json::parse(suggestionJson)}}})}};
    const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
    const IntakeDetails read = intakeDetailsFromJson(details, clock);
    REQUIRE(read.versions.size() == 1);
    return read.versions[0].suggestion;
}

} // namespace

TEST_CASE("a rules text is a string (English) or {\"en\", \"fr\"}", "[rules-language]")
{
    ordered_json rules = defaultRules();

    SECTION("the default file gives every text in both languages, the French its own")
    {
        const auto set = RuleSetLoader::builtIn();
        CHECK(set->missingTranslations.empty());
        for (const auto& rule : set->rules) {
            INFO(rule.id);
            for (const auto& variant : rule.reasons) {
                const std::string& french = variant.text(UiLanguage::French).text;
                CHECK_FALSE(french.empty());
                CHECK(french != variant.text(UiLanguage::English).text);
            }
        }
        for (const auto& caution : set->cautions) {
            INFO(caution.code);
            CHECK(caution.text.in(UiLanguage::French) != caution.text.english());
        }
        for (const auto& source : set->sources) {
            INFO(source.id);
            CHECK(source.supports.in(UiLanguage::French) != source.supports.english());
        }
    }
    SECTION("a plain string is English, shown in French too, and warned about")
    {
        ruleById(rules, "caution_rules", "caution-pregnancy")["reason"] = "Pregnant: be gentle.";
        rules["sources"][1]["title"] = "RefHelp";
        const auto set = loaded(rules);
        const Rule* rule = set->findRule("caution-pregnancy");
        REQUIRE(rule != nullptr);
        CHECK(rule->reasons[0].text(UiLanguage::English).text == "Pregnant: be gentle.");
        CHECK(rule->reasons[0].text(UiLanguage::French).text == "Pregnant: be gentle.");
        CHECK(set->sources[1].title.in(UiLanguage::French) == "RefHelp");
        CHECK(set->missingTranslations ==
              std::vector<std::string>{
                  "sources[1].title: no French version",
                  "caution_rules[1].reason: no French version (in rule \"caution-pregnancy\")"});
    }
    SECTION("a text in French only is shown in English too, and warned about")
    {
        ruleById(rules, "notice_rules", "clearance-expired")["reason"] = {
            {"fr", "Autorisation du {clearance_date} échue."}};
        ruleById(rules, "caution_rules",
                 "caution-minor")["caution"]["text"] = {{"fr", "Moins de 18 ans."}};
        const auto set = loaded(rules);
        const Rule* rule = set->findRule("clearance-expired");
        REQUIRE(rule != nullptr);
        CHECK(rule->reasons[0].text(UiLanguage::English).text ==
              "Autorisation du {clearance_date} échue.");
        CHECK(
            contains(set->missingTranslations,
                     "notice_rules[0].reason: no English version (in rule \"clearance-expired\")"));
        CHECK(contains(set->missingTranslations,
                       "caution_rules[12].caution.text: no English version (in rule "
                       "\"caution-minor\")"));
        CHECK(set->missingTranslations.size() == 2);
    }
    SECTION("variants and cleared texts take both shapes")
    {
        auto& reasons = ruleById(rules, "adjustment_rules", "switch-to-swedish")["reasons"];
        reasons[2]["text"] = "Sacroiliac area avoided: Swedish massage.";
        ruleById(rules, "referral_rules", "red-flag-child")["reason_cleared"] = {
            {"en", "Child: cleared by {clearance_by}."}, {"fr", "Enfant : {clearance_by}."}};
        const auto set = loaded(rules);
        CHECK(set->missingTranslations ==
              std::vector<std::string>{"adjustment_rules[0].reasons[2].text: no French version "
                                       "(in rule \"switch-to-swedish\")"});
        const Rule* child = set->findRule("red-flag-child");
        REQUIRE(child != nullptr);
        REQUIRE(child->clearedVariant);
        CHECK(child->reasons[*child->clearedVariant].text(UiLanguage::French).text ==
              "Enfant : {clearance_by}.");
    }
    SECTION("a language's text that is not a string is refused, naming the language")
    {
        ruleById(rules, "referral_rules", "red-flag-fever")["reason"]["fr"] = 3;
        CHECK(onlyError(rules) ==
              "referral_rules[12].reason.fr: in rule \"red-flag-fever\": must be a string, got 3");
    }
    SECTION("an empty language's text is refused: leave the language out instead")
    {
        ruleById(rules, "referral_rules", "red-flag-fever")["reason"]["en"] = "";
        CHECK(onlyError(rules) ==
              "referral_rules[12].reason.en: in rule \"red-flag-fever\": must not be empty; "
              "leave \"en\" out if there is no text in that language");
    }
    SECTION("an unknown language key is refused")
    {
        ruleById(rules, "referral_rules", "red-flag-fever")["reason"]["de"] = "Fieber";
        CHECK(onlyError(rules) ==
              "referral_rules[12].reason.de: in rule \"red-flag-fever\": unknown key; expected "
              "one of en, fr");
    }
    SECTION("a text with neither language is refused")
    {
        ruleById(rules, "caution_rules", "caution-minor")["caution"]["text"] =
            ordered_json::object();
        CHECK(onlyError(rules) ==
              "caution_rules[12].caution.text: in rule \"caution-minor\": must give its text in "
              "\"en\" or \"fr\" (or both), got {}");
    }
    SECTION("a text that is neither a string nor an object is refused")
    {
        rules["sources"][0]["supports"] = ordered_json::array({"x"});
        const FieldErrors errors = RuleSetLoader::fromJson(rules.dump()).errors;
        REQUIRE_FALSE(errors.empty());
        CHECK(errors[0].toString() ==
              "sources[0].supports: must be a non-empty text or {\"en\": \"...\", \"fr\": "
              "\"...\"}, got [\"x\"]");
    }
    SECTION("an unknown placeholder in the French text names the French text")
    {
        ruleById(rules, "notice_rules", "clearance-expired")["reason"]["fr"] =
            "Autorisation du {date_autorisation}.";
        const std::string error = onlyError(rules);
        CHECK(error.rfind("notice_rules[0].reason.fr: in rule \"clearance-expired\": unknown "
                          "placeholder {date_autorisation}; known: ",
                          0) == 0);
    }
}

TEST_CASE("results in French differ from English in their texts only", "[rules-language]")
{
    const RuleEngine engine(RuleSetLoader::builtIn());
    const IntakeRecord record = recordOf(clearedIntake());
    const Recommendation result = engine.recommend(record);
    auto english =
        ordered_json::parse(result.toJson(engine.ruleSet(), record, UiLanguage::English));
    auto french = ordered_json::parse(result.toJson(engine.ruleSet(), record, UiLanguage::French));
    CHECK(english == ordered_json::parse(result.toJson(engine.ruleSet(), record)));

    // The placeholders are filled in French: who cleared (the record's name
    // or « un médecin »), the pressures as adjectives, the approach with its article.
    std::string texts;
    for (const auto& line : french.at("rationale")) {
        texts += line.at("reason").get<std::string>() + "\n";
    }
    INFO(texts);
    CHECK(texts.find("massage autorisé par") != std::string::npos);
    CHECK(texts.find("une pression légère") != std::string::npos);
    CHECK(texts.find("le massage des tissus profonds") != std::string::npos);
    CHECK(texts.find("(préférence indiquée)") != std::string::npos);
    CHECK(texts.find('{') == std::string::npos);

    for (std::size_t i = 0; i < result.rationale.size(); ++i) {
        CHECK(result.reasonText(engine.ruleSet(), record, i, UiLanguage::French) ==
              french["rationale"][i]["reason"].get<std::string>());
        english["rationale"][i].erase("reason");
        french["rationale"][i].erase("reason");
    }
    for (std::size_t i = 0; i < english["cautions"].size(); ++i) {
        CHECK(french["cautions"][i]["text"] != english["cautions"][i]["text"]);
        english["cautions"][i].erase("text");
        french["cautions"][i].erase("text");
    }
    CHECK(french.dump() == english.dump());
}

TEST_CASE("a stored suggestion keeps its language, and is shown in the other where its rules "
          "are loaded",
          "[rules-language]")
{
    const auto rules = RuleSetLoader::builtIn();
    const RuleEngine engine(rules);
    const IntakeRecord record = recordOf(clearedIntake());

    const SuggestedVersion french = engine.suggestVersion(record, UiLanguage::French);
    CHECK(french.language == UiLanguage::French);
    CHECK(ordered_json::parse(french.suggestionJson).at("language") == "fr");
    const SuggestedVersion english = engine.suggestVersion(record, UiLanguage::English);
    CHECK(ordered_json::parse(english.suggestionJson).at("language") == "en");

    const StoredSuggestion storedFrench = storedFrom(french.suggestionJson, french.recordJson);
    CHECK(storedFrench.problems.empty());
    CHECK(storedFrench.language == UiLanguage::French);
    const StoredSuggestion storedEnglish = storedFrom(english.suggestionJson, english.recordJson);
    CHECK(storedEnglish.language == UiLanguage::English);

    SECTION("a suggestion stored before languages were stored is English")
    {
        auto old = ordered_json::parse(english.suggestionJson);
        old.erase("language");
        const StoredSuggestion stored = storedFrom(old.dump(), english.recordJson);
        CHECK(stored.problems.empty());
        CHECK(stored.language == UiLanguage::English);
        CHECK(suggestion_language::storedLanguage(old) == UiLanguage::English);
    }
    SECTION("the loaded rules version re-makes the texts in the other language")
    {
        const StoredSuggestion shown = suggestion_language::inLanguage(
            storedEnglish, &record, rules.get(), UiLanguage::French);
        CHECK(shown.language == UiLanguage::French);
        REQUIRE(shown.rationale.size() == storedFrench.rationale.size());
        for (std::size_t i = 0; i < shown.rationale.size(); ++i) {
            CHECK(shown.rationale[i].rule == storedEnglish.rationale[i].rule);
            CHECK(shown.rationale[i].reason == storedFrench.rationale[i].reason);
        }
        REQUIRE(shown.cautions.size() == storedFrench.cautions.size());
        for (std::size_t i = 0; i < shown.cautions.size(); ++i) {
            CHECK(shown.cautions[i].code == storedEnglish.cautions[i].code);
            CHECK(shown.cautions[i].text == storedFrench.cautions[i].text);
        }
        // Everything but the texts and the language is the stored suggestion.
        CHECK(shown.approach == storedEnglish.approach);
        CHECK(shown.pressure == storedEnglish.pressure);
        CHECK(shown.focusAreas == storedEnglish.focusAreas);
        CHECK(ordered_json::parse(shown.json) == ordered_json::parse(french.suggestionJson));

        const StoredSuggestion back = suggestion_language::inLanguage(
            storedFrench, &record, rules.get(), UiLanguage::English);
        CHECK(back.language == UiLanguage::English);
        CHECK(ordered_json::parse(back.json) == ordered_json::parse(english.suggestionJson));
    }
    SECTION("the CLI's JSON is re-made the same way")
    {
        const ordered_json shown = suggestion_language::jsonInLanguage(
            ordered_json::parse(english.suggestionJson), &record, rules.get(), UiLanguage::French);
        CHECK(shown == ordered_json::parse(french.suggestionJson));
    }
    SECTION("another rules version keeps the stored texts, in their language")
    {
        auto other = defaultRules();
        other["version"] = "clinic-2027.1";
        const auto otherRules = loaded(other);
        const StoredSuggestion shown = suggestion_language::inLanguage(
            storedEnglish, &record, otherRules.get(), UiLanguage::French);
        CHECK(shown.language == UiLanguage::English);
        CHECK(shown.json == storedEnglish.json);
        for (std::size_t i = 0; i < shown.rationale.size(); ++i) {
            CHECK(shown.rationale[i].reason == storedEnglish.rationale[i].reason);
        }
        const ordered_json json =
            suggestion_language::jsonInLanguage(ordered_json::parse(english.suggestionJson),
                                                &record, otherRules.get(), UiLanguage::French);
        CHECK(json == ordered_json::parse(english.suggestionJson));
    }
    SECTION("the same version name with other decisions keeps the stored texts")
    {
        // A clinic edited the file and kept its version: the record no longer
        // gives the stored rule ids, so nothing is re-made from it.
        auto edited = defaultRules();
        for (auto& rule : edited["referral_rules"]) {
            if (rule["id"] == "red-flag-cancer-history") {
                rule.erase("clearance");
                rule.erase("reason_cleared");
            }
        }
        const auto editedRules = loaded(edited);
        REQUIRE(editedRules->version == rules->version);
        const StoredSuggestion shown = suggestion_language::inLanguage(
            storedEnglish, &record, editedRules.get(), UiLanguage::French);
        CHECK(shown.language == UiLanguage::English);
        CHECK(shown.json == storedEnglish.json);
    }
    SECTION("without the record or the rules the stored texts are shown")
    {
        CHECK(
            suggestion_language::inLanguage(storedEnglish, nullptr, rules.get(), UiLanguage::French)
                .language == UiLanguage::English);
        CHECK(suggestion_language::inLanguage(storedEnglish, &record, nullptr, UiLanguage::French)
                  .language == UiLanguage::English);
    }
}
