#include "security/UserAccounts.h"

#include "security/AccessError.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QVariant>

namespace {

const QString kSelectAccounts =
    QStringLiteral("SELECT id, name, role, enabled, created_at, created_by, failed_attempts, "
                   "locked_until FROM users ");

constexpr int kMaximumNameLength = 64;

UserAccount accountFrom(const QSqlQuery& row)
{
    UserAccount account;
    account.id = row.value(0).toLongLong();
    account.name = row.value(1).toString();
    account.role = roleFromWord(row.value(2).toString()).value_or(Role::FrontDesk);
    account.enabled = row.value(3).toInt() == 1;
    account.createdAt = QDateTime::fromString(row.value(4).toString(), Qt::ISODateWithMs);
    account.createdBy = row.value(5).toString();
    account.failedAttempts = row.value(6).toInt();
    if (!row.value(7).isNull()) {
        account.lockedUntil = QDateTime::fromString(row.value(7).toString(), Qt::ISODateWithMs);
    }
    return account;
}

// A typed user name as the audit log shows it: whatever someone typed at the
// sign-in prompt, cut short.
QString typedName(const QString& name)
{
    QString shown = name.left(kMaximumNameLength);
    shown.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral("?"));
    return shown.isEmpty() ? QStringLiteral("(no name)") : shown;
}

AccessError badPassword(const std::string& problem)
{
    return AccessError(AccessError::Kind::BadPassword, "password: " + problem);
}

} // namespace

UserAccounts::UserAccounts(const Database& database, const Clock& clock, PasswordHasher::Cost cost)
    : m_database(database), m_clock(clock), m_hasher(cost)
{}

bool UserAccounts::empty() const
{
    QSqlQuery& any = m_database.cached(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    Database::run(any, "reading the user accounts");
    const bool found = any.next();
    any.finish();
    return !found;
}

std::vector<UserAccount> UserAccounts::list() const
{
    QSqlQuery select = m_database.prepare(kSelectAccounts + QStringLiteral("ORDER BY name"));
    Database::run(select, "reading the user accounts");
    std::vector<UserAccount> accounts;
    while (select.next()) {
        accounts.push_back(accountFrom(select));
    }
    return accounts;
}

std::optional<UserAccount> UserAccounts::find(const QString& name) const
{
    QSqlQuery& select = m_database.cached(kSelectAccounts + QStringLiteral("WHERE name = ?"));
    select.bindValue(0, name.trimmed());
    Database::run(select, "reading the user accounts");
    std::optional<UserAccount> account;
    if (select.next()) {
        account = accountFrom(select);
    }
    select.finish();
    return account;
}

std::optional<UserAccount> UserAccounts::find(qint64 id) const
{
    QSqlQuery& select = m_database.cached(kSelectAccounts + QStringLiteral("WHERE id = ?"));
    select.bindValue(0, id);
    Database::run(select, "reading the user accounts");
    std::optional<UserAccount> account;
    if (select.next()) {
        account = accountFrom(select);
    }
    select.finish();
    return account;
}

UserAccount UserAccounts::existing(const QString& name) const
{
    auto account = find(name);
    if (!account) {
        throw StorageError(StorageError::Kind::NotFound,
                           "no user named \"" + typedName(name).toStdString() + "\"");
    }
    return *account;
}

std::string UserAccounts::storedHash(qint64 id) const
{
    QSqlQuery& stored =
        m_database.cached(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    stored.bindValue(0, id);
    Database::run(stored, "reading the user accounts");
    const std::string hash =
        stored.next() ? stored.value(0).toString().toStdString() : std::string();
    stored.finish();
    return hash;
}

std::optional<std::string> UserAccounts::problemWithName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return "a user name cannot be empty";
    }
    if (trimmed.size() > kMaximumNameLength) {
        return "a user name can have at most " + std::to_string(kMaximumNameLength) + " characters";
    }
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}._@-]+$"));
    if (!allowed.match(trimmed).hasMatch()) {
        return "a user name can have letters, digits and . _ @ - only (no spaces)";
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
    WriteTransaction transaction(m_database);
    if (!empty()) {
        throw StorageError(StorageError::Kind::Invalid,
                           "this database already has user accounts; a manager adds new ones");
    }
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, created_by) "
                       "VALUES (?, 'manager', ?, ?, ?)"));
    insert.addBindValue(name.trimmed());
    insert.addBindValue(QString::fromStdString(hash));
    insert.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    insert.addBindValue(osUser);
    Database::run(insert, "creating the first manager");
    const qint64 id = insert.lastInsertId().toLongLong();
    AuditLog(m_database, m_clock)
        .append(osUser, QStringLiteral("user add"), QStringLiteral("user %1").arg(name.trimmed()),
                QStringLiteral("first manager of a new database"));
    transaction.commit();
    return {id, name.trimmed(), Role::Manager};
}

qint64 UserAccounts::add(const QString& name, Role role, const QString& password,
                         const QString& actor)
{
    if (const auto problem = problemWithName(name)) {
        throw StorageError(StorageError::Kind::Invalid, "user name: " + *problem);
    }
    const std::string hash = hashNewPassword(password);
    WriteTransaction transaction(m_database);
    if (find(name)) {
        throw StorageError(StorageError::Kind::Invalid,
                           "user name: \"" + name.trimmed().toStdString() +
                               "\" is taken (names ignore case; a disabled account keeps its "
                               "name)");
    }
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(name.trimmed());
    insert.addBindValue(roleWord(role));
    insert.addBindValue(QString::fromStdString(hash));
    insert.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    insert.addBindValue(actor);
    Database::run(insert, "adding the user");
    const qint64 id = insert.lastInsertId().toLongLong();
    AuditLog(m_database, m_clock)
        .append(actor, QStringLiteral("user add"), QStringLiteral("user %1").arg(name.trimmed()),
                QStringLiteral("role %1").arg(roleWord(role)));
    transaction.commit();
    return id;
}

void UserAccounts::disable(const QString& name, const QString& actor)
{
    WriteTransaction transaction(m_database);
    const UserAccount account = existing(name);
    if (!account.enabled) {
        throw StorageError(StorageError::Kind::Invalid,
                           "user " + account.name.toStdString() + " is already disabled");
    }
    if (account.role == Role::Manager) {
        QSqlQuery managers = m_database.prepare(
            QStringLiteral("SELECT count(*) FROM users WHERE role = 'manager' AND enabled = 1"));
        Database::run(managers, "reading the user accounts");
        managers.next();
        if (managers.value(0).toLongLong() <= 1) {
            throw StorageError(StorageError::Kind::Invalid,
                               "user " + account.name.toStdString() +
                                   " is the last enabled manager; add another manager first");
        }
    }
    QSqlQuery update =
        m_database.prepare(QStringLiteral("UPDATE users SET enabled = 0 WHERE id = ?"));
    update.addBindValue(account.id);
    Database::run(update, "disabling the user");
    AuditLog(m_database, m_clock)
        .append(actor, QStringLiteral("user disable"), QStringLiteral("user %1").arg(account.name));
    transaction.commit();
}

void UserAccounts::resetPassword(const QString& name, const QString& password, const QString& actor)
{
    const std::string hash = hashNewPassword(password);
    WriteTransaction transaction(m_database);
    const UserAccount account = existing(name);
    // A reset also lifts a lockout: the manager has spoken to the person.
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, "
                       "locked_until = NULL WHERE id = ?"));
    update.addBindValue(QString::fromStdString(hash));
    update.addBindValue(account.id);
    Database::run(update, "resetting the password");
    AuditLog(m_database, m_clock)
        .append(actor, QStringLiteral("user reset-password"),
                QStringLiteral("user %1").arg(account.name));
    transaction.commit();
}

void UserAccounts::changeOwnPassword(const SignedInUser& user, const QString& currentPassword,
                                     const QString& newPassword)
{
    const auto account = find(user.id);
    if (!account) {
        throw StorageError(StorageError::Kind::NotFound, "your account is gone");
    }
    if (!PasswordHasher::verify(storedHash(user.id), currentPassword)) {
        AuditLog(m_database, m_clock)
            .append(user.name, QStringLiteral("passwd failed"),
                    QStringLiteral("user %1").arg(user.name),
                    QStringLiteral("wrong current password"));
        throw AccessError(AccessError::Kind::WrongCredentials,
                          "current password: that is not your current password");
    }
    if (newPassword == currentPassword) {
        throw badPassword("the new password must differ from the current one");
    }
    const std::string hash = hashNewPassword(newPassword);
    WriteTransaction transaction(m_database);
    QSqlQuery update =
        m_database.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    update.addBindValue(QString::fromStdString(hash));
    update.addBindValue(user.id);
    Database::run(update, "changing the password");
    AuditLog(m_database, m_clock)
        .append(user.name, QStringLiteral("passwd"), QStringLiteral("user %1").arg(user.name));
    transaction.commit();
}

std::chrono::seconds UserAccounts::lockoutDelay(int failedAttempts)
{
    if (failedAttempts < kLockoutThreshold) {
        return std::chrono::seconds(0);
    }
    const int doublings = std::min(failedAttempts - kLockoutThreshold, 5);
    return std::min(std::chrono::seconds(30 << doublings), std::chrono::seconds(15 * 60));
}

void UserAccounts::recordFailure(const UserAccount& account, const QString& details) const
{
    WriteTransaction transaction(m_database);
    // Counted in SQL: two programs failing at once both count.
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ? "
                       "RETURNING failed_attempts"));
    update.addBindValue(account.id);
    Database::run(update, "recording a failed sign-in");
    update.next();
    const int failures = update.value(0).toInt();
    update.finish();
    const auto delay = lockoutDelay(failures);
    QString lockout;
    if (delay.count() > 0) {
        const QDateTime until = m_clock.now().addSecs(delay.count());
        QSqlQuery lock =
            m_database.prepare(QStringLiteral("UPDATE users SET locked_until = ? WHERE id = ?"));
        lock.addBindValue(until.toString(Qt::ISODateWithMs));
        lock.addBindValue(account.id);
        Database::run(lock, "recording a failed sign-in");
        lockout = QStringLiteral("; locked for %1 s").arg(delay.count());
    }
    AuditLog(m_database, m_clock)
        .append(
            account.name, QStringLiteral("login failed"),
            QStringLiteral("user %1").arg(account.name),
            QStringLiteral("%1 (failure %2 in a row%3)").arg(details).arg(failures).arg(lockout));
    transaction.commit();
}

SignedInUser UserAccounts::signIn(const QString& name, const QString& password)
{
    const auto account = find(name);
    const QString wrong = QStringLiteral("wrong user name or password");
    if (!account) {
        // The same work as for a real account, so that timing does not tell
        // which names exist.
        static const std::string unknownUserHash = m_hasher.hash(QStringLiteral("no such user"));
        PasswordHasher::verify(unknownUserHash, password);
        AuditLog(m_database, m_clock)
            .append(typedName(name), QStringLiteral("login failed"),
                    QStringLiteral("user %1").arg(typedName(name)), QStringLiteral("unknown user"));
        throw AccessError(AccessError::Kind::WrongCredentials, wrong.toStdString());
    }
    const QDateTime now = m_clock.now();
    if (account->lockedUntil.isValid() && account->lockedUntil > now) {
        const qint64 seconds = now.secsTo(account->lockedUntil) + 1;
        AuditLog(m_database, m_clock)
            .append(
                account->name, QStringLiteral("login refused"),
                QStringLiteral("user %1").arg(account->name),
                QStringLiteral("locked out after %1 failed attempts").arg(account->failedAttempts));
        throw AccessError(AccessError::Kind::LockedOut,
                          QStringLiteral("too many failed attempts for %1: try again in %2 "
                                         "seconds")
                              .arg(account->name)
                              .arg(seconds)
                              .toStdString());
    }
    // Verified outside any transaction: Argon2 takes a while, and other
    // programs should not wait for it.
    if (!PasswordHasher::verify(storedHash(account->id), password)) {
        recordFailure(*account, QStringLiteral("wrong password"));
        throw AccessError(AccessError::Kind::WrongCredentials, wrong.toStdString());
    }
    // Only someone who knows the password learns that the account is disabled.
    if (!account->enabled) {
        AuditLog(m_database, m_clock)
            .append(account->name, QStringLiteral("login refused"),
                    QStringLiteral("user %1").arg(account->name),
                    QStringLiteral("account disabled"));
        throw AccessError(AccessError::Kind::Disabled, "the account " +
                                                           account->name.toStdString() +
                                                           " is disabled; ask a manager");
    }
    WriteTransaction transaction(m_database);
    QSqlQuery reset = m_database.prepare(
        QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    reset.addBindValue(account->id);
    Database::run(reset, "recording the sign-in");
    AuditLog(m_database, m_clock)
        .append(account->name, QStringLiteral("login"),
                QStringLiteral("user %1").arg(account->name),
                QStringLiteral("role %1").arg(roleWord(account->role)));
    transaction.commit();
    return {account->id, account->name, account->role};
}
