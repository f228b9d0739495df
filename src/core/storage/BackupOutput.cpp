#include "storage/BackupOutput.h"

#include "storage/BackupCipher.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "util/Translated.h"

void backup_output::writePlain(const QString& destination, const QString& databasePath,
                               const Writer& write)
{
    // Owner-only from the first byte, under a temporary name beside DEST:
    // a backup cut short (a full disk, a kill) never has the backup's name.
    OutputFile file(destination, databasePath, ExistingFile::Refuse, "backup");
    try {
        write(file.temporaryPath());
        file.commit();
    } catch (const StorageError& error) {
        // Named by the file the user chose, never the temporary one.
        throw privatefile::withoutTemporaryName(error, file.temporaryPath(), destination);
    }
}

void backup_output::writeEncrypted(const QString& destination, const QString& databasePath,
                                   const QString& passphrase, const BackupCipher& cipher,
                                   const QString& plainFolder, const QString& plainPrefix,
                                   const QString& plainShown, const Writer& write)
{
    privatefile::checkOutput(destination, databasePath, ExistingFile::Refuse, "backup");
    if (passphrase.isEmpty()) {
        throw StorageError(StorageError::Kind::Invalid,
                           "backup: " + translated::fill(QCoreApplication::translate(
                                            "BackupCipher", "the passphrase is empty")));
    }
    BackupCipher::requireAcceptablePassphrase(passphrase);
    // Created empty and owner-only (SQLite accepts an empty file as a new
    // database); removed with any -journal when this scope ends, however it
    // ends; if the program is killed, at the next start.
    PrivateTempFile plain(plainFolder, plainPrefix);
    try {
        plain.finish(QT_TRANSLATE_NOOP("StorageDoing", "preparing the backup"));
        write(plain.path());
        cipher.encryptFile(plain.path(), destination, passphrase);
    } catch (const StorageError& error) {
        throw privatefile::withoutTemporaryName(error, plain.path(), plainShown);
    }
}
