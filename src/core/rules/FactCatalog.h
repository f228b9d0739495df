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
    Number, // compared with at_least, at_most, above, below, equals
    Choice, // one word of a list: equals, in
    List,   // several words of a list: contains_any, contains_all, subset_of
};

// Where a Choice or List fact takes its words from.
enum class FactWords : std::uint8_t
{
    None,
    PainLocations,
    Radiations,
    Acuities,
    Pressures,
    Approaches,
    CautionCodes, // defined by the rules file's caution rules
    FocusAreas,   // defined by the rules file's focus_areas list
};

struct FactDefinition
{
    std::string_view name;
    FactKind kind;
    std::uint8_t slot; // index into the FactContext array of its kind
    FactWords words;
    RuleStage firstStage; // the earliest stage whose rules may use it
    std::string_view meaning;
};

// Every fact a rule condition may name: the intake's answers, the derived age
// and acuity, and what earlier stages decided.
class FactCatalog
{
public:
    static const std::vector<FactDefinition>& all();
    static const FactDefinition* find(std::string_view name);

    // Slots of the facts that the engine fills in as it goes.
    static constexpr std::uint8_t kPressureLimitedBit = 40;
    static constexpr std::uint8_t kIntensitySlot = 0;
    static constexpr std::uint8_t kDurationSlot = 1;
    static constexpr std::uint8_t kAgeSlot = 2;
    static constexpr std::uint8_t kAcuitySlot = 0;
    static constexpr std::uint8_t kPreferenceSlot = 1;
    static constexpr std::uint8_t kApproachSlot = 2;
    static constexpr std::uint8_t kLocationsSlot = 0;
    static constexpr std::uint8_t kRadiatesSlot = 1;
    static constexpr std::uint8_t kCautionsSlot = 2;
    static constexpr std::uint8_t kFocusAreasSlot = 3;

    // The intake's own facts; the derived ones start empty.
    static FactContext factsOf(const IntakeRecord& record);
};
