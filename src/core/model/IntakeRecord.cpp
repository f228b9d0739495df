#include "model/IntakeRecord.h"

#include "util/JsonText.h"

#include <nlohmann/json.hpp>

using namespace vocabulary;

int wholeYearsBetween(const QDate& from, const QDate& to)
{
    int years = to.year() - from.year();
    const bool birthdayReached =
        to.month() > from.month() || (to.month() == from.month() && to.day() >= from.day());
    return birthdayReached ? years : years - 1;
}

int IntakeRecord::ageAtVisit() const
{
    return wholeYearsBetween(dateOfBirth, visitDate);
}

void IntakeRecord::setAnswer(Question question, Answer value)
{
    const auto bit = bitOf(question);
    yesAnswers &= ~bit;
    noAnswers &= ~bit;
    if (value == Answer::Yes) {
        yesAnswers |= bit;
    } else if (value == Answer::No) {
        noAnswers |= bit;
    }
}

bool IntakeRecord::neckInvolved() const
{
    return hurtsAt(PainLocation::Neck) || hurtsAt(PainLocation::Shoulders) ||
           hurtsAt(PainLocation::UpperBack) || radiatesInto(Radiation::NeckShoulders) ||
           radiatesInto(Radiation::Arm) || has(Finding::ArmNumbnessOrTingling) ||
           has(Finding::NeckShoulderStress);
}

IntakeRecord IntakeRecord::asVersion2() const
{
    IntakeRecord copy = *this;
    copy.format = IntakeFormat::V2;
    return copy;
}

Acuity IntakeRecord::acuity() const
{
    if (durationWeeks < 6.0) {
        return Acuity::Acute;
    }
    return durationWeeks < 12.0 ? Acuity::Subacute : Acuity::Chronic;
}

namespace {

void appendDate(std::string& out, const QDate& date)
{
    out += '"';
    out += date.toString(Qt::ISODate).toStdString();
    out += '"';
}

template <std::size_t N>
void appendWords(std::string& out, unsigned bits, const std::array<std::string_view, N>& words)
{
    out += '[';
    bool first = true;
    for (std::size_t i = 0; i < N; ++i) {
        if ((bits & (1u << i)) != 0) {
            out += first ? "\"" : ",\"";
            out += words[i];
            out += '"';
            first = false;
        }
    }
    out += ']';
}

void appendBool(std::string& out, bool value)
{
    out += value ? "true" : "false";
}

// The fields a version 1 record had, in version 1's order, and where version
// 2 keeps each of them.
constexpr std::array<std::pair<std::string_view, Question>, 8> kVersion1RedFlags = {{
    {"saddle_numbness", Question::SaddleNumbness},
    {"bladder_or_bowel_change", Question::BladderOrBowelChange},
    {"progressive_leg_weakness", Question::ProgressiveLegWeakness},
    {"fever_or_unwell", Question::FeverOrUnwell},
    {"cancer_history", Question::CancerHistory},
    {"unexplained_weight_loss", Question::UnexplainedWeightLoss},
    {"recent_major_trauma", Question::RecentMajorTrauma},
    {"constant_night_pain", Question::ConstantNightPain},
}};
constexpr std::array<Question, 6> kVersion1Precautions = {
    Question::Anticoagulants, Question::Pregnancy,  Question::Osteoporosis,
    Question::RecentSurgery,  Question::DvtHistory, Question::SkinConditionInArea};

} // namespace

// Written by hand rather than through a JSON tree: bulk imports store one of
// these per line, and the tree cost more than parsing the line did.
std::string IntakeRecord::toJson(int indent) const
{
    const bool version1 = format == IntakeFormat::V1;
    std::string out;
    out.reserve(1200);
    out += "{\"format\":\"";
    out += wordOf(format);
    out += "\",\"client\":{\"name\":";
    appendJsonString(out, clientName);
    out += ",\"date_of_birth\":";
    appendDate(out, dateOfBirth);
    if (phone) {
        out += ",\"phone\":";
        appendJsonString(out, *phone);
    }
    if (email) {
        out += ",\"email\":";
        appendJsonString(out, *email);
    }
    out += "},\"visit_date\":";
    appendDate(out, visitDate);
    out += ",\"pain\":{\"locations\":";
    appendWords(out, painLocations, kPainLocationWords);
    out += ",\"intensity\":";
    out += std::to_string(painIntensity);
    out += ",\"duration_weeks\":";
    // Whole weeks are written as integers, as a person would type them.
    const auto wholeWeeks = static_cast<long long>(durationWeeks);
    out += static_cast<double>(wholeWeeks) == durationWeeks
               ? std::to_string(wholeWeeks)
               : nlohmann::json(durationWeeks).dump(); // shortest exact form
    out += ",\"radiates_to\":";
    appendWords(out, radiatesTo, kRadiationWords);

    if (version1) {
        out += ",\"changes_with_movement\":";
        appendBool(out, !answeredYes(Question::PainUnchangedByMovement));
        out += "},\"sciatica\":{\"shooting_leg_pain\":";
        appendBool(out, has(Finding::ShootingLegPain));
        out += ",\"numbness_or_tingling\":";
        appendBool(out, has(Finding::LegNumbnessOrTingling));
        out += "},\"muscle_findings\":{";
        for (std::size_t i = std::size_t(Finding::TightHamstrings); i < kFindingCount; ++i) {
            out += i == std::size_t(Finding::TightHamstrings) ? "\"" : ",\"";
            out += kFindingFields[i].field;
            out += "\":";
            appendBool(out, has(Finding(i)));
        }
        out += "},\"red_flags\":{";
        for (std::size_t i = 0; i < kVersion1RedFlags.size(); ++i) {
            out += i == 0 ? "\"" : ",\"";
            out += kVersion1RedFlags[i].first;
            out += "\":";
            appendBool(out, answeredYes(kVersion1RedFlags[i].second));
        }
        out += "},\"precautions\":{";
        for (std::size_t i = 0; i < kVersion1Precautions.size(); ++i) {
            out += i == 0 ? "\"" : ",\"";
            out += wordOf(kVersion1Precautions[i]);
            out += "\":";
            appendBool(out, answeredYes(kVersion1Precautions[i]));
        }
        out += '}';
    } else {
        out += '}';
        std::string_view openBlock;
        for (std::size_t i = 0; i < kFindingCount; ++i) {
            const auto& field = kFindingFields[i];
            out += field.block == openBlock ? "," : (openBlock.empty() ? ",\"" : "},\"");
            if (field.block != openBlock) {
                out += field.block;
                out += "\":{";
                openBlock = field.block;
            }
            out += '"';
            out += field.field;
            out += "\":";
            appendBool(out, has(Finding(i)));
        }
        out += "},\"screening\":{";
        bool first = true;
        for (std::size_t i = 0; i < kQuestionCount; ++i) {
            if (i == kFirstPrecautionQuestion) {
                out += "},\"precautions\":{";
                first = true;
            }
            const Answer given = answer(Question(i));
            if (given == Answer::NotAsked) {
                continue; // a left-out question was not asked
            }
            out += first ? "\"" : ",\"";
            out += kQuestionFields[i].field;
            out += given == Answer::Yes ? "\":\"yes\"" : "\":\"no\"";
            first = false;
        }
        out += "},\"avoid_areas\":";
        appendWords(out, avoidAreas, kPainLocationWords);
        if (clearance) {
            out += ",\"medical_clearance\":{\"date\":";
            appendDate(out, clearance->date);
            out += ",\"for\":";
            appendWords(out, clearance->codes, kClearanceCodeWords);
            if (clearance->by) {
                out += ",\"by\":";
                appendJsonString(out, *clearance->by);
            }
            out += '}';
        }
    }
    if (pressurePreferenceStated) {
        out += ",\"pressure_preference\":\"";
        out += wordOf(pressurePreference);
        out += '"';
    }
    if (notes) {
        out += ",\"notes\":";
        appendJsonString(out, *notes);
    }
    out += '}';
    return indent < 0 ? out : nlohmann::ordered_json::parse(out).dump(indent);
}
