#include "storage/StoredRows.h"

#include "model/IntakeLists.h"
#include "rules/Recommendation.h"
#include "storage/EditConflict.h"
#include "storage/IntakeClaims.h"
#include "storage/StorageError.h"
#include "util/Translated.h"

#include <QSqlQuery>

namespace stored_rows {

using namespace vocabulary;

namespace {

// The enum value of a stored word; NULL is none when `nullable`.
template <typename Enum, std::size_t N>
std::optional<Enum> storedWord(const QVariant& value, const std::array<std::string_view, N>& words,
                               qint64 intakeId, const char* column, bool nullable)
{
    if (nullable && value.isNull()) {
        return std::nullopt;
    }
    const QByteArray utf8 = value.toString().toUtf8();
    const auto known =
        fromWord<Enum>(words, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (!known) {
        // The word itself is left out: stored text is not for a terminal.
        throw StorageError(StorageError::Kind::Corrupt,
                           "intake " + std::to_string(intakeId) + ": the stored " + column +
                               " is not one of " + listOfWords(words) + " (run check)");
    }
    return known;
}

} // namespace

std::optional<std::string_view> approachWord(const Recommendation& result)
{
    return result.approach ? std::optional(wordOf(*result.approach)) : std::nullopt;
}

std::optional<std::string_view> urgencyWord(const Recommendation& result)
{
    return result.urgency ? std::optional(wordOf(*result.urgency)) : std::nullopt;
}

std::optional<std::string_view> pressureWord(const Recommendation& result)
{
    return result.pressure ? std::optional(wordOf(*result.pressure)) : std::nullopt;
}

// Whether the intake's client had an intake before this one: as near as the
// rows tell whether the first save found a returning client.
const char* const kFindVersionSave =
    "SELECT v.intake_id, v.version, v.record_json, v.created_by, s.result_json, i.client_id, "
    "(SELECT count(*) FROM intakes e WHERE e.client_id = i.client_id AND e.id < i.id) "
    "FROM intake_versions v JOIN suggestions s ON s.intake_version_id = v.id "
    "JOIN intakes i ON i.id = v.intake_id WHERE v.save_id = ?";

const char* const kFindReviewSave =
    "SELECT r.id, r.intake_id, v.version, r.reviewer, r.decision, r.final_approach, "
    "r.final_pressure, r.reason, r.session_note "
    "FROM reviews r JOIN intake_versions v ON v.id = r.intake_version_id WHERE r.save_id = ?";

const char* const kIntakeState =
    "SELECT v.version, v.created_at, v.created_by, "
    "(SELECT count(*) FROM reviews WHERE intake_version_id = v.id), r.decision, r.reviewer, "
    "r.reviewed_at FROM intake_versions v LEFT JOIN reviews r ON r.id = "
    "(SELECT max(id) FROM reviews WHERE intake_version_id = v.id) "
    "WHERE v.intake_id = ? ORDER BY v.version DESC LIMIT 1";

IntakeState intakeState(const QSqlQuery& row)
{
    IntakeState state;
    state.version = row.value(0).toInt();
    state.versionSavedAt = QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs);
    state.versionSavedBy = row.value(2).toString();
    state.reviewsOfVersion = row.value(3).toInt();
    if (!row.value(4).isNull()) {
        state.newestReviewOutcome = row.value(4).toString() == QLatin1String("accepted")
                                        ? ReviewOutcome::Accepted
                                        : ReviewOutcome::Overridden;
        state.newestReviewer = row.value(5).toString();
        state.newestReviewAt = QDateTime::fromString(row.value(6).toString(), Qt::ISODateWithMs);
    }
    return state;
}

std::vector<IntakeClaim> claimRows(QSqlQuery& select, qint64 intakeId)
{
    std::vector<IntakeClaim> claims;
    while (select.next()) {
        IntakeClaim claim;
        claim.intakeId = intakeId;
        claim.userName = select.value(0).toString();
        claim.since = QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs);
        claim.holder = select.value(2).toString();
        claims.push_back(std::move(claim));
    }
    return claims;
}

StoredSave versionSave(const QSqlQuery& row)
{
    StoredSave save;
    save.saved.intakeId = row.value(0).toLongLong();
    save.saved.version = row.value(1).toInt();
    save.kind = save.saved.version == 1 ? StoredSave::Kind::NewIntake : StoredSave::Kind::Amendment;
    save.recordJson = row.value(2).toString().toStdString();
    save.actor = row.value(3).toString();
    save.saved.suggestionJson = row.value(4).toString().toStdString();
    save.saved.clientId = row.value(5).toLongLong();
    save.saved.returningClient = row.value(6).toLongLong() > 0;
    return save;
}

StoredSave reviewSave(const QSqlQuery& row)
{
    StoredSave save;
    save.kind = StoredSave::Kind::Review;
    save.reviewId = row.value(0).toLongLong();
    save.saved.intakeId = row.value(1).toLongLong();
    save.saved.version = row.value(2).toInt();
    save.actor = row.value(3).toString();
    ReviewDecision& decision = save.decision;
    decision.version = save.saved.version;
    decision.accepted = row.value(4).toString() == QLatin1String("accepted");
    const qint64 intakeId = save.saved.intakeId;
    if (const auto approach =
            storedWord<Approach>(row.value(5), kApproachWords, intakeId, "final approach", false)) {
        decision.finalApproach = *approach;
    }
    decision.finalPressure =
        storedWord<Pressure>(row.value(6), kPressureWords, intakeId, "final pressure", true);
    decision.reason = row.value(7).toString();
    decision.sessionNote = row.value(8).toString();
    return save;
}

QVariant saveIdOrNull(const std::string& saveId)
{
    return textOrNull(QString::fromStdString(saveId));
}

QVariant saveIdOrNull(const QString& saveId)
{
    return textOrNull(saveId);
}

nlohmann::ordered_json jsonOrNull(const QVariant& value)
{
    return value.isNull() ? nlohmann::ordered_json(nullptr)
                          : nlohmann::ordered_json(value.toString().toStdString());
}

nlohmann::ordered_json reviewJson(const QSqlQuery& row, int first)
{
    nlohmann::ordered_json review;
    review["version"] = row.value(first + 7).toInt();
    review["reviewer"] = row.value(first).toString().toStdString();
    review["reviewed_at"] = row.value(first + 1).toString().toStdString();
    review["decision"] = row.value(first + 2).toString().toStdString();
    review["final_approach"] = row.value(first + 3).toString().toStdString();
    review["final_pressure"] = jsonOrNull(row.value(first + 4));
    review["reason"] = jsonOrNull(row.value(first + 5));
    review["session_note"] = jsonOrNull(row.value(first + 6));
    return review;
}

namespace {

[[noreturn]] void throwDamaged(const char* what, qint64 intakeId, int version)
{
    // One whole sentence per kind of row, so that French can agree with it.
    const std::string_view kind(what);
    const QString pattern =
        kind == "suggestion"
            ? QCoreApplication::translate(
                  "StoredRows",
                  "intake %1 version %2: the stored suggestion is damaged (run check)")
        : kind == "intake"
            ? QCoreApplication::translate(
                  "StoredRows", "intake %1 version %2: the stored intake is damaged (run check)")
            : QCoreApplication::translate(
                  "StoredRows", "intake %1 version %2: the stored record is damaged (run check)");
    throw StorageError(StorageError::Kind::Corrupt, translated::fill(pattern, intakeId, version));
}

} // namespace

nlohmann::ordered_json parsedJson(const QVariant& text, const char* what, qint64 intakeId,
                                  int version)
{
    nlohmann::ordered_json value =
        nlohmann::ordered_json::parse(text.toString().toStdString(), nullptr, false);
    if (value.is_discarded() || !value.is_object()) {
        throwDamaged(what, intakeId, version);
    }
    return value;
}

void requireJsonObject(const std::string& text, const char* what, qint64 intakeId, int version)
{
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos || text[start] != '{' || !nlohmann::json::accept(text)) {
        throwDamaged(what, intakeId, version);
    }
}

void requireCurrent(qint64 intakeId, int expectedVersion, int currentVersion, const char* what)
{
    if (expectedVersion != currentVersion) {
        throw VersionConflict(intakeId, expectedVersion, currentVersion, what);
    }
}

void requireReviewsKnown(qint64 intakeId, int version, const ReviewDecision& decision,
                         const QSqlQuery& newest)
{
    if (!decision.reviewsKnown || !newest.isValid()) {
        return; // not asked, or no review yet
    }
    const int reviewsNow = newest.value(3).toInt();
    if (reviewsNow <= *decision.reviewsKnown) {
        return;
    }
    ReviewConflict::NewestReview review;
    review.reviewer = newest.value(0).toString();
    review.at = QDateTime::fromString(newest.value(1).toString(), Qt::ISODateWithMs);
    review.outcome = newest.value(2).toString() == QLatin1String("accepted")
                         ? ReviewOutcome::Accepted
                         : ReviewOutcome::Overridden;
    throw ReviewConflict(intakeId, version, *decision.reviewsKnown, reviewsNow, review);
}

audit_coverage::Coverage versionCoverage(qint64 versionId, qint64 suggestionId)
{
    return {{QStringLiteral("intake_versions"), versionId, versionId},
            {QStringLiteral("suggestions"), suggestionId, suggestionId}};
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant textOrNull(const std::optional<std::string_view>& text)
{
    return text ? QVariant(QString::fromUtf8(text->data(), qsizetype(text->size())))
                : QVariant(QMetaType(QMetaType::QString));
}

QString wordText(std::string_view word)
{
    return QString::fromUtf8(word.data(), qsizetype(word.size()));
}

IntakeSummary summaryRow(const QSqlQuery& row)
{
    IntakeSummary summary;
    summary.id = row.value(0).toLongLong();
    summary.clientName = row.value(1).toString();
    summary.dateOfBirth = QDate::fromString(row.value(2).toString(), Qt::ISODate);
    summary.visitDate = QDate::fromString(row.value(3).toString(), Qt::ISODate);
    summary.status =
        *storedWord<IntakeStatus>(row.value(4), kIntakeStatusWords, summary.id, "status", false);
    summary.approach =
        storedWord<Approach>(row.value(5), kApproachWords, summary.id, "approach", true);
    summary.urgency = storedWord<Urgency>(row.value(6), kUrgencyWords, summary.id, "urgency", true);
    summary.refersOut = row.value(7).toInt() == 1;
    summary.version = row.value(8).toInt();
    summary.reviewDecision = storedWord<ReviewOutcome>(row.value(9), kReviewOutcomeWords,
                                                       summary.id, "review decision", true);
    summary.reviewer = row.value(10).toString();
    return summary;
}

QStringList sortKeys(IntakeSort sort)
{
    switch (sort) {
    case IntakeSort::VisitDate:
        return {QStringLiteral("i.visit_date"), QStringLiteral("i.id")};
    case IntakeSort::Client:
        return {QStringLiteral("c.name_key"), QStringLiteral("c.date_of_birth"),
                QStringLiteral("c.id"), QStringLiteral("i.id")};
    case IntakeSort::Status:
        return {QStringLiteral("i.status"), QStringLiteral("i.visit_date"), QStringLiteral("i.id")};
    case IntakeSort::Approach:
        return {QStringLiteral("i.approach"), QStringLiteral("i.visit_date"),
                QStringLiteral("i.id")};
    case IntakeSort::Id:
        break;
    }
    return {QStringLiteral("i.id")};
}

} // namespace stored_rows
