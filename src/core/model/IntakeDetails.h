#pragma once

#include "model/IntakeRecord.h"
#include "model/IntakeStatus.h"
#include "model/Vocabulary.h"
#include "util/Language.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <string>
#include <vector>

// One intake as it was stored, typed: what the desktop application shows of
// it. Stored data is read, never trusted: whatever cannot be read is kept
// as a problem (a sentence naming the field) beside what could, so that a
// damaged row is shown as damaged instead of stopping the program.

// A stored suggestion (Recommendation::appendJson's object). Focus areas,
// home care and cautions are words of the rules file that made it, so they
// stay words.
struct StoredCaution
{
    std::string code;
    std::string text;
};

struct StoredReason
{
    std::string rule; // the rule's id
    std::string reason;
};

struct StoredSuggestion
{
    // None: the screening was incomplete and nothing called for a referral.
    std::optional<vocabulary::Approach> approach;
    std::optional<vocabulary::Urgency> urgency;
    std::optional<vocabulary::Pressure> pressure;
    // The questions not asked, in the stored order; none at all (nullopt)
    // for a suggestion made before clinic-intake/2, which did not check.
    std::optional<std::vector<vocabulary::Question>> unanswered;
    // Words of that list this version does not know (a newer program's, or
    // damage): such a suggestion cannot be accepted here.
    std::vector<std::string> unknownUnanswered;
    std::uint16_t cleared = 0; // bits of vocabulary::ClearanceCode
    std::vector<std::string> focusAreas;
    std::vector<StoredCaution> cautions;
    std::vector<std::string> homeCare;
    std::optional<vocabulary::Acuity> acuity;
    std::optional<int> age;
    std::vector<StoredReason> rationale;
    std::string rulesVersion;
    // The language its texts (reasons, caution texts) are in: the one they
    // were shown in. A suggestion stored without one is English.
    UiLanguage language = UiLanguage::English;

    // The suggestion's JSON text. From IntakeRepository::details() it is the
    // parsed JSON written again; export writes the stored text itself.
    std::string json;
    // What could not be read ("approach: unknown word \"hot_stones\"").
    std::vector<std::string> problems;

    bool refersOut() const { return approach == vocabulary::Approach::ReferOut; }
};

struct IntakeVersionDetails
{
    int version = 0;
    QDateTime createdAt;
    QString createdBy;

    // The record as the program reads it (a clinic-intake/1 record read as
    // version 2, keeping its format); none when the stored record can no
    // longer be read, and then recordProblem says why.
    std::optional<IntakeRecord> record;
    std::string recordProblem;
    // The record's JSON text (as `json` of the suggestion).
    std::string recordJson;
    // Whose record and which visit, read from the stored record even when
    // the rest of it cannot be: a damaged record still says whose it is.
    QString clientName;
    QDate dateOfBirth;
    QDate visitDate;
    std::optional<vocabulary::IntakeFormat> format;

    StoredSuggestion suggestion;
    std::string rulesVersion;
    std::string rulesSha256;
};

struct ReviewDetails
{
    int version = 0; // the version reviewed
    QString reviewer;
    QDateTime at;
    ReviewOutcome decision = ReviewOutcome::Overridden;
    // With an override: what the therapist used (no pressure for a referral).
    std::optional<vocabulary::Approach> finalApproach;
    std::optional<vocabulary::Pressure> finalPressure;
    std::optional<QString> reason;
    std::optional<QString> sessionNote;
    std::vector<std::string> problems;
};

struct IntakeDetails
{
    qint64 id = 0;
    IntakeStatus status = IntakeStatus::Pending;
    bool refersOut = false;
    qint64 clientId = 0;
    QDateTime createdAt;
    QString createdBy;
    int currentVersion = 0;
    // Of the current version's record.
    QString clientName;
    QDate dateOfBirth;
    QDate visitDate;

    std::vector<IntakeVersionDetails> versions; // oldest first
    // False when the reviews were left out: the role may not read them.
    bool reviewsIncluded = false;
    std::vector<ReviewDetails> reviews; // oldest first
    std::vector<std::string> problems;  // of the intake itself, not of a version

    // The current version; null only when the intake has no version at all.
    const IntakeVersionDetails* current() const
    {
        for (const auto& version : versions) {
            if (version.version == currentVersion) {
                return &version;
            }
        }
        return versions.empty() ? nullptr : &versions.back();
    }
    bool reviewed() const { return status == IntakeStatus::Reviewed; }
};
