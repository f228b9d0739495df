#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "util/Clock.h"

#include <QVariant>
#include <pwd.h>
#include <unistd.h>

AuditLog::AuditLog(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock)
{}

void AuditLog::append(const QString& actor, const QString& action, const QString& records,
                      const QString& details) const
{
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, records, details) "
                       "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    insert.addBindValue(actor);
    insert.addBindValue(action);
    insert.addBindValue(records);
    insert.addBindValue(details.isEmpty() ? QVariant() : QVariant(details));
    Database::run(insert, "writing the audit log");
}

std::vector<AuditEntry> AuditLog::entries(const QDateTime& since) const
{
    QSqlQuery select = m_database.prepare(
        QStringLiteral("SELECT id, at, actor, action, records, details FROM audit_log "
                       "WHERE at >= ? ORDER BY id"));
    // An empty text, not NULL: nothing compares as greater than NULL.
    select.addBindValue(since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs)
                                        : QStringLiteral(""));
    Database::run(select, "reading the audit log");
    std::vector<AuditEntry> entries;
    while (select.next()) {
        entries.push_back({select.value(0).toLongLong(),
                           QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs),
                           select.value(2).toString(), select.value(3).toString(),
                           select.value(4).toString(), select.value(5).toString()});
    }
    return entries;
}

QString AuditLog::defaultActor()
{
    if (const passwd* account = getpwuid(getuid()); account != nullptr && account->pw_name) {
        return QString::fromLocal8Bit(account->pw_name);
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
