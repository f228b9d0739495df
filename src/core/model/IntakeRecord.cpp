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

} // namespace

// Written by hand rather than through a JSON tree: bulk imports store one of
// these per line, and the tree cost more than parsing the line did.
std::string IntakeRecord::toJson(int indent) const
{
    std::string out;
    out.reserve(900);
    out += "{\"format\":\"clinic-intake/1\",\"client\":{\"name\":";
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
    out += ",\"changes_with_movement\":";
    out += changesWithMovement ? "true" : "false";
    out += '}';

    std::string_view openBlock;
    for (std::size_t i = 0; i < kYesNoAnswerCount; ++i) {
        const auto& field = kYesNoFields[i];
        out += field.block == openBlock ? "," : (openBlock.empty() ? ",\"" : "},\"");
        if (field.block != openBlock) {
            out += field.block;
            out += "\":{";
            openBlock = field.block;
        }
        out += '"';
        out += field.field;
        out += "\":";
        out += has(YesNoAnswer(i)) ? "true" : "false";
    }
    out += "},\"pressure_preference\":\"";
    out += wordOf(pressurePreference);
    out += '"';
    if (notes) {
        out += ",\"notes\":";
        appendJsonString(out, *notes);
    }
    out += '}';
    return indent < 0 ? out : nlohmann::ordered_json::parse(out).dump(indent);
}
