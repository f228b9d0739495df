#pragma once

#include <QString>
#include <functional>

class BackupCipher;

// The file handling every backend's backup shares (DatabaseMaintenance for
// the file, PostgresBackup for the server); what differs is only how the
// plain database file is written, which the caller's `write` does: it fills
// the (empty, owner-only) file at the path it is given and leaves nothing
// open on it.
namespace backup_output {

using Writer = std::function<void(const QString& path)>;

// DEST must not exist (nor be a symlink or the database's own files:
// OutputFile). Written under an owner-only temporary name beside DEST,
// renamed to DEST only when complete; removed on any failure. Messages name
// DEST, never the temporary file. `databasePath`: the SQLite database the
// backup is of, empty for a server.
void writePlain(const QString& destination, const QString& databasePath, const Writer& write);

// The same backup, encrypted with `passphrase` (see BackupCipher): refused
// before anything is written when DEST exists or the passphrase is empty or
// too long. The plain copy is written into an owner-only temporary file in
// `plainFolder` named `plainPrefix`... (never beside DEST, which may be a USB
// stick) and removed, with any SQLite -journal beside it, on every path; a
// killed program's is removed by privatefile::removeStaleTemporaries.
// Messages call the plain copy `plainShown`, never by its name.
void writeEncrypted(const QString& destination, const QString& databasePath,
                    const QString& passphrase, const BackupCipher& cipher,
                    const QString& plainFolder, const QString& plainPrefix,
                    const QString& plainShown, const Writer& write);

} // namespace backup_output
