#pragma once

#include "rules/CautionDefinition.h"
#include "rules/ConditionProgram.h"
#include "rules/Rule.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

// A rules file, compiled. Immutable once RuleSetLoader has built it; shared
// between threads and between the engine and whatever writes its results.
struct RuleSet
{
    std::string version;
    std::string versionJson;
    std::string sourceText; // the file as loaded, for `rules show` and hashing
    std::string sourceSha256;

    std::vector<std::string> focusAreas; // canonical order
    std::vector<std::string> focusAreasJson;
    std::vector<std::string> homeCare; // canonical order
    std::vector<std::string> homeCareJson;
    std::vector<CautionDefinition> cautions; // in output order

    // Highest pressure each massage approach allows, by vocabulary::Approach.
    std::array<vocabulary::Pressure, 4> pressureCeilings{};

    std::vector<Rule> rules; // grouped by stage, in file order
    // [begin, end) of each stage's rules in `rules`.
    std::array<std::pair<std::size_t, std::size_t>, kRuleStageCount> stageRanges{};

    ConditionProgram conditions;

    const Rule* findRule(const std::string& id) const
    {
        for (const auto& rule : rules) {
            if (rule.id == id) {
                return &rule;
            }
        }
        return nullptr;
    }
};
