// Bulk import on the server: all or nothing, the same rows and audit entry
// as SQLite's import.
#include "storage/postgres/PostgresIntakeBatch.h"

#include "BothBackends.h"
#include "IntakeGenerator.h"
#include "storage/postgres/PostgresAuditCoverage.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace both_backends;
using nlohmann::json;

namespace {

std::vector<SuggestedVersion> generated(const RuleEngine& engine, int count)
{
    IntakeGenerator generator(7);
    std::vector<SuggestedVersion> versions;
    for (int i = 0; i < count; ++i) {
        versions.push_back(engine.suggestVersion(recordOf(generator.next())));
    }
    // A client twice in one import, and a client stored before it.
    versions.push_back(
        engine.suggestVersion(recordOf(intakeFor("Zoë Núñez", "1975-04-02", "2026-11-19"))));
    versions.push_back(
        engine.suggestVersion(recordOf(intakeFor("zoe nunez", "1975-04-02", "2026-11-20"))));
    versions.push_back(engine.suggestVersion(recordOf(sampleIntake())));
    // Text COPY must escape.
    json awkward = intakeFor("Back\\slash", "1960-01-01", "2026-11-18");
    awkward["notes"] = "line one\nline\ttwo \\N \\\\";
    versions.push_back(engine.suggestVersion(recordOf(awkward)));
    return versions;
}

} // namespace

TEST_CASE("postgres import: the same rows, answers and audit entry as SQLite's import")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    both.add(sampleIntake(), QStringLiteral("Ana"));
    // More than one chunk.
    const auto versions = generated(both.sqlite.engine(), int(PostgresIntakeBatch::kChunk) + 300);
    const QString now = both.sqlite.clock().now().toString(Qt::ISODateWithMs);

    auto onFile = both.sqlite.storage().startImport(QStringLiteral("Ana"), now);
    PostgresIntakeBatch onServer(*both.connection, both.pgAudit, QStringLiteral("Ana"), now);
    for (const SuggestedVersion& version : versions) {
        onFile->add(version);
        onServer.add(version);
    }
    const IntakeBatch::Stored fileStored = onFile->finish(versions.size() + 2);
    const IntakeBatch::Stored serverStored = onServer.finish(versions.size() + 2);
    CHECK(serverStored.firstIntakeId == fileStored.firstIntakeId);
    CHECK(serverStored.lastIntakeId == fileStored.lastIntakeId);
    CHECK(fileStored.lastIntakeId == qint64(versions.size()) + 1);

    IntakeFilter all;
    all.limit = 0;
    all.sort = IntakeSort::Client;
    CHECK(describe(both.pgStore.list(all)) == describe(both.sqlite.store().list(all)));
    for (const qint64 id : {qint64(2), fileStored.lastIntakeId - 1, fileStored.lastIntakeId}) {
        INFO("intake " << id);
        CHECK(both.pgStore.detailsAsStored(id) == both.sqlite.store().detailsAsStored(id));
    }
    CHECK(describe(both.pgStore.clientsNamed(QStringLiteral("zoe"), 10)) ==
          describe(both.sqlite.store().clientsNamed(QStringLiteral("zoe"), 10)));
    // Twice in the import, one client.
    const auto zoes = both.pgStore.clientsNamed(QStringLiteral("zoe nunez"), 10);
    CHECK(std::count_if(zoes.begin(), zoes.end(), [](const ClientMatch& match) {
              return match.dateOfBirth == QDate(1975, 4, 2);
          }) == 1);
    const auto entries = both.pgAudit.entries();
    CHECK(describe(entries) == describe(both.sqlite.audit().entries()));
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].action == "import");
    CHECK(entries[1].details == QStringLiteral("%1 lines").arg(versions.size() + 2));
    // The hash made while sending is the rows' hash as the server stores them.
    CHECK(entries[1].rowsHash ==
          postgres_coverage::rowsHash(*both.connection, *audit_coverage::parse(entries[1].covers)));
}

TEST_CASE("postgres import: an import not finished stores nothing")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    // A chunk being sent when the import is abandoned.
    const auto versions = generated(both.sqlite.engine(), int(PostgresIntakeBatch::kChunk) + 50);
    {
        PostgresIntakeBatch batch(*both.connection, both.pgAudit, QStringLiteral("Ana"),
                                  QStringLiteral("2026-11-21T12:00:00.000Z"));
        for (const SuggestedVersion& version : versions) {
            batch.add(version);
        }
    }
    IntakeFilter all;
    CHECK(both.pgStore.count(all) == 0);
    CHECK(both.pgStore.clientsNamed(QStringLiteral("zoe"), 10).empty());
    CHECK(both.pgAudit.entries().empty());
    // And the connection is usable afterwards. (The ids the import drew are
    // gone, as a rolled-back transaction's are on PostgreSQL.)
    const SavedIntake saved = both.pgWorkflow.add(recordOf(sampleIntake()), QStringLiteral("desk"));
    CHECK(saved.intakeId > qint64(PostgresIntakeBatch::kChunk));
    CHECK(both.pgStore.count(all) == 1);
    CHECK(both.pgAudit.entries().size() == 1);
}
