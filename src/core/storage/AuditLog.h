#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

class Clock;
class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;  // add, amend, review, import, export, backup
    QString records; // what was touched, e.g. "intake 12" or "intakes 1-100000"
    QString details;
};

// The append-only log of who did what. The database refuses UPDATE and
// DELETE on it; entries are written inside the transaction of the change
// they describe, so a change and its entry are stored together or not at all.
class AuditLog
{
public:
    AuditLog(const Database& database, const Clock& clock);

    void append(const QString& actor, const QString& action, const QString& records,
                const QString& details = {}) const;

    std::vector<AuditEntry> entries(const QDateTime& since = {}) const;

    // The OS user, for when no --by is given.
    static QString defaultActor();

private:
    const Database& m_database;
    const Clock& m_clock;
};
