#pragma once

#include "storage/AuditCoverage.h"

class PostgresConnection;
class QVariant;

// AuditCoverage's rows_hash read from a PostgreSQL server: the same columns
// (audit_coverage::coveredColumns) and the same hashing (RowsHasher,
// combine), so the same rows give the same hash on either backend.
namespace postgres_coverage {

// The rows_hash of the covered rows as stored now, read through the
// connection (inside a transaction: that transaction's rows).
QString rowsHash(const PostgresConnection& connection, const audit_coverage::Coverage& coverage);

// Every row of `table` with its covered columns, in id order, through a
// cursor in the connection's open transaction: for audit_coverage::verifyRows.
std::unique_ptr<audit_coverage::TableRows> openTable(const PostgresConnection& connection,
                                                     const QString& table);

// One column as the server gave it: integers, text, NULL (and reals and
// blobs, which the covered tables do not have).
void addValue(audit_coverage::RowsHasher& hash, const QVariant& value);

} // namespace postgres_coverage
