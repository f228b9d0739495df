#include "rules/SuggestionLanguage.h"

#include "model/IntakeRecord.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSet.h"

namespace suggestion_language {

namespace {

const char* codeOf(UiLanguage language)
{
    return language == UiLanguage::French ? "fr" : "en";
}

} // namespace

std::optional<Texts> remade(const std::vector<std::string>& ruleIds,
                            const std::vector<std::string>& cautionCodes,
                            const std::string& rulesVersion, const IntakeRecord& record,
                            const RuleSet& loaded, UiLanguage wanted)
{
    if (rulesVersion.empty() || rulesVersion != loaded.version) {
        return std::nullopt;
    }
    // The engine keeps a shared_ptr; the caller owns `loaded` for this call.
    const RuleEngine engine(
        std::shared_ptr<const RuleSet>(std::shared_ptr<const RuleSet>(), &loaded));
    const Recommendation result = engine.recommend(record);
    // Same version name, but the file or the result may still differ (an
    // edited file that kept its version): only the same lines are re-made.
    if (result.rationale.size() != ruleIds.size()) {
        return std::nullopt;
    }
    Texts texts;
    for (std::size_t i = 0; i < ruleIds.size(); ++i) {
        if (loaded.rules[result.rationale[i].rule].id != ruleIds[i]) {
            return std::nullopt;
        }
        texts.reasons.push_back(result.reasonText(loaded, record, i, wanted));
    }
    for (std::size_t i = 0; i < loaded.cautions.size(); ++i) {
        if ((result.cautions & (std::uint64_t(1) << i)) != 0) {
            const std::size_t at = texts.cautions.size();
            if (at >= cautionCodes.size() || cautionCodes[at] != loaded.cautions[i].code) {
                return std::nullopt;
            }
            texts.cautions.push_back(loaded.cautions[i].text.in(wanted));
        }
    }
    if (texts.cautions.size() != cautionCodes.size()) {
        return std::nullopt;
    }
    return texts;
}

StoredSuggestion inLanguage(const StoredSuggestion& stored, const IntakeRecord* record,
                            const RuleSet* loaded, UiLanguage wanted)
{
    if (stored.language == wanted || record == nullptr || loaded == nullptr ||
        !stored.problems.empty()) {
        return stored;
    }
    std::vector<std::string> ids;
    for (const auto& line : stored.rationale) {
        ids.push_back(line.rule);
    }
    std::vector<std::string> codes;
    for (const auto& caution : stored.cautions) {
        codes.push_back(caution.code);
    }
    const auto texts = remade(ids, codes, stored.rulesVersion, *record, *loaded, wanted);
    if (!texts) {
        return stored;
    }
    StoredSuggestion shown = stored;
    for (std::size_t i = 0; i < shown.rationale.size(); ++i) {
        shown.rationale[i].reason = texts->reasons[i];
    }
    for (std::size_t i = 0; i < shown.cautions.size(); ++i) {
        shown.cautions[i].text = texts->cautions[i];
    }
    shown.language = wanted;
    try {
        shown.json =
            jsonInLanguage(nlohmann::ordered_json::parse(stored.json), record, loaded, wanted)
                .dump();
    } catch (const nlohmann::json::exception&) {
        // Read without problems, so it parses; if not, the object as stored.
    }
    return shown;
}

UiLanguage storedLanguage(const nlohmann::ordered_json& stored)
{
    const auto found = stored.find("language");
    return found != stored.end() && found->is_string() && *found == "fr" ? UiLanguage::French
                                                                         : UiLanguage::English;
}

nlohmann::ordered_json jsonInLanguage(const nlohmann::ordered_json& stored,
                                      const IntakeRecord* record, const RuleSet* loaded,
                                      UiLanguage wanted)
{
    if (record == nullptr || loaded == nullptr || !stored.is_object() ||
        storedLanguage(stored) == wanted) {
        return stored;
    }
    const auto rationale = stored.find("rationale");
    const auto cautions = stored.find("cautions");
    const auto version = stored.find("rules_version");
    if (rationale == stored.end() || !rationale->is_array() || cautions == stored.end() ||
        !cautions->is_array() || version == stored.end() || !version->is_string()) {
        return stored;
    }
    std::vector<std::string> ids;
    for (const auto& line : *rationale) {
        if (!line.is_object() || !line.contains("rule") || !line["rule"].is_string()) {
            return stored;
        }
        ids.push_back(line["rule"].get<std::string>());
    }
    std::vector<std::string> codes;
    for (const auto& caution : *cautions) {
        if (!caution.is_object() || !caution.contains("code") || !caution["code"].is_string()) {
            return stored;
        }
        codes.push_back(caution["code"].get<std::string>());
    }
    const auto texts = remade(ids, codes, version->get<std::string>(), *record, *loaded, wanted);
    if (!texts) {
        return stored;
    }
    nlohmann::ordered_json shown = stored;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        shown["rationale"][i]["reason"] = texts->reasons[i];
    }
    for (std::size_t i = 0; i < codes.size(); ++i) {
        shown["cautions"][i]["text"] = texts->cautions[i];
    }
    shown["language"] = codeOf(wanted);
    return shown;
}

} // namespace suggestion_language
