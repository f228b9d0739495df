#include "storage/sqlite/SqliteClaims.h"

#include "storage/Database.h"
#include "storage/StoredRows.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QUuid>

namespace {

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

SqliteClaims::SqliteClaims(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock),
      m_holder(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

std::vector<IntakeClaim> SqliteClaims::claim(qint64 intakeId, const QString& userName)
{
    const QDateTime at = m_clock.now();
    const QString now = stamp(at);
    WriteTransaction transaction(m_database);
    // Expired rows (a program that stopped without releasing) go first.
    QSqlQuery stale =
        m_database.prepare(QStringLiteral("DELETE FROM claims WHERE expires_at <= ?"));
    stale.addBindValue(now);
    Database::run(stale, QT_TRANSLATE_NOOP("StorageDoing", "clearing expired claims"));
    // A renewal keeps `since`: the same person has had it open all along.
    QSqlQuery upsert = m_database.prepare(
        QStringLiteral("INSERT INTO claims (intake_id, holder, user_name, since, expires_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (intake_id, holder) DO UPDATE SET "
                       "user_name = excluded.user_name, expires_at = excluded.expires_at"));
    upsert.addBindValue(intakeId);
    upsert.addBindValue(m_holder);
    upsert.addBindValue(userName);
    upsert.addBindValue(now);
    upsert.addBindValue(stamp(at.addSecs(kFileLifetimeSeconds)));
    Database::run(upsert, QT_TRANSLATE_NOOP("StorageDoing", "claiming the intake"));
    std::vector<IntakeClaim> others;
    for (IntakeClaim& claim : live(intakeId, now)) {
        if (claim.holder != m_holder) {
            others.push_back(std::move(claim));
        }
    }
    transaction.commit();
    return others;
}

void SqliteClaims::refresh()
{
    const QDateTime at = m_clock.now();
    WriteTransaction transaction(m_database);
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE claims SET expires_at = ? WHERE holder = ? AND expires_at > ?"));
    update.addBindValue(stamp(at.addSecs(kFileLifetimeSeconds)));
    update.addBindValue(m_holder);
    update.addBindValue(stamp(at));
    Database::run(update, QT_TRANSLATE_NOOP("StorageDoing", "renewing the claims"));
    transaction.commit();
}

void SqliteClaims::release(qint64 intakeId)
{
    WriteTransaction transaction(m_database);
    QSqlQuery remove =
        m_database.prepare(QStringLiteral("DELETE FROM claims WHERE intake_id = ? AND holder = ?"));
    remove.addBindValue(intakeId);
    remove.addBindValue(m_holder);
    Database::run(remove, QT_TRANSLATE_NOOP("StorageDoing", "releasing the claim"));
    transaction.commit();
}

void SqliteClaims::releaseAll()
{
    WriteTransaction transaction(m_database);
    QSqlQuery remove = m_database.prepare(QStringLiteral("DELETE FROM claims WHERE holder = ?"));
    remove.addBindValue(m_holder);
    Database::run(remove, QT_TRANSLATE_NOOP("StorageDoing", "releasing the claims"));
    transaction.commit();
}

std::vector<IntakeClaim> SqliteClaims::claimsOn(qint64 intakeId) const
{
    return live(intakeId, stamp(m_clock.now()));
}

std::vector<IntakeClaim> SqliteClaims::live(qint64 intakeId, const QString& now) const
{
    QSqlQuery select = m_database.prepare(
        QStringLiteral("SELECT user_name, since, holder FROM claims WHERE intake_id = ? AND "
                       "expires_at > ? ORDER BY since, holder"));
    select.addBindValue(intakeId);
    select.addBindValue(now);
    Database::run(select, QT_TRANSLATE_NOOP("StorageDoing", "reading who has the intake open"));
    return stored_rows::claimRows(select, intakeId);
}
