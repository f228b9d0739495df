#pragma once

#include <QDate>

// Where "today" comes from. Age and acuity depend on dates, so everything that
// needs today's date asks a Clock, and tests hand in one that stands still.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
};
