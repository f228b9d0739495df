#include "storage/postgres/PostgresClinicStorage.h"

#include "security/UserAccounts.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresBackup.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresIntakeBatch.h"
#include "storage/postgres/PostgresSchema.h"

PostgresClinicStorage::PostgresClinicStorage(std::unique_ptr<PostgresConnection> connection,
                                             const Clock& realTime)
    : m_connection(std::move(connection)), m_clock(realTime), m_store(*m_connection, realTime),
      m_audit(*m_connection, realTime), m_accounts(*m_connection)
{}

PostgresClinicStorage::~PostgresClinicStorage() = default;

QString PostgresClinicStorage::location() const
{
    return m_connection->location().display();
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

namespace {
[[noreturn]] void notYet(const char* what)
{
    throw StorageError(StorageError::Kind::Other,
                       std::string(what) + " of a server database is not available yet");
}
} // namespace

qint64 PostgresClinicStorage::exportRecords(QIODevice&, const RecordExporter::Options&,
                                            const RecordExporter::Progress&) const
{
    notYet("export");
}

qint64 PostgresClinicStorage::exportToFile(const QString&, const RecordExporter::Options&,
                                           const RecordExporter::Progress&, ExistingFile) const
{
    notYet("export");
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

std::vector<QString> PostgresClinicStorage::check(const RuleEngine&, AuditChainReport*) const
{
    notYet("check");
}

AuditChainReport PostgresClinicStorage::verifyAuditChain() const
{
    notYet("check");
}
