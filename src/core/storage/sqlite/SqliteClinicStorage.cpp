#include "storage/sqlite/SqliteClinicStorage.h"

#include "rules/SuggestedVersion.h"
#include "security/UserAccounts.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/WriteTransaction.h"

namespace {

// One import: the write lock from the start, rows hashed as they are
// inserted (reading 100,000 back for the audit entry would cost a tenth of
// the import), and nothing kept unless finish() commits.
class SqliteIntakeBatch final : public IntakeBatch
{
public:
    SqliteIntakeBatch(const Database& database, const IntakeStore& store, const AuditLog& audit,
                      const QString& actor, const QString& now)
        : m_store(store), m_audit(audit), m_actor(actor), m_actorText(actor.toStdString()),
          m_nowText(now.toStdString()), m_transaction(database)
    {}

    void add(const SuggestedVersion& version) override
    {
        const auto rows = m_store.insertIntake(version, m_actorText, m_nowText, &m_hashes);
        m_stored.firstIntakeId = m_stored.firstIntakeId ? m_stored.firstIntakeId : rows.intakeId;
        m_stored.lastIntakeId = rows.intakeId;
        // One transaction holds the write lock: the ids follow on.
        m_firstVersion = m_firstVersion ? m_firstVersion : rows.versionId;
        m_lastVersion = rows.versionId;
        m_firstSuggestion = m_firstSuggestion ? m_firstSuggestion : rows.suggestionId;
        m_lastSuggestion = rows.suggestionId;
        if (!rows.returningClient && m_firstNewClient == 0) {
            m_firstNewClient = rows.clientId;
        }
    }

    Stored finish(std::size_t lines) override
    {
        if (m_firstNewClient != 0) {
            m_store.indexClientNames(m_firstNewClient);
        }
        m_audit.append(
            m_actor, QStringLiteral("import"),
            QStringLiteral("intakes %1-%2").arg(m_stored.firstIntakeId).arg(m_stored.lastIntakeId),
            QStringLiteral("%1 lines").arg(lines),
            {{QStringLiteral("intake_versions"), m_firstVersion, m_lastVersion},
             {QStringLiteral("suggestions"), m_firstSuggestion, m_lastSuggestion}},
            m_hashes.rowsHash());
        m_transaction.commit();
        return m_stored;
    }

private:
    const IntakeStore& m_store;
    const AuditLog& m_audit;
    QString m_actor;
    std::string m_actorText;
    std::string m_nowText;
    WriteTransaction m_transaction;
    IntakeStore::RowHashes m_hashes;
    Stored m_stored;
    qint64 m_firstNewClient = 0;
    qint64 m_firstVersion = 0;
    qint64 m_lastVersion = 0;
    qint64 m_firstSuggestion = 0;
    qint64 m_lastSuggestion = 0;
};

} // namespace

SqliteClinicStorage::SqliteClinicStorage(const Database& database, const Clock& realTime)
    : m_database(database), m_store(database, realTime), m_audit(database, realTime),
      m_accounts(database, m_audit), m_claims(database, realTime)
{}

SqliteClinicStorage::SqliteClinicStorage(std::unique_ptr<Database> database, const Clock& realTime)
    : m_owned(std::move(database)), m_database(*m_owned), m_store(*m_owned, realTime),
      m_audit(*m_owned, realTime), m_accounts(*m_owned, m_audit), m_claims(*m_owned, realTime)
{}

SqliteClinicStorage::~SqliteClinicStorage() = default;

QString SqliteClinicStorage::location() const
{
    return m_database.path();
}

int SqliteClinicStorage::schemaVersion() const
{
    return m_database.schemaVersion();
}

bool SqliteClinicStorage::isRescue() const
{
    return m_database.isRescue();
}

std::unique_ptr<IntakeBatch> SqliteClinicStorage::startImport(const QString& actor,
                                                              const QString& now)
{
    return std::make_unique<SqliteIntakeBatch>(m_database, m_store, m_audit, actor, now);
}

std::unique_ptr<UserAccounts> SqliteClinicStorage::accounts(const Clock& realTime,
                                                            PasswordHasher::Cost cost) const
{
    return std::make_unique<UserAccounts>(m_accounts, m_audit, realTime, cost);
}

qint64 SqliteClinicStorage::exportRecords(QIODevice& out, const RecordExporter::Options& options,
                                          const RecordExporter::Progress& progress) const
{
    return RecordExporter(m_database, m_store).write(out, options, progress);
}

qint64 SqliteClinicStorage::exportToFile(const QString& path,
                                         const RecordExporter::Options& options,
                                         const RecordExporter::Progress& progress,
                                         ExistingFile existing) const
{
    return RecordExporter(m_database, m_store).writeFile(path, options, progress, existing);
}

void SqliteClinicStorage::backup(const QString& destination, const QString& actor) const
{
    DatabaseMaintenance(m_database).backup(destination, m_audit, actor);
}

void SqliteClinicStorage::backupEncrypted(const QString& destination, const QString& passphrase,
                                          const QString& actor, const BackupCipher& cipher) const
{
    DatabaseMaintenance(m_database)
        .backupEncrypted(destination, passphrase, m_audit, actor, cipher);
}

std::vector<QString> SqliteClinicStorage::check(const RuleEngine& engine,
                                                AuditChainReport* chain) const
{
    return DatabaseMaintenance(m_database).check(engine, chain);
}

AuditChainReport SqliteClinicStorage::verifyAuditChain() const
{
    return AuditLog::verifyChain(m_database);
}
