#pragma once

#include "storage/AuditTrail.h"

#include <QDateTime>
#include <QString>
#include <vector>

class Clock;
class Database;

// The append-only log of who did what. The database refuses UPDATE and
// DELETE on it; entries are written inside the transaction of the change
// they describe, so a change and its entry are stored together or not at all.
// Each entry's hash covers its fields and the previous entry's hash, so an
// edited, inserted or removed row breaks the chain from there on. Since
// schema 5 an entry also names the rows it wrote (intake versions,
// suggestions, reviews, an account) and carries a hash of them, so the chain
// also vouches for every row of the history tables and every account.
class AuditLog final : public AuditTrail
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
                const QString& rowsHash = {}) const override;

    std::vector<AuditEntry> entries(const QDateTime& since = {}) const override;

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
