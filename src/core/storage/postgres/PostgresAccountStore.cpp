#include "storage/postgres/PostgresAccountStore.h"

#include "storage/AccountRows.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresTransaction.h"

#include <QVariant>

namespace {

// A transaction in which every other account writer waits.
class AccountsTransaction final : public StorageTransaction
{
public:
    explicit AccountsTransaction(const PostgresConnection& connection) : m_transaction(connection)
    {
        QSqlQuery lock = connection.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(PostgresAccountStore::kAccountsLockKey);
        PostgresConnection::run(lock,
                                QT_TRANSLATE_NOOP("StorageDoing", "waiting for the accounts"));
    }

    void commit() override { m_transaction.commit(); }

private:
    PostgresTransaction m_transaction;
};

} // namespace

PostgresAccountStore::PostgresAccountStore(const PostgresConnection& connection)
    : m_connection(connection)
{}

std::unique_ptr<StorageTransaction> PostgresAccountStore::beginWrite() const
{
    return std::make_unique<AccountsTransaction>(m_connection);
}

bool PostgresAccountStore::empty() const
{
    QSqlQuery any = m_connection.prepare(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    PostgresConnection::run(any, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    return !any.next();
}

std::vector<UserAccount> PostgresAccountStore::list() const
{
    QSqlQuery select =
        m_connection.prepare(account_rows::selectAccounts() + QStringLiteral("ORDER BY name"));
    PostgresConnection::run(select, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    std::vector<UserAccount> accounts;
    while (select.next()) {
        accounts.push_back(account_rows::accountFrom(select));
    }
    return accounts;
}

std::optional<UserAccount> PostgresAccountStore::find(qint64 id) const
{
    QSqlQuery select =
        m_connection.prepare(account_rows::selectAccounts() + QStringLiteral("WHERE id = ?"));
    select.addBindValue(id);
    PostgresConnection::run(select, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    if (!select.next()) {
        return std::nullopt;
    }
    return account_rows::accountFrom(select);
}

std::string PostgresAccountStore::passwordHash(qint64 id) const
{
    QSqlQuery stored =
        m_connection.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    stored.addBindValue(id);
    PostgresConnection::run(stored, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    return stored.next() ? stored.value(0).toString().toStdString() : std::string();
}

int PostgresAccountStore::enabledManagers() const
{
    QSqlQuery managers = m_connection.prepare(
        QStringLiteral("SELECT count(*) FROM users WHERE role = 'manager' AND enabled = 1"));
    PostgresConnection::run(managers,
                            QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    managers.next();
    return managers.value(0).toInt();
}

qint64 PostgresAccountStore::insert(const QString& name, Role role, const std::string& passwordHash,
                                    const QDateTime& createdAt, const QString& createdBy) const
{
    QSqlQuery insert = m_connection.prepare(
        QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(name);
    insert.addBindValue(roleWord(role));
    insert.addBindValue(QString::fromStdString(passwordHash));
    insert.addBindValue(account_rows::storedText(createdAt));
    insert.addBindValue(createdBy);
    PostgresConnection::run(insert, QT_TRANSLATE_NOOP("StorageDoing", "adding the user"));
    insert.next();
    return insert.value(0).toLongLong();
}

void PostgresAccountStore::disable(qint64 id) const
{
    QSqlQuery update =
        m_connection.prepare(QStringLiteral("UPDATE users SET enabled = 0 WHERE id = ?"));
    update.addBindValue(id);
    PostgresConnection::run(update, QT_TRANSLATE_NOOP("StorageDoing", "disabling the user"));
}

void PostgresAccountStore::setPasswordHash(qint64 id, const std::string& passwordHash,
                                           bool liftLockout) const
{
    QSqlQuery update = m_connection.prepare(
        liftLockout ? QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, "
                                     "locked_until = NULL WHERE id = ?")
                    : QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    update.addBindValue(QString::fromStdString(passwordHash));
    update.addBindValue(id);
    PostgresConnection::run(update, QT_TRANSLATE_NOOP("StorageDoing", "changing the password"));
}

LockState PostgresAccountStore::lockState(qint64 id) const
{
    // FOR UPDATE as well as the advisory lock: the row stays as read until
    // the transaction ends, whatever else changes it.
    QSqlQuery state = m_connection.prepare(
        QStringLiteral("SELECT failed_attempts, locked_until FROM users WHERE id = ? FOR UPDATE"));
    state.addBindValue(id);
    PostgresConnection::run(state, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    LockState lock;
    if (state.next()) {
        lock.failures = state.value(0).toInt();
        lock.lockedUntil = account_rows::storedTime(state.value(1));
    }
    return lock;
}

void PostgresAccountStore::setLockState(qint64 id, const LockState& state) const
{
    QSqlQuery update = m_connection.prepare(
        QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    update.addBindValue(state.failures);
    update.addBindValue(state.lockedUntil.isValid()
                            ? QVariant(account_rows::storedText(state.lockedUntil))
                            : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(id);
    PostgresConnection::run(update,
                            QT_TRANSLATE_NOOP("StorageDoing", "recording a sign-in attempt"));
}
