// Bulk import (all or nothing) and the manager's exports.
#include "IntakeGenerator.h"
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "export/RecordExporter.h"
#include "storage/StorageError.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeImporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <sstream>

using nlohmann::json;

namespace {

ImportResult importText(TestDatabase& test, const std::string& text)
{
    std::istringstream in(text);
    const IntakeParser parser(test.clock());
    return IntakeImporter(test.storage(), parser, test.engine())
        .run(in, QStringLiteral("manager"), QStringLiteral("2026-11-21T12:00:00.000Z"));
}

QByteArray exportBytes(TestDatabase& test, const RecordExporter::Options& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    test.storage().exportRecords(buffer, options, {});
    return buffer.data();
}

} // namespace

TEST_CASE("import stores every line in one go", "[storage][import]")
{
    TestDatabase test;
    IntakeGenerator generator(5);
    std::string text;
    for (int i = 0; i < 300; ++i) {
        text += generator.next().dump() + "\n";
    }
    const ImportResult result = importText(test, text);
    CHECK(result.errors.empty());
    CHECK(result.imported == 300);
    CHECK(result.firstIntakeId == 1);
    CHECK(result.lastIntakeId == 300);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 300);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM suggestions")) == 300);
    // Imported clients can be found by name like any other.
    const std::string firstName = json::parse(text.substr(0, text.find('\n')))["client"]["name"];
    IntakeFilter byName;
    byName.search = QString::fromStdString(firstName);
    byName.limit = 0;
    const auto found = test.intakes().list(byName);
    CHECK_FALSE(found.empty());
    CHECK(std::any_of(found.begin(), found.end(),
                      [](const IntakeSummary& row) { return row.id == 1; }));

    const auto audit = test.auditTrail().entries();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == "import");
    CHECK(audit[0].records == "intakes 1-300");
}

TEST_CASE("import stores nothing if any line is refused, and names the line and field",
          "[storage][import]")
{
    TestDatabase test;
    test.add(sampleIntake()); // already there before the import
    json bad = sampleIntake();
    bad["pain"]["intensity"] = 11;
    const std::string text = sampleIntake().dump() + "\n" + sampleIntake().dump() + "\n" +
                             bad.dump() + "\n" + sampleIntake().dump() + "\n" + "{oops\n";
    const ImportResult result = importText(test, text);
    CHECK(result.imported == 0);
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[0].error.toString() ==
          "pain.intensity: must be an integer from 0 to 10, got 11");
    CHECK(result.errors[1].line == 5);
    CHECK(result.errors[1].error.path == "record");
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM clients")) == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log")) == 1);
}

TEST_CASE("CSV export: RFC 4180, formulas neutralised, optional BOM", "[storage][export]")
{
    TestDatabase test;
    json intake = sampleIntake();
    intake["client"]["name"] = "=HYPERLINK(\"http://x\")";
    intake["client"]["phone"] = "+1 416 555 0100";
    intake["notes"] = "Said \"ouch\", twice\nthen left";
    intake["screening"]["fever_or_unwell"] = "yes";
    intake["screening"]["cancer_history"] = "yes";
    intake["precautions"]["anticoagulants"] = "yes";
    test.add(intake);
    test.add(sampleIntake());
    ReviewDecision decision;
    decision.accepted = false;
    decision.finalApproach = vocabulary::Approach::Swedish;
    decision.finalPressure = vocabulary::Pressure::Light;
    decision.reason = QStringLiteral("@mention, not a formula");
    test.workflow().review(2, decision, QStringLiteral("Ana"));

    const QByteArray csv = exportBytes(test, {});
    const QList<QByteArray> lines = csv.split('\n');
    CHECK(lines[0] == RecordExporter::csvColumns().join(QLatin1Char(',')).toUtf8() + "\r");
    CHECK(csv.startsWith("intake_id,")); // no BOM unless asked
    CHECK(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","));
    CHECK(csv.contains(",'+1 416 555 0100,"));
    CHECK(csv.contains(",\"Said \"\"ouch\"\", twice\nthen left\","));
    CHECK(csv.contains(",yes,2026-11-21,")); // the referral
    CHECK(csv.contains(",fever_or_unwell;cancer_history,anticoagulants,"));
    CHECK(csv.contains(",refer_out,urgent,,"));
    CHECK(csv.contains(",overridden,swedish,light,Ana,2026-11-21T12:00:00.000Z,'@mention, not a "
                       "formula,") == false); // a cell with a comma is quoted as a whole
    CHECK(csv.contains(",overridden,swedish,light,Ana,2026-11-21T12:00:00.000Z,\"'@mention, not "
                       "a formula\","));
    CHECK(csv.endsWith("\r\n"));

    RecordExporter::Options withBom;
    withBom.byteOrderMark = true;
    CHECK(exportBytes(test, withBom).startsWith("\xEF\xBB\xBFintake_id,"));

    CHECK(RecordExporter::csvCell(QStringLiteral("-2+3")) == "'-2+3");
    CHECK(RecordExporter::csvCell(QStringLiteral("\tTAB")) == "'\tTAB");
    CHECK(RecordExporter::csvCell(QStringLiteral("plain")) == "plain");
}

TEST_CASE("export keeps to the date range", "[storage][export]")
{
    TestDatabase test;
    for (const char* visit : {"2026-01-15", "2026-02-15", "2026-03-15"}) {
        json intake = sampleIntake();
        intake["visit_date"] = visit;
        test.add(intake);
    }
    RecordExporter::Options february;
    february.from = QDate(2026, 2, 1);
    february.to = QDate(2026, 2, 28);
    const QByteArray csv = exportBytes(test, february);
    CHECK(csv.count("\r\n") == 2); // header and one record
    CHECK(csv.contains(",2026-02-15,"));

    february.format = RecordExporter::Format::Json;
    const json records = json::parse(exportBytes(test, february).toStdString());
    REQUIRE(records.size() == 1);
    CHECK(records[0].at("intake").at("visit_date") == "2026-02-15");
}

TEST_CASE("JSON export: each record with its intake, versions, suggestion and reviews",
          "[storage][export]")
{
    TestDatabase test;
    const auto saved = test.add(sampleIntake());
    test.workflow().review(saved.intakeId, {}, QStringLiteral("Ana"));
    RecordExporter::Options options;
    options.format = RecordExporter::Format::Json;
    const json records = json::parse(exportBytes(test, options).toStdString());
    REQUIRE(records.is_array());
    REQUIRE(records.size() == 1);
    const json& record = records[0];
    CHECK(record.at("intake").at("format") == "clinic-intake/2");
    CHECK(record.at("suggestion").at("approach") == "swedish");
    CHECK(record.at("versions").size() == 1);
    CHECK(record.at("reviews").at(0).at("decision") == "accepted");
    // The exported intake reads back as a valid record.
    CHECK(IntakeParser(test.clock()).parse(record.at("intake").dump()).ok());
}

TEST_CASE("a cancelled or failed export leaves no file", "[storage][export]")
{
    TestDatabase test;
    IntakeGenerator generator(9);
    for (int i = 0; i < 1200; ++i) {
        test.add(generator.next());
    }
    const ClinicStorage& storage = test.storage();
    const QString path = QDir(test.folder()).filePath(QStringLiteral("export.csv"));
    const auto exportTo = [&](const QString& where, const RecordExporter::Progress& progress) {
        return storage.exportToFile(where, {}, progress, ExistingFile::Refuse);
    };

    CHECK_THROWS_AS(exportTo(path, [](qint64 records) { return records < 1000; }),
                    RecordExporter::ExportCancelled);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(test.folder()).entryList({QStringLiteral("export*")}).isEmpty());

    CHECK_THROWS_AS(exportTo(test.folder() + QStringLiteral("/no/such/dir/x.csv"), {}),
                    StorageError);

    CHECK(exportTo(path, {}) == 1200);
    CHECK(QFile::exists(path));
    CHECK(QFileInfo(path).permissions().testFlag(QFile::ReadOther) == false);
}
