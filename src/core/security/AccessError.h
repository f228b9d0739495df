#pragma once

#include <stdexcept>
#include <string>

// Someone could not be let in, or asked for something their role does not
// allow. Front ends show the message as it is (the CLI exits with status 3);
// it never says whether a user name exists.
class AccessError : public std::runtime_error
{
public:
    enum class Kind
    {
        WrongCredentials, // unknown user or wrong password: the same message for both
        Disabled,         // the account was disabled by a manager
        LockedOut,        // too many failed attempts; try again later
        NotAllowed,       // the role does not allow it
        NoAccounts,       // the database has no users yet: create the first manager
        BadPassword,      // a new password that does not meet the rules
    };

    AccessError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind)
    {}

    Kind kind() const { return m_kind; }

    // LockedOut: how long until the next attempt is checked. Only for a user
    // who is already signed in (the lock screen); the message never says it,
    // since it would confirm that the account exists.
    long long secondsToWait() const { return m_secondsToWait; }
    AccessError& withSecondsToWait(long long seconds)
    {
        m_secondsToWait = seconds;
        return *this;
    }

private:
    Kind m_kind;
    long long m_secondsToWait = 0;
};
