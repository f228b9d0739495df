#include "storage/postgres/PostgresTransaction.h"

#include "storage/StorageError.h"
#include "storage/postgres/PostgresConnection.h"
#include "util/Translated.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <cstring>
#include <libpq-fe.h>

pg_conn* libpqConnection(const PostgresConnection& connection)
{
    // QPSQL hands its PGconn* out in a QVariant; Qt 6 names the type after
    // the struct behind libpq's typedef ("pg_conn*"), Qt 5 named it "PGconn*".
    const QVariant handle = connection.connection().driver()->handle();
    if (!handle.isValid() || (std::strcmp(handle.typeName(), "pg_conn*") != 0 &&
                              std::strcmp(handle.typeName(), "PGconn*") != 0)) {
        throw StorageError(StorageError::Kind::Other,
                           "Qt's PostgreSQL driver gives no libpq connection");
    }
    PGconn* pq = *static_cast<PGconn* const*>(handle.constData());
    if (pq == nullptr) {
        throw StorageError(StorageError::Kind::Other, "the server connection is closed");
    }
    return pq;
}

PostgresTransaction::PostgresTransaction(const PostgresConnection& connection, Kind kind)
    : m_connection(connection)
{
    m_connection.execute(kind == Kind::ReadOnlySnapshot
                             ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                             : QStringLiteral("BEGIN"),
                         QT_TRANSLATE_NOOP("StorageDoing", "starting a transaction"));
}

PostgresTransaction::~PostgresTransaction()
{
    if (m_open) {
        QSqlQuery rollback(m_connection.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void PostgresTransaction::commit()
{
    try {
        m_connection.execute(QStringLiteral("COMMIT"),
                             QT_TRANSLATE_NOOP("StorageDoing", "committing"));
    } catch (const StorageError& error) {
        if (error.kind() != StorageError::Kind::ConnectionLost) {
            throw;
        }
        // The COMMIT may have reached the server before the connection
        // broke: not a lost connection to send the same change again after
        // (that would store it twice), but one to look at first.
        m_open = false;
        throw StorageError(
            StorageError::Kind::Other,
            translated::fill(QCoreApplication::translate(
                                 "PostgresError",
                                 "committing failed: the connection to the clinic server was lost "
                                 "while the change was being committed, so whether it was stored "
                                 "is not known; look before doing it again (%1)"),
                             error.what()));
    }
    m_open = false;
}

bool PostgresTransaction::isOpen(const PostgresConnection& connection)
{
    const PGTransactionStatusType status = PQtransactionStatus(libpqConnection(connection));
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

PostgresSnapshot::PostgresSnapshot(const PostgresConnection& connection, const char* doing)
{
    if (!PostgresTransaction::isOpen(connection)) {
        m_own.emplace(connection);
        connection.execute(
            QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), doing);
    }
}
