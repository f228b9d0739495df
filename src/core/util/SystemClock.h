#pragma once

#include "util/Clock.h"

// The computer's clock: today in the local time zone, now in UTC.
class SystemClock final : public Clock
{
public:
    QDate today() const override;
    QDateTime now() const override;
};
