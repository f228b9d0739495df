#pragma once

#include "storage/StoredDataChecks.h"

#include <QString>
#include <vector>

struct AuditChainReport;
class PostgresConnection;
class RuleEngine;

// `check` on a server database: what DatabaseVerifier verifies on a file,
// with the same words where the problem is the same. All read in one
// snapshot (REPEATABLE READ, READ ONLY), the rows a batch at a time:
// - the schema against what PostgresSchema creates: tables and columns,
//   constraints, indexes, the append-only triggers (present and enabled)
//   and their function;
// - the grants, read from the catalog: no role but the owner may do more
//   than PostgresSchema::grantApplicationRole gives the program's role, and
//   PUBLIC nothing;
// - references between the tables (a foreign key can be dropped);
// - every stored record and suggestion (stored_checks::RecordCheck) and the
//   intakes' list columns against their history (stored_checks::DerivedCheck);
// - the audit chain and the rows it covers (PostgresAuditTrail::verifyChain).
class PostgresVerifier
{
public:
    PostgresVerifier(const PostgresConnection& connection, const RuleEngine& engine);

    // One line per problem; empty when the database passed. `chainReport`,
    // if given, receives the audit chain's report.
    std::vector<QString> problems(AuditChainReport* chainReport = nullptr) const;

    // The schema's shape as the catalog describes it ("table clients",
    // "index intakes_by_visit", "trigger reviews_no_update", ...).
    static stored_checks::SchemaShape shapeOf(const PostgresConnection& connection);
    // What PostgresSchema::create makes.
    static const stored_checks::SchemaShape& expectedShape();

private:
    // Returns whether a table is missing.
    bool checkSchema(std::vector<QString>& problems) const;
    void checkGrants(std::vector<QString>& problems) const;
    void checkReferences(std::vector<QString>& problems) const;
    void checkRecords(std::vector<QString>& problems) const;
    void checkDerived(std::vector<QString>& problems) const;

    const PostgresConnection& m_connection;
    const RuleEngine& m_engine;
};
