// Upgrading a database that schema version 3 wrote (before clinic-intake/2),
// with version 1 records in it: everything stored stays as it was, byte for
// byte, and still reads; only the approach columns become nullable.
#include "SampleIntake.h"
#include "export/RecordExporter.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/SchemaMigrations.h"
#include "storage/StorageError.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>
#include <catch2/catch.hpp>
#include <map>

using nlohmann::json;

namespace {

const char* const kTables[] = {"clients", "intakes", "intake_versions", "suggestions",
                               "reviews", "users",   "audit_log",       "client_names"};

// The schema 3 fixture, loaded by the sqlite3 shell as an old program left it.
QString loadVersion3(const QTemporaryDir& folder, const char* name = "v3.sqlite")
{
    const QString path = folder.filePath(QString::fromLatin1(name));
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(CLINIC_FIXTURES_DIR "/clinic-v3.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);
    return path;
}

// Every row of every table, each value with its SQL type (NULL is not ''),
// read through a plain connection that migrates nothing.
using Snapshot = std::map<std::string, std::vector<std::string>>;

Snapshot snapshot(const QSqlDatabase& connection)
{
    Snapshot tables;
    for (const char* table : kTables) {
        QSqlQuery rows(connection);
        // The audit log's columns as schema 3 and 4 have them (5 adds two).
        const QString select =
            QLatin1String(table) == QLatin1String("audit_log")
                ? QStringLiteral("SELECT id, at, actor, action, records, details, hash FROM "
                                 "audit_log ORDER BY rowid")
                : QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table);
        REQUIRE(rows.exec(select));
        auto& lines = tables[table];
        while (rows.next()) {
            std::string line;
            for (int i = 0; i < rows.record().count(); ++i) {
                // Version 6's save ids: NULL for every row stored before.
                if (rows.record().fieldName(i) == QLatin1String("save_id")) {
                    REQUIRE(rows.value(i).isNull());
                    continue;
                }
                const QVariant value = rows.value(i);
                line += rows.record().fieldName(i).toStdString() + "=";
                line += value.isNull()
                            ? std::string("NULL")
                            : std::string(value.typeName()) + ":" + value.toString().toStdString();
                line += "\x1f";
            }
            lines.push_back(line);
        }
    }
    return tables;
}

// Names and SQL of the indexes and triggers of a table.
std::map<std::string, std::string> indexesAndTriggers(const QSqlDatabase& connection,
                                                      const char* table)
{
    QSqlQuery rows(connection);
    REQUIRE(rows.prepare(QStringLiteral(
        "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE tbl_name = ? AND type IN "
        "('index', 'trigger')")));
    rows.addBindValue(QString::fromLatin1(table));
    REQUIRE(rows.exec());
    std::map<std::string, std::string> found;
    while (rows.next()) {
        found[rows.value(0).toString().toStdString()] = rows.value(1).toString().toStdString();
    }
    return found;
}

bool columnAcceptsNull(const Database& database, const char* table, const char* column)
{
    QSqlQuery info(database.connection());
    REQUIRE(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
    while (info.next()) {
        if (info.value(1).toString() == QLatin1String(column)) {
            return info.value(3).toInt() == 0;
        }
    }
    FAIL("no column " << column << " in " << table);
    return false;
}

struct Before
{
    Snapshot rows;
    std::map<std::string, std::map<std::string, std::string>> schema;
    QString headHash;
};

Before readBefore(const QString& path)
{
    Before before;
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before"));
        connection.setDatabaseName(path);
        REQUIRE(connection.open());
        QSqlQuery version(connection);
        REQUIRE(version.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(version.next());
        REQUIRE(version.value(0).toInt() == 3);
        before.rows = snapshot(connection);
        for (const char* table : kTables) {
            before.schema[table] = indexesAndTriggers(connection, table);
        }
        QSqlQuery head(connection);
        REQUIRE(head.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")));
        REQUIRE(head.next());
        before.headHash = head.value(0).toString();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before"));
    return before;
}

} // namespace

TEST_CASE("a schema 3 database with version 1 records is upgraded, nothing stored is changed",
          "[storage][upgrade][sqlite]")
{
    QTemporaryDir folder;
    const QString path = loadVersion3(folder);
    const Before before = readBefore(path);
    REQUIRE(before.rows.at("intake_versions").size() == 6);
    REQUIRE(before.rows.at("reviews").size() == 2);

    const FixedClock clock(QDate(2026, 11, 28));
    const RuleEngine engine(RuleSetLoader::builtIn());
    const Database database(path);
    CHECK(database.schemaVersion() == 7);
    CHECK(SchemaMigrations::kCurrentVersion == 7);

    // Every row of every table, byte for byte (records, suggestions, reviews,
    // accounts with their password hashes, the audit log with its hashes);
    // step 5 only adds its entries that cover the rows already there: one for
    // the history tables, one for each of the three accounts; steps 6 and 7
    // one each.
    Snapshot after = snapshot(database.connection());
    auto& log = after.at("audit_log");
    REQUIRE(log.size() == before.rows.at("audit_log").size() + 6);
    log.resize(before.rows.at("audit_log").size());
    CHECK(after == before.rows);
    // The rebuilt tables have their indexes and append-only triggers back.
    for (const char* table : kTables) {
        INFO(table);
        auto expected = before.schema.at(table);
        auto found = indexesAndTriggers(database.connection(), table);
        // Version 6 adds the save ids' unique indexes.
        found.erase("intake_versions_by_save_id");
        found.erase("reviews_by_save_id");
        CHECK(found == expected);
    }
    CHECK(indexesAndTriggers(database.connection(), "suggestions").count("suggestions_no_update"));
    CHECK_THROWS(database.execute(QStringLiteral("UPDATE suggestions SET approach = NULL"), "t"));
    CHECK_THROWS(database.execute(QStringLiteral("DELETE FROM suggestions"), "t"));
    CHECK_THROWS(database.execute(QStringLiteral("DELETE FROM intake_versions"), "t"));
    // Only what clinic-intake/2 needs changed: an approach may be missing.
    CHECK(columnAcceptsNull(database, "intakes", "approach"));
    CHECK(columnAcceptsNull(database, "suggestions", "approach"));
    CHECK_FALSE(columnAcceptsNull(database, "reviews", "final_approach"));
    CHECK_FALSE(columnAcceptsNull(database, "intakes", "visit_date"));
    CHECK_FALSE(columnAcceptsNull(database, "suggestions", "result_json"));

    // The audit chain is the same chain, continued by the upgrade's entries:
    // intact, and it now vouches for every row.
    const AuditChainReport chain = AuditLog::verifyChain(database);
    INFO(chain.problem.toStdString());
    CHECK(chain.intact());
    CHECK(chain.entries == qint64(before.rows.at("audit_log").size() + 6));
    // Foreign keys are on again after the rebuild, and every reference holds.
    QSqlQuery keys(database.connection());
    REQUIRE(keys.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(keys.next());
    CHECK(keys.value(0).toInt() == 1);
    CHECK_THROWS(database.execute(
        QStringLiteral("INSERT INTO intake_versions (intake_id, version, record_json, created_at, "
                       "created_by) VALUES (999, 1, '{}', 'now', 'x')"),
        "t"));

    // The records still read: each stored version is a clinic-intake/1 record
    // that the parser accepts and writes back exactly as stored.
    const IntakeParser parser(clock);
    QSqlQuery versions(database.connection());
    REQUIRE(versions.exec(QStringLiteral("SELECT record_json FROM intake_versions")));
    int read = 0;
    while (versions.next()) {
        const std::string stored = versions.value(0).toString().toStdString();
        const IntakeParseResult parsed = parser.parse(stored);
        INFO(stored);
        REQUIRE(parsed.ok());
        CHECK(parsed.record->format == vocabulary::IntakeFormat::V1);
        CHECK(parsed.record->toJson() == stored);
        ++read;
    }
    CHECK(read == 6);

    const IntakeStore store(database, clock);
    const json first = store.details(1);
    CHECK(first.at("intake").at("format") == "clinic-intake/1");
    CHECK(first.at("intake").at("client").at("name") == "Zoë Núñez");
    CHECK(first.at("suggestion").at("rules_version") == "default-2026.1");
    CHECK(first.at("reviews").at(0).at("decision") == "accepted");
    const json amended = store.details(3);
    CHECK(amended.at("versions").size() == 2);
    CHECK(amended.at("reviews").at(0).at("reason") == "Bruises easily on blood thinners");
    IntakeFilter byName;
    byName.search = QStringLiteral("zoe nunez");
    CHECK(store.list(byName).size() == 2);
    IntakeFilter all;
    all.limit = 0;
    const auto rows = store.list(all);
    REQUIRE(rows.size() == 5);
    CHECK(rows.back().approach == vocabulary::Approach::Swedish);

    // The JSON export writes each stored record and suggestion as stored.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    RecordExporter::Options asJson;
    asJson.format = RecordExporter::Format::Json;
    CHECK(RecordExporter(database, store).write(out, asJson) == 5);
    const std::string exported = out.data().toStdString();
    QSqlQuery stored(database.connection());
    REQUIRE(stored.exec(QStringLiteral("SELECT v.record_json, s.result_json FROM intake_versions v "
                                       "JOIN suggestions s ON s.intake_version_id = v.id")));
    while (stored.next()) {
        CHECK(exported.find("\"intake\":" + stored.value(0).toString().toStdString()) !=
              std::string::npos);
        CHECK(exported.find("\"suggestion\":" + stored.value(1).toString().toStdString()) !=
              std::string::npos);
    }
    CHECK(json::parse(exported).size() == 5);

    // And new records go in beside them: one without an approach too.
    json incomplete = sampleIntake();
    incomplete["screening"].erase("saddle_numbness");
    const auto parsed = parser.validate(incomplete);
    REQUIRE(parsed.ok());
    const SavedIntake saved =
        IntakeStore(database, clock).add(engine.suggestVersion(*parsed.record), "desk");
    CHECK(json::parse(saved.suggestionJson).at("approach").is_null());
    CHECK(AuditLog::verifyChain(database).intact());
}

TEST_CASE("an upgrade that fails halfway leaves the schema 3 database as it was",
          "[storage][upgrade][sqlite]")
{
    QTemporaryDir folder;
    const QString path = loadVersion3(folder);
    {
        // Something in the way of the rebuild: the step must fail as a whole.
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {path, QStringLiteral("CREATE TABLE suggestions_v4 (x);")});
        REQUIRE(sqlite.waitForFinished());
        REQUIRE(sqlite.exitCode() == 0);
    }
    const Before before = readBefore(path);
    CHECK_THROWS_AS(Database(path), StorageError);
    const Before after = readBefore(path); // still version 3, checked inside
    CHECK(after.rows == before.rows);
    CHECK(after.schema == before.schema);
    // The intakes table was rebuilt in the same transaction: rolled back too.
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    connection.setDatabaseName(path);
    REQUIRE(connection.open());
    {
        QSqlQuery info(connection);
        REQUIRE(info.exec(QStringLiteral("PRAGMA table_info(intakes)")));
        bool approachNotNull = false;
        while (info.next()) {
            if (info.value(1).toString() == QLatin1String("approach")) {
                approachNotNull = info.value(3).toInt() == 1;
            }
        }
        CHECK(approachNotNull);
        QSqlQuery leftovers(connection);
        REQUIRE(leftovers.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'intakes_v4'")));
        REQUIRE(leftovers.next());
        CHECK(leftovers.value(0).toInt() == 0);
    }
    connection.close();
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

TEST_CASE("after the upgrade, an old pending massage plan cannot be accepted, a referral can",
          "[storage][upgrade][review][sqlite]")
{
    QTemporaryDir folder;
    const QString path = loadVersion3(folder);
    const FixedClock clock(QDate(2026, 11, 28));
    const RuleEngine engine(RuleSetLoader::builtIn());
    const Database database(path);
    SqliteClinicStorage storage(database, clock);
    const auto accounts = storage.accounts(clock, PasswordHasher::Cost::Minimal);
    StaffSession ana(storage, engine, clock,
                     accounts->signIn(QStringLiteral("ana"), QStringLiteral("fixture-password-1")));

    // Intake 4 (version 1, default-2026.1 suggested trigger_point): version 1
    // could not tell "no" from "not asked", so its screening is incomplete.
    const auto missing = ana.questionsBlockingAccept(4);
    CHECK(missing.size() == 26); // 18 screening + 8 precaution questions; neck not involved
    ReviewDecision accept;
    try {
        ana.review(4, accept);
        FAIL("accepted a plan made before the screening was asked");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK_THAT(error.what(), Catch::StartsWith("screening: intake 4 cannot be accepted") &&
                                     Catch::Contains("26 questions not asked: saddle_numbness, "
                                                     "bladder_or_bowel_change"));
    }
    // Intake 2 was referred out (emergency): accepting a referral is always safe.
    CHECK(ana.questionsBlockingAccept(2).empty());
    CHECK(ana.review(2, accept) > 0);
    // The stored suggestions are untouched by all this.
    QSqlQuery approach(database.connection());
    REQUIRE(approach.exec(QStringLiteral("SELECT approach FROM suggestions ORDER BY id")));
    std::vector<std::string> approaches;
    while (approach.next()) {
        approaches.push_back(approach.value(0).toString().toStdString());
    }
    CHECK(approaches == std::vector<std::string>{"swedish", "refer_out", "trigger_point",
                                                 "refer_out", "trigger_point", "swedish"});
}
