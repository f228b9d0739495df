#pragma once

#include "model/Vocabulary.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct RuleSet;

// What the rules suggest for one intake. Word lists are bit sets over the rule
// set's vocabularies, so a Recommendation is read together with its RuleSet.
struct Recommendation
{
    vocabulary::Approach approach = vocabulary::Approach::Swedish;
    std::optional<vocabulary::Urgency> urgency;   // only with ReferOut
    std::optional<vocabulary::Pressure> pressure; // none with ReferOut
    std::uint64_t focusAreas = 0;                 // bits over RuleSet::focusAreas
    std::uint64_t homeCare = 0;                   // bits over RuleSet::homeCare
    std::uint64_t cautions = 0;                   // bits over RuleSet::cautions
    vocabulary::Acuity acuity = vocabulary::Acuity::Acute;
    int age = 0;
    std::vector<std::uint16_t> firedRules; // the rationale: indexes into RuleSet::rules

    bool refersOut() const { return approach == vocabulary::Approach::ReferOut; }

    // The spec's output object on one line, appended to `out`.
    void appendJson(const RuleSet& ruleSet, std::string& out) const;
    std::string toJson(const RuleSet& ruleSet) const;
    std::string toPrettyJson(const RuleSet& ruleSet) const;

    std::vector<std::string> focusAreaWords(const RuleSet& ruleSet) const;
    std::vector<std::string> homeCareWords(const RuleSet& ruleSet) const;
};
