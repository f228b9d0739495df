#include "storage/AccountRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace account_rows {

QString selectAccounts()
{
    return QStringLiteral("SELECT id, name, role, enabled, created_at, created_by, "
                          "failed_attempts, locked_until FROM users ");
}

UserAccount accountFrom(const QSqlQuery& row)
{
    UserAccount account;
    account.id = row.value(0).toLongLong();
    account.name = row.value(1).toString();
    // An unknown role word is read as the least one: stored data never aborts.
    account.role = roleFromWord(row.value(2).toString()).value_or(Role::FrontDesk);
    account.enabled = row.value(3).toInt() == 1;
    account.createdAt = storedTime(row.value(4));
    account.createdBy = row.value(5).toString();
    account.failedAttempts = row.value(6).toInt();
    account.lockedUntil = storedTime(row.value(7));
    return account;
}

QString storedText(const QDateTime& time)
{
    return time.toString(Qt::ISODateWithMs);
}

QDateTime storedTime(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace account_rows
