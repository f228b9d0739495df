#pragma once

#include "model/Vocabulary.h"
#include "rules/ConditionProgram.h"
#include "rules/RuleStage.h"

#include <cstdint>
#include <string>

// One compiled rule: when its condition holds, its stage applies its action.
// Which action fields matter depends on the stage.
struct Rule
{
    std::string id;
    RuleStage stage = RuleStage::Referral;
    ConditionProgram::NodeIndex condition = 0;
    std::string reason; // the rationale line; may be empty for focus and home-care rules

    vocabulary::Urgency urgency = vocabulary::Urgency::Routine;    // Referral
    vocabulary::Approach approach = vocabulary::Approach::Swedish; // Approach, Adjustment
    std::uint16_t caution = 0;    // Caution: index into RuleSet::cautions
    std::uint64_t addBits = 0;    // Focus, HomeCare: words to add
    std::uint64_t removeBits = 0; // Focus, HomeCare: words to remove

    // Pre-escaped JSON strings, so writing a result copies bytes only.
    std::string idJson;
    std::string reasonJson;
};
