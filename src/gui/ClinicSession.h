#pragma once

#include "security/PasswordHasher.h"
#include "security/SignedInUser.h"

#include <QString>
#include <functional>
#include <memory>

class Clock;
class ClinicStorage;
class RuleEngine;
class StaffSession;
class UserAccounts;

// Where a worker thread finds the session's database: a copy it can take to
// its thread and open there (its own connection, as Qt SQL needs). The
// server's password is only ever in memory.
struct StorageAddress
{
    QString location;
    QString serverPassword;

    // Opens the database (it must exist). Throws StorageError.
    std::unique_ptr<ClinicStorage> open(const Clock& clock) const;
};

// Everything the desktop application works with for one open clinic
// database, a file on this computer or a database on the clinic's server
// (openClinicStorage): the storage (on the GUI thread), the rules, the
// clock, the accounts, and, once someone has signed in, their StaffSession.
// Pages read and write the records only through staff(), so the core checks
// every action against the signed-in user's role. A worker thread opens its
// own storage with openWorkerStorage(), on its thread.
class ClinicSession
{
public:
    // `location` is a file path or a postgresql:// URI (never with a
    // password in it); `serverPassword` is used for a server only and is
    // kept in memory for the worker threads' connections, nowhere else.
    // A missing file is created. Throws StorageError (PostgresError for a
    // server) when the database cannot be opened. `passwordCost` is what new
    // password hashes cost (tests use the minimal one).
    ClinicSession(const QString& location, const QString& serverPassword,
                  std::unique_ptr<Clock> clock,
                  PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive);
    // A file, or a server the computer may reach without a password.
    ClinicSession(const QString& location, std::unique_ptr<Clock> clock,
                  PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive);
    ~ClinicSession();

    // The file path or the server's URI, as given.
    const QString& location() const { return m_location; }
    bool isServer() const;
    // Where the records are, for people: the file's path, or
    // "Clinic server: user@host/db" (no secret).
    QString displayLocation() const;
    // False only after withDatabaseClosed() could not open the database again.
    bool isOpen() const { return m_storage != nullptr; }
    ClinicStorage& storage() const;
    const RuleEngine& engine() const { return *m_engine; }
    const Clock& clock() const { return *m_clock; }
    PasswordHasher::Cost passwordCost() const { return m_passwordCost; }

    // For a worker thread's own connection to the same database: open it on
    // that thread and use it only there (Qt SQL connections belong to the
    // thread that opened them).
    StorageAddress address() const { return {m_location, m_serverPassword}; }

    // After a save failed with StorageError::Kind::ConnectionLost: opens the
    // server's connection again for the next operation (nothing for a file).
    // Throws StorageError while the server is still away.
    void reconnect();

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

    // A file only (std::logic_error for a server: a restore into a server
    // is not done from the desktop yet). Runs `work` with this session's
    // connection to the database closed (a restore replaces the file, and
    // DatabaseRestore refuses while anyone has it open), then opens the file
    // at location() again, whatever `work` did to it and whether or not it
    // threw; `work`'s exception is then rethrown. Nobody may be signed in
    // (std::logic_error), and no worker thread may have the file open: an
    // export dialog waits for its thread before it closes, so none is left
    // once the window is gone. Throws StorageError when the database cannot
    // be opened again; isOpen() is then false and the session cannot be
    // used any more.
    void withDatabaseClosed(const std::function<void()>& work);

private:
    void open(bool mustExist);

    QString m_location;
    QString m_serverPassword;
    PasswordHasher::Cost m_passwordCost;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<RuleEngine> m_engine;
    std::unique_ptr<ClinicStorage> m_storage;
    std::unique_ptr<UserAccounts> m_accounts;
    std::unique_ptr<StaffSession> m_staff;
};
