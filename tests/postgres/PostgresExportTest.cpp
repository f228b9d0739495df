// Exports from a server database: the same CSV and JSON bytes as from a
// SQLite file holding the same records, read a batch at a time.
#include "BothBackends.h"
#include "IntakeGenerator.h"
#include "export/RecordExporter.h"
#include "storage/postgres/PostgresExportSource.h"
#include "storage/postgres/PostgresIntakeBatch.h"
#include "storage/postgres/PostgresTransaction.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace both_backends;

namespace {

struct Exports
{
    QByteArray fromFile;
    QByteArray fromServer;
    qint64 fileRecords = 0;
    qint64 serverRecords = 0;
};

Exports exportBoth(BothBackends& both, const RecordExporter::Options& options)
{
    Exports exports;
    QBuffer file(&exports.fromFile);
    file.open(QIODevice::WriteOnly);
    exports.fileRecords =
        RecordExporter(both.sqlite.database(), both.sqlite.store()).write(file, options);
    const PostgresExportSource source(*both.connection, both.pgStore);
    QBuffer server(&exports.fromServer);
    server.open(QIODevice::WriteOnly);
    exports.serverRecords = RecordExporter(source).write(server, options);
    return exports;
}

// More than one batch of the server's cursor (2,000 rows).
void importBoth(BothBackends& both, int count)
{
    IntakeGenerator generator(11);
    const QString now = both.sqlite.clock().now().toString(Qt::ISODateWithMs);
    auto onFile = both.sqlite.storage().startImport(QStringLiteral("Ana"), now);
    PostgresIntakeBatch onServer(*both.connection, both.pgAudit, QStringLiteral("Ana"), now);
    for (int i = 0; i < count; ++i) {
        const SuggestedVersion version =
            both.sqlite.engine().suggestVersion(recordOf(generator.next()));
        onFile->add(version);
        onServer.add(version);
    }
    onFile->finish(std::size_t(count));
    onServer.finish(std::size_t(count));
}

std::string failure(const std::function<void()>& action)
{
    try {
        action();
    } catch (const StorageError& error) {
        return error.what();
    }
    return "no failure";
}

} // namespace

TEST_CASE("postgres export: the same records give the same CSV and JSON bytes from both backends")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);

    RecordExporter::Options options;
    const bool bom = GENERATE(false, true);
    options.byteOrderMark = bom;
    const Exports csv = exportBoth(both, options);
    CHECK(csv.fileRecords == 3);
    CHECK(csv.serverRecords == 3);
    CHECK(csv.fromServer == csv.fromFile);
    CHECK(csv.fromFile.count("\r\n") == 4); // the header and three rows
    CHECK(csv.fromFile.contains("\"'=HYPERLINK(\"\"x\"\"), \"\"Jr\"\"\""));
    CHECK(csv.fromFile.contains("Zoë Núñez-Ortiz"));
    CHECK(csv.fromFile.contains(",accepted,"));
    CHECK(csv.fromFile.contains(",overridden,refer_out,,Tess,"));

    options.format = RecordExporter::Format::Json;
    const Exports json = exportBoth(both, options);
    CHECK(json.serverRecords == 3);
    CHECK(json.fromServer == json.fromFile);
    CHECK(nlohmann::json::parse(json.fromFile.toStdString()).size() == 3);

    // Visit dates, inclusive at both ends.
    for (const auto format : {RecordExporter::Format::Csv, RecordExporter::Format::Json}) {
        options.format = format;
        options.from = QDate(2026, 11, 19);
        options.to = QDate(2026, 11, 19);
        const Exports range = exportBoth(both, options);
        CHECK(range.fileRecords == 1);
        CHECK(range.serverRecords == 1);
        CHECK(range.fromServer == range.fromFile);
    }
    // Its own snapshot, ended.
    CHECK_FALSE(PostgresTransaction::isOpen(*both.connection));
}

TEST_CASE("postgres export: thousands of records in batches with progress and cancelling as on "
          "SQLite")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    importBoth(both, 2300);
    const PostgresExportSource source(*both.connection, both.pgStore);
    for (const auto format : {RecordExporter::Format::Csv, RecordExporter::Format::Json}) {
        RecordExporter::Options options;
        options.format = format;
        std::vector<qint64> fileProgress;
        std::vector<qint64> serverProgress;
        QByteArray fromFile;
        QBuffer file(&fromFile);
        file.open(QIODevice::WriteOnly);
        RecordExporter(both.sqlite.database(), both.sqlite.store())
            .write(file, options, [&](qint64 records) {
                fileProgress.push_back(records);
                return true;
            });
        QByteArray fromServer;
        QBuffer out(&fromServer);
        out.open(QIODevice::WriteOnly);
        CHECK(RecordExporter(source).write(out, options, [&](qint64 records) {
            serverProgress.push_back(records);
            return true;
        }) == 2300);
        CHECK(fromServer == fromFile);
        CHECK(serverProgress == fileProgress);
        CHECK(serverProgress.size() == 4);

        // Cancelled after the second report: nothing more is read, the
        // snapshot ends and the connection goes on.
        QByteArray cancelled;
        QBuffer stopped(&cancelled);
        stopped.open(QIODevice::WriteOnly);
        CHECK_THROWS_AS(RecordExporter(source).write(stopped, options,
                                                     [](qint64 records) { return records < 1000; }),
                        RecordExporter::ExportCancelled);
        CHECK_FALSE(PostgresTransaction::isOpen(*both.connection));
        CHECK(both.pgStore.count(IntakeFilter()) > 0);
    }
}

TEST_CASE("postgres export: to a file as from SQLite: owner-only and never over an existing file")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("records.csv"));
    const PostgresExportSource source(*both.connection, both.pgStore);
    RecordExporter::Options options;
    CHECK(RecordExporter(source).writeFile(path, options) == 3);
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const Exports exports = exportBoth(both, options);
    CHECK(written.readAll() == exports.fromFile);
    CHECK(written.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_THAT(failure([&] { RecordExporter(source).writeFile(path, options); }),
               Catch::Contains("already exists"));
    CHECK(RecordExporter(source).writeFile(path, options, {}, ExistingFile::Replace) == 3);
    // Cancelled: no file, no temporary file.
    const QString other = folder.filePath(QStringLiteral("other.csv"));
    importBoth(both, 600);
    CHECK_THROWS_AS(RecordExporter(source).writeFile(other, options, [](qint64) { return false; }),
                    RecordExporter::ExportCancelled);
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList{QStringLiteral("records.csv")});
}

TEST_CASE("postgres export: a damaged stored record stops the export with the words SQLite uses")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    addSameRecords(both);
    const QString edit = QStringLiteral("UPDATE intake_versions SET record_json = '{\"format\": ' "
                                        "WHERE intake_id = 2");
    const auto owner = both.clinic.connectAsOwner();
    owner->execute(QStringLiteral("ALTER TABLE intake_versions DISABLE TRIGGER "
                                  "intake_versions_no_update"),
                   "test");
    owner->execute(edit, "test");
    both.sqlite.database().execute(QStringLiteral("DROP TRIGGER intake_versions_no_update"),
                                   "test");
    both.sqlite.database().execute(edit, "test");

    const PostgresExportSource source(*both.connection, both.pgStore);
    RecordExporter::Options options;
    QByteArray ignored;
    QBuffer out(&ignored);
    out.open(QIODevice::WriteOnly);
    const std::string onFile = failure(
        [&] { RecordExporter(both.sqlite.database(), both.sqlite.store()).write(out, options); });
    CHECK(onFile == "intake 2 version 1: the stored record is damaged (run check); nothing was "
                    "exported");
    CHECK(failure([&] { RecordExporter(source).write(out, options); }) == onFile);
    options.format = RecordExporter::Format::Json;
    const std::string jsonOnFile = failure(
        [&] { RecordExporter(both.sqlite.database(), both.sqlite.store()).write(out, options); });
    CHECK_THAT(jsonOnFile, Catch::Contains("intake 2"));
    CHECK(failure([&] { RecordExporter(source).write(out, options); }) == jsonOnFile);
}
