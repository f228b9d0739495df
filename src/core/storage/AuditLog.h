#pragma once

#include "storage/AuditCoverage.h"

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

// The append-only log of who did what. The database refuses UPDATE and
// DELETE on it; entries are written inside the transaction of the change
// they describe, so a change and its entry are stored together or not at all.
// Each entry's hash covers its fields and the previous entry's hash, so an
// edited, inserted or removed row breaks the chain from there on. Since
// schema 5 an entry also names the rows it wrote (intake versions,
// suggestions, reviews, an account) and carries a hash of them, so the chain
// also vouches for every row of the history tables and every account.
class AuditLog
{
public:
    AuditLog(const Database& database, const Clock& clock);

    // Inside the caller's WriteTransaction when there is one (the usual
    // case); otherwise in a transaction of its own.
    // `covers`: the rows of the history tables and the account the change
    // wrote, hashed as they are stored at that moment (read back), or
    // `rowsHash` when the writer hashed them as it wrote them (the import).
    void append(const QString& actor, const QString& action, const QString& records,
                const QString& details = {}, const audit_coverage::Coverage& covers = {},
                const QString& rowsHash = {}) const;

    std::vector<AuditEntry> entries(const QDateTime& since = {}) const;

    // Recomputes every hash from the first entry on, and checks the rows the
    // entries cover against what is stored (audit_coverage::verifyRows).
    static AuditChainReport verifyChain(const Database& database);

    // The hash of an entry whose predecessor's hash is `previousHash` ("" for
    // the first entry): SHA-256, in hex, of a JSON array of the fields.
    static QString entryHash(const QString& previousHash, const AuditEntry& entry);

    // The OS user: who creates the first account of a database.
    static QString defaultActor();

private:
    static AuditChainReport verifyChainInSnapshot(const Database& database);
    void appendInTransaction(const QString& actor, const QString& action, const QString& records,
                             const QString& details, const audit_coverage::Coverage& covers,
                             const QString& rowsHash) const;

    const Database& m_database;
    const Clock& m_clock;
};
