#include "storage/EditConflict.h"

#include <string>

VersionConflict::VersionConflict(qint64 intakeId, int expectedVersion, int currentVersion,
                                 const char* what)
    : StorageError(Kind::Invalid, "version: intake " + std::to_string(intakeId) +
                                      " was amended meanwhile (now version " +
                                      std::to_string(currentVersion) + "); " + what + " it again"),
      m_intakeId(intakeId), m_expectedVersion(expectedVersion), m_currentVersion(currentVersion)
{}

namespace {

std::string reviewConflictText(qint64 intakeId, int version, int reviewsKnown, int reviewsNow,
                               const ReviewConflict::NewestReview& newest)
{
    const std::string_view outcome = wordOf(newest.outcome);
    const int unknown = reviewsNow - reviewsKnown;
    return "review: intake " + std::to_string(intakeId) + " version " + std::to_string(version) +
           " was reviewed meanwhile (" +
           (unknown == 1 ? std::string("1 review") : std::to_string(unknown) + " reviews") +
           " not seen; the newest by " + newest.reviewer.toStdString() + " at " +
           newest.at.toString(Qt::ISODate).toStdString() + ", " + std::string(outcome) +
           "); nothing was stored";
}

} // namespace

ReviewConflict::ReviewConflict(qint64 intakeId, int version, int reviewsKnown, int reviewsNow,
                               NewestReview newest)
    : StorageError(Kind::Invalid,
                   reviewConflictText(intakeId, version, reviewsKnown, reviewsNow, newest)),
      m_intakeId(intakeId), m_version(version), m_reviewsNow(reviewsNow),
      m_newest(std::move(newest))
{}
