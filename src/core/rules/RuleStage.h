#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

// The steps of a recommendation, in the order the engine takes them (and the
// order of the rationale). Each has its own list of rules in the rules file;
// a fact decided in one step can be used by the rules of later steps only.
enum class RuleStage : std::uint8_t
{
    Referral,   // every rule that holds refers out (or is cleared)
    Notice,     // every rule that holds leaves a line (screening incomplete, clearance expired)
    Approach,   // the first rule that holds chooses the approach
    Caution,    // every rule that holds adds its caution
    Adjustment, // every rule that holds switches the approach
    Pressure,   // every rule that holds leaves a line about the pressure
    Focus,      // every rule that holds adds or removes focus areas
    HomeCare    // every rule that holds adds or removes home care
};

inline constexpr std::size_t kRuleStageCount = 8;

// The rules file's key for each stage's list.
inline constexpr std::array<std::string_view, kRuleStageCount> kRuleStageSections = {
    "referral_rules",   "notice_rules",   "approach_rules", "caution_rules",
    "adjustment_rules", "pressure_rules", "focus_rules",    "home_care_rules"};
