#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

class AuditLog;
class Database;

// An audit entry that could not go into the database's audit log because
// the database could not be written (a read-only rescue access).
struct FallbackEntry
{
    QString id; // random, so that an entry is moved into the audit log once
    QDateTime at;
    QString actor;
    QString action;
    QString records;
    QString details;
    QString reason; // why the database could not be written
};

// The owner-only file beside a database, <database>.audit-fallback.log, that
// holds the audit entries of accesses made while the database could not be
// written: one JSON object a line, appended (O_APPEND|O_CREAT|O_NOFOLLOW,
// mode 0600; a symlink or anything but a regular file of this user is never
// written to). The next sign-in on the writable database moves them into the
// audit log, in the transaction of its own entry (moveInto).
class AuditFallbackLog
{
public:
    explicit AuditFallbackLog(const QString& databasePath);

    static QString pathFor(const QString& databasePath);
    const QString& path() const { return m_path; }

    // Appends one line; returns why it could not be written, or an empty text.
    QString append(FallbackEntry entry) const;

    // Inside the caller's write transaction: claims the file (renames it),
    // appends its entries to `audit` as "rescue <action>" (each once, even if
    // an earlier move was cut short) and returns the claimed files, for
    // removeClaimed() once the transaction is committed. A file that is not
    // a regular file of this user is left alone and reported in the audit log.
    std::vector<QString> moveInto(const Database& database, const AuditLog& audit,
                                  const QString& actor) const;
    static void removeClaimed(const std::vector<QString>& claimed);

private:
    QString m_path;
};
