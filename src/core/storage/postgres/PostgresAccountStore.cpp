#include "storage/postgres/PostgresAccountStore.h"

#include "storage/StorageError.h"
#include "storage/postgres/PostgresConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace {

const QString kSelectAccounts =
    QStringLiteral("SELECT id, name, role, enabled, created_at, created_by, failed_attempts, "
                   "locked_until FROM users ");

// Times are stored as the text SQLite stores (PostgresSchema.h says why).
QString storedText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime storedTime(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

UserAccount accountFrom(const QSqlQuery& row)
{
    UserAccount account;
    account.id = row.value(0).toLongLong();
    account.name = row.value(1).toString();
    // An unknown role word is read as the least one: stored data never aborts.
    account.role = roleFromWord(row.value(2).toString()).value_or(Role::FrontDesk);
    account.enabled = row.value(3).toInt() == 1;
    account.createdAt = storedTime(row.value(4));
    account.createdBy = row.value(5).toString();
    account.failedAttempts = row.value(6).toInt();
    account.lockedUntil = storedTime(row.value(7));
    return account;
}

class PostgresTransaction final : public StorageTransaction
{
public:
    explicit PostgresTransaction(const PostgresConnection& connection) : m_connection(connection)
    {
        QSqlDatabase database = m_connection.connection();
        if (!database.transaction()) {
            throw StorageError(StorageError::Kind::Other,
                               "cannot start a transaction on the clinic server: " +
                                   database.lastError().text().toStdString());
        }
        m_open = true;
        // Until the end of the transaction, whoever else writes accounts waits.
        QSqlQuery lock = m_connection.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(PostgresAccountStore::kAccountsLockKey);
        PostgresConnection::run(lock, "waiting for the accounts");
    }

    ~PostgresTransaction() override
    {
        if (m_open) {
            m_connection.connection().rollback();
        }
    }

    void commit() override
    {
        QSqlDatabase database = m_connection.connection();
        if (!database.commit()) {
            throw StorageError(StorageError::Kind::Other,
                               "the clinic server did not store the change: " +
                                   database.lastError().text().toStdString());
        }
        m_open = false;
    }

private:
    const PostgresConnection& m_connection;
    bool m_open = false;
};

} // namespace

PostgresAccountStore::PostgresAccountStore(const PostgresConnection& connection)
    : m_connection(connection)
{}

std::unique_ptr<StorageTransaction> PostgresAccountStore::beginWrite() const
{
    return std::make_unique<PostgresTransaction>(m_connection);
}

bool PostgresAccountStore::empty() const
{
    QSqlQuery any = m_connection.prepare(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    PostgresConnection::run(any, "reading the user accounts");
    return !any.next();
}

std::vector<UserAccount> PostgresAccountStore::list() const
{
    QSqlQuery select = m_connection.prepare(kSelectAccounts + QStringLiteral("ORDER BY name"));
    PostgresConnection::run(select, "reading the user accounts");
    std::vector<UserAccount> accounts;
    while (select.next()) {
        accounts.push_back(accountFrom(select));
    }
    return accounts;
}

std::optional<UserAccount> PostgresAccountStore::find(qint64 id) const
{
    QSqlQuery select = m_connection.prepare(kSelectAccounts + QStringLiteral("WHERE id = ?"));
    select.addBindValue(id);
    PostgresConnection::run(select, "reading the user accounts");
    if (!select.next()) {
        return std::nullopt;
    }
    return accountFrom(select);
}

std::string PostgresAccountStore::passwordHash(qint64 id) const
{
    QSqlQuery stored =
        m_connection.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    stored.addBindValue(id);
    PostgresConnection::run(stored, "reading the user accounts");
    return stored.next() ? stored.value(0).toString().toStdString() : std::string();
}

int PostgresAccountStore::enabledManagers() const
{
    QSqlQuery managers = m_connection.prepare(
        QStringLiteral("SELECT count(*) FROM users WHERE role = 'manager' AND enabled = 1"));
    PostgresConnection::run(managers, "reading the user accounts");
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
    insert.addBindValue(storedText(createdAt));
    insert.addBindValue(createdBy);
    PostgresConnection::run(insert, "adding the user");
    insert.next();
    return insert.value(0).toLongLong();
}

void PostgresAccountStore::disable(qint64 id) const
{
    QSqlQuery update =
        m_connection.prepare(QStringLiteral("UPDATE users SET enabled = 0 WHERE id = ?"));
    update.addBindValue(id);
    PostgresConnection::run(update, "disabling the user");
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
    PostgresConnection::run(update, "changing the password");
}

LockState PostgresAccountStore::lockState(qint64 id) const
{
    // FOR UPDATE as well as the advisory lock: the row stays as read until
    // the transaction ends, whatever else changes it.
    QSqlQuery state = m_connection.prepare(
        QStringLiteral("SELECT failed_attempts, locked_until FROM users WHERE id = ? FOR UPDATE"));
    state.addBindValue(id);
    PostgresConnection::run(state, "reading the user accounts");
    LockState lock;
    if (state.next()) {
        lock.failures = state.value(0).toInt();
        lock.lockedUntil = storedTime(state.value(1));
    }
    return lock;
}

void PostgresAccountStore::setLockState(qint64 id, const LockState& state) const
{
    QSqlQuery update = m_connection.prepare(
        QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    update.addBindValue(state.failures);
    update.addBindValue(state.lockedUntil.isValid() ? QVariant(storedText(state.lockedUntil))
                                                    : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(id);
    PostgresConnection::run(update, "recording a sign-in attempt");
}
