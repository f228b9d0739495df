#pragma once

#include "model/Vocabulary.h"

#include <QDate>
#include <cstdint>
#include <optional>
#include <string>

// One validated pre-session consultation (format clinic-intake/1). Only
// IntakeParser makes these from outside data, so every instance is valid.
struct IntakeRecord
{
    std::string clientName; // trimmed, UTF-8
    QDate dateOfBirth;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    QDate visitDate;

    std::uint16_t painLocations = 0; // bits of vocabulary::PainLocation
    int painIntensity = 0;
    double durationWeeks = 0.0;
    std::uint8_t radiatesTo = 0; // bits of vocabulary::Radiation
    bool changesWithMovement = true;

    std::uint32_t yesAnswers = 0; // bits of vocabulary::YesNoAnswer
    vocabulary::Pressure pressurePreference = vocabulary::Pressure::Medium;
    std::optional<std::string> notes;

    bool has(vocabulary::YesNoAnswer answer) const
    {
        return (yesAnswers & vocabulary::bitOf(answer)) != 0;
    }
    bool hurtsAt(vocabulary::PainLocation location) const
    {
        return (painLocations & vocabulary::bitOf(location)) != 0;
    }
    bool radiatesInto(vocabulary::Radiation radiation) const
    {
        return (radiatesTo & vocabulary::bitOf(radiation)) != 0;
    }

    // Whole years from date of birth to visit date.
    int ageAtVisit() const;
    vocabulary::Acuity acuity() const;

    // The record in clinic-intake/1, with every default written out.
    std::string toJson(int indent = -1) const;
};

// Whole years between two dates: a birthday on 29 February is reached on
// 1 March in a common year.
int wholeYearsBetween(const QDate& from, const QDate& to);
