#include "storage/sqlite/SqliteAccountStore.h"

#include "storage/AccountRows.h"
#include "storage/AuditFallbackLog.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QVariant>

namespace {

class SqliteTransaction final : public StorageTransaction
{
public:
    explicit SqliteTransaction(const Database& database) : m_transaction(database) {}
    void commit() override { m_transaction.commit(); }

private:
    WriteTransaction m_transaction;
};

} // namespace

SqliteAccountStore::SqliteAccountStore(const Database& database, const AuditLog& audit)
    : m_database(database), m_audit(audit)
{}

std::unique_ptr<StorageTransaction> SqliteAccountStore::beginWrite() const
{
    // BEGIN IMMEDIATE: the database's one write lock, held to the end.
    return std::make_unique<SqliteTransaction>(m_database);
}

bool SqliteAccountStore::empty() const
{
    QSqlQuery& any = m_database.cached(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    Database::run(any, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    const bool found = any.next();
    any.finish();
    return !found;
}

std::vector<UserAccount> SqliteAccountStore::list() const
{
    QSqlQuery& select =
        m_database.cached(account_rows::selectAccounts() + QStringLiteral("ORDER BY name"));
    Database::run(select, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    std::vector<UserAccount> accounts;
    while (select.next()) {
        accounts.push_back(account_rows::accountFrom(select));
    }
    select.finish();
    return accounts;
}

std::optional<UserAccount> SqliteAccountStore::find(qint64 id) const
{
    QSqlQuery& select =
        m_database.cached(account_rows::selectAccounts() + QStringLiteral("WHERE id = ?"));
    select.bindValue(0, id);
    Database::run(select, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    std::optional<UserAccount> account;
    if (select.next()) {
        account = account_rows::accountFrom(select);
    }
    select.finish();
    return account;
}

std::string SqliteAccountStore::passwordHash(qint64 id) const
{
    QSqlQuery& stored =
        m_database.cached(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    stored.bindValue(0, id);
    Database::run(stored, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    const std::string hash =
        stored.next() ? stored.value(0).toString().toStdString() : std::string();
    stored.finish();
    return hash;
}

int SqliteAccountStore::enabledManagers() const
{
    QSqlQuery managers = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM users WHERE role = 'manager' AND enabled = 1"));
    Database::run(managers, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    managers.next();
    return managers.value(0).toInt();
}

qint64 SqliteAccountStore::insert(const QString& name, Role role, const std::string& passwordHash,
                                  const QDateTime& createdAt, const QString& createdBy) const
{
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(roleWord(role));
    insert.addBindValue(QString::fromStdString(passwordHash));
    insert.addBindValue(createdAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(createdBy);
    Database::run(insert, QT_TRANSLATE_NOOP("StorageDoing", "adding the user"));
    return insert.lastInsertId().toLongLong();
}

void SqliteAccountStore::disable(qint64 id) const
{
    QSqlQuery update =
        m_database.prepare(QStringLiteral("UPDATE users SET enabled = 0 WHERE id = ?"));
    update.addBindValue(id);
    Database::run(update, QT_TRANSLATE_NOOP("StorageDoing", "disabling the user"));
}

void SqliteAccountStore::setPasswordHash(qint64 id, const std::string& passwordHash,
                                         bool liftLockout) const
{
    QSqlQuery update = m_database.prepare(
        liftLockout ? QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, "
                                     "locked_until = NULL WHERE id = ?")
                    : QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    update.addBindValue(QString::fromStdString(passwordHash));
    update.addBindValue(id);
    Database::run(update, QT_TRANSLATE_NOOP("StorageDoing", "changing the password"));
}

LockState SqliteAccountStore::lockState(qint64 id) const
{
    QSqlQuery& state = m_database.cached(
        QStringLiteral("SELECT failed_attempts, locked_until FROM users WHERE id = ?"));
    state.bindValue(0, id);
    Database::run(state, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    LockState lock;
    if (state.next()) {
        lock.failures = state.value(0).toInt();
        lock.lockedUntil = account_rows::storedTime(state.value(1));
    }
    state.finish();
    return lock;
}

void SqliteAccountStore::setLockState(qint64 id, const LockState& state) const
{
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    update.addBindValue(state.failures);
    update.addBindValue(state.lockedUntil.isValid()
                            ? QVariant(state.lockedUntil.toString(Qt::ISODateWithMs))
                            : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(id);
    Database::run(update, QT_TRANSLATE_NOOP("StorageDoing", "recording a sign-in attempt"));
}

bool SqliteAccountStore::isRescue() const
{
    return m_database.isRescue();
}

std::vector<QString> SqliteAccountStore::claimFallbackLog(const QString& actor) const
{
    return AuditFallbackLog(m_database.path()).moveInto(m_database, m_audit, actor);
}

void SqliteAccountStore::finishClaim(const std::vector<QString>& claimed) const
{
    AuditFallbackLog::removeClaimed(claimed);
}
