#pragma once

#include "util/Clock.h"

// A clock a test moves by hand: lockouts and idle times without waiting.
class AdjustableClock final : public Clock
{
public:
    explicit AdjustableClock(const QDateTime& start) : m_now(start.toUTC()) {}

    QDate today() const override { return m_now.date(); }
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
