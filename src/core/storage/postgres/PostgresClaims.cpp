#include "storage/postgres/PostgresClaims.h"

#include "storage/StoredRows.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresTransaction.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QUuid>

namespace {

// The advisory lock of claims row `c` (or of intake `?`), as pg_locks shows
// a bigint key: classid the upper 32 bits, objid the lower, objsubid 1.
const QString kKey = QStringLiteral("((%1::bigint << 32) | (%2 & 4294967295))");

QString lockOf(const QString& intake, const QString& pid)
{
    return QStringLiteral("SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND "
                          "l.database = (SELECT oid FROM pg_database WHERE datname = "
                          "current_database()) AND l.classid = %1::oid AND l.objid = (%2 & "
                          "4294967295)::oid AND l.objsubid = 1 AND l.pid = %3 AND l.granted")
        .arg(PostgresClaims::kLockClass)
        .arg(intake, pid);
}

// A row is live while its connection holds its lock.
QString live(const QString& row)
{
    return QStringLiteral("EXISTS (%1)")
        .arg(lockOf(row + QStringLiteral(".intake_id"), row + QStringLiteral(".connection")));
}

} // namespace

PostgresClaims::PostgresClaims(const PostgresConnection& connection, const Clock& clock)
    : m_connection(connection), m_clock(clock),
      m_holder(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

void PostgresClaims::lock(qint64 intakeId) const
{
    // Once per connection: a second shared lock on the same key would need
    // a second unlock. A new connection (after a reconnect) takes it again.
    m_connection.exec(
        QStringLiteral("SELECT pg_advisory_lock_shared(%1) WHERE NOT EXISTS (%2)")
            .arg(kKey.arg(kLockClass).arg(QStringLiteral("?::bigint")),
                 lockOf(QStringLiteral("?::bigint"), QStringLiteral("pg_backend_pid()"))),
        {intakeId, intakeId}, QT_TRANSLATE_NOOP("StorageDoing", "claiming the intake"));
}

std::vector<IntakeClaim> PostgresClaims::claim(qint64 intakeId, const QString& userName)
{
    PostgresTransaction transaction(m_connection);
    // The lock before the row: no other session ever sees the row without it.
    lock(intakeId);
    // Rows of connections gone (killed, cut off, or an earlier connection of
    // this very pid) are cleared here, whoever made them.
    m_connection.exec(QStringLiteral("DELETE FROM claims c WHERE holder <> ? AND "
                                     "(connection = pg_backend_pid() OR NOT %1)")
                          .arg(live(QStringLiteral("c"))),
                      {m_holder}, QT_TRANSLATE_NOOP("StorageDoing", "clearing claims that ended"));
    // A renewal keeps `since`: the same person has had it open all along.
    m_connection.exec(
        QStringLiteral("INSERT INTO claims (intake_id, holder, user_name, since, connection) "
                       "VALUES (?, ?, ?, ?, pg_backend_pid()) ON CONFLICT (intake_id, holder) "
                       "DO UPDATE SET user_name = excluded.user_name, "
                       "connection = excluded.connection"),
        {intakeId, m_holder, userName, m_clock.now().toUTC().toString(Qt::ISODateWithMs)},
        QT_TRANSLATE_NOOP("StorageDoing", "claiming the intake"));
    std::vector<IntakeClaim> others;
    for (IntakeClaim& claim : claimsOn(intakeId)) {
        if (claim.holder != m_holder) {
            others.push_back(std::move(claim));
        }
    }
    transaction.commit();
    return others;
}

void PostgresClaims::refresh()
{
    // Nothing expires on the server; after a reconnect the locks are taken
    // again and the rows point at the new connection.
    QSqlQuery mine = m_connection.exec(
        QStringLiteral("SELECT intake_id FROM claims WHERE holder = ?"), {m_holder},
        QT_TRANSLATE_NOOP("StorageDoing", "reading this workstation's claims"));
    std::vector<qint64> intakes;
    while (mine.next()) {
        intakes.push_back(mine.value(0).toLongLong());
    }
    if (intakes.empty()) {
        return;
    }
    PostgresTransaction transaction(m_connection);
    for (qint64 intakeId : intakes) {
        lock(intakeId);
    }
    m_connection.exec(QStringLiteral("UPDATE claims SET connection = pg_backend_pid() WHERE "
                                     "holder = ? AND connection <> pg_backend_pid()"),
                      {m_holder}, QT_TRANSLATE_NOOP("StorageDoing", "renewing the claims"));
    transaction.commit();
}

void PostgresClaims::release(qint64 intakeId)
{
    PostgresTransaction transaction(m_connection);
    m_connection.exec(QStringLiteral("DELETE FROM claims WHERE intake_id = ? AND holder = ?"),
                      {intakeId, m_holder},
                      QT_TRANSLATE_NOOP("StorageDoing", "releasing the claim"));
    transaction.commit();
    // After the commit: the row is gone before the lock is.
    m_connection.exec(
        QStringLiteral("SELECT pg_advisory_unlock_shared(%1) WHERE EXISTS (%2)")
            .arg(kKey.arg(kLockClass).arg(QStringLiteral("?::bigint")),
                 lockOf(QStringLiteral("?::bigint"), QStringLiteral("pg_backend_pid()"))),
        {intakeId, intakeId}, QT_TRANSLATE_NOOP("StorageDoing", "releasing the claim"));
}

void PostgresClaims::releaseAll()
{
    PostgresTransaction transaction(m_connection);
    m_connection.exec(QStringLiteral("DELETE FROM claims WHERE holder = ?"), {m_holder},
                      QT_TRANSLATE_NOOP("StorageDoing", "releasing the claims"));
    transaction.commit();
    // Every claim lock of this connection, and no other advisory lock.
    m_connection.exec(
        QStringLiteral("SELECT pg_advisory_unlock_shared((l.classid::bigint << 32) | "
                       "l.objid::bigint) FROM pg_locks l WHERE l.locktype = 'advisory' AND "
                       "l.pid = pg_backend_pid() AND l.classid = %1::oid AND l.objsubid = 1 "
                       "AND l.mode = 'ShareLock'")
            .arg(kLockClass),
        {}, QT_TRANSLATE_NOOP("StorageDoing", "releasing the claims"));
}

std::vector<IntakeClaim> PostgresClaims::claimsOn(qint64 intakeId) const
{
    QSqlQuery select = m_connection.exec(
        QStringLiteral("SELECT user_name, since, holder FROM claims c WHERE intake_id = ? AND %1 "
                       "ORDER BY since, holder")
            .arg(live(QStringLiteral("c"))),
        {intakeId}, QT_TRANSLATE_NOOP("StorageDoing", "reading who has the intake open"));
    return stored_rows::claimRows(select, intakeId);
}
