#include "storage/DatabaseMaintenance.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

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
    WriteTransaction transaction(m_database);
    audit.append(actor, QStringLiteral("backup"), QStringLiteral("whole database"),
                 QStringLiteral("to %1").arg(QFileInfo(destination).absoluteFilePath()));
    transaction.commit();
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
    WriteTransaction transaction(m_database);
    audit.append(actor, QStringLiteral("backup"), QStringLiteral("whole database"),
                 QStringLiteral("to %1, encrypted").arg(QFileInfo(destination).absoluteFilePath()));
    transaction.commit();
}

std::vector<QString> DatabaseMaintenance::check(AuditChainReport* chainReport) const
{
    std::vector<QString> problems;
    const auto collect = [&](const QString& sql, const char* doing, auto&& describe) {
        QSqlQuery query(m_database.connection());
        if (!query.exec(sql)) {
            throw StorageError::fromSql(query.lastError(), doing);
        }
        while (query.next()) {
            const QString problem = describe(query);
            if (!problem.isEmpty()) {
                problems.push_back(problem);
            }
        }
    };
    collect(QStringLiteral("PRAGMA integrity_check"), "checking integrity",
            [](const QSqlQuery& row) {
                const QString result = row.value(0).toString();
                return result == QLatin1String("ok") ? QString()
                                                     : QStringLiteral("integrity: ") + result;
            });
    collect(QStringLiteral("PRAGMA foreign_key_check"), "checking references",
            [](const QSqlQuery& row) {
                return QStringLiteral("reference: row %1 of %2 points to a missing %3 row")
                    .arg(row.value(1).toString(), row.value(0).toString(), row.value(2).toString());
            });
    collect(QStringLiteral("SELECT i.id FROM intakes i LEFT JOIN intake_versions v "
                           "ON v.intake_id = i.id AND v.version = i.current_version "
                           "LEFT JOIN suggestions s ON s.intake_version_id = v.id "
                           "WHERE s.id IS NULL"),
            "checking intakes", [](const QSqlQuery& row) {
                return QStringLiteral("intake %1: its current version or suggestion is missing")
                    .arg(row.value(0).toString());
            });
    // Only once the file itself is sound does the chain mean anything.
    if (problems.empty()) {
        // The chain, and every row of the history tables and every account
        // against the entries that cover them.
        const AuditChainReport chain = AuditLog::verifyChain(m_database);
        problems.insert(problems.end(), chain.problems.begin(), chain.problems.end());
        if (chainReport) {
            *chainReport = chain;
        }
    }
    return problems;
}
