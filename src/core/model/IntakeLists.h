#pragma once

#include "model/IntakeStatus.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <string>

// What the use-case layer and the front ends ask storage for and get back:
// a review decision, the filters and rows of the records list, what a save
// returns, and the returning-client matches. The same on every backend.

struct ReviewDecision
{
    bool accepted = true;
    // With an override: the approach and pressure the therapist will use
    // (no pressure when referring out), and why.
    vocabulary::Approach finalApproach = vocabulary::Approach::Swedish;
    std::optional<vocabulary::Pressure> finalPressure;
    QString reason;
    QString sessionNote;
    // The version the decision is about (0: whichever is current). A review
    // of a version that was amended meanwhile is refused, so that what was
    // checked is what is reviewed: storage requires the version.
    int version = 0;
    // The reviews of that version the reviewer knew of when deciding (the
    // ones on screen). When it has more by the time this one is stored,
    // someone else reviewed it meanwhile: refused (ReviewConflict), so that
    // a second review is never added unknowingly. None: not checked, the
    // review is knowingly one more.
    std::optional<int> reviewsKnown;
    // The save's id (empty: none): saving the same decision again with it
    // answers the first save's review and stores nothing more.
    QString saveId;
};

// The orders list() can return. Every order ends with the intake id, so that
// pages read with limit and offset neither repeat nor skip a row.
enum class IntakeSort
{
    VisitDate, // visit date, then id (the default: newest first)
    Client,    // the client's folded name (accents and case ignored), birth date, id
    Status,    // status, then visit date and id
    Approach,  // suggested approach word, then visit date and id
    Id,
};

struct IntakeFilter
{
    std::optional<IntakeStatus> status; // none: both
    QString search;                     // words of the client's name (prefixes, any order)
    QDate from;                         // visit date, inclusive
    QDate to;
    std::optional<vocabulary::Approach> approach; // the suggested approach; none: any
    int limit = 100;                              // 0: no limit
    int offset = 0;                               // rows to skip first: the pages of a table
    IntakeSort sort = IntakeSort::VisitDate;
    bool descending = true; // applies to every key of the order, so an index can serve it
};

struct IntakeSummary
{
    qint64 id = 0;
    QString clientName;
    QDate dateOfBirth;
    QDate visitDate;
    IntakeStatus status = IntakeStatus::Pending;
    // None: the screening is incomplete and nothing calls for a referral.
    std::optional<vocabulary::Approach> approach;
    std::optional<vocabulary::Urgency> urgency; // a referral's
    bool refersOut = false;
    int version = 1;
    // The newest review's decision and reviewer; none and empty while the
    // intake has none.
    std::optional<ReviewOutcome> reviewDecision;
    QString reviewer;
};

// An intake already stored for a client on a visit date (sameDayIntakes).
struct SameDayIntake
{
    qint64 intakeId = 0;
    QDateTime createdAt; // when it was first saved, UTC
    QString createdBy;
};

struct SavedIntake
{
    qint64 intakeId = 0;
    qint64 clientId = 0;
    bool returningClient = false;
    int version = 1;
    std::string suggestionJson; // as stored and shown
};

// Where an intake stands now, without anything of its contents: for a page
// that has it open, to see whether it changed meanwhile (an amendment, a
// review by someone else) without reading it again, which would be a "view"
// in the audit log.
struct IntakeState
{
    int version = 1;          // the current version
    QDateTime versionSavedAt; // UTC
    QString versionSavedBy;
    int reviewsOfVersion = 0; // the current version's reviews
    // The newest of them; none while there is none.
    std::optional<ReviewOutcome> newestReviewOutcome;
    QString newestReviewer;
    QDateTime newestReviewAt; // UTC
};

// What a save that carried a save id stored, found again by that id: the
// use-case layer answers a repeated save with it (IntakeWorkflow).
struct StoredSave
{
    enum class Kind
    {
        NewIntake, // an add: the intake's first version
        Amendment, // an amend: the version it made
        Review,
    };
    Kind kind = Kind::NewIntake;
    QString actor;     // who saved it
    SavedIntake saved; // the intake and version (the reviewed version for a review)
    qint64 reviewId = 0;
    std::string recordJson;  // NewIntake, Amendment: the record as stored
    ReviewDecision decision; // Review: the decision as stored
};

struct ClientMatch
{
    qint64 id = 0;
    QString name;
    QDate dateOfBirth;
    QString phone; // from the client's latest intake, so a changed number shows
    QString email;
};
