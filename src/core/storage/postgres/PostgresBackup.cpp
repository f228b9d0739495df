#include "storage/postgres/PostgresBackup.h"

#include "storage/AuditLog.h"
#include "storage/BackupOutput.h"
#include "storage/Database.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresAuditTrail.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresSchema.h"
#include "storage/postgres/PostgresTransaction.h"
#include "storage/postgres/PostgresTransfer.h"
#include "util/Translated.h"

#include <QFileInfo>
#include <QStringList>

namespace {

// The owner-only temporary files in the work folder (removed on every path;
// a killed program's by the next backup or restore).
const QString kBackupPrefix = QStringLiteral(".server-backup-");
const QString kRestorePrefix = QStringLiteral(".server-restoring-");

QString workFolderOr(const QString& workFolder)
{
    const QString folder = workFolder.isEmpty() ? PostgresBackup::defaultWorkFolder() : workFolder;
    privatefile::createOwnerOnlyFolder(folder);
    privatefile::removeStaleTemporaries(folder, {kBackupPrefix, kRestorePrefix});
    return folder;
}

StorageError differs(const QString& what, const std::vector<QString>& problems)
{
    QStringList shown;
    for (std::size_t i = 0; i < problems.size() && i < 3; ++i) {
        shown << problems[i];
    }
    return StorageError(
        StorageError::Kind::Corrupt,
        translated::fill(QStringLiteral("%1 (%2)"), what, shown.join(QStringLiteral("; "))));
}

// Writes the server's snapshot as a SQLite database into the empty file at
// `path`, compares the two while the snapshot is still open, and checks the
// closed file as a restore would.
backup_output::Writer serverSnapshot(const PostgresConnection& connection)
{
    return [&connection](const QString& path) {
        PostgresTransaction snapshot(connection, PostgresTransaction::Kind::ReadOnlySnapshot);
        PostgresSchema::requireCurrent(connection);
        {
            const Database copy(path, Database::Mode::MustExist);
            // One self-contained file (no -wal beside it), as a backup should be.
            copy.execute(QStringLiteral("PRAGMA journal_mode = DELETE"),
                         QT_TRANSLATE_NOOP("StorageDoing", "writing the backup"));
            postgres_transfer::copyToFile(connection, copy);
            const auto problems = postgres_transfer::differences(copy, connection);
            if (!problems.empty()) {
                throw differs(QCoreApplication::translate(
                                  "PostgresError", "the backup does not match the server database"),
                              problems);
            }
        }
        DatabaseRestore::verify(path);
        snapshot.commit();
    };
}

QString serverName(const PostgresConnection& connection)
{
    return connection.location().display();
}

} // namespace

QString PostgresBackup::defaultWorkFolder()
{
    return QFileInfo(Database::defaultPath()).absolutePath();
}

void PostgresBackup::backup(const PostgresConnection& connection, const AuditTrail& audit,
                            const QString& destination, const QString& actor)
{
    backup_output::writePlain(destination, QString(), serverSnapshot(connection));
    audit.append(actor, QStringLiteral("backup"), QStringLiteral("whole database"),
                 QStringLiteral("to %1").arg(QFileInfo(destination).absoluteFilePath()));
}

void PostgresBackup::backupEncrypted(const PostgresConnection& connection,
                                     const QString& destination, const QString& passphrase,
                                     const AuditTrail& audit, const QString& actor,
                                     const BackupCipher& cipher, const QString& workFolder)
{
    // Refused before the work folder is touched when DEST is taken.
    privatefile::checkOutput(destination, QString(), ExistingFile::Refuse, "backup");
    const QString folder = workFolderOr(workFolder);
    backup_output::writeEncrypted(
        destination, QString(), passphrase, cipher, folder, kBackupPrefix,
        QStringLiteral("a temporary copy of the server database in %1").arg(folder),
        serverSnapshot(connection));
    audit.append(actor, QStringLiteral("backup"), QStringLiteral("whole database"),
                 QStringLiteral("to %1, encrypted").arg(QFileInfo(destination).absoluteFilePath()));
}

RestoreResult PostgresBackup::restore(const QString& backupPath,
                                      const std::optional<QString>& passphrase,
                                      const PostgresConnection& connection, const Clock& clock,
                                      const QString& actor, const QString& workFolder)
{
    const PostgresAuditTrail audit(connection, clock);
    try {
        RestoreResult result;
        result.encrypted = DatabaseRestore::requireRestorable(backupPath, passphrase);
        // 1. The plain copy, on this computer only.
        const QString folder = workFolderOr(workFolder);
        PrivateTempFile copy(folder, kRestorePrefix);
        DatabaseRestore::copyPlain(backupPath, result.encrypted, passphrase, copy);

        // 2. Checked in full before the server is touched.
        result.backupSchemaVersion = DatabaseRestore::verify(copy.path());
        const Database source(copy.path(), Database::Mode::MustExist);
        DatabaseRestore::requirePassesCheck(source);

        // 3. Copied, audited and compared in one transaction.
        PostgresTransaction transaction(connection);
        postgres_transfer::copyToServer(source, connection);
        audit.append(actor, QStringLiteral("restore"), QStringLiteral("whole database"),
                     QStringLiteral("from %1%2; into the empty server database %3")
                         .arg(QFileInfo(backupPath).absoluteFilePath(),
                              result.encrypted ? QStringLiteral(" (encrypted)") : QString(),
                              serverName(connection)));
        const auto problems = postgres_transfer::differences(source, connection, 1);
        if (!problems.empty()) {
            throw differs(QCoreApplication::translate(
                              "PostgresError", "the server database does not match the backup "
                                               "after the copy; nothing was restored"),
                          problems);
        }
        transaction.commit();
        return result;
    } catch (const StorageError& error) {
        // Recorded where there is a clinic to record it in; an empty
        // database stays empty, so that the restore can be tried again.
        bool holdsRecords = false;
        try {
            holdsRecords = !postgres_transfer::rowsPresent(connection).isEmpty();
        } catch (const StorageError&) {
            // no schema, no connection: nowhere to record it
        }
        if (holdsRecords) {
            DatabaseRestore::recordFailure(audit, backupPath, actor,
                                           QString::fromUtf8(error.what()));
        }
        throw;
    }
}
