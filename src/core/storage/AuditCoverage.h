#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

class Database;

// Which stored rows an audit entry vouches for (schema 5), and the hash that
// ties those rows to the entry and so to the hash chain.
//
// An entry covers ranges of ids of the history tables (intake_versions,
// suggestions, reviews: rows that are written once and never change) and at
// most one row of users (accounts change: the newest entry covering an
// account must match it). As text, in table order:
//   "intake_versions:12-12 suggestions:12-12", "reviews:7-7", "users:3",
//   "intake_versions:1-100000 suggestions:1-100000" (an import).
//
// rows_hash is the BLAKE2b-256, in hex, of the covered rows as stored, table by
// table in table order: for each table the entry covers, its name, a NUL byte
// and the BLAKE2b-256 of its covered rows in id order, each row as its columns,
// each column as a type byte and its value (integers as 8 bytes big-endian,
// text and blobs as an 8-byte big-endian length and the bytes, reals as their
// 8-byte IEEE value, NULL as the type byte alone). The columns are all of the
// table's columns in schema order, except, for users, failed_attempts and
// locked_until (they change at every sign-in). A table's rows are hashed on
// their own so that an import can hash them as it inserts them.
namespace audit_coverage {

struct CoveredRows
{
    QString table;
    qint64 first = 0;
    qint64 last = 0;

    bool operator==(const CoveredRows& other) const
    {
        return table == other.table && first == other.first && last == other.last;
    }
};

using Coverage = std::vector<CoveredRows>;

// The rows of one table as they are written, serialised as rowsHash reads
// them back (the import hashes what it binds instead of reading it again).
class RowsHasher
{
public:
    RowsHasher();
    ~RowsHasher();
    RowsHasher(RowsHasher&&) noexcept;
    RowsHasher& operator=(RowsHasher&&) noexcept;

    // One column each, in the table's column order.
    RowsHasher& integer(qint64 value);
    RowsHasher& text(std::string_view value);
    RowsHasher& null();
    RowsHasher& optionalText(const std::optional<std::string_view>& value);
    RowsHasher& real(double value);
    RowsHasher& blob(const void* data, std::size_t size);

    // The BLAKE2b-256 of everything added (32 bytes); the hasher is done then.
    QByteArray digest();

    class Digest;

private:
    std::unique_ptr<Digest> m_hash;
};

// rows_hash from each covered table's name and RowsHasher::digest, in table order.
QString combine(const std::vector<std::pair<QString, QByteArray>>& tableDigests);

// The tables an entry can cover, in table order.
const std::vector<QString>& tables();

// The columns of `table` that rowsHash reads, in schema order: for a reader
// of the same rows on another backend.
const char* coveredColumns(const QString& table);

// "intake_versions:12-12 suggestions:12-12 users:3" (ranges in the order given;
// writers give them in table order).
QString text(const Coverage& coverage);
// Reads text() back; nullopt if it is not such a list (an unknown table, a
// range backwards, a users range of more than one row, tables out of order).
std::optional<Coverage> parse(const QString& text);

// The rows_hash of the covered rows as they are stored now (read back through
// the connection, so inside a transaction it sees that transaction's rows).
QString rowsHash(const Database& database, const Coverage& coverage);

// Every row of intake_versions, suggestions and reviews since schema 5 (the
// upgrade step covers those that were there before), as contiguous ranges.
Coverage allHistoryRows(const Database& database);

// What an audit entry says it covers, as verifyRows needs it.
struct EntryCoverage
{
    qint64 entryId = 0;
    QString action;
    QString covers;   // as stored
    QString rowsHash; // as stored
};

struct RowProblem
{
    qint64 entryId = 0; // the audit entry concerned; 0 for a row no entry covers
    QString text;
};

// The rows of one covered table in id order, as a backend reads them.
class TableRows
{
public:
    virtual ~TableRows() = default;
    virtual bool next() = 0;
    virtual qint64 id() const = 0;
    // The row's columns (coveredColumns), each hashed by its type.
    virtual void addTo(RowsHasher& hash) const = 0;
};
using OpenTable = std::function<std::unique_ptr<TableRows>(const QString& table)>;

// Checks the stored rows against the entries (given in id order): each
// entry's rows_hash against the rows as they are now (for an account, only
// its newest entry); each row of the history tables covered by exactly one
// entry; each account covered by at least one; each covered row still there.
// One pass over each table (read through `open`, on any backend). At most
// `limit` problems, and a last one that says how many more there were.
std::vector<RowProblem> verifyRows(const OpenTable& open, const std::vector<EntryCoverage>& entries,
                                   std::size_t limit = 20);

// Every row of `table` in the SQLite database, for verifyRows.
std::unique_ptr<TableRows> openTable(const Database& database, const QString& table);

} // namespace audit_coverage
