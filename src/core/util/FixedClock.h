#pragma once

#include "util/Clock.h"

// A clock that stands still: for tests and for the command-line tool's
// --today option (reproducible scripts).
class FixedClock final : public Clock
{
public:
    // Noon UTC of that day (Qt::UTC, so it prints with "Z" like the system clock).
    explicit FixedClock(const QDate& day) : m_now(day, QTime(12, 0), Qt::UTC) {}
    explicit FixedClock(const QDateTime& moment) : m_now(moment.toUTC()) {}

    QDate today() const override { return m_now.date(); }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};
