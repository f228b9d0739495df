#pragma once

#include "rules/CautionDefinition.h"
#include "rules/ConditionProgram.h"
#include "rules/Rule.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// Where a rule comes from: a guideline, a review, or clinic practice.
struct EvidenceSource
{
    std::string id;
    RuleText title;
    std::optional<int> year;
    RuleText supports; // what it supports
};

// Which questions must have been asked, and when.
struct RequiredQuestions
{
    ConditionProgram::NodeIndex when = 0;
    bool always = true;   // "when": true
    std::string whenText; // the condition as the file writes it (for `rules check`)
    RuleText description;
    std::uint32_t questions = 0; // bits of vocabulary::Question
};

// A rules file, compiled. Immutable once RuleSetLoader has built it; shared
// between threads and between the engine and whatever writes its results.
struct RuleSet
{
    std::string version;
    std::string versionJson;
    RuleText description;
    std::string sourceText; // the file as loaded, for `rules show` and hashing
    std::string sourceSha256;

    std::vector<EvidenceSource> sources;

    std::vector<std::string> focusAreas; // canonical order
    std::vector<std::string> focusAreasJson;
    std::vector<std::uint16_t> focusAreaLocations; // bits of vocabulary::PainLocation per area
    std::vector<std::string> homeCare;             // canonical order
    std::vector<std::string> homeCareJson;
    std::vector<CautionDefinition> cautions; // in output order

    // Per massage approach (by vocabulary::Approach): the least pressure it
    // can work with and the most it uses.
    std::array<vocabulary::Pressure, 4> leastPressure{};
    std::array<vocabulary::Pressure, 4> mostPressure{};

    std::vector<RequiredQuestions> requiredQuestions;
    int clearanceValidDays = vocabulary::kClearanceValidDays;

    std::vector<Rule> rules; // grouped by stage, in file order
    // [begin, end) of each stage's rules in `rules`.
    std::array<std::pair<std::size_t, std::size_t>, kRuleStageCount> stageRanges{};

    ConditionProgram conditions;

    // Where a text of the file has no version in a language ("rules[3].reason:
    // no French version"): `rules check` warns about each, the file still loads.
    std::vector<std::string> missingTranslations;

    const Rule* findRule(const std::string& id) const
    {
        for (const auto& rule : rules) {
            if (rule.id == id) {
                return &rule;
            }
        }
        return nullptr;
    }
    // Bits over focusAreas of the areas that lie in one of the locations.
    std::uint64_t focusAreasLyingIn(std::uint64_t locations) const
    {
        std::uint64_t bits = 0;
        for (std::size_t i = 0; i < focusAreaLocations.size(); ++i) {
            if ((focusAreaLocations[i] & locations) != 0) {
                bits |= std::uint64_t(1) << i;
            }
        }
        return bits;
    }
    // The questions some entry of requiredQuestions may require.
    std::uint32_t questionsEverRequired() const
    {
        std::uint32_t bits = 0;
        for (const auto& entry : requiredQuestions) {
            bits |= entry.questions;
        }
        return bits;
    }
};
