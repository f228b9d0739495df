#pragma once

#include "storage/BackupCipher.h"
#include "storage/DatabaseRestore.h"

#include <QString>
#include <optional>

class AuditTrail;
class Clock;
class PostgresConnection;

// Backups of a server database and restores into one, in the one backup
// format: a SQLite database file of the current schema (plain, or encrypted
// with BackupCipher). A backup of the server restores into a file
// (DatabaseRestore) and a backup of a file restores into a server, the audit
// chain intact both ways (postgres_transfer).
//
// Plain copies that are not the backup itself (the one an encrypted backup
// is made from, a restore's decrypted copy) go into `workFolder`: an
// owner-only folder of this computer, by default the folder of
// Database::defaultPath(); never beside DEST, which may be a USB stick.
class PostgresBackup
{
public:
    // A consistent copy of every table (one REPEATABLE READ, READ ONLY
    // snapshot) written as a new SQLite database under an owner-only
    // temporary name beside DEST, compared with the snapshot (rows per table,
    // audit log, a sample of intakes: postgres_transfer::differences),
    // checked (DatabaseRestore::verify), and only then renamed to DEST. DEST
    // must not exist (OutputFile). Audited "backup" as `actor` in the
    // server's audit log once it is in place. Throws StorageError.
    static void backup(const PostgresConnection& connection, const AuditTrail& audit,
                       const QString& destination, const QString& actor);

    // The same copy, encrypted with `passphrase` (the default cipher is the
    // production one; tests pass a cheaper one). The plain copy is made in
    // `workFolder` and removed on every path; DEST appears only when
    // complete. Audited as `actor` on the server.
    static void backupEncrypted(const PostgresConnection& connection, const QString& destination,
                                const QString& passphrase, const AuditTrail& audit,
                                const QString& actor, const BackupCipher& cipher = BackupCipher(),
                                const QString& workFolder = {});

    // Restores a backup (plain or encrypted; `passphrase` for an encrypted
    // one) into the server database, which must have the current schema and
    // no rows:
    // 1. decrypted or copied into an owner-only temporary file in
    //    `workFolder` (DatabaseRestore::copyPlain), removed on every path;
    // 2. that copy verified (DatabaseRestore::verify), opened as a Database
    //    (which migrates an older schema) and checked in full
    //    (DatabaseRestore::requirePassesCheck);
    // 3. in one server transaction: copied (postgres_transfer::copyToServer,
    //    which refuses a database that is not empty), a "restore" entry
    //    appended as `actor` naming the backup, and the server compared with
    //    the copy (postgres_transfer::differences); any difference rolls it
    //    all back, else it commits.
    // Throws StorageError: NotFound (no backup), Invalid (passphrase
    // missing, a newer schema, the server database not empty), Corrupt
    // (damaged backup or wrong passphrase, a backup that fails check, a copy
    // that differs). A restore that fails is recorded as "restore failed" in
    // the server's audit log (DatabaseRestore::recordFailure) when the
    // database holds records; an empty one is left empty, so that the
    // restore can be retried. The RestoreResult's keptAs stays empty.
    static RestoreResult restore(const QString& backupPath,
                                 const std::optional<QString>& passphrase,
                                 const PostgresConnection& connection, const Clock& clock,
                                 const QString& actor, const QString& workFolder = {});

    // The folder of Database::defaultPath().
    static QString defaultWorkFolder();
};
