// The audit chain on a PostgreSQL server: the same hashes as AuditLog on
// SQLite, and one unbroken chain when several workstations write at once.
#include "storage/postgres/PostgresAuditTrail.h"

#include "PgClinicDatabase.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/postgres/PostgresAuditCoverage.h"
#include "storage/postgres/PostgresTransaction.h"
#include "util/FixedClock.h"
#include "util/SystemClock.h"

#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <string>
#include <thread>

namespace {

// Every entry chains to the one before it, numbered 1, 2, 3, ...; empty
// when so, else the first problem.
std::string chainProblem(const std::vector<AuditEntry>& entries)
{
    QString previousHash;
    qint64 expectedId = 1;
    for (const AuditEntry& entry : entries) {
        if (entry.id != expectedId) {
            return "entry " + std::to_string(expectedId) + " is missing";
        }
        if (entry.hash != AuditLog::entryHash(previousHash, entry)) {
            return "entry " + std::to_string(entry.id) + " does not chain to the one before";
        }
        previousHash = entry.hash;
        ++expectedId;
    }
    return {};
}

} // namespace

TEST_CASE("postgres audit: entries are chained as AuditLog chains them and read back")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    const auto connection = clinic.connect();
    const FixedClock morning(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const FixedClock noon(QDateTime(QDate(2026, 3, 2), QTime(12, 0, 0, 250), Qt::UTC));
    PostgresAuditTrail(*connection, morning).append("Ana", "login", "user 1");
    const PostgresAuditTrail trail(*connection, noon);
    trail.append("Ana", "view", "intake 7", "opened from the list");
    trail.append("Ben", "export", "intakes 1-2");

    const auto all = trail.entries();
    REQUIRE(all.size() == 3);
    CHECK(chainProblem(all).empty());
    CHECK(all[0].at == morning.now());
    CHECK(all[1].at == noon.now());
    CHECK(all[1].details == "opened from the list");
    CHECK(all[2].details.isEmpty());
    CHECK(all[2].actor == "Ben");
    CHECK(trail.entries(noon.now()).size() == 2);
    CHECK(trail.entries(noon.now().addMSecs(1)).empty());

    // Stored as text exactly as SQLite stores it; no details is NULL.
    QSqlQuery stored = connection->prepare(
        QStringLiteral("SELECT at, details IS NULL, covers IS NULL FROM audit_log WHERE id = 3"));
    PostgresConnection::run(stored, "reading");
    REQUIRE(stored.next());
    CHECK(stored.value(0).toString() == "2026-03-02T12:00:00.250Z");
    CHECK(stored.value(1).toBool());
    CHECK(stored.value(2).toBool());
}

TEST_CASE("postgres audit: an entry written in a transaction is rolled back with it")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    const auto connection = clinic.connect();
    const SystemClock clock;
    const PostgresAuditTrail trail(*connection, clock);
    CHECK_FALSE(PostgresTransaction::isOpen(*connection));
    {
        PostgresTransaction transaction(*connection);
        CHECK(PostgresTransaction::isOpen(*connection));
        trail.append("Ana", "add", "intake 1");
        // Not committed: the entry goes with the change it describes.
    }
    CHECK_FALSE(PostgresTransaction::isOpen(*connection));
    CHECK(trail.entries().empty());
    {
        PostgresTransaction transaction(*connection);
        trail.append("Ana", "add", "intake 1");
        transaction.commit();
    }
    CHECK(trail.entries().size() == 1);
}

TEST_CASE("postgres audit: four workstations appending at once keep one unbroken chain")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    constexpr int kWorkstations = 4;
    constexpr int kEntries = 50;
    std::atomic<int> ready{0};
    std::mutex failuresLock;
    std::vector<std::string> failures;
    std::vector<std::thread> workstations;
    for (int w = 0; w < kWorkstations; ++w) {
        workstations.emplace_back([&, w] {
            try {
                // A Qt SQL connection belongs to the thread that opens it.
                const auto connection = clinic.connect();
                const SystemClock clock;
                const PostgresAuditTrail trail(*connection, clock);
                ++ready;
                while (ready < kWorkstations) {
                    std::this_thread::yield();
                }
                for (int i = 0; i < kEntries; ++i) {
                    // Half in a transaction of the caller's, with a write
                    // before the entry, as IntakeStore's writes do.
                    if (i % 2 == 0) {
                        trail.append(QStringLiteral("desk %1").arg(w), "view",
                                     QStringLiteral("intake %1").arg(i));
                    } else {
                        PostgresTransaction transaction(*connection);
                        connection->execute(QStringLiteral("SELECT pg_sleep(0.001)"), "waiting");
                        trail.append(QStringLiteral("desk %1").arg(w), "view",
                                     QStringLiteral("intake %1").arg(i));
                        transaction.commit();
                    }
                }
            } catch (const std::exception& error) {
                const std::lock_guard<std::mutex> lock(failuresLock);
                failures.emplace_back(error.what());
            }
        });
    }
    for (auto& workstation : workstations) {
        workstation.join();
    }
    INFO((failures.empty() ? std::string() : failures.front()));
    CHECK(failures.empty());

    const auto connection = clinic.connect();
    const SystemClock clock;
    const auto entries = PostgresAuditTrail(*connection, clock).entries();
    CHECK(entries.size() == std::size_t(kWorkstations * kEntries));
    CHECK(chainProblem(entries).empty());
}

TEST_CASE("postgres audit: the covered rows hash as on SQLite for the same rows")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    const auto connection = clinic.connect();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const Database file(folder.filePath(QStringLiteral("clinic.sqlite")));

    // The same rows on both, with NULLs, accents, an empty text and JSON.
    const QStringList rows = {
        QStringLiteral("INSERT INTO clients (id, name, date_of_birth, phone, email, created_at, "
                       "name_key) VALUES (1, 'Zoë Ñúñez', '1980-01-31', NULL, '', "
                       "'2026-03-02T09:00:00.000Z', 'zoe nunez')"),
        QStringLiteral("INSERT INTO intakes (id, client_id, created_at, created_by, "
                       "current_version, visit_date, status, approach, urgency, refer_out) "
                       "VALUES (1, 1, '2026-03-02T09:00:00.000Z', 'Ana', 1, '2026-03-02', "
                       "'reviewed', 'swedish', NULL, 0)"),
        QStringLiteral("INSERT INTO intake_versions (id, intake_id, version, record_json, "
                       "created_at, created_by) VALUES (1, 1, 1, "
                       "'{\"client\":{\"name\":\"Zoë Ñúñez\"},  \"n\": 1.50}', "
                       "'2026-03-02T09:00:00.000Z', 'Ana')"),
        QStringLiteral("INSERT INTO suggestions (id, intake_version_id, approach, urgency, "
                       "pressure, result_json, rules_version, rules_sha256, created_at) VALUES "
                       "(1, 1, 'swedish', NULL, 'light', '{\"approach\":\"swedish\"}', '3', "
                       "'abc', '2026-03-02T09:00:00.000Z')"),
        QStringLiteral("INSERT INTO reviews (id, intake_id, intake_version_id, reviewer, "
                       "reviewed_at, decision, final_approach, final_pressure, reason, "
                       "session_note) VALUES (1, 1, 1, 'Tess', '2026-03-02T10:00:00.000Z', "
                       "'overridden', 'deep_tissue', NULL, 'sore neck', '')"),
        QStringLiteral("INSERT INTO users (id, name, role, password_hash, enabled, created_at, "
                       "created_by, failed_attempts, locked_until) VALUES (1, 'Tess', "
                       "'therapist', '$argon2id$x', 1, '2026-03-01T08:00:00.000Z', 'root', 2, "
                       "'2026-03-02T11:00:00.000Z')"),
    };
    for (const QString& sql : rows) {
        INFO(sql.toStdString());
        file.execute(sql, "test rows on SQLite");
        connection->execute(sql, "test rows on PostgreSQL");
    }
    const std::vector<audit_coverage::Coverage> coverages = {
        {{"intake_versions", 1, 1}, {"suggestions", 1, 1}},
        {{"reviews", 1, 1}},
        {{"users", 1, 1}},
        {{"intake_versions", 1, 1}, {"suggestions", 1, 1}, {"reviews", 1, 1}, {"users", 1, 1}},
    };
    for (const auto& coverage : coverages) {
        INFO(audit_coverage::text(coverage).toStdString());
        CHECK(postgres_coverage::rowsHash(*connection, coverage) ==
              audit_coverage::rowsHash(file, coverage));
    }

    // And an entry covering them chains with that hash.
    const FixedClock clock(QDate(2026, 3, 2));
    const PostgresAuditTrail trail(*connection, clock);
    trail.append("Tess", "review", "intake 1", {}, coverages[1]);
    const auto entries = trail.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].covers == "reviews:1-1");
    CHECK(entries[0].rowsHash == audit_coverage::rowsHash(file, coverages[1]));
    CHECK(chainProblem(entries).empty());
}
