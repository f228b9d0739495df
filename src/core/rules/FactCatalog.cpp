#include "rules/FactCatalog.h"

#include "model/IntakeRecord.h"

#include <deque>

using namespace vocabulary;

namespace {

std::vector<FactDefinition> buildCatalog()
{
    // The names must outlive the catalog's string_views.
    static std::deque<std::string> yesNoNames;
    std::vector<FactDefinition> facts;
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const auto& field = kQuestionFields[i];
        yesNoNames.push_back(std::string(field.block) + "." + std::string(field.field));
        facts.push_back({yesNoNames.back(), FactKind::YesNo, std::uint8_t(i), FactWords::None,
                         RuleStage::Referral, "the question was answered yes"});
    }
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        const auto& field = kFindingFields[i];
        yesNoNames.push_back(std::string(field.block) + "." + std::string(field.field));
        facts.push_back({yesNoNames.back(), FactKind::YesNo, std::uint8_t(32 + i), FactWords::None,
                         RuleStage::Referral, "the intake's finding"});
    }
    using C = FactCatalog;
    facts.push_back({"pain.intensity", FactKind::Number, C::kIntensitySlot, FactWords::None,
                     RuleStage::Referral, "pain rating from 0 to 10"});
    facts.push_back({"pain.duration_weeks", FactKind::Number, C::kDurationSlot, FactWords::None,
                     RuleStage::Referral, "how long the pain has lasted, in weeks"});
    facts.push_back({"age", FactKind::Number, C::kAgeSlot, FactWords::None, RuleStage::Referral,
                     "whole years from date of birth to visit date"});
    facts.push_back({"acuity", FactKind::Choice, C::kAcuitySlot, FactWords::Acuities,
                     RuleStage::Referral, "acute (under 6 weeks), subacute, chronic (12+)"});
    facts.push_back({"pressure_preference", FactKind::Choice, C::kPreferenceSlot,
                     FactWords::Pressures, RuleStage::Referral,
                     "the client's pressure preference (default medium)"});
    facts.push_back({"pain.locations", FactKind::List, C::kLocationsSlot, FactWords::PainLocations,
                     RuleStage::Referral, "where it hurts"});
    facts.push_back({"pain.radiates_to", FactKind::List, C::kRadiatesSlot, FactWords::Radiations,
                     RuleStage::Referral, "where the pain spreads to"});
    facts.push_back({"approach", FactKind::Choice, C::kApproachSlot, FactWords::Approaches,
                     RuleStage::Caution, "the approach chosen so far"});
    facts.push_back({"cautions", FactKind::List, C::kCautionsSlot, FactWords::CautionCodes,
                     RuleStage::Adjustment, "codes of the cautions that apply"});
    facts.push_back({"pressure_limited", FactKind::YesNo, C::kPressureLimitedBit, FactWords::None,
                     RuleStage::Adjustment, "a caution that limits pressure applies"});
    facts.push_back({"focus_areas", FactKind::List, C::kFocusAreasSlot, FactWords::FocusAreas,
                     RuleStage::HomeCare, "the final focus areas"});
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

FactContext FactCatalog::factsOf(const IntakeRecord& record)
{
    FactContext facts;
    facts.yesNo = record.yesAnswers | (std::uint64_t(record.findings) << 32);
    facts.numbers[kIntensitySlot] = record.painIntensity;
    facts.numbers[kDurationSlot] = record.durationWeeks;
    facts.numbers[kAgeSlot] = record.ageAtVisit();
    facts.choices[kAcuitySlot] = std::uint8_t(record.acuity());
    facts.choices[kPreferenceSlot] = std::uint8_t(record.pressurePreference);
    facts.sets[kLocationsSlot] = record.painLocations;
    facts.sets[kRadiatesSlot] = record.radiatesTo;
    return facts;
}
