#include "rules/RuleEngine.h"

#include "model/IntakeRecord.h"
#include "rules/FactCatalog.h"
#include "rules/RuleSet.h"

#include <algorithm>

using namespace vocabulary;

RuleEngine::RuleEngine(std::shared_ptr<const RuleSet> ruleSet) : m_ruleSet(std::move(ruleSet)) {}

Recommendation RuleEngine::recommend(const IntakeRecord& record) const
{
    const RuleSet& rules = *m_ruleSet;
    FactContext facts = FactCatalog::factsOf(record);
    Recommendation result;
    result.age = record.ageAtVisit();
    result.acuity = record.acuity();

    const auto stage = [&rules](RuleStage which) {
        return rules.stageRanges[std::size_t(which)];
    };
    const auto fire = [&result](std::size_t ruleIndex) {
        result.rationale.push_back({std::uint16_t(ruleIndex), 0});
    };

    // Step 1: every referral rule that holds counts; the most urgent wins.
    for (auto [i, end] = stage(RuleStage::Referral); i < end; ++i) {
        if (rules.conditions.holds(rules.rules[i].condition, facts)) {
            fire(i);
            result.urgency =
                std::max(result.urgency.value_or(Urgency::Routine), rules.rules[i].urgency);
        }
    }

    // Step 2: the first approach rule that holds (the loader guarantees one always does).
    if (result.urgency) {
        result.approach = Approach::ReferOut;
    } else {
        for (auto [i, end] = stage(RuleStage::Approach); i < end; ++i) {
            if (rules.conditions.holds(rules.rules[i].condition, facts)) {
                fire(i);
                result.approach = rules.rules[i].approach;
                break;
            }
        }
    }
    facts.choices[FactCatalog::kApproachSlot] =
        std::uint8_t(result.approach.value_or(Approach::Swedish));

    // Step 3: cautions apply to every approach, refer_out included.
    Pressure cautionLimit = Pressure::Firm;
    bool pressureLimited = false;
    for (auto [i, end] = stage(RuleStage::Caution); i < end; ++i) {
        const Rule& rule = rules.rules[i];
        if (rules.conditions.holds(rule.condition, facts)) {
            fire(i);
            result.cautions |= std::uint64_t(1) << rule.caution;
            if (const auto limit = rules.cautions[rule.caution].maxPressure) {
                cautionLimit = std::min(cautionLimit, *limit);
                pressureLimited = true;
            }
        }
    }
    facts.sets[FactCatalog::kCautionsSlot] = result.cautions;
    if (pressureLimited) {
        facts.yesNo |= std::uint64_t(1) << FactCatalog::kPressureLimitedBit;
    }

    // A referral stands: nothing after the cautions applies to it.
    if (result.refersOut()) {
        return result;
    }

    // Adjustments switch the approach once each, in file order, without re-running step 2.
    for (auto [i, end] = stage(RuleStage::Adjustment); i < end; ++i) {
        if (rules.conditions.holds(rules.rules[i].condition, facts)) {
            fire(i);
            result.approach = rules.rules[i].approach;
            facts.choices[FactCatalog::kApproachSlot] = std::uint8_t(*result.approach);
        }
    }

    result.pressure = std::min({rules.pressureCeilings[std::size_t(*result.approach)],
                                record.pressurePreference, cautionLimit});

    for (auto [i, end] = stage(RuleStage::Focus); i < end; ++i) {
        const Rule& rule = rules.rules[i];
        if (rules.conditions.holds(rule.condition, facts)) {
            result.focusAreas = (result.focusAreas | rule.addBits) & ~rule.removeBits;
        }
    }
    facts.sets[FactCatalog::kFocusAreasSlot] = result.focusAreas;

    for (auto [i, end] = stage(RuleStage::HomeCare); i < end; ++i) {
        const Rule& rule = rules.rules[i];
        if (rules.conditions.holds(rule.condition, facts)) {
            result.homeCare = (result.homeCare | rule.addBits) & ~rule.removeBits;
        }
    }
    return result;
}
