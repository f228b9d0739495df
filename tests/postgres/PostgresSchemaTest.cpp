#include "storage/postgres/PostgresSchema.h"

#include "PgTestServer.h"
#include "storage/StoredDataChecks.h"
#include "storage/postgres/PostgresAuditTrail.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresVerifier.h"
#include "util/FixedClock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

namespace {

// A database owned by a role of its own (not a superuser), as docs/server.md
// sets it up, and a connection as that owner.
struct OwnedDatabase
{
    explicit OwnedDatabase(const PgTestServer& server)
        : owner(server, QStringLiteral("owner password")), database(server, owner.name())
    {}
    std::unique_ptr<PostgresConnection> connect(const PgTestServer& server) const
    {
        return std::make_unique<PostgresConnection>(
            server.socketLocation(database.name(), owner.name()), owner.password());
    }
    ScratchRole owner;
    ScratchDatabase database;
};

std::string problemOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const PostgresError& error) {
        INFO(error.what() << "\ndetail: " << error.detail().toStdString());
        return problemName(error.problem());
    }
    FAIL("no PostgresError");
    return {};
}

// The server's message when `sql` is refused; fails the test when it runs.
std::string refusal(const PostgresConnection& connection, const QString& sql)
{
    QSqlQuery query(connection.connection());
    if (query.exec(sql)) {
        FAIL("allowed: " << sql.toStdString());
    }
    return query.lastError().databaseText().toStdString();
}

void run(const PostgresConnection& connection, const QString& sql)
{
    INFO(sql.toStdString());
    connection.execute(sql, "running the test's SQL");
}

int count(const PostgresConnection& connection, const QString& sql)
{
    QSqlQuery query = connection.prepare(sql);
    PostgresConnection::run(query, "counting");
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("The schema is created on an empty database and read back when reopened")
{
    REQUIRE_PG_SERVER(server);
    const OwnedDatabase clinic(*server);
    {
        const auto connection = clinic.connect(*server);
        CHECK(PostgresSchema::inspect(*connection).version == 0);
        PostgresSchema::create(*connection);
    }
    const auto again = clinic.connect(*server);
    CHECK(PostgresSchema::requireCurrent(*again) == PostgresSchema::kCurrentVersion);
    for (const QString& table : PostgresSchema::tables()) {
        INFO(table.toStdString());
        CHECK(count(*again, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                           "'public' AND tablename = '%1'")
                                .arg(table)) == 1);
    }
    // The columns SQLite's schema 5 has, in its order.
    QSqlQuery columns = again->prepare(
        QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                       "information_schema.columns WHERE table_name = 'audit_log'"));
    PostgresConnection::run(columns, "reading columns");
    REQUIRE(columns.next());
    CHECK(columns.value(0).toString() ==
          QStringLiteral("id,at,actor,action,records,details,hash,covers,rows_hash"));
}

TEST_CASE("Creating the schema a second time is refused and changes nothing")
{
    REQUIRE_PG_SERVER(server);
    const OwnedDatabase clinic(*server);
    const auto connection = clinic.connect(*server);
    PostgresSchema::create(*connection);
    run(*connection, QStringLiteral("INSERT INTO audit_log (id, at, actor, action, records) "
                                    "VALUES (1, '2026-01-01T00:00:00.000Z', 'a', 'b', 'c')"));
    CHECK(problemOf([&] { PostgresSchema::create(*connection); }) == "SchemaExists");
    CHECK(count(*connection, QStringLiteral("SELECT count(*) FROM audit_log")) == 1);
}

TEST_CASE("A database with other tables is refused as not a Clinic Intake database")
{
    REQUIRE_PG_SERVER(server);
    const OwnedDatabase clinic(*server);
    const auto connection = clinic.connect(*server);
    run(*connection, QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
    CHECK(problemOf([&] { PostgresSchema::create(*connection); }) == "NotClinicDatabase");
    CHECK(problemOf([&] { PostgresSchema::requireCurrent(*connection); }) == "NotClinicDatabase");
    try {
        PostgresSchema::create(*connection);
    } catch (const PostgresError& error) {
        CHECK(error.kind() == StorageError::Kind::Corrupt);
        CHECK(error.detail() == QStringLiteral("it already holds public.invoices"));
    }
    CHECK(count(*connection, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                            "'public'")) == 1);
}

TEST_CASE("An empty database is not opened as a Clinic Intake database")
{
    REQUIRE_PG_SERVER(server);
    const OwnedDatabase clinic(*server);
    const auto connection = clinic.connect(*server);
    CHECK(problemOf([&] { PostgresSchema::requireCurrent(*connection); }) == "NotClinicDatabase");
}

TEST_CASE("A schema from a newer program is refused for opening and creating")
{
    REQUIRE_PG_SERVER(server);
    const OwnedDatabase clinic(*server);
    const auto connection = clinic.connect(*server);
    PostgresSchema::create(*connection);
    run(*connection, QStringLiteral("UPDATE schema_version SET version = %1")
                         .arg(PostgresSchema::kCurrentVersion + 1));
    CHECK(problemOf([&] { PostgresSchema::requireCurrent(*connection); }) == "NewerSchema");
    CHECK(problemOf([&] { PostgresSchema::create(*connection); }) == "NewerSchema");
}

TEST_CASE("A schema that fails halfway leaves nothing behind")
{
    REQUIRE_PG_SERVER(server);
    const OwnedDatabase clinic(*server);
    const auto connection = clinic.connect(*server);
    // Not a table, so the database counts as empty; creating the trigger
    // function, after every table, then fails.
    run(*connection, QStringLiteral("CREATE FUNCTION clinic_refuse_change() RETURNS trigger "
                                    "LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$"));
    CHECK_THROWS_AS(PostgresSchema::create(*connection), PostgresError);
    CHECK(count(*connection, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                            "'public'")) == 0);
    CHECK(PostgresSchema::inspect(*connection).version == 0);
}

TEST_CASE("As the owner the history tables refuse UPDATE DELETE and TRUNCATE by trigger")
{
    REQUIRE_PG_SERVER(server);
    const OwnedDatabase clinic(*server);
    const auto owner = clinic.connect(*server);
    PostgresSchema::create(*owner);
    run(*owner, QStringLiteral("INSERT INTO clients (name, date_of_birth, created_at) VALUES "
                               "('Ana', '1980-01-01', '2026-01-01T00:00:00.000Z')"));
    run(*owner, QStringLiteral("INSERT INTO intakes (client_id, created_at, created_by, "
                               "current_version, visit_date, status, approach, refer_out) VALUES "
                               "(1, 't', 'a', 1, '2026-01-01', 'pending', 'x', 0)"));
    run(*owner, QStringLiteral("INSERT INTO intake_versions (intake_id, version, record_json, "
                               "created_at, created_by) VALUES (1, 1, '{}', 't', 'a')"));
    run(*owner, QStringLiteral("INSERT INTO suggestions (intake_version_id, approach, "
                               "result_json, rules_version, rules_sha256, created_at) VALUES "
                               "(1, 'x', '{}', '1', 'h', 't')"));
    run(*owner, QStringLiteral("INSERT INTO reviews (intake_id, intake_version_id, reviewer, "
                               "reviewed_at, decision, final_approach) VALUES "
                               "(1, 1, 'r', 't', 'accepted', 'x')"));
    run(*owner, QStringLiteral("INSERT INTO audit_log (id, at, actor, action, records) VALUES "
                               "(1, 't', 'a', 'add', 'intake 1')"));
    run(*owner, QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, "
                               "created_by) VALUES ('Mia', 'manager', 'h', 't', 'a')"));
    for (const char* table : {"audit_log", "intake_versions", "suggestions", "reviews"}) {
        const std::string appendOnly = std::string(table) + " is append-only";
        INFO(table);
        CHECK_THAT(refusal(*owner, QStringLiteral("UPDATE %1 SET id = id").arg(table)),
                   Catch::Contains(appendOnly));
        CHECK_THAT(refusal(*owner, QStringLiteral("DELETE FROM %1").arg(table)),
                   Catch::Contains(appendOnly));
        CHECK_THAT(refusal(*owner, QStringLiteral("TRUNCATE %1 CASCADE").arg(table)),
                   Catch::Contains(appendOnly));
    }
    CHECK_THAT(refusal(*owner, QStringLiteral("DELETE FROM users")),
               Catch::Contains("users are disabled, never deleted"));
    run(*owner, QStringLiteral("UPDATE users SET enabled = 0"));
    CHECK_THAT(refusal(*owner, QStringLiteral("INSERT INTO users (name, role, password_hash, "
                                              "created_at, created_by) VALUES ('MIA', "
                                              "'therapist', 'h', 't', 'a')")),
               Catch::Contains("users_by_name"));
}

TEST_CASE("The application role may add records but never change or remove history")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole application(*server, QStringLiteral("application password"));
    const OwnedDatabase clinic(*server);
    {
        const auto owner = clinic.connect(*server);
        PostgresSchema::create(*owner);
        PostgresSchema::grantApplicationRole(*owner, application.name());
        // Granting again gives the same grants.
        PostgresSchema::grantApplicationRole(*owner, application.name());
    }
    const PostgresConnection app(server->socketLocation(clinic.database.name(), application.name()),
                                 application.password());
    CHECK(PostgresSchema::requireCurrent(app) == PostgresSchema::kCurrentVersion);

    run(app, QStringLiteral("INSERT INTO clients (name, date_of_birth, created_at) VALUES "
                            "('Ana', '1980-01-01', 't')"));
    run(app, QStringLiteral("INSERT INTO intakes (client_id, created_at, created_by, "
                            "current_version, visit_date, status, approach, refer_out) VALUES "
                            "(1, 't', 'a', 1, '2026-01-01', 'pending', 'x', 0)"));
    run(app, QStringLiteral("INSERT INTO intake_versions (intake_id, version, record_json, "
                            "created_at, created_by) VALUES (1, 1, '{}', 't', 'a')"));
    run(app, QStringLiteral("INSERT INTO suggestions (intake_version_id, approach, result_json, "
                            "rules_version, rules_sha256, created_at) VALUES "
                            "(1, 'x', '{}', '1', 'h', 't')"));
    run(app, QStringLiteral("INSERT INTO reviews (intake_id, intake_version_id, reviewer, "
                            "reviewed_at, decision, final_approach) VALUES "
                            "(1, 1, 'r', 't', 'accepted', 'x')"));
    run(app, QStringLiteral("INSERT INTO audit_log (id, at, actor, action, records) VALUES "
                            "(1, 't', 'a', 'add', 'intake 1')"));
    run(app, QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, "
                            "created_by) VALUES ('Mia', 'manager', 'h', 't', 'a')"));
    // What the program changes in place.
    run(app, QStringLiteral("UPDATE intakes SET status = 'reviewed', current_version = 1"));
    run(app, QStringLiteral("UPDATE users SET failed_attempts = 3, locked_until = 'later', "
                            "enabled = 0, password_hash = 'h2'"));
    // The chain's lock and the name search need nothing beyond these grants.
    run(app, QStringLiteral("SELECT pg_advisory_xact_lock(1)"));
    run(app, QStringLiteral(
                 "INSERT INTO client_words (word, client_id, words) VALUES ('ana', 1, ' ana')"));
    CHECK(count(app, QStringLiteral("SELECT count(*) FROM client_words WHERE word LIKE 'an%'")) ==
          1);

    // Names never change, so neither do the words they are found by.
    CHECK_THAT(refusal(app, QStringLiteral("UPDATE client_words SET word = 'x'")),
               Catch::Contains("permission denied for table client_words"));
    CHECK_THAT(refusal(app, QStringLiteral("DELETE FROM client_words")),
               Catch::Contains("permission denied for table client_words"));
    for (const char* table : {"audit_log", "intake_versions", "suggestions", "reviews"}) {
        INFO(table);
        const std::string denied = std::string("permission denied for table ") + table;
        CHECK_THAT(refusal(app, QStringLiteral("UPDATE %1 SET id = id").arg(table)),
                   Catch::Contains(denied));
        CHECK_THAT(refusal(app, QStringLiteral("DELETE FROM %1").arg(table)),
                   Catch::Contains(denied));
        CHECK_THAT(refusal(app, QStringLiteral("TRUNCATE %1").arg(table)), Catch::Contains(denied));
    }
    CHECK_THAT(refusal(app, QStringLiteral("DELETE FROM users")),
               Catch::Contains("permission denied for table users"));
    CHECK_THAT(refusal(app, QStringLiteral("UPDATE users SET name = 'Other'")),
               Catch::Contains("permission denied for table users"));
    CHECK_THAT(refusal(app, QStringLiteral("UPDATE intakes SET created_by = 'x'")),
               Catch::Contains("permission denied for table intakes"));
    CHECK_THAT(refusal(app, QStringLiteral("UPDATE clients SET name = 'x'")),
               Catch::Contains("permission denied for table clients"));
    CHECK_THAT(refusal(app, QStringLiteral("UPDATE schema_version SET version = 9")),
               Catch::Contains("permission denied for table schema_version"));
    CHECK_THAT(refusal(app, QStringLiteral("CREATE TABLE extra (id INTEGER)")),
               Catch::Contains("permission denied for schema public"));

    // A denied write is a PostgresError of kind ReadOnly for the program.
    try {
        app.execute(QStringLiteral("DELETE FROM audit_log"), "removing the log");
        FAIL("deleted");
    } catch (const PostgresError& error) {
        CHECK(error.kind() == StorageError::Kind::ReadOnly);
        CHECK_THAT(error.what(), Catch::StartsWith("removing the log failed: the clinic server "
                                                   "does not allow this change"));
    }
}

TEST_CASE("Roles that no grant would hold are refused as the application role")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole superuser(*server, QStringLiteral("pw"), QStringLiteral("SUPERUSER"));
    const OwnedDatabase clinic(*server);
    const auto owner = clinic.connect(*server);
    PostgresSchema::create(*owner);
    CHECK_THROWS_WITH(PostgresSchema::grantApplicationRole(*owner, clinic.owner.name()),
                      Catch::Contains("must be a role of its own"));
    CHECK_THROWS_WITH(PostgresSchema::grantApplicationRole(*owner, superuser.name()),
                      Catch::Contains("not a superuser"));
    CHECK_THROWS_WITH(PostgresSchema::grantApplicationRole(*owner, QStringLiteral("no_such_role")),
                      Catch::Contains("there is no role no_such_role"));
}

TEST_CASE("Other roles cannot connect to a clinic database nor read it")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole stranger(*server, QStringLiteral("stranger password"));
    const OwnedDatabase clinic(*server);
    PostgresSchema::create(*clinic.connect(*server));
    try {
        PostgresConnection connection(
            server->socketLocation(clinic.database.name(), stranger.name()), stranger.password());
        FAIL("a role without grants connected");
    } catch (const PostgresError& error) {
        CHECK(error.problem() == PostgresProblem::NotAllowed);
        CHECK_THAT(error.detail().toStdString(), Catch::Contains("permission denied for database"));
    }
}

TEST_CASE("An owner who may create tables but not extensions makes the schema: no superuser step")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole owner(*server, QStringLiteral("owner password"));
    // A database of the admin's, where the role may create tables but not
    // extensions (no CREATE on the database itself): name search needs none.
    const ScratchDatabase database(*server);
    server->adminExecute(
        QStringLiteral("GRANT CREATE, USAGE ON SCHEMA public TO %1").arg(owner.name()),
        database.name());
    const PostgresConnection connection(server->socketLocation(database.name(), owner.name()),
                                        owner.password());
    PostgresSchema::create(connection);
    CHECK(PostgresSchema::requireCurrent(connection) == PostgresSchema::kCurrentVersion);
    CHECK(count(connection, QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname <> "
                                           "'plpgsql'")) == 0);
}

TEST_CASE("Two programs creating the schema at once: one creates it and the other finds it")
{
    REQUIRE_PG_SERVER(server);
    const OwnedDatabase clinic(*server);
    std::atomic<int> created{0};
    std::atomic<int> found{0};
    std::atomic<int> ready{0};
    const auto createOne = [&] {
        try {
            const auto connection = clinic.connect(*server);
            ++ready;
            while (ready < 2) {
                std::this_thread::yield();
            }
            PostgresSchema::create(*connection);
            ++created;
        } catch (const PostgresError& error) {
            if (error.problem() == PostgresProblem::SchemaExists) {
                ++found;
            }
        } catch (...) {
        }
    };
    std::thread first(createOne);
    std::thread second(createOne);
    first.join();
    second.join();
    CHECK(created == 1);
    CHECK(found == 1);
}

TEST_CASE("A schema 5 database is not opened, and the owner's init brings it to 7, audited")
{
    REQUIRE_PG_SERVER(server);
    const OwnedDatabase clinic(*server);
    const auto connection = clinic.connect(*server);
    const FixedClock clock(QDate(2026, 11, 30));
    PostgresSchema::create(*connection);
    // Schema 5 as the program of schema 5 made it: no save ids, with a history.
    for (const char* statement :
         {"DROP TABLE claims", "DROP INDEX intake_versions_by_save_id",
          "DROP INDEX reviews_by_save_id", "ALTER TABLE intake_versions DROP COLUMN save_id",
          "ALTER TABLE reviews DROP COLUMN save_id", "UPDATE schema_version SET version = 5"}) {
        run(*connection, QString::fromLatin1(statement));
    }
    PostgresAuditTrail(*connection, clock)
        .append(QStringLiteral("mona"), QStringLiteral("login"), QStringLiteral("user mona"));

    try {
        PostgresSchema::requireCurrent(*connection);
        FAIL("a schema 5 database was opened");
    } catch (const PostgresError& error) {
        CHECK_THAT(error.what(), Catch::Contains("has Clinic Intake schema 5, older than this "
                                                 "program's 7: the database's owner updates it "
                                                 "by running init."));
    }

    CHECK(PostgresSchema::upgrade(*connection, clock));
    CHECK(PostgresSchema::requireCurrent(*connection) == 7);
    CHECK_FALSE(PostgresSchema::upgrade(*connection, clock)); // done already
    // The same layout as a new database's, unique save ids included.
    std::vector<QString> problems;
    stored_checks::compareSchema(PostgresVerifier::expectedShape(),
                                 PostgresVerifier::shapeOf(*connection), problems);
    for (const QString& problem : problems) {
        UNSCOPED_INFO(problem.toStdString());
    }
    CHECK(problems.empty());
    // The upgrade is in the chain, after what was there: one entry a step.
    QSqlQuery last = connection->prepare(QStringLiteral(
        "SELECT id, action, records, details FROM audit_log WHERE id > 1 ORDER BY id"));
    PostgresConnection::run(last, "reading the log");
    for (const char* step : {"schema 6: ", "schema 7: "}) {
        REQUIRE(last.next());
        CHECK(last.value(1).toString() == QStringLiteral("schema upgrade"));
        CHECK(last.value(2).toString() == QStringLiteral("database"));
        CHECK(last.value(3).toString().startsWith(QLatin1String(step)));
    }
    CHECK_FALSE(last.next());
    CHECK(PostgresAuditTrail::verifyChain(*connection).intact());
}

TEST_CASE("A schema 6 database is brought to 7 by init: the claims table, usable by the "
          "program's role granted before, audited")
{
    REQUIRE_PG_SERVER(server);
    const ScratchRole application(*server, QStringLiteral("application password"));
    const OwnedDatabase clinic(*server);
    const FixedClock clock(QDate(2026, 11, 30));
    {
        const auto owner = clinic.connect(*server);
        PostgresSchema::create(*owner);
        PostgresSchema::grantApplicationRole(*owner, application.name());
        // Schema 6 as the program of schema 6 made and granted it.
        run(*owner, QStringLiteral("DROP TABLE claims"));
        run(*owner, QStringLiteral("UPDATE schema_version SET version = 6"));
        PostgresAuditTrail(*owner, clock)
            .append(QStringLiteral("mona"), QStringLiteral("login"), QStringLiteral("user mona"));
        CHECK(PostgresSchema::upgrade(*owner, clock));
        CHECK(PostgresSchema::requireCurrent(*owner) == 7);
        std::vector<QString> problems;
        stored_checks::compareSchema(PostgresVerifier::expectedShape(),
                                     PostgresVerifier::shapeOf(*owner), problems);
        CHECK(problems.empty());
        QSqlQuery log = owner->prepare(
            QStringLiteral("SELECT action, details FROM audit_log WHERE id > 1 ORDER BY id"));
        PostgresConnection::run(log, "reading the log");
        REQUIRE(log.next());
        CHECK(log.value(0).toString() == QStringLiteral("schema upgrade"));
        CHECK(log.value(1).toString().startsWith(QLatin1String("schema 7: ")));
        CHECK_FALSE(log.next());
        CHECK(PostgresAuditTrail::verifyChain(*owner).intact());
    }
    // The role granted before version 7 may keep its claims, without init
    // naming it again.
    const PostgresConnection app(server->socketLocation(clinic.database.name(), application.name()),
                                 application.password());
    run(app, QStringLiteral("INSERT INTO claims (intake_id, holder, user_name, since) VALUES "
                            "(1, 'h', 'ben', 't')"));
    run(app, QStringLiteral("UPDATE claims SET connection = pg_backend_pid()"));
    run(app, QStringLiteral("DELETE FROM claims"));
}
