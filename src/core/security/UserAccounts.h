#pragma once

#include "security/PasswordHasher.h"
#include "security/SignedInUser.h"
#include "storage/AccountStore.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

class AuditTrail;
class Clock;

// The staff accounts of one database: sign-in with its lockout, and the
// account changes, over whichever backend keeps the rows (AccountStore). Every change and every
// sign-in, good or bad, is in the audit log. Who may make a change is StaffSession's business, not
// this class's: it only keeps the accounts consistent (names unique, at least one enabled manager,
// passwords that meet the rules, nothing ever deleted).
class UserAccounts
{
public:
    UserAccounts(const AccountStore& store, const AuditTrail& audit, const Clock& clock,
                 PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive);

    bool empty() const;
    std::vector<UserAccount> list() const;
    std::optional<UserAccount> find(const QString& name) const;
    std::optional<UserAccount> find(qint64 id) const;

    // The first account of a database, a manager; refused once any account
    // exists. `osUser` is who created it, for the audit log.
    SignedInUser createFirstManager(const QString& name, const QString& password,
                                    const QString& osUser);
    qint64 add(const QString& name, Role role, const QString& password, const QString& actor);
    void disable(const QString& name, const QString& actor);
    void resetPassword(const QString& name, const QString& password, const QString& actor);
    void changeOwnPassword(const SignedInUser& user, const QString& currentPassword,
                           const QString& newPassword);

    // Throws AccessError (WrongCredentials, LockedOut, Disabled) after
    // recording the attempt in the audit log. A successful sign-in moves the
    // entries of the fallback log (AuditFallbackLog) into the audit log. On
    // a database opened for rescue (AccountStore::isRescue) nothing is
    // written: the password is checked and the lockout read, but a failed
    // attempt cannot be counted; the attempt is in the fallback log.
    SignedInUser signIn(const QString& name, const QString& password);

    // What names are compared by: trimmed, NFC, fully case-folded.
    static QString nameKey(const QString& name);
    // What is wrong with a new user name, or nothing.
    static std::optional<std::string> problemWithName(const QString& name);

    // After this many failed attempts in a row, each further attempt waits...
    static constexpr int kLockoutThreshold = 5;
    // ...this long: 30 s after the fifth, doubling each time, at most 15 minutes.
    static std::chrono::seconds lockoutDelay(int failedAttempts);

private:
    SignedInUser signInReadOnly(const QString& name, const QString& password);
    UserAccount existing(const QString& name) const;
    // The Argon2id hash string of the account (empty when there is none).
    std::string storedHash(qint64 id) const;
    // Refuses (LockedOut, audited) while the account is locked out, else
    // counts the attempt as failed and returns its number in the row.
    int startAttempt(const UserAccount& account) const;
    void recordFailure(const UserAccount& account, int attempt, const QString& details) const;
    // The work of one password check, for refusals that check nothing (an
    // unknown name, a locked account), so that their timing tells nothing.
    void spendOneCheck(const QString& password) const;
    std::string hashNewPassword(const QString& password) const;

    const AccountStore& m_store;
    const AuditTrail& m_audit;
    const Clock& m_clock;
    PasswordHasher m_hasher;
};
