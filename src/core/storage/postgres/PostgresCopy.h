#pragma once

#include <QtGlobal>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

class PostgresConnection;
struct pg_conn;
class QString;
class QVariant;

namespace postgres_copy {

// Rows for COPY ... FROM STDIN in its text format, written value by value
// straight into the bytes sent: no QVariant or QString on the way, for a
// bulk import spends most of its own time here. Each value ends its column
// (a tab) or, the row's last, its row (a newline).
class Rows
{
public:
    explicit Rows(int columnCount);

    Rows& integer(qint64 value);
    Rows& text(std::string_view value);
    Rows& text(const QString& value);
    Rows& null();
    Rows& optionalText(const std::optional<std::string_view>& value);
    // A value as Qt SQL reads it: a null QVariant is NULL, anything else its text.
    Rows& value(const QVariant& value);

    int columnCount() const { return m_columnCount; }
    std::size_t rowCount() const { return m_rows; }
    bool empty() const { return m_rows == 0 && m_column == 0; }
    // Whether every row has all its values (a COPY sends only whole rows).
    bool complete() const { return m_column == 0; }
    const std::string& data() const { return m_data; }
    void clear();

private:
    void endValue();

    int m_columnCount;
    int m_column = 0;
    std::size_t m_rows = 0;
    std::string m_data;
};

// Sends the rows to `table` with COPY ... FROM STDIN on the connection's own
// libpq handle, inside its open transaction: far fewer round trips than
// INSERTs. `columns` names the rows' columns in their order. Throws
// StorageError naming `doing`.
void copyRows(const PostgresConnection& connection, const char* table, const char* columns,
              const Rows& rows, const std::string& doing);

// COPYs sent one after another on a thread of their own, so that the
// caller prepares the next rows while the server stores the last ones (a
// bulk import's own work and the server's then overlap). The connection is
// the queue's while a COPY is queued or being sent: whoever uses it
// otherwise (Qt SQL included) calls waitUntilDone() first.
class Queue
{
public:
    explicit Queue(const PostgresConnection& connection);
    // Waits for the COPY being sent, if any; the ones queued after it are dropped.
    ~Queue();
    Queue(const Queue&) = delete;
    Queue& operator=(const Queue&) = delete;

    void send(const char* table, const char* columns, Rows rows, std::string doing);
    // Waits until every COPY queued is done; throws the first one's failure
    // (the COPYs queued after a failure are dropped).
    void waitUntilDone();

private:
    struct Job
    {
        const char* table;
        const char* columns;
        Rows rows;
        std::string doing;
    };

    void sendQueued();

    pg_conn* m_connection;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    bool m_sending = false;
    bool m_stopping = false;
    std::exception_ptr m_failure;
    std::thread m_thread; // last: started once the rest is ready
};

} // namespace postgres_copy
