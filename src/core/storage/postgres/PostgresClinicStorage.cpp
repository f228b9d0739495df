#include "storage/postgres/PostgresClinicStorage.h"

#include "security/UserAccounts.h"
#include "storage/postgres/PostgresBackup.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresExportSource.h"
#include "storage/postgres/PostgresIntakeBatch.h"
#include "storage/postgres/PostgresSchema.h"
#include "storage/postgres/PostgresVerifier.h"

PostgresClinicStorage::PostgresClinicStorage(std::unique_ptr<PostgresConnection> connection,
                                             const Clock& realTime)
    : m_connection(std::move(connection)), m_clock(realTime), m_store(*m_connection, realTime),
      m_audit(*m_connection, realTime), m_accounts(*m_connection), m_claims(*m_connection, realTime)
{}

PostgresClinicStorage::~PostgresClinicStorage() = default;

QString PostgresClinicStorage::location() const
{
    return m_connection->location().display();
}

void PostgresClinicStorage::reconnect()
{
    // The stores keep a reference to this connection: it is opened again in place.
    if (m_connection->isLost()) {
        m_connection->reopen();
        // The claims' locks went with the old connection: taken again, so
        // that the claims held before the fault count again.
        m_claims.refresh();
    }
}

int PostgresClinicStorage::schemaVersion() const
{
    return PostgresSchema::inspect(*m_connection).version;
}

std::unique_ptr<IntakeBatch> PostgresClinicStorage::startImport(const QString& actor,
                                                                const QString& now)
{
    return std::make_unique<PostgresIntakeBatch>(*m_connection, m_audit, actor, now);
}

std::unique_ptr<UserAccounts> PostgresClinicStorage::accounts(const Clock& realTime,
                                                              PasswordHasher::Cost cost) const
{
    return std::make_unique<UserAccounts>(m_accounts, m_audit, realTime, cost);
}

qint64 PostgresClinicStorage::exportRecords(QIODevice& out, const RecordExporter::Options& options,
                                            const RecordExporter::Progress& progress) const
{
    const PostgresExportSource source(*m_connection, m_store);
    return RecordExporter(source).write(out, options, progress);
}

qint64 PostgresClinicStorage::exportToFile(const QString& path,
                                           const RecordExporter::Options& options,
                                           const RecordExporter::Progress& progress,
                                           ExistingFile existing) const
{
    const PostgresExportSource source(*m_connection, m_store);
    return RecordExporter(source).writeFile(path, options, progress, existing);
}

void PostgresClinicStorage::backup(const QString& destination, const QString& actor) const
{
    PostgresBackup::backup(*m_connection, m_audit, destination, actor);
}

void PostgresClinicStorage::backupEncrypted(const QString& destination, const QString& passphrase,
                                            const QString& actor, const BackupCipher& cipher) const
{
    PostgresBackup::backupEncrypted(*m_connection, destination, passphrase, m_audit, actor, cipher);
}

std::vector<QString> PostgresClinicStorage::check(const RuleEngine& engine,
                                                  AuditChainReport* chain) const
{
    return PostgresVerifier(*m_connection, engine).problems(chain);
}

AuditChainReport PostgresClinicStorage::verifyAuditChain() const
{
    return PostgresAuditTrail::verifyChain(*m_connection);
}
