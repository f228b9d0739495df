#pragma once

#include "storage/AccountStore.h"

class AuditLog;
class Database;

// The accounts in the SQLite file's users table.
class SqliteAccountStore final : public AccountStore
{
public:
    SqliteAccountStore(const Database& database, const AuditLog& audit);

    std::unique_ptr<StorageTransaction> beginWrite() const override;
    bool empty() const override;
    std::vector<UserAccount> list() const override;
    std::optional<UserAccount> find(qint64 id) const override;
    std::string passwordHash(qint64 id) const override;
    int enabledManagers() const override;
    qint64 insert(const QString& name, Role role, const std::string& passwordHash,
                  const QDateTime& createdAt, const QString& createdBy) const override;
    void disable(qint64 id) const override;
    void setPasswordHash(qint64 id, const std::string& passwordHash,
                         bool liftLockout) const override;
    LockState lockState(qint64 id) const override;
    void setLockState(qint64 id, const LockState& state) const override;
    bool isRescue() const override;
    std::vector<QString> claimFallbackLog(const QString& actor) const override;
    void finishClaim(const std::vector<QString>& claimed) const override;

private:
    const Database& m_database;
    const AuditLog& m_audit;
};
