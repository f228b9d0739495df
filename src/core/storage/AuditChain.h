#pragma once

#include "storage/AuditCoverage.h"
#include "storage/AuditTrail.h"

#include <functional>

class QSqlQuery;

// The backend-neutral part of reading and verifying the audit log: its
// columns as every backend stores them, and the walk that re-hashes the
// chain and then checks the rows its entries cover. A backend reads the
// entries and the rows in one snapshot; this decides what they say.
namespace audit_chain {

// The audit_log columns that entryFrom reads, in its order.
extern const char* const kColumns;

// One entry from a row selected with kColumns through Qt SQL.
AuditEntry entryFrom(const QSqlQuery& row);

// Reads the next entry (in id order) into its argument; false at the end.
using NextEntry = std::function<bool(AuditEntry&)>;

// Each entry re-hashed with AuditLog::entryHash and chained to the one
// before, the first break reported; then, when `rows` is set (a log from
// before schema 5 covers no rows), the rows the entries cover
// (audit_coverage::verifyRows), checked even when the chain is broken.
// One entry is held at a time.
AuditChainReport verify(const NextEntry& next, const audit_coverage::OpenTable& rows);

} // namespace audit_chain
