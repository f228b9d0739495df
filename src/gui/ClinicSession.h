#pragma once

#include "security/PasswordHasher.h"
#include "security/SignedInUser.h"

#include <QString>
#include <functional>
#include <memory>

class Clock;
class ClinicStorage;
class Database;
class SqliteClinicStorage;
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
    // False only after withDatabaseClosed() could not open the database again.
    bool isOpen() const { return m_database != nullptr; }
    Database& database() const { return *m_database; }
    ClinicStorage& storage() const;
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

    // Runs `work` with this session's connection to the database closed (a
    // restore replaces the file, and DatabaseRestore refuses while anyone has
    // it open), then opens the file at path() again, whatever `work` did to
    // it and whether or not it threw; `work`'s exception is then rethrown.
    // Nobody may be signed in (std::logic_error), and no worker thread may
    // have the file open: an export dialog waits for its thread before it
    // closes, so none is left once the window is gone. Throws StorageError
    // when the database cannot be opened again; isOpen() is then false and
    // the session cannot be used any more.
    void withDatabaseClosed(const std::function<void()>& work);

private:
    void open(bool mustExist);

    QString m_path;
    PasswordHasher::Cost m_passwordCost;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<RuleEngine> m_engine;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqliteClinicStorage> m_storage;
    std::unique_ptr<UserAccounts> m_accounts;
    std::unique_ptr<StaffSession> m_staff;
};
