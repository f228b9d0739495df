#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The fixed words of the clinic-intake/1 format and of the recommendation
// output. Code refers to the enums; JSON, rules files and the GUI refer to the
// words. The enums' order is the canonical order of the words.
namespace vocabulary {

enum class PainLocation : std::uint8_t
{
    LowerBack,
    Sacroiliac,
    MidBack,
    UpperBack,
    Neck,
    Shoulders,
    Buttock,
    Hip,
    Thigh,
    LowerLeg,
};
inline constexpr std::array<std::string_view, 10> kPainLocationWords = {
    "lower_back", "sacroiliac", "mid_back", "upper_back", "neck",
    "shoulders",  "buttock",    "hip",      "thigh",      "lower_leg"};

enum class Radiation : std::uint8_t
{
    Hip,
    Leg,
    NeckShoulders
};
inline constexpr std::array<std::string_view, 3> kRadiationWords = {"hip", "leg", "neck_shoulders"};

// Ordered from least to most, so std::min picks the gentler pressure.
enum class Pressure : std::uint8_t
{
    Light,
    Medium,
    Firm
};
inline constexpr std::array<std::string_view, 3> kPressureWords = {"light", "medium", "firm"};

enum class Acuity : std::uint8_t
{
    Acute,
    Subacute,
    Chronic
};
inline constexpr std::array<std::string_view, 3> kAcuityWords = {"acute", "subacute", "chronic"};

enum class Approach : std::uint8_t
{
    TriggerPoint,
    DeepTissue,
    Swedish,
    Sacroiliac,
    ReferOut
};
inline constexpr std::array<std::string_view, 5> kApproachWords = {
    "trigger_point", "deep_tissue", "swedish", "sacroiliac", "refer_out"};

// Ordered by severity, so std::max picks the most urgent.
enum class Urgency : std::uint8_t
{
    Routine,
    Urgent,
    Emergency
};
inline constexpr std::array<std::string_view, 3> kUrgencyWords = {"routine", "urgent", "emergency"};

// Every yes/no answer of the form except pain.changes_with_movement (which
// defaults to true), grouped by the block it belongs to.
enum class YesNoAnswer : std::uint8_t
{
    ShootingLegPain,
    NumbnessOrTingling,
    TightHamstrings,
    TightGlutes,
    StandsOnOneLeg,
    NeckShoulderStress,
    SaddleNumbness,
    BladderOrBowelChange,
    ProgressiveLegWeakness,
    FeverOrUnwell,
    CancerHistory,
    UnexplainedWeightLoss,
    RecentMajorTrauma,
    ConstantNightPain,
    Anticoagulants,
    Pregnancy,
    Osteoporosis,
    RecentSurgery,
    DvtHistory,
    SkinConditionInArea,
};
inline constexpr std::size_t kYesNoAnswerCount = 20;

struct YesNoField
{
    std::string_view block;
    std::string_view field;
};
inline constexpr std::array<YesNoField, kYesNoAnswerCount> kYesNoFields = {{
    {"sciatica", "shooting_leg_pain"},
    {"sciatica", "numbness_or_tingling"},
    {"muscle_findings", "tight_hamstrings"},
    {"muscle_findings", "tight_glutes"},
    {"muscle_findings", "stands_on_one_leg"},
    {"muscle_findings", "neck_shoulder_stress"},
    {"red_flags", "saddle_numbness"},
    {"red_flags", "bladder_or_bowel_change"},
    {"red_flags", "progressive_leg_weakness"},
    {"red_flags", "fever_or_unwell"},
    {"red_flags", "cancer_history"},
    {"red_flags", "unexplained_weight_loss"},
    {"red_flags", "recent_major_trauma"},
    {"red_flags", "constant_night_pain"},
    {"precautions", "anticoagulants"},
    {"precautions", "pregnancy"},
    {"precautions", "osteoporosis"},
    {"precautions", "recent_surgery"},
    {"precautions", "dvt_history"},
    {"precautions", "skin_condition_in_area"},
}};

inline constexpr std::array<std::string_view, 4> kYesNoBlocks = {"sciatica", "muscle_findings",
                                                                 "red_flags", "precautions"};

template <std::size_t N>
std::optional<std::size_t> indexOfWord(const std::array<std::string_view, N>& words,
                                       std::string_view word)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (words[i] == word) {
            return i;
        }
    }
    return std::nullopt;
}

// "a, b or c": for messages that list the allowed words.
template <std::size_t N> std::string listOfWords(const std::array<std::string_view, N>& words)
{
    std::string text;
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) {
            text += (i + 1 == N) ? " or " : ", ";
        }
        text += words[i];
    }
    return text;
}

constexpr std::uint32_t bitOf(YesNoAnswer answer)
{
    return 1u << static_cast<unsigned>(answer);
}
constexpr std::uint16_t bitOf(PainLocation location)
{
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(location));
}
constexpr std::uint8_t bitOf(Radiation radiation)
{
    return static_cast<std::uint8_t>(1u << static_cast<unsigned>(radiation));
}

inline std::string_view wordOf(PainLocation v)
{
    return kPainLocationWords[std::size_t(v)];
}
inline std::string_view wordOf(Radiation v)
{
    return kRadiationWords[std::size_t(v)];
}
inline std::string_view wordOf(Pressure v)
{
    return kPressureWords[std::size_t(v)];
}
inline std::string_view wordOf(Acuity v)
{
    return kAcuityWords[std::size_t(v)];
}
inline std::string_view wordOf(Approach v)
{
    return kApproachWords[std::size_t(v)];
}
inline std::string_view wordOf(Urgency v)
{
    return kUrgencyWords[std::size_t(v)];
}

} // namespace vocabulary
