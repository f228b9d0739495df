#pragma once

#include "model/Vocabulary.h"

#include <QDate>
#include <cstdint>
#include <optional>
#include <string>

// A physician's note that clears the client for massage despite some flags.
struct MedicalClearance
{
    QDate date;
    std::uint16_t codes = 0; // bits of vocabulary::ClearanceCode
    std::optional<std::string> by;

    bool covers(vocabulary::ClearanceCode code) const
    {
        return (codes & vocabulary::bitOf(code)) != 0;
    }
    // A clearance holds for kClearanceValidDays days: dated on the visit day
    // or up to 90 days before it.
    bool validOn(const QDate& visit) const
    {
        return date.daysTo(visit) <= vocabulary::kClearanceValidDays;
    }
};

// One validated pre-session consultation. Only IntakeParser makes these from
// outside data, so every instance is valid. A clinic-intake/1 record is held
// as the spec reads it as version 2 (a v1 `true` flag is "yes", everything
// else "not asked"), and keeps its format so that it is written back as it
// was stored.
struct IntakeRecord
{
    vocabulary::IntakeFormat format = vocabulary::IntakeFormat::V2;

    std::string clientName; // trimmed, UTF-8
    QDate dateOfBirth;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    QDate visitDate;

    std::uint16_t painLocations = 0; // bits of vocabulary::PainLocation
    int painIntensity = 0;
    double durationWeeks = 0.0;
    std::uint8_t radiatesTo = 0; // bits of vocabulary::Radiation
    std::uint8_t findings = 0;   // bits of vocabulary::Finding

    // Bits of vocabulary::Question; a question in neither was not asked.
    std::uint32_t yesAnswers = 0;
    std::uint32_t noAnswers = 0;

    std::uint16_t avoidAreas = 0; // bits of vocabulary::PainLocation
    std::optional<MedicalClearance> clearance;

    vocabulary::Pressure pressurePreference = vocabulary::Pressure::Medium;
    bool pressurePreferenceStated = false; // false: the default medium
    std::optional<std::string> notes;

    vocabulary::Answer answer(vocabulary::Question question) const
    {
        const auto bit = vocabulary::bitOf(question);
        if ((yesAnswers & bit) != 0) {
            return vocabulary::Answer::Yes;
        }
        return (noAnswers & bit) != 0 ? vocabulary::Answer::No : vocabulary::Answer::NotAsked;
    }
    bool answeredYes(vocabulary::Question question) const
    {
        return (yesAnswers & vocabulary::bitOf(question)) != 0;
    }
    void setAnswer(vocabulary::Question question, vocabulary::Answer value);

    bool has(vocabulary::Finding finding) const
    {
        return (findings & vocabulary::bitOf(finding)) != 0;
    }
    bool hurtsAt(vocabulary::PainLocation location) const
    {
        return (painLocations & vocabulary::bitOf(location)) != 0;
    }
    bool radiatesInto(vocabulary::Radiation radiation) const
    {
        return (radiatesTo & vocabulary::bitOf(radiation)) != 0;
    }
    bool avoids(vocabulary::PainLocation location) const
    {
        return (avoidAreas & vocabulary::bitOf(location)) != 0;
    }

    // Whole years from date of birth to visit date.
    int ageAtVisit() const;
    vocabulary::Acuity acuity() const;
    // The spec's "neck involved": the neck questions are then required.
    bool neckInvolved() const;

    // The record in its own format, with every default written out. A
    // version 1 record is written back in version 1's fields.
    std::string toJson(int indent = -1) const;

    // The same answers as a clinic-intake/2 record (what amending a version 1
    // record stores): unknown answers stay not asked.
    IntakeRecord asVersion2() const;
};

// Whole years between two dates: a birthday on 29 February is reached on
// 1 March in a common year.
int wholeYearsBetween(const QDate& from, const QDate& to);
