#pragma once

#include <QString>
#include <vector>

struct AuditChainReport;
class Database;
class RuleEngine;

// Everything `check` verifies, and restore verifies on a backup before it
// replaces anything: the file's integrity and references, the schema
// (tables, columns, indexes and triggers) against what this version creates,
// every stored record and suggestion (they must parse, validate, and, where
// the rules that made a suggestion are the rules in force, be what those
// rules give), the intakes' derived columns against their history, and the
// audit hash chain with the rows its entries cover. Stored data is reported, never trusted: nothing
// here throws on a damaged row, only on a database that cannot be read at all.
class DatabaseVerifier
{
public:
    DatabaseVerifier(const Database& database, const RuleEngine& engine);

    // One line per problem, each naming what is wrong and where; empty when
    // the database passed. `chainReport`, if given, receives the audit
    // chain's report (when the file was sound enough to check it).
    std::vector<QString> problems(AuditChainReport* chainReport = nullptr) const;

private:
    void checkIntegrity(std::vector<QString>& problems) const;
    void checkSchema(std::vector<QString>& problems) const;
    void checkRecords(std::vector<QString>& problems) const;
    void checkDerived(std::vector<QString>& problems) const;

    const Database& m_database;
    const RuleEngine& m_engine;
};
