#pragma once

#include "storage/AuditCoverage.h"

#include <QDateTime>
#include <QString>
#include <vector>

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;  // add, amend, review, view, import, export, backup, restore, login, ...
    QString records; // what was touched, e.g. "intake 12" or "intakes 1-100000"
    QString details;
    QString covers;   // the rows this entry vouches for (schema 5), see AuditCoverage.h
    QString rowsHash; // BLAKE2b-256 of those rows as stored
    QString hash;     // SHA-256 of this entry and the previous entry's hash
};

// What verifyChain() found.
struct AuditChainReport
{
    qint64 entries = 0;
    qint64 firstBrokenId = 0; // the entry of the first problem (0: none, or a row no entry covers)
    QString problem;          // the first problem; empty when the chain is intact
    std::vector<QString> problems; // every problem found (a limited number), `problem` first
    QString headHash;              // the newest entry's hash: write it down to anchor the chain
    bool chainBroken = false;      // the log itself is broken; otherwise only covered rows changed

    bool intact() const { return problem.isEmpty(); }
};

// The append-only log of who did what (AuditLog.h says how it is chained).
// An entry is written inside the transaction of the change it describes
// when there is one, otherwise in a transaction of its own.
class AuditTrail
{
public:
    virtual ~AuditTrail() = default;

    // `covers`: the rows of the history tables and the account the change
    // wrote; `rowsHash` when the writer hashed them as it wrote them.
    virtual void append(const QString& actor, const QString& action, const QString& records,
                        const QString& details = {}, const audit_coverage::Coverage& covers = {},
                        const QString& rowsHash = {}) const = 0;
    virtual std::vector<AuditEntry> entries(const QDateTime& since = {}) const = 0;
};
