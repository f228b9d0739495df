#pragma once

#include "rules/FactContext.h"
#include "rules/RuleStage.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct IntakeRecord;

enum class FactKind : std::uint8_t
{
    YesNo,  // true or false
    Answer, // a question: answered yes, answered no, or not asked
    Number, // compared with at_least, at_most, above, below, equals
    Choice, // one word of a list: equals, in
    List,   // several words of a list: contains_any, contains_all, subset_of, is_empty
};

// Where a Choice, List or Answer fact takes its words from.
enum class FactWords : std::uint8_t
{
    None,
    Answers, // not_asked, no, yes
    PainLocations,
    Radiations,
    Acuities,
    Pressures,
    Ceilings,     // light, medium, firm, none
    Approaches,   // the approaches, refer_out, and none (no plan: screening incomplete)
    CautionCodes, // defined by the rules file's caution rules
    FocusAreas,   // defined by the rules file's focus_areas list
};

struct FactDefinition
{
    std::string_view name;
    FactKind kind;
    std::uint8_t slot; // index into the FactContext array of its kind (bit for yes/no)
    FactWords words;
    RuleStage firstStage; // the earliest stage whose rules may use it
    std::string_view meaning;
};

// Every fact a rule condition may name: the intake's answers and findings,
// the derived values, and what earlier stages decided.
class FactCatalog
{
public:
    static const std::vector<FactDefinition>& all();
    static const FactDefinition* find(std::string_view name);

    // Yes/no bits. Bits 0-27 are the questions answered "yes" (vocabulary::Question).
    static constexpr std::uint8_t kFirstFindingBit = 28;
    static constexpr std::uint8_t kNeckInvolvedBit = 40;
    static constexpr std::uint8_t kPreferenceStatedBit = 41;
    static constexpr std::uint8_t kClearanceValidBit = 42;
    static constexpr std::uint8_t kClearanceExpiredBit = 43;
    static constexpr std::uint8_t kReferredBit = 44;
    static constexpr std::uint8_t kScreeningCompleteBit = 45;
    static constexpr std::uint8_t kClearanceAppliedBit = 46;
    static constexpr std::uint8_t kPressureLimitedBit = 47;
    static constexpr std::uint8_t kCeilingBelowLeastBit = 48;
    static constexpr std::uint8_t kPreferenceBelowLeastBit = 49;
    static constexpr std::uint8_t kPressureBelowPreferenceBit = 50;
    static constexpr std::uint8_t kPressureCappedByCautionBit = 51;

    static constexpr std::uint8_t kIntensitySlot = 0;
    static constexpr std::uint8_t kDurationSlot = 1;
    static constexpr std::uint8_t kAgeSlot = 2;

    static constexpr std::uint8_t kAcuitySlot = 0;
    static constexpr std::uint8_t kPreferenceSlot = 1;
    static constexpr std::uint8_t kApproachSlot = 2;
    static constexpr std::uint8_t kCeilingSlot = 3;
    static constexpr std::uint8_t kPressureSlot = 4;
    static constexpr std::uint8_t kNoApproach = 5; // the word "none" of the approach fact
    static constexpr std::uint8_t kNoCeiling = 3;  // the word "none" of pressure_ceiling

    static constexpr std::uint8_t kLocationsSlot = 0;
    static constexpr std::uint8_t kRadiatesSlot = 1;
    static constexpr std::uint8_t kAvoidAreasSlot = 2;
    static constexpr std::uint8_t kCautionsSlot = 3;
    static constexpr std::uint8_t kFocusAreasSlot = 4;

    // The intake's own facts and those derived from it alone (age, acuity,
    // neck involved, clearance valid or expired after `clearanceValidDays`);
    // the decided ones start empty.
    static FactContext factsOf(const IntakeRecord& record, int clearanceValidDays);
};
