#include "storage/sqlite/SqliteExportSource.h"

#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/SqliteStatement.h"

namespace {

const char* const kRowSource =
    " FROM intakes i"
    " JOIN intake_versions v ON v.intake_id = i.id AND v.version = i.current_version"
    " JOIN suggestions s ON s.intake_version_id = v.id"
    // The latest review of the current version: an amended intake waits for a new one.
    " LEFT JOIN reviews r ON r.id = (SELECT max(id) FROM reviews WHERE intake_version_id = v.id)"
    " WHERE i.visit_date >= ?1 AND i.visit_date <= ?2"
    " ORDER BY i.id";

const std::string kCurrentRows =
    std::string("SELECT i.id, i.status, i.refer_out, i.visit_date, i.current_version, "
                "i.created_at, v.record_json, s.result_json, s.approach, s.urgency, s.pressure, "
                "s.rules_version, r.decision, r.final_approach, r.final_pressure, r.reviewer, "
                "r.reviewed_at, r.reason, r.session_note") +
    kRowSource;

} // namespace

SqliteExportSource::SqliteExportSource(const Database& database, const IntakeStore& store)
    : m_database(database), m_store(store)
{}

const char* SqliteExportSource::currentRowsQuery()
{
    return kCurrentRows.c_str();
}

void SqliteExportSource::forEachCurrent(const std::string& from, const std::string& to,
                                        const std::function<void(const CurrentRow&)>& row) const
{
    SqliteStatement select(m_database.sqliteHandle(), kCurrentRows.c_str());
    select.bind(1, from).bind(2, to);
    CurrentRow current;
    while (select.step(QT_TRANSLATE_NOOP("StorageDoing", "reading the records to export"))) {
        current.intakeId = select.int64At(0);
        current.status = select.textAt(1);
        current.referOut = select.int64At(2);
        current.visitDate = select.textAt(3);
        current.version = select.int64At(4);
        current.createdAt = select.textAt(5);
        current.recordJson = select.textAt(6);
        current.resultJson = select.textAt(7);
        current.approach = select.textAt(8);
        current.urgency = select.textAt(9);
        current.pressure = select.textAt(10);
        current.rulesVersion = select.textAt(11);
        current.decision = select.textAt(12);
        current.finalApproach = select.textAt(13);
        current.finalPressure = select.textAt(14);
        current.reviewer = select.textAt(15);
        current.reviewedAt = select.textAt(16);
        current.reason = select.textAt(17);
        current.sessionNote = select.textAt(18);
        row(current);
    }
}

void SqliteExportSource::forEachDetails(const std::string& from, const std::string& to,
                                        const std::function<void(const std::string&)>& record) const
{
    // The statement stays open meanwhile: every record is read in its snapshot.
    SqliteStatement select(m_database.sqliteHandle(),
                           (std::string("SELECT i.id") + kRowSource).c_str());
    select.bind(1, from).bind(2, to);
    while (select.step(QT_TRANSLATE_NOOP("StorageDoing", "reading the records to export"))) {
        record(m_store.detailsAsStored(select.int64At(0)));
    }
}

QString SqliteExportSource::databaseFile() const
{
    return m_database.path();
}
