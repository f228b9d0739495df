#pragma once

#include "storage/IntakeClaims.h"

class Clock;
class Database;

// Claims in the file's `claims` table, each with an expiry that refresh()
// moves on (the review page's heartbeat): a program killed mid-review
// leaves a row that stops counting kFileLifetimeSeconds later.
class SqliteClaims final : public IntakeClaims
{
public:
    SqliteClaims(const Database& database, const Clock& clock);

    QString holder() const override { return m_holder; }
    std::vector<IntakeClaim> claim(qint64 intakeId, const QString& userName) override;
    void refresh() override;
    void release(qint64 intakeId) override;
    void releaseAll() override;
    std::vector<IntakeClaim> claimsOn(qint64 intakeId) const override;

private:
    std::vector<IntakeClaim> live(qint64 intakeId, const QString& now) const;

    const Database& m_database;
    const Clock& m_clock;
    QString m_holder;
};
