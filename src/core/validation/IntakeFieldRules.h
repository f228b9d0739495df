#pragma once

// What makes a field of an intake record valid (spec/intake-format.md): the
// limits, the checks on single values and the lists of field names. Both ways
// IntakeParser reads a record use these and nothing else: the full reader,
// which walks a JSON tree and reports every problem, and the common-case
// reader (CommonCaseReader.cpp), which reads well-formed text straight into the
// record and leaves anything else to the full reader. Header-only.

#include "model/IntakeRecord.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QString>
#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace intake_rules {

using vocabulary::Finding;
using vocabulary::IntakeFormat;
using vocabulary::Question;

inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxPhoneLength = 40;
inline constexpr std::size_t kMaxEmailLength = 254;
inline constexpr std::size_t kMaxNotesLength = 4000;
inline constexpr std::size_t kMaxClearanceByLength = 200;
inline constexpr int kMaxAge = 120;
inline constexpr double kMaxDurationWeeks = 5200.0;

// The members of the record itself, in both formats; which of them a format
// allows is recordFieldAllowed().
enum class RecordField : std::uint8_t
{
    Format,
    Client,
    VisitDate,
    Pain,
    NerveSymptoms,
    MuscleFindings,
    Screening,
    Precautions,
    AvoidAreas,
    MedicalClearance,
    PressurePreference,
    Notes,
    Sciatica, // version 1 only
    RedFlags, // version 1 only
};
inline constexpr std::array<std::string_view, 14> kRecordFieldWords = {"format",
                                                                       "client",
                                                                       "visit_date",
                                                                       "pain",
                                                                       "nerve_symptoms",
                                                                       "muscle_findings",
                                                                       "screening",
                                                                       "precautions",
                                                                       "avoid_areas",
                                                                       "medical_clearance",
                                                                       "pressure_preference",
                                                                       "notes",
                                                                       "sciatica",
                                                                       "red_flags"};

constexpr bool recordFieldAllowed(RecordField field, IntakeFormat format)
{
    switch (field) {
    case RecordField::NerveSymptoms:
    case RecordField::Screening:
    case RecordField::AvoidAreas:
    case RecordField::MedicalClearance:
        return format == IntakeFormat::V2;
    case RecordField::Sciatica:
    case RecordField::RedFlags:
        return format == IntakeFormat::V1;
    default:
        return true;
    }
}

inline std::optional<RecordField> recordField(std::string_view name, IntakeFormat format)
{
    const auto index = vocabulary::indexOfWord(kRecordFieldWords, name);
    if (!index || !recordFieldAllowed(RecordField(*index), format)) {
        return std::nullopt;
    }
    return RecordField(*index);
}

enum class ClientField : std::uint8_t
{
    Name,
    DateOfBirth,
    Phone,
    Email
};
inline constexpr std::array<std::string_view, 4> kClientFieldWords = {"name", "date_of_birth",
                                                                      "phone", "email"};

// The last one, changes_with_movement, is version 1's only.
enum class PainField : std::uint8_t
{
    Locations,
    Intensity,
    DurationWeeks,
    RadiatesTo,
    ChangesWithMovement,
};
inline constexpr std::array<std::string_view, 5> kPainFieldWords = {
    "locations", "intensity", "duration_weeks", "radiates_to", "changes_with_movement"};

inline std::optional<PainField> painField(std::string_view name, IntakeFormat format)
{
    const auto index = vocabulary::indexOfWord(kPainFieldWords, name);
    if (!index ||
        (PainField(*index) == PainField::ChangesWithMovement && format != IntakeFormat::V1)) {
        return std::nullopt;
    }
    return PainField(*index);
}

enum class ClearanceField : std::uint8_t
{
    Date,
    For,
    By
};
inline constexpr std::array<std::string_view, 3> kClearanceFieldWords = {"date", "for", "by"};

// Version 1 allowed only the first three radiation words (no "arm").
inline constexpr std::array<std::string_view, 3> kVersion1RadiationWords = {
    vocabulary::kRadiationWords[0], vocabulary::kRadiationWords[1], vocabulary::kRadiationWords[2]};

// Version 1's boolean fields and where version 2 keeps them: a finding is
// copied, a screening or precaution flag that is true becomes "yes" (false
// or left out: not asked, since version 1 could not tell the two apart).
struct Version1Boolean
{
    std::string_view block;
    std::string_view field;
    std::optional<Finding> finding;
    std::optional<Question> question;
};
inline constexpr std::array<std::string_view, 4> kVersion1BooleanBlocks = {
    "sciatica", "muscle_findings", "red_flags", "precautions"};
inline const std::array<Version1Boolean, 20> kVersion1Booleans = {{
    {"sciatica", "shooting_leg_pain", Finding::ShootingLegPain, std::nullopt},
    {"sciatica", "numbness_or_tingling", Finding::LegNumbnessOrTingling, std::nullopt},
    {"muscle_findings", "tight_hamstrings", Finding::TightHamstrings, std::nullopt},
    {"muscle_findings", "tight_glutes", Finding::TightGlutes, std::nullopt},
    {"muscle_findings", "stands_on_one_leg", Finding::StandsOnOneLeg, std::nullopt},
    {"muscle_findings", "neck_shoulder_stress", Finding::NeckShoulderStress, std::nullopt},
    {"red_flags", "saddle_numbness", std::nullopt, Question::SaddleNumbness},
    {"red_flags", "bladder_or_bowel_change", std::nullopt, Question::BladderOrBowelChange},
    {"red_flags", "progressive_leg_weakness", std::nullopt, Question::ProgressiveLegWeakness},
    {"red_flags", "fever_or_unwell", std::nullopt, Question::FeverOrUnwell},
    {"red_flags", "cancer_history", std::nullopt, Question::CancerHistory},
    {"red_flags", "unexplained_weight_loss", std::nullopt, Question::UnexplainedWeightLoss},
    {"red_flags", "recent_major_trauma", std::nullopt, Question::RecentMajorTrauma},
    {"red_flags", "constant_night_pain", std::nullopt, Question::ConstantNightPain},
    {"precautions", "anticoagulants", std::nullopt, Question::Anticoagulants},
    {"precautions", "pregnancy", std::nullopt, Question::Pregnancy},
    {"precautions", "osteoporosis", std::nullopt, Question::Osteoporosis},
    {"precautions", "recent_surgery", std::nullopt, Question::RecentSurgery},
    {"precautions", "dvt_history", std::nullopt, Question::DvtHistory},
    {"precautions", "skin_condition_in_area", std::nullopt, Question::SkinConditionInArea},
}};

// The index of the entry of `table` (entries with .block and .field) that
// names `field` in `block`.
template <typename Table>
std::optional<std::size_t> indexOfField(const Table& table, std::string_view block,
                                        std::string_view field)
{
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].field == field && table[i].block == block) {
            return i;
        }
    }
    return std::nullopt;
}

// The index into kVersion1Booleans of `field` in version 1's `block`.
inline std::optional<std::size_t> version1Boolean(std::string_view block, std::string_view field)
{
    return indexOfField(kVersion1Booleans, block, field);
}

// The version 2 finding (nerve_symptoms, muscle_findings) named `field` in `block`.
inline std::optional<Finding> findingField(std::string_view block, std::string_view field)
{
    const auto index = indexOfField(vocabulary::kFindingFields, block, field);
    return index ? std::optional(Finding(*index)) : std::nullopt;
}

// The version 2 question (screening, precautions) named `field` in `block`.
inline std::optional<Question> questionField(std::string_view block, std::string_view field)
{
    const auto index = indexOfField(vocabulary::kQuestionFields, block, field);
    return index ? std::optional(Question(*index)) : std::nullopt;
}

// Characters as a person counts them: Unicode code points, not UTF-8 bytes.
inline std::size_t characterCount(std::string_view text)
{
    std::size_t count = 0;
    for (const char byte : text) {
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

// YYYY-MM-DD as a QDate, which may be invalid (2026-02-30): the caller tells
// "not written as a date" (nullopt) from "not a calendar date" (invalid).
inline std::optional<QDate> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
    }
    const auto digits = [&text](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

// The client's name as kept: without the white space (Unicode's, as
// QString::trimmed sees it) around it. Text that is all ASCII, as most names
// are, is trimmed here of the same characters QString would remove there
// (tab, line feed, vertical tab, form feed, carriage return, space).
inline std::string trimmedName(std::string_view raw)
{
    bool ascii = true;
    for (const char byte : raw) {
        ascii = ascii && static_cast<unsigned char>(byte) < 0x80;
    }
    if (!ascii) {
        return QString::fromUtf8(raw.data(), qsizetype(raw.size())).trimmed().toStdString();
    }
    const auto isSpace = [](char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    };
    std::size_t begin = 0;
    std::size_t end = raw.size();
    while (begin < end && isSpace(raw[begin])) {
        ++begin;
    }
    while (end > begin && isSpace(raw[end - 1])) {
        --end;
    }
    return std::string(raw.substr(begin, end - begin));
}

inline bool isPhoneNumber(std::string_view phone)
{
    return phone.find_first_not_of("0123456789 +-()./") == std::string_view::npos;
}

// One '@', and a dot somewhere after it.
inline bool looksLikeEmail(std::string_view email)
{
    const auto at = email.find('@');
    const bool oneAt =
        at != std::string_view::npos && email.find('@', at + 1) == std::string_view::npos;
    return oneAt && email.find('.', at + 1) != std::string_view::npos;
}

// A whole number from 0 to 10 (6 and 6.0 are the same number in JSON).
inline bool isPainIntensity(double value)
{
    return std::floor(value) == value && value >= 0.0 && value <= 10.0;
}

inline bool isDurationWeeks(double value)
{
    return value >= 0.0 && value <= kMaxDurationWeeks;
}

// The date of birth against the visit date (both valid).
enum class BirthProblem
{
    None,
    AfterVisit,
    TooOld, // older than kMaxAge at the visit
};
inline BirthProblem birthProblem(const QDate& dateOfBirth, const QDate& visitDate)
{
    if (dateOfBirth > visitDate) {
        return BirthProblem::AfterVisit;
    }
    return wholeYearsBetween(dateOfBirth, visitDate) > kMaxAge ? BirthProblem::TooOld
                                                               : BirthProblem::None;
}

// A clearance's date against the visit and the birth, each where it is known
// (and valid itself).
enum class ClearanceDateProblem
{
    None,
    AfterVisit,
    BeforeBirth,
};
inline ClearanceDateProblem clearanceDateProblem(const QDate& date,
                                                 const std::optional<QDate>& visitDate,
                                                 const std::optional<QDate>& dateOfBirth)
{
    if (visitDate && date > *visitDate) {
        return ClearanceDateProblem::AfterVisit;
    }
    if (dateOfBirth && date < *dateOfBirth) {
        return ClearanceDateProblem::BeforeBirth;
    }
    return ClearanceDateProblem::None;
}

} // namespace intake_rules
