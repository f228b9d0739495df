#include "storage/AuditLog.h"

#include "storage/AuditFallbackLog.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QVariant>
#include <nlohmann/json.hpp>
#include <pwd.h>
#include <sqlite3.h>
#include <unistd.h>

namespace {

const QString kSelectEntries =
    QStringLiteral("SELECT id, at, actor, action, records, details, hash FROM audit_log ");

AuditEntry entryFrom(const QSqlQuery& row)
{
    return {row.value(0).toLongLong(),
            QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs),
            row.value(2).toString(),
            row.value(3).toString(),
            row.value(4).toString(),
            row.value(5).toString(),
            row.value(6).toString()};
}

} // namespace

AuditLog::AuditLog(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock)
{}

void AuditLog::append(const QString& actor, const QString& action, const QString& records,
                      const QString& details) const
{
    if (m_database.isRescue()) {
        // The database cannot be written: the entry goes to the fallback
        // log beside it, and moves into this log at the next sign-in.
        FallbackEntry entry;
        entry.at = m_clock.now();
        entry.actor = actor;
        entry.action = action;
        entry.records = records;
        entry.details = details;
        entry.reason = m_database.rescueReason();
        m_database.noteFallbackProblem(AuditFallbackLog(m_database.path()).append(entry));
        return;
    }
    if (sqlite3_get_autocommit(m_database.sqliteHandle()) == 0) {
        appendInTransaction(actor, action, records, details);
        return;
    }
    WriteTransaction transaction(m_database);
    appendInTransaction(actor, action, records, details);
    transaction.commit();
}

void AuditLog::appendInTransaction(const QString& actor, const QString& action,
                                   const QString& records, const QString& details) const
{
    // The write lock is held, so the newest entry cannot change until commit.
    QSqlQuery& newest = m_database.cached(
        QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    Database::run(newest, "reading the audit log");
    AuditEntry entry;
    QString previousHash;
    if (newest.next()) {
        entry.id = newest.value(0).toLongLong() + 1;
        previousHash = newest.value(1).toString();
    } else {
        entry.id = 1;
    }
    newest.finish();
    entry.at = m_clock.now();
    entry.actor = actor;
    entry.action = action;
    entry.records = records;
    entry.details = details;
    entry.hash = entryHash(previousHash, entry);

    QSqlQuery& insert = m_database.cached(
        QStringLiteral("INSERT INTO audit_log (id, at, actor, action, records, details, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, entry.id);
    insert.bindValue(1, entry.at.toString(Qt::ISODateWithMs));
    insert.bindValue(2, actor);
    insert.bindValue(3, action);
    insert.bindValue(4, records);
    insert.bindValue(5, details.isEmpty() ? QVariant() : QVariant(details));
    insert.bindValue(6, entry.hash);
    Database::run(insert, "writing the audit log");
}

std::vector<AuditEntry> AuditLog::entries(const QDateTime& since) const
{
    QSqlQuery select =
        m_database.prepare(kSelectEntries + QStringLiteral("WHERE at >= ? ORDER BY id"));
    // An empty text, not NULL: nothing compares as greater than NULL.
    select.addBindValue(since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs)
                                        : QStringLiteral(""));
    Database::run(select, "reading the audit log");
    std::vector<AuditEntry> entries;
    while (select.next()) {
        entries.push_back(entryFrom(select));
    }
    return entries;
}

AuditChainReport AuditLog::verifyChain(const Database& database)
{
    QSqlQuery select = database.prepare(kSelectEntries + QStringLiteral("ORDER BY id"));
    select.setForwardOnly(true);
    Database::run(select, "reading the audit log");
    AuditChainReport report;
    QString previousHash;
    qint64 expectedId = 1;
    while (select.next()) {
        const AuditEntry entry = entryFrom(select);
        ++report.entries;
        if (report.intact()) {
            if (entry.id != expectedId) {
                report.firstBrokenId = entry.id;
                report.problem = QStringLiteral("audit log entry %1 is missing: the entries "
                                                "jump from %2 to %3")
                                     .arg(expectedId)
                                     .arg(expectedId - 1)
                                     .arg(entry.id);
            } else if (entry.hash != entryHash(previousHash, entry)) {
                report.firstBrokenId = entry.id;
                report.problem = QStringLiteral("audit log entry %1 was changed after it was "
                                                "written: its hash does not match")
                                     .arg(entry.id);
            }
        }
        previousHash = entry.hash;
        expectedId = entry.id + 1;
    }
    report.headHash = previousHash;
    return report;
}

QString AuditLog::entryHash(const QString& previousHash, const AuditEntry& entry)
{
    // A JSON array keeps the fields apart: no two different entries give the
    // same text, whatever their fields contain.
    const nlohmann::json fields = {previousHash.toStdString(),
                                   entry.id,
                                   entry.at.toUTC().toString(Qt::ISODateWithMs).toStdString(),
                                   entry.actor.toStdString(),
                                   entry.action.toStdString(),
                                   entry.records.toStdString(),
                                   entry.details.toStdString()};
    const std::string text = fields.dump();
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256)
            .toHex());
}

QString AuditLog::defaultActor()
{
    if (const passwd* account = getpwuid(getuid()); account != nullptr && account->pw_name) {
        return QString::fromLocal8Bit(account->pw_name);
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
