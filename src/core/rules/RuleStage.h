#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

// The steps of a recommendation, in the order the engine takes them. Each has
// its own list of rules in the rules file; a fact computed in one step can be
// used by the rules of later steps only.
enum class RuleStage : std::uint8_t
{
    Referral,
    Approach,
    Caution,
    Adjustment,
    Focus,
    HomeCare
};

inline constexpr std::size_t kRuleStageCount = 6;

// The rules file's key for each stage's list.
inline constexpr std::array<std::string_view, kRuleStageCount> kRuleStageSections = {
    "referral_rules",   "approach_rules", "caution_rules",
    "adjustment_rules", "focus_rules",    "home_care_rules"};
