#pragma once

class Database;

// The schema, as forward-only steps. PRAGMA user_version holds the number of
// steps applied; each step runs in its own transaction.
class SchemaMigrations
{
public:
    static constexpr int kCurrentVersion = 7;

    // Brings the database up to kCurrentVersion. Refuses a database from a
    // newer program; a read-only one must already be current.
    static void migrate(Database& database, bool readOnly);

    // For the upgrade test: apply steps up to `version` only.
    static void migrateTo(Database& database, int version);
};
