// `check` on a server database: the schema, triggers and grants from the
// catalog, every stored record and suggestion, references and the audit
// chain, in the words SQLite's check uses where the problem is the same.
#include "BothBackends.h"
#include "storage/AuditTrail.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/postgres/PostgresTransaction.h"
#include "storage/postgres/PostgresVerifier.h"

#include <QSqlQuery>
#include <QStringList>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace both_backends;

namespace {

std::string lines(const std::vector<QString>& problems)
{
    QStringList all;
    for (const QString& problem : problems) {
        all << problem;
    }
    return all.join(QLatin1Char('\n')).toStdString();
}

std::vector<QString> checkServer(BothBackends& both, AuditChainReport* chain = nullptr)
{
    return PostgresVerifier(*both.connection, both.sqlite.engine()).problems(chain);
}

// The lines about stored rows (records, suggestions, the list and the
// audit chain), which both backends word alike.
std::vector<QString> aboutRows(const std::vector<QString>& problems)
{
    std::vector<QString> rows;
    for (const QString& problem : problems) {
        if (!problem.startsWith(QLatin1String("schema: ")) &&
            !problem.startsWith(QLatin1String("grant: "))) {
            rows.push_back(problem);
        }
    }
    return rows;
}

void asOwner(const PgClinicDatabase& clinic, const QStringList& statements)
{
    const auto owner = clinic.connectAsOwner();
    for (const QString& statement : statements) {
        owner->execute(statement, "test");
    }
}

} // namespace

TEST_CASE("postgres check: a sound server database has no problem")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    AuditChainReport chain;
    CHECK(lines(checkServer(both, &chain)).empty());
    CHECK(chain.intact());
    CHECK(chain.entries > 5);
    CHECK(chain.headHash == AuditLog::verifyChain(both.sqlite.database()).headHash);
    CHECK_FALSE(PostgresTransaction::isOpen(*both.connection));
    // The schema as the catalog has it is what PostgresSchema makes.
    CHECK(PostgresVerifier::shapeOf(*both.connection)
              .count(QStringLiteral("trigger reviews_no_update")) == 1);
}

TEST_CASE("postgres check: a dropped or disabled trigger and a replaced trigger function are found")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    asOwner(both.clinic, {QStringLiteral("DROP TRIGGER reviews_no_update ON reviews"),
                          QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER "
                                         "audit_log_no_delete")});
    CHECK(lines(checkServer(both)) ==
          "schema: trigger reviews_no_update is missing (this version creates it)\n"
          "schema: trigger audit_log_no_delete is disabled: audit_log can be changed (ALTER "
          "TABLE audit_log ENABLE TRIGGER audit_log_no_delete)");

    asOwner(both.clinic,
            {QStringLiteral("CREATE OR REPLACE FUNCTION clinic_refuse_change() RETURNS trigger "
                            "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"),
             QStringLiteral("CREATE INDEX sneaky ON clients (phone)")});
    const std::string found = lines(checkServer(both));
    CHECK_THAT(found, Catch::Contains("schema: function clinic_refuse_change() is not what this "
                                      "version creates"));
    CHECK_THAT(found, Catch::Contains("schema: index sneaky does not belong in a Clinic Intake "
                                      "database"));
}

TEST_CASE("postgres check: a missing table is reported and the rows are not read")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    asOwner(both.clinic, {QStringLiteral("DROP TABLE reviews")});
    const std::string found = lines(checkServer(both));
    CHECK_THAT(found,
               Catch::Contains("schema: table reviews is missing (this version creates it)"));
    // Reading the records and the chain would only fail on the missing table.
    CHECK_THAT(found, !Catch::Contains("audit"));
    CHECK_FALSE(PostgresTransaction::isOpen(*both.connection));
}

TEST_CASE("postgres check: grants wider than the program's role gets are found")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    const QString app = both.clinic.application.name();
    asOwner(both.clinic, {QStringLiteral("GRANT UPDATE, DELETE ON reviews TO ") + app,
                          QStringLiteral("GRANT UPDATE (reason) ON reviews TO ") + app,
                          QStringLiteral("GRANT SELECT ON clients TO PUBLIC"),
                          QStringLiteral("GRANT CREATE ON SCHEMA public TO ") + app});
    const std::string found = lines(checkServer(both));
    const std::string wider = ", more than Clinic Intake grants the program's role";
    CHECK_THAT(found, Catch::Contains("grant: PUBLIC may SELECT on table clients; only the owner "
                                      "and the program's role may use a Clinic Intake database"));
    CHECK_THAT(found, Catch::Contains("grant: " + app.toStdString() +
                                      " may DELETE on table reviews" + wider));
    CHECK_THAT(found, Catch::Contains("grant: " + app.toStdString() +
                                      " may UPDATE on table reviews" + wider));
    CHECK_THAT(found, Catch::Contains("grant: " + app.toStdString() +
                                      " may UPDATE (reason) on table reviews" + wider));
    CHECK_THAT(found, Catch::Contains("grant: " + app.toStdString() +
                                      " may CREATE on schema public" + wider));
    // What grantApplicationRole gives is no problem: granting it again restores.
    asOwner(both.clinic, {QStringLiteral("REVOKE ALL ON clients FROM PUBLIC"),
                          QStringLiteral("REVOKE CREATE ON SCHEMA public FROM ") + app});
    PostgresSchema::grantApplicationRole(*both.clinic.connectAsOwner(), app);
    CHECK(lines(checkServer(both)).empty());
}

TEST_CASE("postgres check: a damaged stored record is reported as SQLite's check reports it")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    // Valid JSON, but not a record: intensity out of range; and a suggestion
    // that no longer says what its columns say.
    const QStringList edits = {
        QStringLiteral("UPDATE intake_versions SET record_json = replace(record_json, "
                       "'\"intensity\":4', '\"intensity\":40') WHERE id = 1"),
        QStringLiteral("UPDATE suggestions SET urgency = 'someday' WHERE id = 3")};
    asOwner(
        both.clinic,
        {QStringLiteral("ALTER TABLE intake_versions DISABLE TRIGGER intake_versions_no_update"),
         QStringLiteral("ALTER TABLE suggestions DISABLE TRIGGER suggestions_no_update"), edits[0],
         edits[1],
         QStringLiteral("ALTER TABLE intake_versions ENABLE TRIGGER intake_versions_no_update"),
         QStringLiteral("ALTER TABLE suggestions ENABLE TRIGGER suggestions_no_update")});
    both.sqlite.database().execute(QStringLiteral("DROP TRIGGER intake_versions_no_update"),
                                   "test");
    both.sqlite.database().execute(QStringLiteral("DROP TRIGGER suggestions_no_update"), "test");
    for (const QString& edit : edits) {
        both.sqlite.database().execute(edit, "test");
    }
    const std::vector<QString> onFile =
        DatabaseMaintenance(both.sqlite.database()).check(both.sqlite.engine());
    const std::vector<QString> onServer = checkServer(both);
    const std::string rows = lines(aboutRows(onServer));
    CHECK_THAT(rows, Catch::Contains("intake 1 version 1: the stored record is damaged (pain."
                                     "intensity"));
    CHECK_THAT(rows, Catch::Contains("the suggestion's approach, urgency or pressure differs"));
    CHECK_THAT(rows, Catch::Contains("changed outside Clinic Intake"));
    CHECK(rows == lines(aboutRows(onFile)));
    // The server's schema is sound (the triggers are back); the file's is not.
    CHECK(aboutRows(onServer).size() == onServer.size());
}

TEST_CASE("postgres check: a reference to a missing row is found once the foreign key is gone")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    asOwner(both.clinic,
            {QStringLiteral("ALTER TABLE reviews DROP CONSTRAINT reviews_intake_id_fkey"),
             QStringLiteral("ALTER TABLE reviews DISABLE TRIGGER reviews_no_update"),
             QStringLiteral("UPDATE reviews SET intake_id = 99 WHERE id = 1"),
             QStringLiteral("ALTER TABLE reviews ENABLE TRIGGER reviews_no_update")});
    const std::string found = lines(checkServer(both));
    CHECK_THAT(found, Catch::Contains("schema: constraint reviews.reviews_intake_id_fkey is "
                                      "missing (this version creates it)"));
    CHECK_THAT(found, Catch::Contains("reference: row 1 of reviews points to a missing intakes "
                                      "row"));
}

TEST_CASE("postgres check: a client missing from the name search is found")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    const auto owner = both.clinic.connectAsOwner();
    QSqlQuery first = owner->exec(QStringLiteral("SELECT id FROM clients ORDER BY id "
                                                 "LIMIT 1"),
                                  {}, "test");
    REQUIRE(first.next());
    const QString id = first.value(0).toString();
    owner->execute(QStringLiteral("DELETE FROM client_words WHERE client_id = %1").arg(id), "test");
    owner->execute(
        QStringLiteral("INSERT INTO client_words (word, client_id, words) VALUES ('zz', %1, ' zz')")
            .arg(id),
        "test");
    const std::string found = lines(checkServer(both));
    CHECK_THAT(found, Catch::Contains(QStringLiteral("name search: client %1 is indexed under "
                                                     "\"zz\", but its name has the words \"")
                                          .arg(id)
                                          .toStdString()));
    CHECK_THAT(found, Catch::Contains("a search for its name would miss it"));
    CHECK(aboutRows(checkServer(both)).size() == 1);
}

// Hidden: prints PostgresVerifier::expectedShape's table from a new database
// (for PostgresExpectedShape.cpp when PostgresSchema changes).
TEST_CASE("postgres check: print the shape of a new database", "[.print-shape]")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    const auto connection = clinic.connect();
    for (const auto& [object, description] : PostgresVerifier::shapeOf(*connection)) {
        std::printf("{QStringLiteral(\"%s\"),\n QStringLiteral(\"%s\")},\n",
                    object.toUtf8().constData(),
                    QString(description)
                        .replace(QLatin1Char('"'), QLatin1String("\\\""))
                        .toUtf8()
                        .constData());
    }
}
