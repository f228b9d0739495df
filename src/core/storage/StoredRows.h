#pragma once

#include "storage/AuditCoverage.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

struct Recommendation;
struct IntakeSummary;
struct ReviewDecision;
struct StoredSave;
struct IntakeState;
struct IntakeClaim;
enum class IntakeSort;
class QSqlQuery;

// What every backend's intake store writes and reads the same way: the
// suggestion's list words, stored JSON read back, the version check of an
// amendment or a review, and what an add or amendment's audit entry covers.
namespace stored_rows {

// None when the screening is incomplete and nothing calls for a referral.
std::optional<std::string_view> approachWord(const Recommendation& result);
std::optional<std::string_view> urgencyWord(const Recommendation& result);
std::optional<std::string_view> pressureWord(const Recommendation& result);

nlohmann::ordered_json jsonOrNull(const QVariant& value);
// A review of details(), from the columns reviewer, reviewed_at, decision,
// final_approach, final_pressure, reason, session_note and the version's
// number, in that order from column `first` of `row`.
nlohmann::ordered_json reviewJson(const QSqlQuery& row, int first);
// Stored text is data, not a promise: text that does not parse is a damaged
// row, reported as such (StorageError Corrupt; check lists every one), never an abort.
nlohmann::ordered_json parsedJson(const QVariant& text, const char* what, qint64 intakeId,
                                  int version);
// The same check without building the value, for text passed on as stored.
void requireJsonObject(const std::string& text, const char* what, qint64 intakeId, int version);

// A write about the version someone looked at must not land on a newer one
// (StorageError Invalid, field "version"; `what`: "amend", "review").
void requireCurrent(qint64 intakeId, int expectedVersion, int currentVersion, const char* what);
// Throws ReviewConflict when the version has more reviews than the decision
// knew of. `newest` is positioned on the version's newest review, with the
// columns reviewer, reviewed_at, decision and the version's count of
// reviews (kNewestReviewSql), or not positioned when it has none.
void requireReviewsKnown(qint64 intakeId, int version, const ReviewDecision& decision,
                         const QSqlQuery& newest);
// The query requireReviewsKnown reads, with the version's row id bound twice.
inline constexpr const char* kNewestReviewSql =
    "SELECT reviewer, reviewed_at, decision, (SELECT count(*) FROM reviews WHERE "
    "intake_version_id = ?) FROM reviews WHERE intake_version_id = ? ORDER BY id DESC LIMIT 1";

// What an add or an amendment wrote, for its audit entry.
audit_coverage::Coverage versionCoverage(qint64 versionId, qint64 suggestionId);

// The save that stored a save id, on either backend (one value bound: the
// save id). An add's or amendment's version: versionSave reads its row.
extern const char* const kFindVersionSave;
StoredSave versionSave(const QSqlQuery& row);
// A review: reviewSave reads its row.
extern const char* const kFindReviewSave;
StoredSave reviewSave(const QSqlQuery& row);
// An intake's state (IntakeRepository::state), on either backend (one value
// bound: the intake id); intakeState reads its row.
extern const char* const kIntakeState;
IntakeState intakeState(const QSqlQuery& row);

// Claims read with the columns user_name, since, holder (either backend).
std::vector<IntakeClaim> claimRows(QSqlQuery& select, qint64 intakeId);

// A save id to bind: NULL when there is none (rows before schema 6, imports).
QVariant saveIdOrNull(const std::string& saveId);
QVariant saveIdOrNull(const QString& saveId);

// A NULL of type text (both drivers bind it as NULL) for an empty or absent value.
QVariant textOrNull(const QString& text);
QVariant textOrNull(const std::optional<std::string_view>& text);

// An enum's word as text to bind (a filter's status or approach).
QString wordText(std::string_view word);

// A list's row from the columns i.id, c.name, c.date_of_birth, i.visit_date,
// i.status, i.approach, i.urgency, i.refer_out, i.current_version,
// r.decision, r.reviewer. A stored word that names none of its enum's values
// is a damaged row (StorageError Corrupt naming the intake and the column;
// check lists it), never an abort.
IntakeSummary summaryRow(const QSqlQuery& row);

// The columns a list is sorted by (intakes i, clients c), every one in the
// same direction so that an index can serve the order either way.
QStringList sortKeys(IntakeSort sort);

} // namespace stored_rows
