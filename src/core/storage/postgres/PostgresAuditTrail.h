#pragma once

#include "storage/AuditTrail.h"

class Clock;
class PostgresConnection;

// The audit log on a PostgreSQL server, chained exactly as AuditLog chains
// it on SQLite (AuditLog::entryHash, the same rows_hash), so that a log moved
// between backends verifies unchanged.
//
// SQLite's single writer made "read the newest entry, write the next one"
// safe; on a server several workstations write at once. Each append takes
// the transaction-scoped advisory lock kChainLock before it reads the newest
// entry: the next writer waits until this transaction ends and then, at
// READ COMMITTED, reads the entry it wrote. (The application role may not
// lock tables; advisory locks need no grant.) The lock is held until the
// caller's transaction commits, so audited writes of several workstations
// take turns from their audit entry to their commit.
class PostgresAuditTrail final : public AuditTrail
{
public:
    // The chain's lock: one fixed key for every program on the database.
    static constexpr qint64 kChainLock = 4851675012230317;

    PostgresAuditTrail(const PostgresConnection& connection, const Clock& clock);

    // Inside the connection's open transaction when there is one, else in a
    // transaction of its own.
    void append(const QString& actor, const QString& action, const QString& records,
                const QString& details = {}, const audit_coverage::Coverage& covers = {},
                const QString& rowsHash = {}) const override;

    std::vector<AuditEntry> entries(const QDateTime& since = {}) const override;

    // AuditLog::verifyChain on the server: every entry re-hashed, every
    // covered row against its entry (audit_chain::verify), all read in one
    // snapshot (REPEATABLE READ, READ ONLY; inside the connection's open
    // transaction when there is one), a batch of rows at a time.
    static AuditChainReport verifyChain(const PostgresConnection& connection);

private:
    void appendInTransaction(const QString& actor, const QString& action, const QString& records,
                             const QString& details, const audit_coverage::Coverage& covers,
                             const QString& rowsHash) const;

    const PostgresConnection& m_connection;
    const Clock& m_clock;
};
