#pragma once

#include <QString>
#include <vector>

class AuditLog;
class Database;

// Backups and health checks of the database file.
class DatabaseMaintenance
{
public:
    explicit DatabaseMaintenance(const Database& database);

    // A consistent copy while the database is in use (VACUUM INTO), owner-only.
    // DEST must not exist. Audited as `actor`.
    void backup(const QString& destination, const AuditLog& audit, const QString& actor) const;

    // integrity_check, foreign_key_check and the records' own invariants;
    // one line per problem, empty when all is well.
    std::vector<QString> check() const;

private:
    const Database& m_database;
};
