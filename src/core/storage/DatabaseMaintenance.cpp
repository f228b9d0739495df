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
    if (QFileInfo::exists(destination)) {
        throw StorageError(StorageError::Kind::Invalid,
                           "backup: " + destination.toStdString() +
                               " already exists; choose a new file name");
    }
    // Created empty and owner-only first, so the copy is never readable by others.
    {
        QFile file(destination);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            throw StorageError(StorageError::Kind::ReadOnly, "backup: cannot create " +
                                                                 destination.toStdString() + ": " +
                                                                 file.errorString().toStdString());
        }
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QSqlQuery vacuum = m_database.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(destination);
    try {
        Database::run(vacuum, "writing the backup");
    } catch (...) {
        QFile::remove(destination); // no half-written backup
        throw;
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
    if (QFileInfo::exists(destination)) {
        throw StorageError(StorageError::Kind::Invalid,
                           "backup: " + destination.toStdString() +
                               " already exists; choose a new file name");
    }
    if (passphrase.isEmpty()) {
        throw StorageError(StorageError::Kind::Invalid, "backup: the passphrase is empty");
    }
    const QFileInfo database(m_database.path());
    {
        // Created empty and owner-only (VACUUM INTO accepts an empty file);
        // removed with any -journal when this scope ends, however it ends.
        PrivateTempFile plain(database.absolutePath(),
                              QLatin1Char('.') + database.fileName() + QStringLiteral(".backup-"));
        plain.finish("preparing the backup");
        QSqlQuery vacuum = m_database.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(plain.path());
        Database::run(vacuum, "writing the backup");
        cipher.encryptFile(plain.path(), destination, passphrase);
    }
    audit.append(actor, QStringLiteral("backup"), QStringLiteral("whole database"),
                 QStringLiteral("to %1, encrypted").arg(QFileInfo(destination).absoluteFilePath()));
}

std::vector<QString> DatabaseMaintenance::check() const
{
    const RuleEngine builtIn(RuleSetLoader::builtIn());
    return check(builtIn);
}

std::vector<QString> DatabaseMaintenance::check(const RuleEngine& engine) const
{
    return DatabaseVerifier(m_database, engine).problems();
}
