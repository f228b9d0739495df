#include "storage/postgres/PostgresCursor.h"

#include "storage/StorageError.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresTransaction.h"

#include <QSqlError>
#include <QSqlRecord>
#include <atomic>

PostgresCursor::PostgresCursor(const PostgresConnection& connection, const QString& select,
                               const QVariantList& values, const char* doing, int batch)
    : m_connection(connection), m_doing(doing)
{
    if (!PostgresTransaction::isOpen(connection)) {
        throw StorageError(StorageError::Kind::Other,
                           std::string(doing) + ": a cursor needs an open transaction");
    }
    static std::atomic<qint64> counter{0};
    m_name = QStringLiteral("clinic_cursor_%1").arg(++counter);
    m_connection.execute(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2")
                             .arg(m_name, m_connection.withValues(select, values)),
                         doing);
    m_batch = batch;
    m_fetch = QStringLiteral("FETCH FORWARD %1 FROM %2").arg(batch).arg(m_name);
    // Not forward-only: QPSQL would read such a query row by row and end it
    // when another statement runs; each batch is held whole instead.
    m_rows = QSqlQuery(m_connection.connection());
    fetch();
}

PostgresCursor::~PostgresCursor()
{
    // In a transaction that failed the cursor is gone with it: nothing to report.
    QSqlQuery close(m_connection.connection());
    close.exec(QStringLiteral("CLOSE ") + m_name);
}

bool PostgresCursor::next()
{
    if (m_rows.next()) {
        return true;
    }
    if (m_last) {
        return false;
    }
    fetch();
    return m_rows.next();
}

void PostgresCursor::fetch()
{
    // Not prepared: PostgreSQL cannot prepare FETCH.
    if (!m_rows.exec(m_fetch)) {
        throw PostgresConnection::failure(m_rows.lastError(), m_rows.driver(), m_doing);
    }
    m_last = m_rows.size() >= 0 && m_rows.size() < m_batch;
}

int PostgresCursor::columnCount() const
{
    return m_rows.record().count();
}
