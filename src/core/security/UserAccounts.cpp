#include "security/UserAccounts.h"

#include "security/AccessError.h"
#include "storage/AuditTrail.h"
#include "storage/StorageError.h"
#include "util/Clock.h"
#include "util/Translated.h"

#include <QRegularExpression>
#include <QVariant>
#include <utility>

namespace {

constexpr int kMaximumNameLength = 64;

// A typed user name as the audit log shows it: whatever someone typed at the
// sign-in prompt, cut short.
QString typedName(const QString& name)
{
    QString shown;
    for (const QChar c : name.left(kMaximumNameLength)) {
        const char16_t code = c.unicode();
        if (code < 0x20 || (code >= 0x7f && code < 0xa0) || c.category() == QChar::Other_Format) {
            shown += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        } else {
            shown += c;
        }
    }
    if (name.size() > kMaximumNameLength) {
        shown += QStringLiteral("... (%1 characters)").arg(name.size());
    }
    return shown.isEmpty() ? QStringLiteral("(no name)") : shown;
}

QString storedName(const QString& name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

// Letters from more than one script in one name ("pаul" with a Cyrillic
// "а") make names that look alike. Japanese, which mixes Han and the kana
// by nature, counts as one.
bool mixesScripts(const QString& name)
{
    std::optional<QChar::Script> seen;
    for (uint code : name.toUcs4()) {
        QChar::Script script = QChar::script(char32_t(code));
        if (script == QChar::Script_Common || script == QChar::Script_Inherited) {
            continue;
        }
        if (script == QChar::Script_Hiragana || script == QChar::Script_Katakana) {
            script = QChar::Script_Han;
        }
        if (seen && *seen != script) {
            return true;
        }
        seen = script;
    }
    return false;
}

// The same answer for a wrong name, a wrong password and a lockout, so that
// it never confirms that an account exists.
std::string wrongOrPaused()
{
    return translated::fill(
        QCoreApplication::translate("AccessError",
                                    "wrong user name or password. After %1 failed attempts in a "
                                    "row, sign-in pauses for a few minutes"),
        UserAccounts::kLockoutThreshold);
}

AccessError badPassword(const std::string& problem)
{
    return AccessError(AccessError::Kind::BadPassword, "password: " + problem);
}

// The account a change wrote, for its audit entry: the entry vouches for the
// row as it is after the change.
audit_coverage::Coverage accountRow(qint64 id)
{
    return {{QStringLiteral("users"), id, id}};
}

} // namespace

UserAccounts::UserAccounts(const AccountStore& store, const AuditTrail& audit, const Clock& clock,
                           PasswordHasher::Cost cost)
    : m_store(store), m_audit(audit), m_clock(clock), m_hasher(cost)
{}

bool UserAccounts::empty() const
{
    return m_store.empty();
}

std::vector<UserAccount> UserAccounts::list() const
{
    return m_store.list();
}

std::optional<UserAccount> UserAccounts::find(const QString& name) const
{
    // Compared in C++, not by SQLite's NOCASE (ASCII only): a clinic has
    // tens of accounts, and "É" typed two ways, or "STRASSE" and "straße",
    // must find the same one.
    const QString key = nameKey(name);
    for (UserAccount& account : m_store.list()) {
        if (nameKey(account.name) == key) {
            return std::move(account);
        }
    }
    return std::nullopt;
}

QString UserAccounts::nameKey(const QString& name)
{
    // Qt's toCaseFolded() is the simple folding ("ß" stays); going through
    // upper case first applies the full mappings ("ß" -> "SS" -> "ss").
    return name.trimmed()
        .normalized(QString::NormalizationForm_C)
        .toUpper()
        .toLower()
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

std::optional<UserAccount> UserAccounts::find(qint64 id) const
{
    return m_store.find(id);
}

UserAccount UserAccounts::existing(const QString& name) const
{
    auto account = find(name);
    if (!account) {
        throw StorageError(
            StorageError::Kind::NotFound,
            translated::fill(QCoreApplication::translate("UserAccounts", "no user named \"%1\""),
                             typedName(name)));
    }
    return *account;
}

std::string UserAccounts::storedHash(qint64 id) const
{
    return m_store.passwordHash(id);
}

std::optional<std::string> UserAccounts::problemWithName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return translated::fill(
            QCoreApplication::translate("UserAccounts", "a user name cannot be empty"));
    }
    if (trimmed.size() > kMaximumNameLength) {
        return translated::fill(QCoreApplication::translate(
                                    "UserAccounts", "a user name can have at most %1 characters"),
                                kMaximumNameLength);
    }
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{M}\\p{N}._@-]+$"));
    if (!allowed.match(trimmed).hasMatch()) {
        return translated::fill(QCoreApplication::translate(
            "UserAccounts", "a user name can have letters, digits and . _ @ - only (no spaces)"));
    }
    if (mixesScripts(trimmed)) {
        return translated::fill(QCoreApplication::translate(
            "UserAccounts", "a user name cannot mix alphabets (a Cyrillic \"а\" looks "
                            "like a Latin \"a\"): write it in one"));
    }
    return std::nullopt;
}

std::string UserAccounts::hashNewPassword(const QString& password) const
{
    if (const auto problem = PasswordHasher::problemWith(password)) {
        throw badPassword(*problem);
    }
    return m_hasher.hash(password);
}

SignedInUser UserAccounts::createFirstManager(const QString& name, const QString& password,
                                              const QString& osUser)
{
    if (const auto problem = problemWithName(name)) {
        throw StorageError(StorageError::Kind::Invalid, "user name: " + *problem);
    }
    const std::string hash = hashNewPassword(password);
    const auto transaction = m_store.beginWrite();
    if (!empty()) {
        throw StorageError(
            StorageError::Kind::Invalid,
            translated::fill(QCoreApplication::translate(
                "UserAccounts",
                "this database already has user accounts; a manager adds new ones")));
    }
    const qint64 id = m_store.insert(storedName(name), Role::Manager, hash, m_clock.now(), osUser);
    m_audit.append(osUser, QStringLiteral("user add"),
                   QStringLiteral("user %1").arg(storedName(name)),
                   QStringLiteral("first manager of a new database"), accountRow(id));
    transaction->commit();
    return {id, storedName(name), Role::Manager};
}

qint64 UserAccounts::add(const QString& name, Role role, const QString& password,
                         const QString& actor)
{
    if (const auto problem = problemWithName(name)) {
        throw StorageError(StorageError::Kind::Invalid, "user name: " + *problem);
    }
    const std::string hash = hashNewPassword(password);
    const auto transaction = m_store.beginWrite();
    if (find(name)) {
        throw StorageError(
            StorageError::Kind::Invalid,
            "user name: " + translated::fill(
                                QCoreApplication::translate("UserAccounts",
                                                            "\"%1\" is taken (names ignore case; a "
                                                            "disabled account keeps its name)"),
                                name.trimmed()));
    }
    const qint64 id = m_store.insert(storedName(name), role, hash, m_clock.now(), actor);
    m_audit.append(actor, QStringLiteral("user add"),
                   QStringLiteral("user %1").arg(storedName(name)),
                   QStringLiteral("role %1").arg(roleWord(role)), accountRow(id));
    transaction->commit();
    return id;
}

void UserAccounts::disable(const QString& name, const QString& actor)
{
    const auto transaction = m_store.beginWrite();
    const UserAccount account = existing(name);
    if (!account.enabled) {
        throw StorageError(StorageError::Kind::Invalid,
                           translated::fill(QCoreApplication::translate(
                                                "UserAccounts", "user %1 is already disabled"),
                                            account.name));
    }
    if (account.role == Role::Manager) {
        if (m_store.enabledManagers() <= 1) {
            throw StorageError(
                StorageError::Kind::Invalid,
                translated::fill(QCoreApplication::translate(
                                     "UserAccounts", "user %1 is the last enabled manager; add "
                                                     "another manager first"),
                                 account.name));
        }
    }
    m_store.disable(account.id);
    m_audit.append(actor, QStringLiteral("user disable"),
                   QStringLiteral("user %1").arg(account.name), {}, accountRow(account.id));
    transaction->commit();
}

void UserAccounts::resetPassword(const QString& name, const QString& password, const QString& actor)
{
    const std::string hash = hashNewPassword(password);
    const auto transaction = m_store.beginWrite();
    const UserAccount account = existing(name);
    // A reset also lifts a lockout: the manager has spoken to the person.
    m_store.setPasswordHash(account.id, hash, true);
    m_audit.append(actor, QStringLiteral("user reset-password"),
                   QStringLiteral("user %1").arg(account.name), {}, accountRow(account.id));
    transaction->commit();
}

void UserAccounts::changeOwnPassword(const SignedInUser& user, const QString& currentPassword,
                                     const QString& newPassword)
{
    const auto account = find(user.id);
    if (!account) {
        throw StorageError(
            StorageError::Kind::NotFound,
            translated::fill(QCoreApplication::translate("UserAccounts", "your account is gone")));
    }
    if (!PasswordHasher::verify(storedHash(user.id), currentPassword)) {
        m_audit.append(user.name, QStringLiteral("passwd failed"),
                       QStringLiteral("user %1").arg(user.name),
                       QStringLiteral("wrong current password"));
        throw AccessError(AccessError::Kind::WrongCredentials,
                          "current password: " +
                              translated::fill(QCoreApplication::translate(
                                  "AccessError", "that is not your current password")));
    }
    if (newPassword == currentPassword) {
        throw badPassword(translated::fill(QCoreApplication::translate(
            "UserAccounts", "the new password must differ from the current one")));
    }
    const std::string hash = hashNewPassword(newPassword);
    const auto transaction = m_store.beginWrite();
    m_store.setPasswordHash(user.id, hash, false);
    m_audit.append(user.name, QStringLiteral("passwd"), QStringLiteral("user %1").arg(user.name),
                   {}, accountRow(user.id));
    transaction->commit();
}

void UserAccounts::spendOneCheck(const QString& password) const
{
    // An unmatchable hash of the accounts' cost: one Argon2id run, no match.
    PasswordHasher::verify(m_hasher.unmatchableHash(), password);
}

std::chrono::seconds UserAccounts::lockoutDelay(int failedAttempts)
{
    if (failedAttempts < kLockoutThreshold) {
        return std::chrono::seconds(0);
    }
    const int doublings = std::min(failedAttempts - kLockoutThreshold, 5);
    return std::min(std::chrono::seconds(30 << doublings), std::chrono::seconds(15 * 60));
}

int UserAccounts::startAttempt(const UserAccount& account) const
{
    // Checking the lock and counting the attempt are one step under the
    // write lock, taken before the password is checked: of any number of
    // attempts started at once, only those before the lockout are checked,
    // and each of them is counted as failed until it proves otherwise.
    const auto transaction = m_store.beginWrite();
    const auto [failures, lockedUntil] = m_store.lockState(account.id);
    const QDateTime now = m_clock.now();
    if (lockedUntil.isValid() && lockedUntil > now) {
        m_audit.append(account.name, QStringLiteral("login refused"),
                       QStringLiteral("user %1").arg(account.name),
                       QStringLiteral("locked out after %1 failed attempts for %2 more seconds")
                           .arg(failures)
                           .arg(now.secsTo(lockedUntil) + 1));
        transaction->commit();
        throw AccessError(AccessError::Kind::LockedOut, wrongOrPaused())
            .withSecondsToWait(now.secsTo(lockedUntil) + 1);
    }
    const int attempt = failures + 1;
    const auto delay = lockoutDelay(attempt);
    m_store.setLockState(account.id,
                         {attempt, delay.count() > 0 ? now.addSecs(delay.count()) : QDateTime()});
    transaction->commit();
    return attempt;
}

void UserAccounts::recordFailure(const UserAccount& account, int attempt,
                                 const QString& details) const
{
    const auto delay = lockoutDelay(attempt);
    const QString lockout =
        delay.count() > 0 ? QStringLiteral("; locked for %1 s").arg(delay.count()) : QString();
    m_audit.append(
        account.name, QStringLiteral("login failed"), QStringLiteral("user %1").arg(account.name),
        QStringLiteral("%1 (failure %2 in a row%3)").arg(details).arg(attempt).arg(lockout));
}

SignedInUser UserAccounts::signIn(const QString& name, const QString& password)
{
    if (m_store.isRescue()) {
        return signInReadOnly(name, password);
    }
    const auto account = find(name);
    if (!account) {
        // The same work as for a real account, so that timing does not tell
        // which names exist.
        spendOneCheck(password);
        m_audit.append(typedName(name), QStringLiteral("login failed"),
                       QStringLiteral("typed name %1").arg(typedName(name)),
                       QStringLiteral("not an account"));
        throw AccessError(AccessError::Kind::WrongCredentials, wrongOrPaused());
    }
    int attempt = 0;
    try {
        attempt = startAttempt(*account);
    } catch (const AccessError&) {
        // Locked out: refused unchecked, but as slowly as a check, or the
        // quick answer would say that the name is an account.
        spendOneCheck(password);
        throw;
    }
    // Verified outside any transaction: Argon2 takes a while, and other
    // programs should not wait for it.
    if (!PasswordHasher::verify(storedHash(account->id), password)) {
        recordFailure(*account, attempt, QStringLiteral("wrong password"));
        throw AccessError(AccessError::Kind::WrongCredentials, wrongOrPaused());
    }
    // Only someone who knows the password learns that the account is disabled.
    if (!account->enabled) {
        m_audit.append(account->name, QStringLiteral("login refused"),
                       QStringLiteral("user %1").arg(account->name),
                       QStringLiteral("account disabled"));
        throw AccessError(
            AccessError::Kind::Disabled,
            translated::fill(QCoreApplication::translate(
                                 "AccessError", "the account %1 is disabled; ask a manager"),
                             account->name));
    }
    const auto transaction = m_store.beginWrite();
    // Attempts that failed while this one was checked may have locked the
    // account: then the right password waits like any other.
    const auto [failures, lockedUntil] = m_store.lockState(account->id);
    if (failures != attempt && lockedUntil.isValid() && lockedUntil > m_clock.now()) {
        m_audit.append(account->name, QStringLiteral("login refused"),
                       QStringLiteral("user %1").arg(account->name),
                       QStringLiteral("locked out by %1 failed attempts made meanwhile")
                           .arg(failures - attempt));
        transaction->commit();
        throw AccessError(AccessError::Kind::LockedOut, wrongOrPaused())
            .withSecondsToWait(m_clock.now().secsTo(lockedUntil) + 1);
    }
    m_store.setLockState(account->id, {});
    // What was done while the database could not be written, before this
    // sign-in's own entry and in its transaction.
    const auto moved = m_store.claimFallbackLog(account->name);
    m_audit.append(account->name, QStringLiteral("login"),
                   QStringLiteral("user %1").arg(account->name),
                   QStringLiteral("role %1").arg(roleWord(account->role)));
    transaction->commit();
    m_store.finishClaim(moved);
    return {account->id, account->name, account->role};
}

SignedInUser UserAccounts::signInReadOnly(const QString& name, const QString& password)
{
    // Nothing can be written, so nothing is counted: the lockout recorded in
    // the database holds, but failed attempts made now do not add to it.
    // Every attempt is in the fallback log (AuditLog writes there).
    const QString notCounted = QStringLiteral("read-only rescue access: not counted towards the "
                                              "lockout, the database cannot be written");
    const AuditTrail& audit = m_audit;
    const auto account = find(name);
    if (!account) {
        spendOneCheck(password);
        audit.append(typedName(name), QStringLiteral("login failed"),
                     QStringLiteral("typed name %1").arg(typedName(name)),
                     QStringLiteral("not an account; ") + notCounted);
        throw AccessError(AccessError::Kind::WrongCredentials, wrongOrPaused());
    }
    const QDateTime now = m_clock.now();
    if (account->lockedUntil.isValid() && account->lockedUntil > now) {
        audit.append(account->name, QStringLiteral("login refused"),
                     QStringLiteral("user %1").arg(account->name),
                     QStringLiteral("locked out after %1 failed attempts for %2 more seconds; %3")
                         .arg(account->failedAttempts)
                         .arg(now.secsTo(account->lockedUntil) + 1)
                         .arg(notCounted));
        spendOneCheck(password);
        throw AccessError(AccessError::Kind::LockedOut, wrongOrPaused())
            .withSecondsToWait(now.secsTo(account->lockedUntil) + 1);
    }
    if (!PasswordHasher::verify(storedHash(account->id), password)) {
        audit.append(account->name, QStringLiteral("login failed"),
                     QStringLiteral("user %1").arg(account->name),
                     QStringLiteral("wrong password; ") + notCounted);
        throw AccessError(AccessError::Kind::WrongCredentials, wrongOrPaused());
    }
    if (!account->enabled) {
        audit.append(account->name, QStringLiteral("login refused"),
                     QStringLiteral("user %1").arg(account->name),
                     QStringLiteral("account disabled"));
        throw AccessError(
            AccessError::Kind::Disabled,
            translated::fill(QCoreApplication::translate(
                                 "AccessError", "the account %1 is disabled; ask a manager"),
                             account->name));
    }
    audit.append(account->name, QStringLiteral("login"),
                 QStringLiteral("user %1").arg(account->name),
                 QStringLiteral("role %1; read-only rescue access").arg(roleWord(account->role)));
    return {account->id, account->name, account->role};
}
