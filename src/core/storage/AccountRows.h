#pragma once

#include "storage/AccountStore.h"

#include <QDateTime>
#include <QString>

class QSqlQuery;
class QVariant;

// The users table read the same way on every backend: both keep the same
// columns, with times as ISO 8601 text (the audit chain hashes rows as
// stored, so the text must be the same everywhere).
namespace account_rows {

// "SELECT <the columns accountFrom reads> FROM users ", ready for a WHERE or ORDER BY.
QString selectAccounts();
UserAccount accountFrom(const QSqlQuery& row);

QString storedText(const QDateTime& time);
// An invalid QDateTime for NULL.
QDateTime storedTime(const QVariant& value);

} // namespace account_rows
