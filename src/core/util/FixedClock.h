#pragma once

#include "util/Clock.h"

#include <QTimeZone>

// A clock that stands still: for tests and for the command-line tool's
// --today option (reproducible scripts).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDate& day) : m_now(day, QTime(12, 0), QTimeZone::utc()) {}
    explicit FixedClock(const QDateTime& moment) : m_now(moment.toUTC()) {}

    QDate today() const override { return m_now.date(); }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};
