#include "storage/DatabaseMaintenance.h"

#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/AuditLog.h"
#include "storage/BackupOutput.h"
#include "storage/Database.h"
#include "storage/DatabaseVerifier.h"

#include <QFileInfo>
#include <QSqlError>
#include <QVariant>

DatabaseMaintenance::DatabaseMaintenance(const Database& database) : m_database(database) {}

namespace {

// VACUUM INTO: a consistent copy while the database is in use.
backup_output::Writer vacuumInto(const Database& database)
{
    return [&database](const QString& path) {
        QSqlQuery vacuum = database.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(path);
        Database::run(vacuum, QT_TRANSLATE_NOOP("StorageDoing", "writing the backup"));
    };
}

} // namespace

void DatabaseMaintenance::backup(const QString& destination, const AuditLog& audit,
                                 const QString& actor) const
{
    backup_output::writePlain(destination, m_database.path(), vacuumInto(m_database));
    // In a transaction of its own, or in the fallback log when the database
    // cannot be written (a backup of it is the rescue).
    audit.append(actor, QStringLiteral("backup"), QStringLiteral("whole database"),
                 QStringLiteral("to %1").arg(QFileInfo(destination).absoluteFilePath()));
}

void DatabaseMaintenance::backupEncrypted(const QString& destination, const QString& passphrase,
                                          const AuditLog& audit, const QString& actor,
                                          const BackupCipher& cipher) const
{
    // The plain copy is the database's, beside it: said so, not by its name.
    const QFileInfo database(m_database.path());
    backup_output::writeEncrypted(
        destination, m_database.path(), passphrase, cipher, database.absolutePath(),
        Database::temporaryPrefixes(m_database.path()).at(0),
        QStringLiteral("a temporary copy of the database in %1").arg(database.absolutePath()),
        vacuumInto(m_database));
    audit.append(actor, QStringLiteral("backup"), QStringLiteral("whole database"),
                 QStringLiteral("to %1, encrypted").arg(QFileInfo(destination).absoluteFilePath()));
}

std::vector<QString> DatabaseMaintenance::check(AuditChainReport* chainReport) const
{
    const RuleEngine builtIn(RuleSetLoader::builtIn());
    return check(builtIn, chainReport);
}

std::vector<QString> DatabaseMaintenance::check(const RuleEngine& engine,
                                                AuditChainReport* chainReport) const
{
    return DatabaseVerifier(m_database, engine).problems(chainReport);
}
