#include "storage/DatabaseMaintenance.h"

#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseVerifier.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QVariant>

DatabaseMaintenance::DatabaseMaintenance(const Database& database) : m_database(database) {}

void DatabaseMaintenance::backup(const QString& destination, const AuditLog& audit,
                                 const QString& actor) const
{
    // Owner-only from the first byte, under a temporary name beside DEST:
    // a backup cut short (a full disk, a kill) never has the backup's name.
    OutputFile file(destination, m_database.path(), ExistingFile::Refuse, "backup");
    try {
        QSqlQuery vacuum = m_database.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(file.temporaryPath());
        Database::run(vacuum, "writing the backup");
        file.commit();
    } catch (const StorageError& error) {
        // Named by the file the user chose, never the temporary one.
        throw privatefile::withoutTemporaryName(error, file.temporaryPath(), destination);
    }
    // In a transaction of its own, or in the fallback log when the database
    // cannot be written (a backup of it is the rescue).
    audit.append(actor, QStringLiteral("backup"), QStringLiteral("whole database"),
                 QStringLiteral("to %1").arg(QFileInfo(destination).absoluteFilePath()));
}

void DatabaseMaintenance::backupEncrypted(const QString& destination, const QString& passphrase,
                                          const AuditLog& audit, const QString& actor,
                                          const BackupCipher& cipher) const
{
    privatefile::checkOutput(destination, m_database.path(), ExistingFile::Refuse, "backup");
    if (passphrase.isEmpty()) {
        throw StorageError(StorageError::Kind::Invalid, "backup: the passphrase is empty");
    }
    BackupCipher::requireAcceptablePassphrase(passphrase);
    const QFileInfo database(m_database.path());
    {
        // Created empty and owner-only (VACUUM INTO accepts an empty file);
        // removed with any -journal when this scope ends, however it ends;
        // if the program is killed, at the next start (Database::removeLeftovers).
        PrivateTempFile plain(database.absolutePath(),
                              Database::temporaryPrefixes(m_database.path()).at(0));
        try {
            plain.finish("preparing the backup");
            QSqlQuery vacuum = m_database.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(plain.path());
            Database::run(vacuum, "writing the backup");
            cipher.encryptFile(plain.path(), destination, passphrase);
        } catch (const StorageError& error) {
            // The plain copy is the database's, beside it: said so, not by its name.
            throw privatefile::withoutTemporaryName(
                error, plain.path(),
                QStringLiteral("a temporary copy of the database in %1")
                    .arg(database.absolutePath()));
        }
    }
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
