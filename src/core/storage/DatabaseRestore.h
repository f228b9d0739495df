#pragma once

#include "storage/StorageError.h"

#include <QString>
#include <optional>

class AuditTrail;
struct AuditChainReport;
class Clock;
class Database;
class PrivateTempFile;

// The backup did replace the database, but a step after the swap failed
// (keeping the replaced file, the audit entry): what() says which. Callers
// tell it from a refused restore by its type, never by its words, which are
// in the user's language.
class RestoredWithProblem : public StorageError
{
public:
    using StorageError::StorageError;
};

struct RestoreResult
{
    // Where the database that was replaced now is, e.g.
    // ".../clinic-intake.sqlite.replaced-20261121-120000"; empty when there
    // was no database to replace.
    QString keptAs;
    bool encrypted = false;      // the backup was an encrypted one
    int backupSchemaVersion = 0; // as found in the backup (the restored copy is then migrated)
};

// Puts a backup (plain or encrypted) in place of the database, checked in
// full before anything is replaced; the database it replaces is kept.
class DatabaseRestore
{
public:
    // 1. An encrypted backup (BackupCipher::isEncryptedBackup) is decrypted,
    //    a plain one copied, into a temporary owner-only file in the
    //    database's folder (so the plain text never lands anywhere else).
    // 2. That copy is verified (verify() below); the decryption has already
    //    authenticated every byte of an encrypted one.
    // 3. Only then does the copy (owner-only) take the database's place and
    //    the current database, if there is one, move to
    //    `<name>.replaced-YYYYMMDD-HHMMSS` (the clock's time, UTC; "-2"... if
    //    taken). Same folder, so on Linux one atomic exchange of the two
    //    names (renameat2 RENAME_EXCHANGE): there is never a moment without
    //    a database at `databasePath`. Elsewhere two renames.
    // 4. The restored database is opened (which migrates an older schema)
    //    and a "restore" entry appended to its audit log, as `actor`.
    // Any failure before step 3 leaves the database untouched and removes the
    // temporary file (a killed restore's is removed at the next start:
    // Database::removeLeftovers). A `databasePath` that is a symlink is
    // refused (Invalid): the swap would replace the link, not the database.
    // Throws StorageError: Corrupt for a damaged backup or a wrong
    // passphrase, Invalid for a missing passphrase or a backup from a newer
    // program, Busy when the database is still open somewhere.
    //
    // Contract: the caller has closed its own connections to `databasePath`,
    // and no other program has it open. Restore checks the second as far as
    // SQLite can tell: it opens the database alone, checkpoints its
    // write-ahead log and switches it out of WAL mode (which needs every
    // other connection gone; otherwise: Busy, nothing replaced). The kept
    // database is therefore one self-contained file. A current database
    // that SQLite cannot read at all (that may be why it is being restored)
    // is kept as it is, with any -wal and -shm files beside it.
    //
    // `passphrase` is needed for an encrypted backup and ignored for a plain one.
    static RestoreResult restore(const QString& backupPath,
                                 const std::optional<QString>& passphrase,
                                 const QString& databasePath, const Clock& clock,
                                 const QString& actor);

    // Checks a plain database file without changing it: it opens (read-only)
    // as SQLite, PRAGMA integrity_check says ok, PRAGMA foreign_key_check
    // finds nothing, it has Clinic Intake's tables and a schema version from
    // 1 to SchemaMigrations::kCurrentVersion. Returns that version; throws
    // StorageError (Corrupt, or Invalid for a newer schema) naming the problem.
    static int verify(const QString& path);

    // The pieces of restore() that a restore into a server (PostgresBackup)
    // does the same way.

    // Whether the backup is an encrypted one. Throws StorageError NotFound
    // when there is no such file, Invalid when it is encrypted and
    // `passphrase` is missing or empty.
    static bool requireRestorable(const QString& backupPath,
                                  const std::optional<QString>& passphrase);
    // Step 1: the backup decrypted (every byte authenticated) or copied into
    // `copy`, which is then finished (closed).
    static void copyPlain(const QString& backupPath, bool encrypted,
                          const std::optional<QString>& passphrase, PrivateTempFile& copy);
    // Refuses (Corrupt, naming the first problems) a backup, opened as a
    // Database, that does not pass DatabaseMaintenance::check; `chain`
    // receives the chain's report.
    static void requirePassesCheck(const Database& copy, AuditChainReport* chain = nullptr);

    // A restore that failed is recorded in the audit log of the database it
    // was meant to replace: "restore failed", naming the backup and `reason`.
    // Best effort: when even that cannot be written, the restore's own error
    // is the one to report, so nothing is thrown.
    static void recordFailure(const AuditTrail& audit, const QString& backupPath,
                              const QString& actor, const QString& reason);
};
