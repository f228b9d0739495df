#include "storage/EditConflict.h"

#include "util/Translated.h"

#include <string>

VersionConflict::VersionConflict(qint64 intakeId, int expectedVersion, int currentVersion,
                                 const char* what)
    : StorageError(Kind::Invalid,
                   // "version:" names the field, the same in every language.
                   "version: " +
                       translated::fill(
                           std::string_view(what) == "review"
                               ? QCoreApplication::translate(
                                     "EditConflict",
                                     "intake %1 was amended meanwhile (now version %2); review "
                                     "it again")
                               : QCoreApplication::translate(
                                     "EditConflict",
                                     "intake %1 was amended meanwhile (now version %2); amend it "
                                     "again"),
                           intakeId, currentVersion)),
      m_intakeId(intakeId), m_expectedVersion(expectedVersion), m_currentVersion(currentVersion)
{}

namespace {

std::string reviewConflictText(qint64 intakeId, int version, int reviewsKnown, int reviewsNow,
                               const ReviewConflict::NewestReview& newest)
{
    const std::string_view outcome = wordOf(newest.outcome); // accepted/overridden: data
    const int unknown = reviewsNow - reviewsKnown;
    // "review:" names the field, the same in every language.
    return "review: " +
           translated::fill(
               QCoreApplication::translate("EditConflict",
                                           "intake %1 version %2 was reviewed meanwhile (%3 "
                                           "not seen; the newest by %4 at %5, %6); nothing was "
                                           "stored"),
               intakeId, version,
               // Two texts, not a counted one: with no catalogue loaded (a
               // test, a script's program) "%n review(s)" would say so.
               unknown == 1
                   ? QCoreApplication::translate("EditConflict", "1 review")
                   : QCoreApplication::translate("EditConflict", "%1 reviews").arg(unknown),
               newest.reviewer, newest.at.toString(Qt::ISODate), outcome);
}

} // namespace

ReviewConflict::ReviewConflict(qint64 intakeId, int version, int reviewsKnown, int reviewsNow,
                               NewestReview newest)
    : StorageError(Kind::Invalid,
                   reviewConflictText(intakeId, version, reviewsKnown, reviewsNow, newest)),
      m_intakeId(intakeId), m_version(version), m_reviewsNow(reviewsNow),
      m_newest(std::move(newest))
{}
