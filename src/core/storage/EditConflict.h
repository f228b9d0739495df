#pragma once

#include "model/IntakeStatus.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QString>

// Someone else changed the intake between the moment it was read for a
// write and the write itself: nothing was stored. Refused as Invalid (the
// request rests on what is no longer so), with what the front ends need to
// ask the person what to do, rather than the words of a message.

// The intake was amended meanwhile: the write was about an older version.
class VersionConflict : public StorageError
{
public:
    // `what` is the write refused: "amend", "review".
    VersionConflict(qint64 intakeId, int expectedVersion, int currentVersion, const char* what);

    qint64 intakeId() const { return m_intakeId; }
    int expectedVersion() const { return m_expectedVersion; }
    int currentVersion() const { return m_currentVersion; }

private:
    qint64 m_intakeId;
    int m_expectedVersion;
    int m_currentVersion;
};

// The version was reviewed meanwhile by someone else: the review would be
// one more, which the reviewer must choose knowingly.
class ReviewConflict : public StorageError
{
public:
    struct NewestReview
    {
        QString reviewer;
        QDateTime at;
        ReviewOutcome outcome = ReviewOutcome::Accepted;
    };

    ReviewConflict(qint64 intakeId, int version, int reviewsKnown, int reviewsNow,
                   NewestReview newest);

    qint64 intakeId() const { return m_intakeId; }
    int version() const { return m_version; }
    // The reviews of the version now stored: a review made knowing them
    // (ReviewDecision::reviewsKnown) is stored as one more.
    int reviewsNow() const { return m_reviewsNow; }
    const NewestReview& newest() const { return m_newest; }

private:
    qint64 m_intakeId;
    int m_version;
    int m_reviewsNow;
    NewestReview m_newest;
};
