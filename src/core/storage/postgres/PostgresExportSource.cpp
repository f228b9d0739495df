#include "storage/postgres/PostgresExportSource.h"

#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresCursor.h"
#include "storage/postgres/PostgresIntakeStore.h"
#include "storage/postgres/PostgresTransaction.h"

#include <array>
#include <vector>

namespace {

// The intakes of the range with their current version, its suggestion and
// the latest review of that version (an amended intake waits for a new
// one), as on SQLite. Dates compare byte by byte, as SQLite compares them
// (visit_date is COLLATE "C": PostgresSchema).
const QString kRowSource =
    QStringLiteral(" FROM intakes i"
                   " JOIN intake_versions v ON v.intake_id = i.id AND v.version = i.current_version"
                   " JOIN suggestions s ON s.intake_version_id = v.id"
                   " LEFT JOIN LATERAL (SELECT * FROM reviews WHERE intake_id = i.id"
                   " AND intake_version_id = v.id ORDER BY id DESC LIMIT 1) r ON true"
                   " WHERE i.visit_date >= ? AND i.visit_date <= ?"
                   " ORDER BY i.id");

QVariantList range(const std::string& from, const std::string& to)
{
    return {QString::fromStdString(from), QString::fromStdString(to)};
}

} // namespace

PostgresExportSource::PostgresExportSource(const PostgresConnection& connection,
                                           const PostgresIntakeStore& store)
    : m_connection(connection), m_store(store)
{}

void PostgresExportSource::forEachCurrent(const std::string& from, const std::string& to,
                                          const std::function<void(const CurrentRow&)>& row) const
{
    const PostgresSnapshot snapshot(
        m_connection, QT_TRANSLATE_NOOP("StorageDoing", "reading the records to export"));
    PostgresCursor select(
        m_connection,
        QStringLiteral("SELECT i.id, i.status, i.refer_out, i.visit_date, i.current_version, "
                       "i.created_at, v.record_json, s.result_json, s.approach, s.urgency, "
                       "s.pressure, s.rules_version, r.decision, r.final_approach, "
                       "r.final_pressure, r.reviewer, r.reviewed_at, r.reason, r.session_note") +
            kRowSource,
        range(from, to), QT_TRANSLATE_NOOP("StorageDoing", "reading the records to export"));
    // The texts in UTF-8 (as the session's client_encoding sends them), held
    // while the row is written.
    constexpr int kTexts = 16;
    std::array<std::string, kTexts> texts;
    CurrentRow current;
    std::array<std::string_view*, kTexts> views = {
        &current.status,       &current.visitDate,  &current.createdAt,     &current.recordJson,
        &current.resultJson,   &current.approach,   &current.urgency,       &current.pressure,
        &current.rulesVersion, &current.decision,   &current.finalApproach, &current.finalPressure,
        &current.reviewer,     &current.reviewedAt, &current.reason,        &current.sessionNote};
    constexpr std::array<int, kTexts> columns = {1,  3,  5,  6,  7,  8,  9,  10,
                                                 11, 12, 13, 14, 15, 16, 17, 18};
    while (select.next()) {
        current.intakeId = select.value(0).toLongLong();
        current.referOut = select.value(2).toLongLong();
        current.version = select.value(4).toLongLong();
        for (int i = 0; i < kTexts; ++i) {
            texts[std::size_t(i)] = select.value(columns[std::size_t(i)]).toString().toStdString();
            *views[std::size_t(i)] = texts[std::size_t(i)];
        }
        row(current);
    }
}

void PostgresExportSource::forEachDetails(
    const std::string& from, const std::string& to,
    const std::function<void(const std::string&)>& record) const
{
    const PostgresSnapshot snapshot(
        m_connection, QT_TRANSLATE_NOOP("StorageDoing", "reading the records to export"));
    PostgresCursor select(m_connection, QStringLiteral("SELECT i.id") + kRowSource, range(from, to),
                          QT_TRANSLATE_NOOP("StorageDoing", "reading the records to export"));
    // In the same snapshot (the store reads inside the open transaction),
    // a batch of intakes at a time: three statements each, not per intake.
    constexpr std::size_t kBatch = 500;
    std::vector<qint64> batch;
    const auto send = [&] {
        if (!batch.empty()) {
            for (const std::string& text : m_store.detailsAsStored(batch)) {
                record(text);
            }
            batch.clear();
        }
    };
    while (select.next()) {
        batch.push_back(select.value(0).toLongLong());
        if (batch.size() == kBatch) {
            send();
        }
    }
    send();
}
