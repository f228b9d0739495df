#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The fixed words of the clinic-intake/2 format (and of version 1) and of the recommendation
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
    NeckShoulders,
    Arm
};
inline constexpr std::array<std::string_view, 4> kRadiationWords = {"hip", "leg", "neck_shoulders",
                                                                    "arm"};

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

// The format of an intake record. Records keep the format they were stored
// in; a clinic-intake/1 record is read as version 2 (see IntakeRecord).
enum class IntakeFormat : std::uint8_t
{
    V1,
    V2
};
inline constexpr std::array<std::string_view, 2> kIntakeFormatWords = {"clinic-intake/1",
                                                                       "clinic-intake/2"};

// A screening or precaution question's answer. A question left out of a
// record was not asked, which is not the same as "no".
enum class Answer : std::uint8_t
{
    NotAsked,
    No,
    Yes
};

// Every screening and precaution question, in the order the spec lists
// unanswered questions: the 18 screening questions, the 2 neck questions,
// then the 8 precaution questions.
enum class Question : std::uint8_t
{
    SaddleNumbness,
    BladderOrBowelChange,
    SexualDysfunction,
    SymptomsInBothLegs,
    ProgressiveLegWeakness,
    FeverOrUnwell,
    Immunosuppressed,
    InjectsDrugs,
    CancerHistory,
    UnexplainedWeightLoss,
    ConstantNightPain,
    RecentMajorTrauma,
    RecentMinorFall,
    CannotBearWeight,
    CalfSwelling,
    ChestPainOrBreathlessness,
    SuddenSeverePain,
    PainUnchangedByMovement,
    SevereHeadache,        // neck question
    DizzinessOrNeuroSigns, // neck question
    Anticoagulants,
    Pregnancy,
    Osteoporosis,
    LongTermSteroids,
    RecentSurgery,
    DvtHistory,
    SkinConditionInArea,
    VaricoseVeins,
};
inline constexpr std::size_t kQuestionCount = 28;
inline constexpr std::size_t kFirstNeckQuestion = std::size_t(Question::SevereHeadache);
inline constexpr std::size_t kFirstPrecautionQuestion = std::size_t(Question::Anticoagulants);

struct QuestionField
{
    std::string_view block; // "screening" or "precautions"
    std::string_view field;
};
inline constexpr std::array<QuestionField, kQuestionCount> kQuestionFields = {{
    {"screening", "saddle_numbness"},
    {"screening", "bladder_or_bowel_change"},
    {"screening", "sexual_dysfunction"},
    {"screening", "symptoms_in_both_legs"},
    {"screening", "progressive_leg_weakness"},
    {"screening", "fever_or_unwell"},
    {"screening", "immunosuppressed"},
    {"screening", "injects_drugs"},
    {"screening", "cancer_history"},
    {"screening", "unexplained_weight_loss"},
    {"screening", "constant_night_pain"},
    {"screening", "recent_major_trauma"},
    {"screening", "recent_minor_fall"},
    {"screening", "cannot_bear_weight"},
    {"screening", "calf_swelling"},
    {"screening", "chest_pain_or_breathlessness"},
    {"screening", "sudden_severe_pain"},
    {"screening", "pain_unchanged_by_movement"},
    {"screening", "severe_headache"},
    {"screening", "dizziness_or_neuro_signs"},
    {"precautions", "anticoagulants"},
    {"precautions", "pregnancy"},
    {"precautions", "osteoporosis"},
    {"precautions", "long_term_steroids"},
    {"precautions", "recent_surgery"},
    {"precautions", "dvt_history"},
    {"precautions", "skin_condition_in_area"},
    {"precautions", "varicose_veins"},
}};

constexpr bool isNeckQuestion(Question question)
{
    return question == Question::SevereHeadache || question == Question::DizzinessOrNeuroSigns;
}

// The yes/no findings that are plain booleans (default false) in both formats.
enum class Finding : std::uint8_t
{
    ShootingLegPain,
    LegNumbnessOrTingling,
    ArmNumbnessOrTingling,
    TightHamstrings,
    TightGlutes,
    StandsOnOneLeg,
    NeckShoulderStress,
};
inline constexpr std::size_t kFindingCount = 7;

struct FindingField
{
    std::string_view block; // "nerve_symptoms" or "muscle_findings"
    std::string_view field;
};
inline constexpr std::array<FindingField, kFindingCount> kFindingFields = {{
    {"nerve_symptoms", "shooting_leg_pain"},
    {"nerve_symptoms", "leg_numbness_or_tingling"},
    {"nerve_symptoms", "arm_numbness_or_tingling"},
    {"muscle_findings", "tight_hamstrings"},
    {"muscle_findings", "tight_glutes"},
    {"muscle_findings", "stands_on_one_leg"},
    {"muscle_findings", "neck_shoulder_stress"},
}};

// Flags a physician's note can clear, in the spec's canonical order.
enum class ClearanceCode : std::uint8_t
{
    RecentMajorTrauma,
    CancerHistory,
    UnexplainedWeightLoss,
    ConstantNightPain,
    Immunosuppressed,
    InjectsDrugs,
    RecentMinorFall,
    PainNotMechanical,
    Child,
};
inline constexpr std::array<std::string_view, 9> kClearanceCodeWords = {
    "recent_major_trauma", "cancer_history",      "unexplained_weight_loss",
    "constant_night_pain", "immunosuppressed",    "injects_drugs",
    "recent_minor_fall",   "pain_not_mechanical", "child"};

// How many days before the visit a clearance may be dated and still count.
inline constexpr int kClearanceValidDays = 90;

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

// The value of Enum that `word` names (an enum's order is its words' order);
// none for any other word. Stored and typed words are data: never assumed known.
template <typename Enum, std::size_t N>
std::optional<Enum> fromWord(const std::array<std::string_view, N>& words, std::string_view word)
{
    const auto index = indexOfWord(words, word);
    return index ? std::optional<Enum>(Enum(*index)) : std::nullopt;
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

constexpr std::uint32_t bitOf(Question question)
{
    return 1u << static_cast<unsigned>(question);
}
constexpr std::uint8_t bitOf(Finding finding)
{
    return static_cast<std::uint8_t>(1u << static_cast<unsigned>(finding));
}
constexpr std::uint16_t bitOf(ClearanceCode code)
{
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(code));
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
inline std::string_view wordOf(IntakeFormat v)
{
    return kIntakeFormatWords[std::size_t(v)];
}
inline std::string_view wordOf(ClearanceCode v)
{
    return kClearanceCodeWords[std::size_t(v)];
}
inline std::string_view wordOf(Question v)
{
    return kQuestionFields[std::size_t(v)].field;
}
inline std::string_view wordOf(Finding v)
{
    return kFindingFields[std::size_t(v)].field;
}

} // namespace vocabulary
