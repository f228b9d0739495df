#pragma once

#include "security/AccessError.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresError.h"

#include <string>

// The command-line tool's exit statuses, which scripts rely on.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,      // unreadable file, broken rules file, bad usage, ...
    ExitBadInput = 2,     // the input was refused; nothing was done with it
    ExitAccessDenied = 3, // wrong or missing password (the user's or the server account's),
                          // disabled user, or a role without the right
};

// What a refused sign-in or permission means for a script: 3, except a new
// password that breaks the rules, which is bad input like any other.
inline ExitCode exitCodeFor(const AccessError& error)
{
    return error.kind() == AccessError::Kind::BadPassword ? ExitBadInput : ExitAccessDenied;
}

// A request about something that is not there or not allowed is bad input;
// a server that refuses the account, like a wrong password, is access
// denied; anything else (busy, full, damaged, unreachable) is a failure.
inline ExitCode exitCodeFor(const StorageError& error)
{
    if (const auto* server = dynamic_cast<const PostgresError*>(&error)) {
        if (server->problem() == PostgresProblem::WrongPassword ||
            server->problem() == PostgresProblem::NotAllowed) {
            return ExitAccessDenied;
        }
    }
    const bool badRequest =
        error.kind() == StorageError::Kind::Invalid || error.kind() == StorageError::Kind::NotFound;
    return badRequest ? ExitBadInput : ExitFailure;
}

// The line for a failed storage operation. A lost server connection says
// what became of the command: the server rolled back its transaction (a
// command writes in one), so running it again is safe.
inline std::string failureText(const StorageError& error)
{
    std::string text = error.what();
    if (error.kind() == StorageError::Kind::ConnectionLost) {
        text += "; nothing of this command was stored: run it again once the server answers";
    }
    return text;
}
