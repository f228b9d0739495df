#include "rules/FactCatalog.h"

#include "model/IntakeRecord.h"

#include <deque>

using namespace vocabulary;

namespace {

std::vector<FactDefinition> buildCatalog()
{
    // The names must outlive the catalog's string_views.
    static std::deque<std::string> names;
    std::vector<FactDefinition> facts;
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const auto& field = kQuestionFields[i];
        names.push_back(std::string(field.block) + "." + std::string(field.field));
        facts.push_back({names.back(), FactKind::Answer, std::uint8_t(i), FactWords::Answers,
                         RuleStage::Referral,
                         "the question's answer: yes, no or not_asked (alone: answered yes)"});
    }
    using C = FactCatalog;
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        const auto& field = kFindingFields[i];
        names.push_back(std::string(field.block) + "." + std::string(field.field));
        facts.push_back({names.back(), FactKind::YesNo, std::uint8_t(C::kFirstFindingBit + i),
                         FactWords::None, RuleStage::Referral,
                         "the intake's finding (default false)"});
    }
    const auto add = [&facts](std::string_view name, FactKind kind, std::uint8_t slot,
                              FactWords words, RuleStage stage, std::string_view meaning) {
        facts.push_back({name, kind, slot, words, stage, meaning});
    };
    const auto yesNo = FactKind::YesNo;
    const auto none = FactWords::None;
    add("neck_involved", yesNo, C::kNeckInvolvedBit, none, RuleStage::Referral,
        "neck, shoulders or upper back hurt, pain spreads to the neck and shoulders or the arm, "
        "arm numbness or tingling, or neck and shoulder stress");
    add("pain.intensity", FactKind::Number, C::kIntensitySlot, none, RuleStage::Referral,
        "pain rating from 0 to 10");
    add("pain.duration_weeks", FactKind::Number, C::kDurationSlot, none, RuleStage::Referral,
        "how long the pain has lasted, in weeks");
    add("age", FactKind::Number, C::kAgeSlot, none, RuleStage::Referral,
        "whole years from date of birth to visit date");
    add("acuity", FactKind::Choice, C::kAcuitySlot, FactWords::Acuities, RuleStage::Referral,
        "acute (under 6 weeks), subacute, chronic (12 or more)");
    add("pressure_preference", FactKind::Choice, C::kPreferenceSlot, FactWords::Pressures,
        RuleStage::Referral, "the client's pressure preference (medium when left out)");
    add("pressure_preference_stated", yesNo, C::kPreferenceStatedBit, none, RuleStage::Referral,
        "the record gives a pressure preference");
    add("pain.locations", FactKind::List, C::kLocationsSlot, FactWords::PainLocations,
        RuleStage::Referral, "where it hurts");
    add("pain.radiates_to", FactKind::List, C::kRadiatesSlot, FactWords::Radiations,
        RuleStage::Referral, "where the pain spreads to");
    add("avoid_areas", FactKind::List, C::kAvoidAreasSlot, FactWords::PainLocations,
        RuleStage::Referral, "locations that must not be worked directly");
    add("clearance_valid", yesNo, C::kClearanceValidBit, none, RuleStage::Referral,
        "a medical clearance at most clearance_valid_days old");
    add("clearance_expired", yesNo, C::kClearanceExpiredBit, none, RuleStage::Referral,
        "a medical clearance older than clearance_valid_days");
    add("referred", yesNo, C::kReferredBit, none, RuleStage::Notice,
        "a referral rule refers out (one that was cleared does not count)");
    add("screening_complete", yesNo, C::kScreeningCompleteBit, none, RuleStage::Notice,
        "every required question was asked");
    add("clearance_applied", yesNo, C::kClearanceAppliedBit, none, RuleStage::Notice,
        "a valid clearance cleared a referral rule that held");
    add("approach", FactKind::Choice, C::kApproachSlot, FactWords::Approaches, RuleStage::Caution,
        "the approach so far (none: no plan, the screening is incomplete)");
    add("cautions", FactKind::List, C::kCautionsSlot, FactWords::CautionCodes,
        RuleStage::Adjustment, "codes of the cautions that apply");
    add("pressure_limited", yesNo, C::kPressureLimitedBit, none, RuleStage::Adjustment,
        "a caution with max_pressure applies");
    add("pressure_ceiling", FactKind::Choice, C::kCeilingSlot, FactWords::Ceilings,
        RuleStage::Adjustment, "the lowest max_pressure of the cautions that apply, or none");
    add("ceiling_below_least_pressure", yesNo, C::kCeilingBelowLeastBit, none,
        RuleStage::Adjustment, "the ceiling is below the approach's least_pressure");
    add("preference_below_least_pressure", yesNo, C::kPreferenceBelowLeastBit, none,
        RuleStage::Adjustment, "the client's preference is below the approach's least_pressure");
    add("pressure", FactKind::Choice, C::kPressureSlot, FactWords::Pressures, RuleStage::Pressure,
        "the pressure: the lowest of the approach's most_pressure, the preference and the ceiling");
    add("pressure_below_preference", yesNo, C::kPressureBelowPreferenceBit, none,
        RuleStage::Pressure, "the pressure is below the client's preference");
    add("pressure_capped_by_caution", yesNo, C::kPressureCappedByCautionBit, none,
        RuleStage::Pressure,
        "the pressure is below the preference because of a caution (not only the approach)");
    add("focus_areas", FactKind::List, C::kFocusAreasSlot, FactWords::FocusAreas,
        RuleStage::HomeCare, "the final focus areas");
    return facts;
}

} // namespace

const std::vector<FactDefinition>& FactCatalog::all()
{
    static const std::vector<FactDefinition> facts = buildCatalog();
    return facts;
}

const FactDefinition* FactCatalog::find(std::string_view name)
{
    for (const auto& fact : all()) {
        if (fact.name == name) {
            return &fact;
        }
    }
    return nullptr;
}

FactContext FactCatalog::factsOf(const IntakeRecord& record, int clearanceValidDays)
{
    FactContext facts;
    facts.yesNo = record.yesAnswers | (std::uint64_t(record.findings) << kFirstFindingBit);
    facts.answeredNo = record.noAnswers;
    const auto set = [&facts](std::uint8_t bit, bool on) {
        if (on) {
            facts.yesNo |= std::uint64_t(1) << bit;
        }
    };
    set(kNeckInvolvedBit, record.neckInvolved());
    set(kPreferenceStatedBit, record.pressurePreferenceStated);
    if (record.clearance) {
        const bool valid = record.clearance->date.daysTo(record.visitDate) <= clearanceValidDays;
        set(kClearanceValidBit, valid);
        set(kClearanceExpiredBit, !valid);
    }
    facts.numbers[kIntensitySlot] = record.painIntensity;
    facts.numbers[kDurationSlot] = record.durationWeeks;
    facts.numbers[kAgeSlot] = record.ageAtVisit();
    facts.choices[kAcuitySlot] = std::uint8_t(record.acuity());
    facts.choices[kPreferenceSlot] = std::uint8_t(record.pressurePreference);
    facts.choices[kApproachSlot] = kNoApproach;
    facts.choices[kCeilingSlot] = kNoCeiling;
    facts.sets[kLocationsSlot] = record.painLocations;
    facts.sets[kRadiatesSlot] = record.radiatesTo;
    facts.sets[kAvoidAreasSlot] = record.avoidAreas;
    return facts;
}
