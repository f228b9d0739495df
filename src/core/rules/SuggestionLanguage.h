#pragma once

#include "model/IntakeDetails.h"
#include "rules/RuleText.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

struct IntakeRecord;
struct RuleSet;

// A stored suggestion keeps the texts it was shown with, in their language.
// Shown in the other language, its texts are made again from the rules that
// made it, when those are the rules loaded now: the same rules version, and
// the record run through them again gives the same rule ids and caution
// codes. Otherwise the stored texts are shown as stored, with their language:
// a text from other rules is never passed off as this file's.
namespace suggestion_language {

// The texts of a suggestion in one language: a reason per rationale line and
// a text per caution, in the stored order.
struct Texts
{
    std::vector<std::string> reasons;
    std::vector<std::string> cautions;
};

// The texts in `wanted`, made again from `loaded` for the stored rationale's
// rule ids and caution codes, or nullopt when they cannot be (other rules,
// another rules version, another result).
std::optional<Texts> remade(const std::vector<std::string>& ruleIds,
                            const std::vector<std::string>& cautionCodes,
                            const std::string& rulesVersion, const IntakeRecord& record,
                            const RuleSet& loaded, UiLanguage wanted);

// The stored suggestion to show in `wanted`: its texts in that language where
// they can be made again, and its `language` the one its texts are then in.
// `record` is the stored record (null when it cannot be read), `loaded` the
// rules in use (may be null).
StoredSuggestion inLanguage(const StoredSuggestion& stored, const IntakeRecord* record,
                            const RuleSet* loaded, UiLanguage wanted);

// The same for a stored suggestion's JSON object ("rationale", "cautions",
// "rules_version", "language"), as the CLI shows it: a copy with the texts
// and "language" replaced, or the object as stored.
nlohmann::ordered_json jsonInLanguage(const nlohmann::ordered_json& stored,
                                      const IntakeRecord* record, const RuleSet* loaded,
                                      UiLanguage wanted);

// The language a stored suggestion's JSON says its texts are in (English
// when it says none).
UiLanguage storedLanguage(const nlohmann::ordered_json& stored);

} // namespace suggestion_language
