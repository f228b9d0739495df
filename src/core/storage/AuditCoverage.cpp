#include "storage/AuditCoverage.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/Translated.h"

#include <QStringList>
#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <sodium.h>
#include <sqlite3.h>
#include <string>

namespace audit_coverage {

// BLAKE2b-256 through libsodium (crypto_generichash): as strong as SHA-256
// here and several times faster in software, which matters because an
// import hashes a few hundred megabytes. The entry hash that chains the log
// stays SHA-256.
class RowsHasher::Digest
{
public:
    Digest()
    {
        if (sodium_init() < 0 ||
            crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES) != 0) {
            throw StorageError(StorageError::Kind::Other,
                               translated::fill(QCoreApplication::translate(
                                   "AuditCoverage", "hashing: BLAKE2b is not available")));
        }
    }

    void add(const void* data, std::size_t size)
    {
        if (size > 0) {
            crypto_generichash_update(&m_state, static_cast<const unsigned char*>(data), size);
        }
    }
    void addByte(unsigned char byte) { add(&byte, 1); }
    void addNumber(quint64 value)
    {
        unsigned char bytes[8];
        for (int i = 7; i >= 0; --i) {
            bytes[i] = static_cast<unsigned char>(value & 0xffU);
            value >>= 8;
        }
        add(bytes, sizeof bytes);
    }

    QByteArray digest()
    {
        unsigned char digest[crypto_generichash_BYTES];
        crypto_generichash_final(&m_state, digest, sizeof digest);
        return QByteArray(reinterpret_cast<const char*>(digest), int(sizeof digest));
    }

private:
    crypto_generichash_state m_state{};
};

RowsHasher::RowsHasher() : m_hash(std::make_unique<Digest>()) {}
RowsHasher::~RowsHasher() = default;
RowsHasher::RowsHasher(RowsHasher&&) noexcept = default;
RowsHasher& RowsHasher::operator=(RowsHasher&&) noexcept = default;

RowsHasher& RowsHasher::integer(qint64 value)
{
    m_hash->addByte('I');
    m_hash->addNumber(quint64(value));
    return *this;
}

RowsHasher& RowsHasher::text(std::string_view value)
{
    m_hash->addByte('T');
    m_hash->addNumber(quint64(value.size()));
    m_hash->add(value.data(), value.size());
    return *this;
}

RowsHasher& RowsHasher::null()
{
    m_hash->addByte('N');
    return *this;
}

RowsHasher& RowsHasher::optionalText(const std::optional<std::string_view>& value)
{
    return value ? text(*value) : null();
}

RowsHasher& RowsHasher::real(double value)
{
    quint64 bits = 0;
    static_assert(sizeof bits == sizeof value);
    std::memcpy(&bits, &value, sizeof bits);
    m_hash->addByte('R');
    m_hash->addNumber(bits);
    return *this;
}

RowsHasher& RowsHasher::blob(const void* data, std::size_t size)
{
    m_hash->addByte('B');
    m_hash->addNumber(quint64(size));
    m_hash->add(data, size);
    return *this;
}

QByteArray RowsHasher::digest()
{
    return m_hash->digest();
}

namespace {

const QString kUsers = QStringLiteral("users");

// The columns of each table as schema 5 has them, in schema order; users
// without failed_attempts and locked_until.
const char* columnsOf(const QString& table)
{
    if (table == QLatin1String("intake_versions")) {
        return "id, intake_id, version, record_json, created_at, created_by";
    }
    if (table == QLatin1String("suggestions")) {
        return "id, intake_version_id, approach, urgency, pressure, result_json, rules_version, "
               "rules_sha256, created_at";
    }
    if (table == QLatin1String("reviews")) {
        return "id, intake_id, intake_version_id, reviewer, reviewed_at, decision, "
               "final_approach, final_pressure, reason, session_note";
    }
    return "id, name, role, password_hash, enabled, created_at, created_by";
}

int tableIndex(const QString& table)
{
    const auto& all = tables();
    const auto found = std::find(all.begin(), all.end(), table);
    return found == all.end() ? -1 : int(found - all.begin());
}

class Rows final : public TableRows
{
public:
    Rows(const Database& database, const std::string& sql) : m_connection(database.sqliteHandle())
    {
        const int result = sqlite3_prepare_v2(m_connection, sql.c_str(), -1, &m_statement, nullptr);
        if (result != SQLITE_OK) {
            throw StorageError::fromSqliteCode(
                result, sqlite3_errmsg(m_connection),
                QT_TRANSLATE_NOOP("StorageDoing", "reading the rows the audit log covers"));
        }
    }
    ~Rows() override { sqlite3_finalize(m_statement); }
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }

    bool next() override
    {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW) {
            return true;
        }
        if (result != SQLITE_DONE) {
            throw StorageError::fromSqliteCode(
                result, sqlite3_errmsg(m_connection),
                QT_TRANSLATE_NOOP("StorageDoing", "reading the rows the audit log covers"));
        }
        return false;
    }

    qint64 id() const override { return sqlite3_column_int64(m_statement, 0); }

    // The row's columns, each as a type byte and its value.
    void addTo(RowsHasher& hash) const override
    {
        const int columns = sqlite3_column_count(m_statement);
        for (int column = 0; column < columns; ++column) {
            switch (sqlite3_column_type(m_statement, column)) {
            case SQLITE_INTEGER:
                hash.integer(sqlite3_column_int64(m_statement, column));
                break;
            case SQLITE_FLOAT:
                hash.real(sqlite3_column_double(m_statement, column));
                break;
            case SQLITE_TEXT: {
                const auto* text =
                    reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
                const int size = sqlite3_column_bytes(m_statement, column);
                hash.text(std::string_view(text, std::size_t(size)));
                break;
            }
            case SQLITE_BLOB: {
                const void* blob = sqlite3_column_blob(m_statement, column);
                const int size = sqlite3_column_bytes(m_statement, column);
                hash.blob(blob, std::size_t(size));
                break;
            }
            default:
                hash.null();
                break;
            }
        }
    }

private:
    sqlite3* m_connection;
    sqlite3_stmt* m_statement = nullptr;
};

std::string selectAll(const QString& table, const char* where = "")
{
    return std::string("SELECT ") + columnsOf(table) + " FROM " + table.toStdString() + where +
           " ORDER BY id";
}

QString rowsText(const QString& table, qint64 first, qint64 last)
{
    // The table keeps its name (intake_versions, users...): it is what a
    // person looking into the database file finds.
    return first == last
               ? QCoreApplication::translate("AuditCoverage", "%1 row %2").arg(table).arg(first)
               : QCoreApplication::translate("AuditCoverage", "%1 rows %2-%3")
                     .arg(table)
                     .arg(first)
                     .arg(last);
}

QString describe(const Coverage& coverage)
{
    QStringList parts;
    for (const CoveredRows& rows : coverage) {
        parts << rowsText(rows.table, rows.first, rows.last);
    }
    return parts.join(QStringLiteral(", "));
}

// One entry while its rows are read.
struct EntryState
{
    const EntryCoverage* stored = nullptr;
    Coverage coverage;
    bool checked = true; // false for an account entry that a newer one replaced
    bool rowsGone = false;
    std::unique_ptr<RowsHasher> tableHash;               // the rows of the table being read
    std::vector<std::pair<QString, QByteArray>> digests; // of the tables read so far

    QString name() const
    {
        return QCoreApplication::translate("AuditCoverage", "audit entry %1 (%2)")
            .arg(stored->entryId)
            .arg(stored->action);
    }
};

// The ranges of one table that entries cover, walked in id order.
struct Span
{
    qint64 first;
    qint64 last;
    std::size_t entry;
    qint64 next; // the next id expected
};

class Problems
{
public:
    explicit Problems(std::size_t limit) : m_limit(limit) {}

    void add(qint64 entryId, const QString& text)
    {
        if (m_list.size() < m_limit) {
            m_list.push_back({entryId, text});
        } else {
            ++m_more;
        }
    }

    std::vector<RowProblem> take()
    {
        if (m_more > 0) {
            m_list.push_back(
                {0, QCoreApplication::translate(
                        "AuditCoverage", "and %n more problems with rows the audit log covers",
                        nullptr, int(m_more))});
        }
        return std::move(m_list);
    }

private:
    std::size_t m_limit;
    std::size_t m_more = 0;
    std::vector<RowProblem> m_list;
};

} // namespace

const char* coveredColumns(const QString& table)
{
    return columnsOf(table);
}

const std::vector<QString>& tables()
{
    static const std::vector<QString> all = {QStringLiteral("intake_versions"),
                                             QStringLiteral("suggestions"),
                                             QStringLiteral("reviews"), kUsers};
    return all;
}

QString text(const Coverage& coverage)
{
    QStringList parts;
    for (const CoveredRows& rows : coverage) {
        parts << (rows.table == kUsers
                      ? QStringLiteral("%1:%2").arg(rows.table).arg(rows.first)
                      : QStringLiteral("%1:%2-%3").arg(rows.table).arg(rows.first).arg(rows.last));
    }
    return parts.join(QLatin1Char(' '));
}

std::optional<Coverage> parse(const QString& text)
{
    Coverage coverage;
    int previousTable = 0;
    for (const QString& part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            return std::nullopt;
        }
        CoveredRows rows;
        rows.table = part.left(colon);
        const int table = tableIndex(rows.table);
        if (table < previousTable) {
            return std::nullopt; // unknown, or out of table order
        }
        previousTable = table;
        const QStringList bounds = part.mid(colon + 1).split(QLatin1Char('-'));
        bool firstOk = false;
        bool lastOk = bounds.size() == 1;
        rows.first = bounds.value(0).toLongLong(&firstOk);
        rows.last = bounds.size() == 2 ? bounds.value(1).toLongLong(&lastOk) : rows.first;
        if (!firstOk || !lastOk || bounds.size() > 2 || rows.first < 1 || rows.last < rows.first ||
            (rows.table == kUsers && rows.last != rows.first)) {
            return std::nullopt;
        }
        if (!coverage.empty() && coverage.back().table == rows.table &&
            rows.first <= coverage.back().last) {
            return std::nullopt; // ranges of one table in id order, apart
        }
        coverage.push_back(rows);
    }
    if (coverage.empty() ||
        std::count_if(coverage.begin(), coverage.end(),
                      [](const CoveredRows& rows) { return rows.table == kUsers; }) > 1) {
        return std::nullopt;
    }
    return coverage;
}

QString combine(const std::vector<std::pair<QString, QByteArray>>& tableDigests)
{
    RowsHasher::Digest hash;
    for (const auto& [table, digest] : tableDigests) {
        const QByteArray name = table.toLatin1();
        hash.add(name.constData(), std::size_t(name.size()));
        hash.addByte(0);
        hash.add(digest.constData(), std::size_t(digest.size()));
    }
    return QString::fromLatin1(hash.digest().toHex());
}

QString rowsHash(const Database& database, const Coverage& coverage)
{
    std::vector<std::pair<QString, QByteArray>> digests;
    std::optional<RowsHasher> hash;
    for (std::size_t i = 0; i < coverage.size(); ++i) {
        const CoveredRows& rows = coverage[i];
        if (!hash) {
            hash.emplace();
        }
        Rows select(database, selectAll(rows.table, " WHERE id BETWEEN ?1 AND ?2"));
        select.bind(1, rows.first);
        select.bind(2, rows.last);
        while (select.next()) {
            select.addTo(*hash);
        }
        if (i + 1 == coverage.size() || coverage[i + 1].table != rows.table) {
            digests.emplace_back(rows.table, hash->digest());
            hash.reset();
        }
    }
    return combine(digests);
}

Coverage allHistoryRows(const Database& database)
{
    Coverage coverage;
    for (const QString& table : tables()) {
        if (table == kUsers) {
            continue;
        }
        Rows ids(database, "SELECT id FROM " + table.toStdString() + " ORDER BY id");
        while (ids.next()) {
            const qint64 id = ids.id();
            if (!coverage.empty() && coverage.back().table == table &&
                coverage.back().last + 1 == id) {
                coverage.back().last = id;
            } else {
                coverage.push_back({table, id, id});
            }
        }
    }
    return coverage;
}

std::unique_ptr<TableRows> openTable(const Database& database, const QString& table)
{
    return std::make_unique<Rows>(database, selectAll(table));
}

std::vector<RowProblem> verifyRows(const OpenTable& open, const std::vector<EntryCoverage>& entries,
                                   std::size_t limit)
{
    Problems problems(limit);
    std::vector<EntryState> states;
    states.reserve(entries.size());
    std::map<qint64, std::size_t> newestForAccount;
    for (const EntryCoverage& entry : entries) {
        if (entry.covers.isEmpty()) {
            continue;
        }
        auto coverage = parse(entry.covers);
        if (!coverage) {
            problems.add(entry.entryId,
                         QCoreApplication::translate(
                             "AuditCoverage", "audit entry %1 (%2): its list of covered rows "
                                              "\"%3\" cannot be read; it was changed after it "
                                              "was written")
                             .arg(entry.entryId)
                             .arg(entry.action, entry.covers.left(200)));
            continue;
        }
        EntryState state;
        state.stored = &entry;
        state.coverage = std::move(*coverage);
        for (const CoveredRows& rows : state.coverage) {
            if (rows.table == kUsers) {
                newestForAccount[rows.first] = states.size();
            }
        }
        states.push_back(std::move(state));
    }
    // An account's older entries describe it as it was: only the newest is checked.
    for (std::size_t i = 0; i < states.size(); ++i) {
        for (const CoveredRows& rows : states[i].coverage) {
            if (rows.table == kUsers && newestForAccount.at(rows.first) != i) {
                states[i].checked = false;
            }
        }
    }

    for (const QString& table : tables()) {
        std::vector<Span> spans;
        std::vector<std::size_t> touching;
        for (std::size_t i = 0; i < states.size(); ++i) {
            EntryState& state = states[i];
            if (!state.checked) {
                continue;
            }
            bool touches = false;
            for (const CoveredRows& rows : state.coverage) {
                if (rows.table == table) {
                    spans.push_back({rows.first, rows.last, i, rows.first});
                    touches = true;
                }
            }
            if (touches) {
                state.tableHash = std::make_unique<RowsHasher>();
                touching.push_back(i);
            }
        }
        std::stable_sort(spans.begin(), spans.end(),
                         [](const Span& a, const Span& b) { return a.first < b.first; });
        // Each row is vouched for by one entry only.
        std::vector<Span> apart;
        for (const Span& span : spans) {
            if (!apart.empty() && span.first <= apart.back().last) {
                const Span& earlier = apart.back();
                problems.add(
                    states[span.entry].stored->entryId,
                    QCoreApplication::translate("AuditCoverage",
                                                "%1 and %2 both cover %3: a row is covered by one "
                                                "entry only")
                        .arg(states[earlier.entry].name(), states[span.entry].name(),
                             rowsText(table, span.first, std::min(span.last, earlier.last))));
                states[span.entry].rowsGone = true; // its hash is not checked either
                continue;
            }
            apart.push_back(span);
        }

        const auto gone = [&](Span& span, qint64 last) {
            EntryState& state = states[span.entry];
            state.rowsGone = true;
            problems.add(state.stored->entryId,
                         QCoreApplication::translate(
                             "AuditCoverage",
                             "%1 is gone, but %2 covers it: it was deleted outside Clinic Intake")
                             .arg(rowsText(table, span.next, last), state.name()));
        };
        qint64 uncoveredFirst = 0;
        qint64 uncoveredLast = -1;
        const auto reportUncovered = [&] {
            if (uncoveredLast >= uncoveredFirst) {
                problems.add(0, QCoreApplication::translate(
                                    "AuditCoverage", "%1 is covered by no audit entry: it was "
                                                     "written outside Clinic Intake")
                                    .arg(rowsText(table, uncoveredFirst, uncoveredLast)));
            }
            uncoveredLast = uncoveredFirst - 1;
        };
        std::size_t at = 0;
        const std::unique_ptr<TableRows> rows = open(table);
        while (rows->next()) {
            const qint64 id = rows->id();
            while (at < apart.size() && apart[at].last < id) {
                if (apart[at].next <= apart[at].last) {
                    gone(apart[at], apart[at].last);
                }
                ++at;
            }
            if (at < apart.size() && apart[at].first <= id) {
                Span& span = apart[at];
                if (id > span.next) {
                    gone(span, id - 1);
                }
                span.next = id + 1;
                rows->addTo(*states[span.entry].tableHash);
                continue;
            }
            if (id != uncoveredLast + 1) {
                reportUncovered();
                uncoveredFirst = id;
            }
            uncoveredLast = id;
        }
        reportUncovered();
        for (; at < apart.size(); ++at) {
            if (apart[at].next <= apart[at].last) {
                gone(apart[at], apart[at].last);
            }
        }
        for (const std::size_t i : touching) {
            states[i].digests.emplace_back(table, states[i].tableHash->digest());
            states[i].tableHash.reset();
        }
    }

    for (EntryState& state : states) {
        if (!state.checked || state.rowsGone) {
            continue;
        }
        if (combine(state.digests) != state.stored->rowsHash) {
            const bool oneRow = state.coverage.size() == 1 &&
                                state.coverage.front().first == state.coverage.front().last;
            problems.add(state.stored->entryId,
                         (oneRow ? QCoreApplication::translate(
                                       "AuditCoverage", "%1 covers %2, and that row was changed "
                                                        "outside Clinic Intake after the entry "
                                                        "was written")
                                 : QCoreApplication::translate(
                                       "AuditCoverage",
                                       "%1 covers %2, and one or more of those rows were changed "
                                       "outside Clinic Intake after the entry was written"))
                             .arg(state.name(), describe(state.coverage)));
        }
    }
    return problems.take();
}

} // namespace audit_coverage
