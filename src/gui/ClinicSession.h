#pragma once

#include "security/PasswordHasher.h"
#include "security/SignedInUser.h"

#include <QString>
#include <memory>

class Clock;
class Database;
class RuleEngine;
class StaffSession;
class UserAccounts;

// Everything the desktop application works with for one open database: the
// connection (on the GUI thread), the rules, the clock, the accounts, and,
// once someone has signed in, their StaffSession. Pages read and write the
// records only through staff(), so the core checks every action against the
// signed-in user's role. A worker thread opens its own Database on path().
class ClinicSession
{
public:
    // Throws StorageError when the database cannot be opened. `passwordCost`
    // is what new password hashes cost (tests use the minimal one).
    ClinicSession(const QString& databasePath, std::unique_ptr<Clock> clock,
                  PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive);
    ~ClinicSession();

    const QString& path() const { return m_path; }
    Database& database() const { return *m_database; }
    const RuleEngine& engine() const { return *m_engine; }
    const Clock& clock() const { return *m_clock; }
    PasswordHasher::Cost passwordCost() const { return m_passwordCost; }

    // Sign-in and the first manager: what is possible before anyone is signed in.
    UserAccounts& accounts() const { return *m_accounts; }

    bool isSignedIn() const { return m_staff != nullptr; }
    // Starts the session of someone UserAccounts::signIn (or createFirstManager) let in.
    void begin(const SignedInUser& user);
    // Ends it, with a "logout" entry in the audit log (`details` says how).
    void signOut(const QString& details = {});

    // The signed-in user's session; throws std::logic_error when nobody is signed in.
    StaffSession& staff() const;
    const SignedInUser& user() const;
    // Who is at the keyboard, for the audit log and reviews: the signed-in user.
    QString actor() const;

private:
    QString m_path;
    PasswordHasher::Cost m_passwordCost;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<RuleEngine> m_engine;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<UserAccounts> m_accounts;
    std::unique_ptr<StaffSession> m_staff;
};
