// COPY's text format as the bulk import and the move to a server write it,
// and the queue that sends the import's COPYs from a thread of its own.
#include "storage/postgres/PostgresCopy.h"

#include "PgClinicDatabase.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresTransaction.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <stdexcept>

namespace {

// A table beside the clinic's, which the program's role may fill.
void makeScratchTable(const PgClinicDatabase& clinic)
{
    const auto owner = clinic.connectAsOwner();
    owner->execute(QStringLiteral("CREATE TABLE scratch (n BIGINT, t TEXT)"),
                   "making a scratch table");
    owner->execute(QStringLiteral("GRANT SELECT, INSERT ON scratch TO ") +
                       clinic.application.name(),
                   "granting the scratch table");
}

qint64 scratchRows(const PostgresConnection& connection)
{
    QSqlQuery count = connection.exec(QStringLiteral("SELECT count(*) FROM scratch"), {}, "count");
    REQUIRE(count.next());
    return count.value(0).toLongLong();
}

} // namespace

TEST_CASE("postgres copy: every value is stored as it was given, escapes and NULLs included")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    const auto connection = clinic.connect();
    makeScratchTable(clinic);
    const std::vector<std::pair<qint64, std::optional<std::string>>> values = {
        {1, "plain"},
        {-42, "tab\there, line\nbreak, return\rand a back\\slash"},
        {std::numeric_limits<qint64>::max(), "\\N is text, not NULL"},
        {std::numeric_limits<qint64>::min(), ""},
        {5, std::nullopt},
        {6, "Zoë Núñez \\\\ \"quoted\""},
    };
    postgres_copy::Rows rows(2);
    for (const auto& [number, text] : values) {
        rows.integer(number).optionalText(text ? std::optional<std::string_view>(*text)
                                               : std::nullopt);
    }
    rows.value(QVariant(QMetaType(QMetaType::LongLong))).text(QStringLiteral("ünïcode from Qt"));
    CHECK(rows.rowCount() == values.size() + 1);
    postgres_copy::copyRows(*connection, "scratch", "n, t", rows, "copying");

    QSqlQuery read = connection->exec(
        QStringLiteral("SELECT n, t FROM scratch WHERE n IS NOT NULL ORDER BY n"), {}, "reading");
    std::vector<std::pair<qint64, std::optional<std::string>>> stored;
    while (read.next()) {
        stored.emplace_back(read.value(0).toLongLong(),
                            read.value(1).isNull()
                                ? std::nullopt
                                : std::optional(read.value(1).toString().toStdString()));
    }
    std::vector<std::pair<qint64, std::optional<std::string>>> expected = values;
    std::sort(expected.begin(), expected.end());
    CHECK(stored == expected);
    // The row from Qt's types: a null QVariant is NULL.
    QSqlQuery last =
        connection->exec(QStringLiteral("SELECT t FROM scratch WHERE n IS NULL"), {}, "reading");
    REQUIRE(last.next());
    CHECK(last.value(0).toString() == QStringLiteral("ünïcode from Qt"));
}

TEST_CASE("postgres copy: a row without all its values is not sent")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    const auto connection = clinic.connect();
    makeScratchTable(clinic);
    postgres_copy::Rows rows(2);
    rows.integer(1).text(std::string_view("whole")).integer(2);
    CHECK_FALSE(rows.complete());
    CHECK_THROWS_AS(postgres_copy::copyRows(*connection, "scratch", "n, t", rows, "copying"),
                    std::logic_error);
    CHECK(scratchRows(*connection) == 0);
    CHECK_THROWS_AS(postgres_copy::Rows(0), std::invalid_argument);
}

TEST_CASE("postgres copy queue: a failed COPY is reported, and nothing after it is sent")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    const auto connection = clinic.connect();
    makeScratchTable(clinic);
    {
        PostgresTransaction transaction(*connection);
        postgres_copy::Queue queue(*connection);
        postgres_copy::Rows first(2);
        first.integer(1).text(std::string_view("sent before the failure"));
        queue.send("scratch", "n, t", std::move(first), "copying the first rows");
        postgres_copy::Rows wrong(2);
        wrong.integer(2).text(std::string_view("not a number"));
        queue.send("scratch", "t, n", std::move(wrong), "copying the wrong rows");
        postgres_copy::Rows after(2);
        after.integer(3).text(std::string_view("queued after the failure"));
        queue.send("scratch", "n, t", std::move(after), "copying the last rows");
        try {
            queue.waitUntilDone();
            FAIL("the wrong rows were accepted");
        } catch (const StorageError& error) {
            CHECK_THAT(error.what(), Catch::Contains("copying the wrong rows failed"));
        }
        // It stays failed.
        CHECK_THROWS_AS(queue.waitUntilDone(), StorageError);
    } // rolled back
    CHECK(scratchRows(*connection) == 0);
}

TEST_CASE("postgres copy queue: stopped with COPYs queued, it leaves the connection usable")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    const auto connection = clinic.connect();
    makeScratchTable(clinic);
    {
        PostgresTransaction transaction(*connection);
        postgres_copy::Queue queue(*connection);
        for (int job = 0; job < 20; ++job) {
            postgres_copy::Rows rows(2);
            for (int row = 0; row < 5000; ++row) {
                rows.integer(row).text(std::string_view("a row of a queued COPY"));
            }
            queue.send("scratch", "n, t", std::move(rows), "copying");
        }
    } // the queue stops, then the transaction is rolled back
    CHECK(scratchRows(*connection) == 0);
    PostgresTransaction transaction(*connection);
    postgres_copy::Queue queue(*connection);
    postgres_copy::Rows rows(2);
    rows.integer(7).text(std::string_view("after"));
    queue.send("scratch", "n, t", std::move(rows), "copying");
    queue.waitUntilDone();
    transaction.commit();
    CHECK(scratchRows(*connection) == 1);
}
