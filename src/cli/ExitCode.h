#pragma once

// The command-line tool's exit statuses, which scripts rely on.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,      // unreadable file, broken rules file, bad usage, ...
    ExitBadInput = 2,     // the input was refused; nothing was done with it
    ExitAccessDenied = 3, // wrong or missing password, disabled user, or a role without the right
};
