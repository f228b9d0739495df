#pragma once

#include "util/Clock.h"

// A clock that always answers the same day: for tests and for the
// command-line tool's --today option (reproducible scripts).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDate& day) : m_day(day) {}
    QDate today() const override { return m_day; }

private:
    QDate m_day;
};
