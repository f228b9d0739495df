#pragma once

#include "storage/ClinicStorage.h"
#include "storage/postgres/PostgresAccountStore.h"
#include "storage/postgres/PostgresAuditTrail.h"
#include "storage/postgres/PostgresClaims.h"
#include "storage/postgres/PostgresIntakeStore.h"

#include <memory>

class Clock;
class PostgresConnection;

// A clinic's records in a database on the clinic's PostgreSQL server, shared
// by every workstation: the same records, rules and audit chain as a file,
// with the server's own SQL behind the same interface (docs/server.md).
// Owns its connection; not shared between threads (a worker opens its own).
class PostgresClinicStorage final : public ClinicStorage
{
public:
    // Over an open connection to a database with the current schema
    // (PostgresSchema::requireCurrent is checked by openClinicStorage).
    PostgresClinicStorage(std::unique_ptr<PostgresConnection> connection, const Clock& realTime);
    ~PostgresClinicStorage() override;

    Backend backend() const override { return Backend::PostgresServer; }
    QString location() const override;
    int schemaVersion() const override;
    bool isRescue() const override { return false; }
    void reconnect() override;

    IntakeRepository& intakes() override { return m_store; }
    const IntakeRepository& intakes() const override { return m_store; }
    const AuditTrail& audit() const override { return m_audit; }
    IntakeClaims& claims() override { return m_claims; }
    std::unique_ptr<IntakeBatch> startImport(const QString& actor, const QString& now) override;
    std::unique_ptr<UserAccounts> accounts(const Clock& realTime,
                                           PasswordHasher::Cost cost) const override;

    qint64 exportRecords(QIODevice& out, const RecordExporter::Options& options,
                         const RecordExporter::Progress& progress) const override;
    qint64 exportToFile(const QString& path, const RecordExporter::Options& options,
                        const RecordExporter::Progress& progress,
                        ExistingFile existing) const override;

    void backup(const QString& destination, const QString& actor) const override;
    void backupEncrypted(const QString& destination, const QString& passphrase,
                         const QString& actor, const BackupCipher& cipher) const override;
    std::vector<QString> check(const RuleEngine& engine,
                               AuditChainReport* chain = nullptr) const override;
    AuditChainReport verifyAuditChain() const override;

    const PostgresConnection& connection() const { return *m_connection; }

private:
    std::unique_ptr<PostgresConnection> m_connection;
    const Clock& m_clock;
    PostgresIntakeStore m_store;
    PostgresAuditTrail m_audit;
    PostgresAccountStore m_accounts;
    PostgresClaims m_claims;
};
