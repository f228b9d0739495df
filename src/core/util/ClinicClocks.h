#pragma once

#include "util/Clock.h"

// The program's two clocks, named for what they are. The visit calendar gives
// the default visit date and the age derived from it; scripts and tests may
// fix it (the command-line tool's --today). The real clock times everything
// that security rests on: the lockout, audit entries, created_at, reviewed_at
// and the names of kept files. Nothing a user types moves the real clock, so
// a fixed visit date can neither lock an account out for ever, lift a
// lockout, nor back-date the audit log.
struct ClinicClocks
{
    ClinicClocks(const Clock& realTime, const Clock& visitCalendar)
        : realTime(realTime), visitCalendar(visitCalendar)
    {}
    // One clock for both: the desktop application, which has no --today, and
    // tests that move time for everything at once.
    ClinicClocks(const Clock& both) : realTime(both), visitCalendar(both) {} // NOLINT

    const Clock& realTime;
    const Clock& visitCalendar;
};
