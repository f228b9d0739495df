#include "storage/postgres/PostgresCopy.h"

#include "storage/StorageError.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresTransaction.h"
#include "util/Translated.h"

#include <QString>
#include <QVariant>
#include <charconv>
#include <libpq-fe.h>
#include <stdexcept>

namespace {

// The characters COPY's text format escapes: its separators and the escape.
bool needsEscape(char c)
{
    return c == '\\' || c == '\n' || c == '\r' || c == '\t';
}

StorageError copyFailed(PGconn* connection, const std::string& doing)
{
    if (PQstatus(connection) == CONNECTION_BAD) {
        return PostgresError::connectionLost(doing, QString::fromUtf8(PQerrorMessage(connection)));
    }
    return StorageError(
        StorageError::Kind::Other,
        translated::fill(QCoreApplication::translate("StorageError", "%1 failed: %2"),
                         translated::doing(doing), PQerrorMessage(connection)));
}

} // namespace

namespace postgres_copy {

Rows::Rows(int columnCount) : m_columnCount(columnCount)
{
    if (columnCount < 1) {
        throw std::invalid_argument("COPY rows need at least one column");
    }
}

void Rows::endValue()
{
    if (++m_column == m_columnCount) {
        m_data += '\n';
        m_column = 0;
        ++m_rows;
    } else {
        m_data += '\t';
    }
}

Rows& Rows::integer(qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_data.append(digits, std::size_t(end - digits));
    endValue();
    return *this;
}

Rows& Rows::text(std::string_view value)
{
    // Runs without a character to escape (nearly all of a JSON text) are
    // appended whole.
    std::size_t start = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (!needsEscape(c)) {
            continue;
        }
        m_data.append(value.data() + start, i - start);
        m_data += '\\';
        m_data += c == '\n' ? 'n' : c == '\r' ? 'r' : c == '\t' ? 't' : '\\';
        start = i + 1;
    }
    m_data.append(value.data() + start, value.size() - start);
    endValue();
    return *this;
}

Rows& Rows::text(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return text(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

Rows& Rows::null()
{
    m_data += "\\N";
    endValue();
    return *this;
}

Rows& Rows::optionalText(const std::optional<std::string_view>& value)
{
    return value ? text(*value) : null();
}

Rows& Rows::value(const QVariant& value)
{
    return value.isNull() ? null() : text(value.toString());
}

void Rows::clear()
{
    m_data.clear();
    m_column = 0;
    m_rows = 0;
}

namespace {

void copyRows(PGconn* pq, const char* table, const char* columns, const Rows& rows,
              const std::string& doing)
{
    if (!rows.complete()) {
        throw std::logic_error(doing + ": a row without all its values");
    }
    if (rows.empty()) {
        return;
    }
    const std::string sql = std::string("COPY ") + table + " (" + columns + ") FROM STDIN";
    PGresult* start = PQexec(pq, sql.c_str());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    PQclear(start);
    if (!copying) {
        throw copyFailed(pq, doing);
    }
    // In pieces of at most 1 MiB: libpq copies what it is given into its
    // own buffer before sending it.
    constexpr std::size_t kPiece = std::size_t(1) << 20;
    const std::string& data = rows.data();
    bool sent = true;
    for (std::size_t offset = 0; sent && offset < data.size(); offset += kPiece) {
        const std::size_t size = std::min(kPiece, data.size() - offset);
        sent = PQputCopyData(pq, data.data() + offset, int(size)) == 1;
    }
    const bool ended = PQputCopyEnd(pq, sent ? nullptr : "not all rows were sent") == 1;
    bool ok = sent && ended;
    while (PGresult* result = PQgetResult(pq)) {
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    if (!ok) {
        throw copyFailed(pq, doing);
    }
}

} // namespace

void copyRows(const PostgresConnection& connection, const char* table, const char* columns,
              const Rows& rows, const std::string& doing)
{
    // Done before Qt uses the connection again.
    copyRows(libpqConnection(connection), table, columns, rows, doing);
}

Queue::Queue(const PostgresConnection& connection)
    : m_connection(libpqConnection(connection)), m_thread([this] { sendQueued(); })
{}

Queue::~Queue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_changed.notify_all();
    m_thread.join();
}

void Queue::send(const char* table, const char* columns, Rows rows, std::string doing)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_failure) {
            return; // nothing more is sent; waitUntilDone() reports why
        }
        m_jobs.push_back({table, columns, std::move(rows), std::move(doing)});
    }
    m_changed.notify_all();
}

void Queue::waitUntilDone()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_jobs.empty() && !m_sending; });
    if (m_failure) {
        std::rethrow_exception(m_failure);
    }
}

void Queue::sendQueued()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_stopping) {
            return;
        }
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_sending = true;
        lock.unlock();
        std::exception_ptr failure;
        try {
            copyRows(m_connection, job.table, job.columns, job.rows, job.doing);
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        m_sending = false;
        if (failure) {
            m_failure = failure;
            m_jobs.clear();
        }
        m_changed.notify_all();
    }
}

} // namespace postgres_copy
