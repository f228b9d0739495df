#include "rules/RuleEngine.h"

#include "model/IntakeRecord.h"
#include "rules/FactCatalog.h"
#include "rules/RuleSet.h"

#include <algorithm>

using namespace vocabulary;

RuleEngine::RuleEngine(std::shared_ptr<const RuleSet> ruleSet) : m_ruleSet(std::move(ruleSet)) {}

namespace {

constexpr std::uint64_t bit(std::uint8_t index)
{
    return std::uint64_t(1) << index;
}

void setFact(FactContext& facts, std::uint8_t index, bool on)
{
    facts.yesNo = on ? (facts.yesNo | bit(index)) : (facts.yesNo & ~bit(index));
}

} // namespace

Recommendation RuleEngine::recommend(const IntakeRecord& record) const
{
    using C = FactCatalog;
    const RuleSet& rules = *m_ruleSet;
    FactContext facts = C::factsOf(record, rules.clearanceValidDays);
    Recommendation result;
    result.age = record.ageAtVisit();
    result.acuity = record.acuity();

    const auto holds = [&rules, &facts](ConditionProgram::NodeIndex node) {
        return rules.conditions.holds(node, facts);
    };
    // The first reason variant whose condition holds (a cleared text comes
    // after them and is chosen only by clearance).
    const auto variantOf = [&holds](const Rule& rule) {
        const std::size_t count = rule.clearedVariant ? *rule.clearedVariant : rule.reasons.size();
        for (std::size_t v = 0; v + 1 < count; ++v) {
            if (rule.reasons[v].when && holds(*rule.reasons[v].when)) {
                return std::uint8_t(v);
            }
        }
        return std::uint8_t(count - 1);
    };
    const auto fire = [&result, &variantOf, &rules](std::size_t ruleIndex) {
        result.rationale.push_back({std::uint16_t(ruleIndex), variantOf(rules.rules[ruleIndex])});
    };
    const auto forStage = [&rules](RuleStage which, auto&& each) {
        const auto [begin, end] = rules.stageRanges[std::size_t(which)];
        for (std::size_t i = begin; i < end; ++i) {
            each(i, rules.rules[i]);
        }
    };

    // Step 1: every referral rule that holds refers out, unless a valid
    // clearance names its code; the most urgent wins.
    const bool clearanceValid = (facts.yesNo & bit(C::kClearanceValidBit)) != 0;
    forStage(RuleStage::Referral, [&](std::size_t i, const Rule& rule) {
        if (!holds(rule.condition)) {
            return;
        }
        if (rule.clearance && clearanceValid && record.clearance->covers(*rule.clearance)) {
            result.cleared |= bitOf(*rule.clearance);
            result.rationale.push_back({std::uint16_t(i), *rule.clearedVariant});
            return;
        }
        fire(i);
        result.urgency = std::max(result.urgency.value_or(Urgency::Routine), rule.urgency);
    });

    // Step 0: the required questions that were not asked.
    const std::uint32_t asked = record.yesAnswers | record.noAnswers;
    for (const auto& required : rules.requiredQuestions) {
        if (required.always || holds(required.when)) {
            result.unanswered |= required.questions & ~asked;
        }
    }
    setFact(facts, C::kReferredBit, result.urgency.has_value());
    setFact(facts, C::kScreeningCompleteBit, result.unanswered == 0);
    setFact(facts, C::kClearanceAppliedBit, result.cleared != 0);

    forStage(RuleStage::Notice, [&](std::size_t i, const Rule& rule) {
        if (holds(rule.condition)) {
            fire(i);
        }
    });

    // Step 2: a referral, no plan (screening incomplete), or the first approach
    // rule that holds (the loader guarantees that one always does).
    if (result.urgency) {
        result.approach = Approach::ReferOut;
    } else if (result.unanswered == 0) {
        const auto [begin, end] = rules.stageRanges[std::size_t(RuleStage::Approach)];
        for (std::size_t i = begin; i < end; ++i) {
            if (holds(rules.rules[i].condition)) {
                fire(i);
                result.approach = rules.rules[i].approach;
                break;
            }
        }
    }
    facts.choices[C::kApproachSlot] =
        result.approach ? std::uint8_t(*result.approach) : C::kNoApproach;

    // Step 3: cautions apply whatever the approach, refer_out and none included.
    std::optional<Pressure> ceiling;
    forStage(RuleStage::Caution, [&](std::size_t i, const Rule& rule) {
        if (holds(rule.condition)) {
            fire(i);
            result.cautions |= std::uint64_t(1) << rule.caution;
            if (const auto limit = rules.cautions[rule.caution].maxPressure) {
                ceiling = std::min(ceiling.value_or(Pressure::Firm), *limit);
            }
        }
    });
    facts.sets[C::kCautionsSlot] = result.cautions;
    setFact(facts, C::kPressureLimitedBit, ceiling.has_value());
    facts.choices[C::kCeilingSlot] = ceiling ? std::uint8_t(*ceiling) : C::kNoCeiling;

    // A referral stands, and no plan is no plan: nothing after the cautions applies.
    if (!result.approach || result.refersOut()) {
        return result;
    }

    const auto updateLeastPressureFacts = [&] {
        const Pressure least = rules.leastPressure[std::size_t(*result.approach)];
        setFact(facts, C::kCeilingBelowLeastBit, ceiling && *ceiling < least);
        setFact(facts, C::kPreferenceBelowLeastBit, record.pressurePreference < least);
    };
    updateLeastPressureFacts();

    // Step 4: every adjustment rule that holds switches the approach, in file order.
    forStage(RuleStage::Adjustment, [&](std::size_t i, const Rule& rule) {
        if (holds(rule.condition)) {
            fire(i);
            result.approach = rule.approach;
            facts.choices[C::kApproachSlot] = std::uint8_t(rule.approach);
            updateLeastPressureFacts();
        }
    });

    // Step 5: the pressure.
    const Pressure most = rules.mostPressure[std::size_t(*result.approach)];
    const Pressure pressure =
        std::min({most, record.pressurePreference, ceiling.value_or(Pressure::Firm)});
    result.pressure = pressure;
    facts.choices[C::kPressureSlot] = std::uint8_t(pressure);
    setFact(facts, C::kPressureBelowPreferenceBit, pressure < record.pressurePreference);
    setFact(facts, C::kPressureCappedByCautionBit,
            pressure < record.pressurePreference && ceiling && *ceiling == pressure);
    forStage(RuleStage::Pressure, [&](std::size_t i, const Rule& rule) {
        if (holds(rule.condition)) {
            fire(i);
        }
    });

    // Step 6: focus rules in file order; a rule leaves a line when it changes the list.
    forStage(RuleStage::Focus, [&](std::size_t i, const Rule& rule) {
        if (!holds(rule.condition)) {
            return;
        }
        std::uint64_t remove = rule.removeBits;
        if (rule.removeLyingIn) {
            remove |= rules.focusAreasLyingIn(facts.sets[*rule.removeLyingIn]);
        }
        const std::uint64_t before = result.focusAreas;
        result.focusAreas = (before | rule.addBits) & ~remove;
        if (result.focusAreas != before) {
            fire(i);
        }
    });
    facts.sets[C::kFocusAreasSlot] = result.focusAreas;

    // Step 7: home care, the same way.
    forStage(RuleStage::HomeCare, [&](std::size_t i, const Rule& rule) {
        if (!holds(rule.condition)) {
            return;
        }
        const std::uint64_t before = result.homeCare;
        result.homeCare = (before | rule.addBits) & ~rule.removeBits;
        if (result.homeCare != before) {
            fire(i);
        }
    });
    return result;
}

SuggestedVersion RuleEngine::suggestVersion(IntakeRecord record, UiLanguage language) const
{
    SuggestedVersion version;
    version.suggestion = recommend(record);
    version.suggestionJson = version.suggestion.toJson(*m_ruleSet, record, language);
    // The stored suggestion says which language its texts are in (after the
    // spec's keys; a suggestion stored without it is English).
    version.suggestionJson.insert(version.suggestionJson.size() - 1,
                                  std::string(",\"language\":\"") +
                                      (language == UiLanguage::French ? "fr" : "en") + "\"");
    version.language = language;
    version.recordJson = record.toJson();
    version.rulesVersion = m_ruleSet->version;
    version.rulesSha256 = m_ruleSet->sourceSha256;
    version.record = std::move(record);
    return version;
}
