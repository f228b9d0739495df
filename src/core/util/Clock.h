#pragma once

#include <QDate>
#include <QDateTime>

// Where "today" and "now" come from. Age and acuity depend on dates and
// stored records carry times, so everything asks a Clock, and tests hand in
// one that stands still.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;   // local calendar day
    virtual QDateTime now() const = 0; // UTC
};
