#include "storage/AuditChain.h"

#include "storage/AuditLog.h"

#include <QSqlQuery>
#include <QVariant>

namespace audit_chain {

const char* const kColumns = "id, at, actor, action, records, details, covers, rows_hash, hash";

AuditEntry entryFrom(const QSqlQuery& row)
{
    return {row.value(0).toLongLong(),
            QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs),
            row.value(2).toString(),
            row.value(3).toString(),
            row.value(4).toString(),
            row.value(5).toString(),
            row.value(6).toString(),
            row.value(7).toString(),
            row.value(8).toString()};
}

AuditChainReport verify(const NextEntry& next, const audit_coverage::OpenTable& rows)
{
    AuditChainReport report;
    QString previousHash;
    qint64 expectedId = 1;
    std::vector<audit_coverage::EntryCoverage> coverage;
    AuditEntry entry;
    while (next(entry)) {
        ++report.entries;
        if (!entry.covers.isEmpty() || !entry.rowsHash.isEmpty()) {
            coverage.push_back({entry.id, entry.action, entry.covers, entry.rowsHash});
        }
        if (report.intact()) {
            if (entry.id != expectedId) {
                report.firstBrokenId = entry.id;
                report.problem = QStringLiteral("audit log entry %1 is missing: the entries "
                                                "jump from %2 to %3")
                                     .arg(expectedId)
                                     .arg(expectedId - 1)
                                     .arg(entry.id);
            } else if (entry.hash != AuditLog::entryHash(previousHash, entry)) {
                report.firstBrokenId = entry.id;
                report.problem = QStringLiteral("audit log entry %1 was changed after it was "
                                                "written: its hash does not match")
                                     .arg(entry.id);
            }
        }
        previousHash = entry.hash;
        expectedId = entry.id + 1;
    }
    report.headHash = previousHash;
    if (!report.problem.isEmpty()) {
        report.chainBroken = true;
        report.problems.push_back(report.problem);
    }
    if (!rows) {
        return report;
    }
    for (const auto& row : audit_coverage::verifyRows(rows, coverage)) {
        if (report.problem.isEmpty()) {
            report.problem = row.text;
            report.firstBrokenId = row.entryId;
        }
        report.problems.push_back(row.text);
    }
    return report;
}

} // namespace audit_chain
