#include "model/IntakeRecord.h"

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

std::string isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate).toStdString();
}

} // namespace

std::string IntakeRecord::toJson(int indent) const
{
    nlohmann::ordered_json record;
    record["format"] = "clinic-intake/1";
    auto& client = record["client"];
    client["name"] = clientName;
    client["date_of_birth"] = isoDate(dateOfBirth);
    if (phone) {
        client["phone"] = *phone;
    }
    if (email) {
        client["email"] = *email;
    }
    record["visit_date"] = isoDate(visitDate);

    auto& pain = record["pain"];
    pain["locations"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        if (hurtsAt(PainLocation(i))) {
            pain["locations"].push_back(kPainLocationWords[i]);
        }
    }
    pain["intensity"] = painIntensity;
    // Whole weeks are written as integers, as a person would type them.
    const auto wholeWeeks = static_cast<long long>(durationWeeks);
    if (static_cast<double>(wholeWeeks) == durationWeeks) {
        pain["duration_weeks"] = wholeWeeks;
    } else {
        pain["duration_weeks"] = durationWeeks;
    }
    pain["radiates_to"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < kRadiationWords.size(); ++i) {
        if (radiatesInto(Radiation(i))) {
            pain["radiates_to"].push_back(kRadiationWords[i]);
        }
    }
    pain["changes_with_movement"] = changesWithMovement;

    for (std::size_t i = 0; i < kYesNoAnswerCount; ++i) {
        const auto& field = kYesNoFields[i];
        record[std::string(field.block)][std::string(field.field)] = has(YesNoAnswer(i));
    }
    record["pressure_preference"] = wordOf(pressurePreference);
    if (notes) {
        record["notes"] = *notes;
    }
    return record.dump(indent);
}
