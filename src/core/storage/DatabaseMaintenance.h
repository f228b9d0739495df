#pragma once

#include "storage/BackupCipher.h"

#include <QString>
#include <vector>

class AuditLog;
struct AuditChainReport;
class Database;
class RuleEngine;

// Backups and health checks of the database file.
class DatabaseMaintenance
{
public:
    explicit DatabaseMaintenance(const Database& database);

    // A consistent copy while the database is in use (VACUUM INTO), owner-only,
    // written under a temporary name beside DEST and renamed when complete.
    // DEST must not exist (nor be a symlink or the database's own files:
    // OutputFile). Audited as `actor` once it is in place.
    void backup(const QString& destination, const AuditLog& audit, const QString& actor) const;

    // The same copy, encrypted with `passphrase` (see BackupCipher). The plain
    // copy is made in a temporary owner-only file beside the database (never
    // beside DEST, which may be a USB stick) and removed on every path.
    // DEST must not exist; it is written owner-only and appears only when
    // complete. Audited as `actor`. The default cipher is the production
    // one (Argon2id MODERATE); tests pass a cheaper one.
    void backupEncrypted(const QString& destination, const QString& passphrase,
                         const AuditLog& audit, const QString& actor,
                         const BackupCipher& cipher = BackupCipher()) const;

    // Everything DatabaseVerifier verifies, the audit chain and the rows it
    // covers included; one line per problem, empty when all is well.
    // Suggestions are recomputed with `engine`'s rules where they made them
    // (the built-in rules without one). `chain`, if given, receives the
    // chain's report (when the file was sound enough to check it).
    std::vector<QString> check(AuditChainReport* chain = nullptr) const;
    std::vector<QString> check(const RuleEngine& engine, AuditChainReport* chain = nullptr) const;

private:
    const Database& m_database;
};
