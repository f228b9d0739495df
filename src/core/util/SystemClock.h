#pragma once

#include "util/Clock.h"

// Today in the computer's local time zone.
class SystemClock final : public Clock
{
public:
    QDate today() const override;
};
