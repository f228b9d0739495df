#pragma once

#include "model/Vocabulary.h"
#include "rules/ConditionProgram.h"
#include "rules/ReasonTemplate.h"
#include "rules/RuleStage.h"
#include "rules/RuleText.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// One of a rule's reason texts and when it is the one shown: the first
// variant whose condition holds (the last has none and always does).
struct ReasonVariant
{
    std::optional<ConditionProgram::NodeIndex> when;
    // The text in each language (a language the file left out has a copy of the other).
    std::array<ReasonTemplate, kUiLanguageCount> texts;

    const ReasonTemplate& text(UiLanguage language) const { return texts[std::size_t(language)]; }
};

// One compiled rule: when its condition holds, its stage applies its action.
// Which action fields matter depends on the stage.
struct Rule
{
    std::string id;
    RuleStage stage = RuleStage::Referral;
    ConditionProgram::NodeIndex condition = 0;
    std::vector<ReasonVariant> reasons; // at least one
    // Referral rules with a clearance code: the reasons index of the text
    // shown when a valid clearance cleared the rule.
    std::optional<std::uint8_t> clearedVariant;
    std::vector<std::uint16_t> evidence; // indexes into RuleSet::sources
    RuleText description;
    std::string whenText; // the condition as the file writes it (for `rules show`); empty: always

    vocabulary::Urgency urgency = vocabulary::Urgency::Routine;    // Referral
    std::optional<vocabulary::ClearanceCode> clearance;            // Referral
    vocabulary::Approach approach = vocabulary::Approach::Swedish; // Approach, Adjustment
    std::uint16_t caution = 0;    // Caution: index into RuleSet::cautions
    std::uint64_t addBits = 0;    // Focus, HomeCare: words to add
    std::uint64_t removeBits = 0; // Focus, HomeCare: words to remove
    // Focus: remove every focus area that lies in a location of this list
    // fact (a FactCatalog set slot: avoid_areas or pain.locations).
    std::optional<std::uint8_t> removeLyingIn;

    std::string idJson; // pre-escaped JSON string
};
