#pragma once

#include "storage/AuditLog.h"
#include "storage/ClinicStorage.h"
#include "storage/IntakeStore.h"
#include "storage/sqlite/SqliteAccountStore.h"
#include "storage/sqlite/SqliteClaims.h"

#include <memory>

class Clock;
class Database;

// A clinic's records in one SQLite file on this computer: the embedded
// default. Everything SQLite-specific (the connection, its pragmas, FTS5,
// VACUUM INTO backups, the raw handle for bulk statements) stays behind
// this class and the storage classes it is made of.
class SqliteClinicStorage final : public ClinicStorage
{
public:
    // Over a database the caller keeps open for as long as this lives.
    SqliteClinicStorage(const Database& database, const Clock& realTime);
    // Owning the database (what openClinicStorage returns).
    SqliteClinicStorage(std::unique_ptr<Database> database, const Clock& realTime);
    ~SqliteClinicStorage() override;

    Backend backend() const override { return Backend::SqliteFile; }
    QString location() const override;
    int schemaVersion() const override;
    bool isRescue() const override;

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

    const Database& database() const { return m_database; }

private:
    std::unique_ptr<Database> m_owned;
    const Database& m_database;
    IntakeStore m_store;
    AuditLog m_audit;
    SqliteAccountStore m_accounts;
    SqliteClaims m_claims;
};
