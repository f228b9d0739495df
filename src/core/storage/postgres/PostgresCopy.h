#pragma once

#include <QVariant>
#include <string>
#include <vector>

class PostgresConnection;

namespace postgres_copy {

// Sends rows to `table` with COPY ... FROM STDIN (text format) on the
// connection's own libpq handle, inside its open transaction: far fewer round
// trips than INSERTs. `values` holds the rows one after the other,
// `columnCount` values each, in the order of `columns`; a null QVariant is
// NULL, anything else is sent as its text. Throws StorageError naming `doing`.
void copyRows(const PostgresConnection& connection, const char* table, const char* columns,
              int columnCount, const std::vector<QVariant>& values, const std::string& doing);

} // namespace postgres_copy
