#pragma once

#include "storage/AccountStore.h"

class PostgresConnection;

// The accounts in the server's users table. Every account write holds one
// transaction-level advisory lock (the application role may not lock
// tables), so account changes and sign-in attempts from every workstation
// run one after another, as on SQLite: a lockout counted on one computer
// holds on all of them.
class PostgresAccountStore final : public AccountStore
{
public:
    explicit PostgresAccountStore(const PostgresConnection& connection);

    // The advisory lock's key: "clinic-intake accounts" in a bigint.
    static constexpr qint64 kAccountsLockKey = 0x4349414343543031; // "CIACCT01"

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
    // A server is never opened for rescue, and keeps no fallback log.
    bool isRescue() const override { return false; }
    std::vector<QString> claimFallbackLog(const QString&) const override { return {}; }
    void finishClaim(const std::vector<QString>&) const override {}

private:
    const PostgresConnection& m_connection;
};
