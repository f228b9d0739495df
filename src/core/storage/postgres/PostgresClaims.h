#pragma once

#include "storage/IntakeClaims.h"

class Clock;
class PostgresConnection;

// Claims on the server: a row in `claims` with the holder's backend pid,
// and a session-level shared advisory lock per claimed intake held on the
// storage's own connection. A row counts only while that connection holds
// its lock (pg_locks), so a workstation killed or cut off loses its claims
// with its connection, without any expiry; its rows are deleted by the
// next claim(). After a reconnect, claim() or refresh() takes the locks
// again.
class PostgresClaims final : public IntakeClaims
{
public:
    // The key's upper 32 bits, "CLM1": a claim's lock is this and the
    // intake id's lower 32 bits as one bigint key. The program's other
    // advisory locks are bigint keys with other upper bits (the audit
    // chain's, the schema's, the accounts') or two-integer keys, which the
    // server keeps apart from bigint ones.
    static constexpr qint64 kLockClass = 0x434C4D31;

    PostgresClaims(const PostgresConnection& connection, const Clock& clock);

    QString holder() const override { return m_holder; }
    std::vector<IntakeClaim> claim(qint64 intakeId, const QString& userName) override;
    void refresh() override;
    void release(qint64 intakeId) override;
    void releaseAll() override;
    std::vector<IntakeClaim> claimsOn(qint64 intakeId) const override;

private:
    void lock(qint64 intakeId) const;

    const PostgresConnection& m_connection;
    const Clock& m_clock;
    QString m_holder;
};
