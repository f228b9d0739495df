#include "storage/postgres/PostgresAuditTrail.h"

#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/ClinicChanges.h"
#include "storage/StoredRows.h"
#include "storage/postgres/PostgresAuditCoverage.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresCursor.h"
#include "storage/postgres/PostgresTransaction.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QVariant>

using stored_rows::textOrNull;

namespace {

constexpr qsizetype kNotifyPayloadLength = 200;

} // namespace

PostgresAuditTrail::PostgresAuditTrail(const PostgresConnection& connection, const Clock& clock)
    : m_connection(connection), m_clock(clock)
{}

void PostgresAuditTrail::append(const QString& actor, const QString& action, const QString& records,
                                const QString& details, const audit_coverage::Coverage& covers,
                                const QString& rowsHash) const
{
    if (PostgresTransaction::isOpen(m_connection)) {
        appendInTransaction(actor, action, records, details, covers, rowsHash);
        return;
    }
    PostgresTransaction transaction(m_connection);
    appendInTransaction(actor, action, records, details, covers, rowsHash);
    transaction.commit();
}

void PostgresAuditTrail::appendInTransaction(const QString& actor, const QString& action,
                                             const QString& records, const QString& details,
                                             const audit_coverage::Coverage& covers,
                                             const QString& rowsHash) const
{
    // The NOTIFY of every write (ClinicChanges), in the same round trip as
    // the lock: the server delivers it on commit only, never for a rollback.
    // A short payload (what and which records) well under the server's
    // limit of 8000 bytes.
    const QString news = (action + QLatin1Char(' ') + records).left(kNotifyPayloadLength);
    m_connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?::bigint), pg_notify(?, ?)"),
                      {kChainLock, QString::fromLatin1(ClinicChanges::kServerChannel), news},
                      QT_TRANSLATE_NOOP("StorageDoing", "waiting for the audit log"));
    // A statement after the lock: its snapshot has the entry of whoever held it.
    QSqlQuery newest =
        m_connection.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"),
                          {}, QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
    AuditEntry entry;
    QString previousHash;
    if (newest.next()) {
        entry.id = newest.value(0).toLongLong() + 1;
        previousHash = newest.value(1).toString();
    } else {
        entry.id = 1;
    }
    entry.at = m_clock.now();
    entry.actor = actor;
    entry.action = action;
    entry.records = records;
    entry.details = details;
    if (!covers.empty()) {
        // Read back inside this transaction: exactly what the change stored.
        entry.covers = audit_coverage::text(covers);
        entry.rowsHash =
            rowsHash.isEmpty() ? postgres_coverage::rowsHash(m_connection, covers) : rowsHash;
    }
    entry.hash = AuditLog::entryHash(previousHash, entry);

    m_connection.exec(
        QStringLiteral("INSERT INTO audit_log (id, at, actor, action, records, details, covers, "
                       "rows_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.id, entry.at.toUTC().toString(Qt::ISODateWithMs), actor, action, records,
         textOrNull(details), textOrNull(entry.covers), textOrNull(entry.rowsHash), entry.hash},
        QT_TRANSLATE_NOOP("StorageDoing", "writing the audit log"));
}

std::vector<AuditEntry> PostgresAuditTrail::entries(const QDateTime& since) const
{
    // The times are ISO 8601 UTC text of one width, digits and separators in
    // the same places, so the database's collation orders them as time does.
    QSqlQuery select = m_connection.exec(
        QStringLiteral("SELECT %1 FROM audit_log WHERE at >= ? ORDER BY id")
            .arg(QLatin1String(audit_chain::kColumns)),
        {since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("")},
        QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
    std::vector<AuditEntry> entries;
    while (select.next()) {
        entries.push_back(audit_chain::entryFrom(select));
    }
    return entries;
}

AuditChainReport PostgresAuditTrail::verifyChain(const PostgresConnection& connection)
{
    // The log and the rows it covers in one snapshot: a change committed
    // meanwhile is seen whole (rows and entry) or not at all.
    const PostgresSnapshot snapshot(connection,
                                    QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
    PostgresCursor entries(connection,
                           QStringLiteral("SELECT %1 FROM audit_log ORDER BY id")
                               .arg(QLatin1String(audit_chain::kColumns)),
                           {}, QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
    return audit_chain::verify(
        [&entries](AuditEntry& entry) {
            if (!entries.next()) {
                return false;
            }
            entry = audit_chain::entryFrom(entries.row());
            return true;
        },
        [&connection](const QString& table) {
            return postgres_coverage::openTable(connection, table);
        });
}
