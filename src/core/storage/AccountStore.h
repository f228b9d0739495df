#pragma once

#include "security/Role.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct UserAccount
{
    qint64 id = 0;
    QString name;
    Role role = Role::FrontDesk;
    bool enabled = true;
    QDateTime createdAt;
    QString createdBy;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked out
};

// An account's failed sign-in attempts in a row and the end of its lockout.
struct LockState
{
    int failures = 0;
    QDateTime lockedUntil; // invalid when not locked
};

// A write in progress: everything done through the store until commit() is
// stored together, or not at all when it ends without commit().
class StorageTransaction
{
public:
    virtual ~StorageTransaction() = default;
    virtual void commit() = 0;
};

// The staff accounts as a backend keeps them: rows, nothing more. Who may
// change them, the rules for names and passwords and the lockout are
// UserAccounts' (security/), above this.
class AccountStore
{
public:
    virtual ~AccountStore() = default;

    // Every account change and every sign-in attempt runs in one of these.
    // lockState() read inside it holds the account against every other
    // program until the end (SQLite: the database's write lock; a server:
    // the account's row), so that counting an attempt is one step.
    virtual std::unique_ptr<StorageTransaction> beginWrite() const = 0;

    virtual bool empty() const = 0;
    // Every account, by name.
    virtual std::vector<UserAccount> list() const = 0;
    virtual std::optional<UserAccount> find(qint64 id) const = 0;
    // The Argon2id hash string of the account (empty when there is none).
    virtual std::string passwordHash(qint64 id) const = 0;
    virtual int enabledManagers() const = 0;

    virtual qint64 insert(const QString& name, Role role, const std::string& passwordHash,
                          const QDateTime& createdAt, const QString& createdBy) const = 0;
    virtual void disable(qint64 id) const = 0;
    // A new password; `liftLockout` also clears the failed attempts.
    virtual void setPasswordHash(qint64 id, const std::string& passwordHash,
                                 bool liftLockout) const = 0;
    virtual LockState lockState(qint64 id) const = 0;
    virtual void setLockState(qint64 id, const LockState& state) const = 0;

    // Opened for rescue: nothing can be written, so sign-in counts nothing.
    virtual bool isRescue() const = 0;
    // What was done while the database could not be written (the fallback
    // log beside it), moved into the audit log inside the current write, as
    // `actor`; finishClaim() then removes what was moved, after the commit.
    // Backends without a fallback log move nothing.
    virtual std::vector<QString> claimFallbackLog(const QString& actor) const = 0;
    virtual void finishClaim(const std::vector<QString>& claimed) const = 0;
};
