// The audit log's hash chain: intact after ordinary use, broken by any edit,
// insertion or removal made behind the application's back, and extended over
// the entries of a database that predates it.
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "TestStaff.h"
#include "security/UserAccounts.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/SchemaMigrations.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>

namespace {

// What someone with the file and the sqlite3 shell could do: run SQL with the
// append-only triggers out of the way.
void tamper(TestDatabase& test, const QString& sql)
{
    test.database().execute(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"), "test");
    test.database().execute(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"), "test");
    test.database().execute(sql, "tampering");
}

void fillLog(TestDatabase& test)
{
    test.add(sampleIntake(), QStringLiteral("dora"));
    for (int i = 0; i < 5; ++i) {
        test.auditTrail().append(QStringLiteral("mona"), QStringLiteral("view"),
                                 QStringLiteral("intake %1").arg(i + 1), QStringLiteral("détails"));
    }
}

} // namespace

TEST_CASE("audit chain: ordinary entries form an intact chain", "[security][audit]")
{
    TestDatabase test;
    fillLog(test);
    const AuditChainReport report = test.storage().verifyAuditChain();
    CHECK(report.intact());
    CHECK(report.entries == 6);
    const auto entries = test.auditTrail().entries();
    CHECK(report.headHash == entries.back().hash);
    CHECK(entries.back().hash.size() == 64);
    CHECK(entries[1].hash == AuditLog::entryHash(entries[0].hash, entries[1]));
    CHECK(test.storage().check(test.engine()).empty());
}

// Tampering here drops SQLite's append-only triggers (see the server's own
// tests in tests/postgres for its audit chain).
TEST_CASE("audit chain: an edited, removed or inserted row is reported",
          "[security][audit][sqlite]")
{
    TestDatabase test;
    fillLog(test);

    SECTION("edited actor")
    {
        tamper(test, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 3"));
        const AuditChainReport report = AuditLog::verifyChain(test.database());
        CHECK_FALSE(report.intact());
        CHECK(report.firstBrokenId == 3);
        CHECK(report.problem.toStdString() ==
              "audit log entry 3 was changed after it was written: its hash does not match");
    }
    SECTION("edited and re-hashed row: the next entry no longer follows")
    {
        const auto entries = test.auditTrail().entries();
        AuditEntry forged = entries[2];
        forged.actor = QStringLiteral("someone else");
        const QString forgedHash = AuditLog::entryHash(entries[1].hash, forged);
        tamper(test, QStringLiteral("UPDATE audit_log SET actor = 'someone else', hash = '%1' "
                                    "WHERE id = 3")
                         .arg(forgedHash));
        const AuditChainReport report = AuditLog::verifyChain(test.database());
        CHECK(report.firstBrokenId == 4);
    }
    SECTION("removed row")
    {
        tamper(test, QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
        const AuditChainReport report = AuditLog::verifyChain(test.database());
        CHECK(report.firstBrokenId == 3);
        CHECK(report.problem.contains(QStringLiteral("entry 2 is missing")));
    }
    SECTION("inserted row")
    {
        tamper(test, QStringLiteral("INSERT INTO audit_log (id, at, actor, action, records, hash) "
                                    "VALUES (7, '2026-11-21T12:00:00.000Z', 'x', 'view', "
                                    "'intake 1', 'made up')"));
        CHECK(AuditLog::verifyChain(test.database()).firstBrokenId == 7);
    }
    // check reports it too, and so the CLI's check exits 1; and it sees the
    // append-only triggers that had to be dropped for the edit.
    const auto problems = DatabaseMaintenance(test.database()).check();
    const auto mentions = [&](const char* text) {
        return std::any_of(problems.begin(), problems.end(), [&](const QString& problem) {
            return problem.contains(QString::fromLatin1(text));
        });
    };
    CHECK(mentions("audit log entry"));
    CHECK(mentions("schema: trigger audit_log_no_"));
}

TEST_CASE("audit chain: the append-only triggers still refuse edits", "[security][audit]")
{
    TestDatabase test;
    test_staff::createIn(test.storage(), test.clock());
    fillLog(test);
    // With the program's own access: SQLite's triggers, the server's grants.
    const BackendDatabase& program = test.backend();
    CHECK_FALSE(program.programCanRun(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
    CHECK_FALSE(program.programCanRun(QStringLiteral("DELETE FROM audit_log")));
    CHECK_FALSE(program.programCanRun(QStringLiteral("DELETE FROM users")));
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM users")) == 3);
}

TEST_CASE("audit chain: entries of an older database are chained by the upgrade",
          "[security][audit][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.sqlite"));
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(CLINIC_FIXTURES_DIR "/clinic-v1.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);

    const FixedClock clock(QDate(2026, 11, 21));
    const Database database(path);
    REQUIRE(database.schemaVersion() == SchemaMigrations::kCurrentVersion);
    AuditLog(database, clock)
        .append(QStringLiteral("mona"), QStringLiteral("view"), QStringLiteral("intake 1"));
    const AuditChainReport report = AuditLog::verifyChain(database);
    CHECK(report.intact());
    // Three from version 1, the version 5 step's (covering the old records),
    // the version 6 and 7 steps', one new.
    CHECK(report.entries == 7);
}

TEST_CASE("audit chain: an entry's hash includes the rows it covers, and entries that cover none "
          "hash as before schema 5",
          "[security][audit][rows]")
{
    AuditEntry entry;
    entry.id = 7;
    entry.at = QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
    entry.actor = QStringLiteral("mona");
    entry.action = QStringLiteral("view");
    entry.records = QStringLiteral("intake 1");
    // The hash of schema 3 and 4: SHA-256 of the JSON array of the seven fields.
    const std::string before =
        R"(["prev",7,"2026-11-21T09:30:00.000Z","mona","view","intake 1",""])";
    CHECK(AuditLog::entryHash(QStringLiteral("prev"), entry) ==
          QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(before),
                                                       QCryptographicHash::Sha256)
                                  .toHex()));
    AuditEntry covering = entry;
    covering.covers = QStringLiteral("reviews:1-1");
    covering.rowsHash = QStringLiteral("00");
    AuditEntry otherRows = covering;
    otherRows.rowsHash = QStringLiteral("01");
    CHECK(AuditLog::entryHash(QStringLiteral("prev"), covering) !=
          AuditLog::entryHash(QStringLiteral("prev"), entry));
    CHECK(AuditLog::entryHash(QStringLiteral("prev"), covering) !=
          AuditLog::entryHash(QStringLiteral("prev"), otherRows));
}

TEST_CASE("audit chain: a row that two entries cover is reported, naming both",
          "[security][audit][rows]")
{
    TestDatabase test;
    test.add(sampleIntake(), QStringLiteral("dora"));
    CHECK(test.storage().verifyAuditChain().intact());
    test.auditTrail().append(QStringLiteral("mona"), QStringLiteral("add"),
                             QStringLiteral("intake 1"), {},
                             {{QStringLiteral("suggestions"), 1, 1}});
    const AuditChainReport report = test.storage().verifyAuditChain();
    REQUIRE_FALSE(report.intact());
    INFO(report.problem.toStdString());
    CHECK(report.problem.contains(QStringLiteral("both cover suggestions row 1")));
    CHECK(report.firstBrokenId == 2);
}

TEST_CASE("audit chain: an account is checked against its newest entry only",
          "[security][audit][rows]")
{
    TestDatabase test;
    test_staff::createIn(test.storage(), test.clock());
    test_staff::Accounts holder(test.storage(), test.clock());
    UserAccounts& accounts = holder.get();
    accounts.disable(test_staff::kFrontDesk, test_staff::kManager);
    // The "user add" entry describes dora as enabled; she is not any more,
    // and that is no problem: the "user disable" entry is the newest.
    CHECK(test.storage().verifyAuditChain().intact());
    test.tamper(QStringLiteral("UPDATE users SET enabled = 1 WHERE id = 3"));
    const AuditChainReport report = test.storage().verifyAuditChain();
    REQUIRE_FALSE(report.intact());
    CHECK(report.problem.contains(QStringLiteral("(user disable) covers users row 3")));
    // Sign-ins change failed_attempts and locked_until only: not covered.
    test.tamper(QStringLiteral("UPDATE users SET enabled = 0 WHERE id = 3"));
    test.tamper(QStringLiteral("UPDATE users SET failed_attempts = 4, "
                               "locked_until = '2026-11-21T10:00:00.000Z'"));
    CHECK(test.storage().verifyAuditChain().intact());
}
