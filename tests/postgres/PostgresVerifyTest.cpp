// Verifying a server database: the audit chain and the rows it covers, as
// AuditLog::verifyChain verifies a file, with the same report for the same
// tampering.
#include "BothBackends.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/postgres/PostgresAuditTrail.h"
#include "storage/postgres/PostgresTransaction.h"

#include <catch2/catch.hpp>

using namespace both_backends;

namespace {

std::string describe(const AuditChainReport& report)
{
    std::string out = std::to_string(report.entries) + " entries, first broken " +
                      std::to_string(report.firstBrokenId) +
                      (report.chainBroken ? ", chain broken\n" : "\n");
    for (const QString& problem : report.problems) {
        out += problem.toStdString() + '\n';
    }
    return out;
}

// As the database's owner: the trigger that refuses the change is switched
// off for it and on again (the application role could do neither).
void editAsOwner(const PgClinicDatabase& clinic, const QString& table, const QString& sql)
{
    const auto owner = clinic.connectAsOwner();
    owner->execute(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %1_no_update").arg(table),
                   "test");
    owner->execute(sql, "test");
    owner->execute(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %1_no_update").arg(table), "test");
}

void editFile(Database& database, const QString& table, const QString& sql)
{
    database.execute(QStringLiteral("DROP TRIGGER %1_no_update").arg(table), "test");
    database.execute(sql, "test");
}

} // namespace

TEST_CASE("postgres verify: the audit chain of a server database verifies as the same log does on "
          "SQLite")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    const AuditChainReport onFile = AuditLog::verifyChain(both.sqlite.database());
    const AuditChainReport onServer = PostgresAuditTrail::verifyChain(*both.connection);
    CHECK(onFile.intact());
    CHECK(describe(onServer) == describe(onFile));
    CHECK(onServer.headHash == onFile.headHash);
    CHECK(onServer.entries > 5);
    // Its own snapshot, ended: the connection is free for the next statement.
    CHECK_FALSE(PostgresTransaction::isOpen(*both.connection));
}

TEST_CASE("postgres verify: a row changed behind the program is found with the report SQLite "
          "gives")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    const QString edit =
        QStringLiteral("UPDATE reviews SET reason = 'nothing to see' WHERE id = 2");
    editAsOwner(both.clinic, QStringLiteral("reviews"), edit);
    editFile(both.sqlite.database(), QStringLiteral("reviews"), edit);

    const AuditChainReport onFile = AuditLog::verifyChain(both.sqlite.database());
    const AuditChainReport onServer = PostgresAuditTrail::verifyChain(*both.connection);
    REQUIRE_FALSE(onFile.intact());
    CHECK_FALSE(onFile.chainBroken);
    CHECK_THAT(onFile.problem.toStdString(), Catch::Contains("reviews row 2"));
    CHECK(describe(onServer) == describe(onFile));
}

TEST_CASE("postgres verify: an audit entry changed behind the program breaks the chain as on "
          "SQLite")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    const QString edit = QStringLiteral("UPDATE audit_log SET actor = 'Mallory' WHERE id = 3");
    editAsOwner(both.clinic, QStringLiteral("audit_log"), edit);
    editFile(both.sqlite.database(), QStringLiteral("audit_log"), edit);

    const AuditChainReport onServer = PostgresAuditTrail::verifyChain(*both.connection);
    CHECK(onServer.chainBroken);
    CHECK(onServer.firstBrokenId == 3);
    CHECK(describe(onServer) == describe(AuditLog::verifyChain(both.sqlite.database())));
}
