// clinic-intake/2 in storage: suggestions without an approach (screening
// incomplete), records kept in the format they came in, and the exports.
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "export/RecordExporter.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeImporter.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>
#include <map>
#include <sstream>

using nlohmann::json;

namespace {

IntakeRecord parsed(const json& intake, const FixedClock& clock)
{
    const IntakeParseResult result = IntakeParser(clock).validate(intake);
    INFO(intake.dump());
    REQUIRE(result.ok());
    return *result.record;
}

std::string storedRecord(TestDatabase& test, qint64 intakeId, int version)
{
    const auto rows = test.backend().rows(
        QStringLiteral(
            "SELECT record_json FROM intake_versions WHERE intake_id = ? AND version = ?"),
        {intakeId, version});
    REQUIRE(rows.size() == 1);
    return rows[0][0].toString().toStdString();
}

QByteArray exportBytes(TestDatabase& test, RecordExporter::Format format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RecordExporter::Options options;
    options.format = format;
    test.storage().exportRecords(buffer, options, {});
    return buffer.data();
}

// RFC 4180, enough for the tests: rows of cells by column name.
std::vector<std::map<std::string, std::string>> csvRows(const QByteArray& bytes)
{
    std::vector<std::vector<std::string>> table(1);
    std::string cell;
    bool quoted = false;
    const std::string text = bytes.toStdString();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            table.back().push_back(cell);
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            table.back().push_back(cell);
            cell.clear();
            table.emplace_back();
            ++i;
        } else {
            cell += c;
        }
    }
    table.pop_back(); // after the last CRLF
    std::vector<std::map<std::string, std::string>> rows;
    for (std::size_t r = 1; r < table.size(); ++r) {
        REQUIRE(table[r].size() == table[0].size());
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < table[0].size(); ++c) {
            row[table[0][c]] = table[r][c];
        }
        rows.push_back(row);
    }
    return rows;
}

json incompleteIntake()
{
    json intake = sampleIntake();
    intake["screening"].erase("saddle_numbness");
    intake["precautions"].erase("varicose_veins");
    return intake;
}

} // namespace

TEST_CASE("a suggestion without an approach is stored and listed as screening incomplete",
          "[storage][screening]")
{
    TestDatabase test;
    const SavedIntake saved = test.add(incompleteIntake());
    const json suggestion = json::parse(saved.suggestionJson);
    REQUIRE(suggestion.at("approach").is_null());
    CHECK(suggestion.at("screening").at("unanswered") ==
          json::array({"saddle_numbness", "varicose_veins"}));

    CHECK(test.count(QStringLiteral("SELECT count(*) FROM suggestions WHERE approach IS NULL AND "
                                    "urgency IS NULL AND pressure IS NULL")) == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes WHERE approach IS NULL AND "
                                    "refer_out = 0 AND status = 'pending'")) == 1);
    const auto rows = test.intakes().list({});
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows[0].approach);
    CHECK_FALSE(rows[0].refersOut);
    const json details = test.intakes().details(saved.intakeId);
    CHECK(details.at("suggestion").at("approach").is_null());
    CHECK(details.at("suggestion").at("screening").at("complete") == false);

    // The storage layer itself does not judge; an override is stored as given.
    ReviewDecision override;
    override.accepted = false;
    override.finalApproach = vocabulary::Approach::Swedish;
    override.finalPressure = vocabulary::Pressure::Light;
    override.reason = QStringLiteral("Screened by phone, all no; form to follow");
    CHECK(test.workflow().review(saved.intakeId, override, QStringLiteral("ben")) > 0);

    // Amending with the missing answers completes it: a new suggestion with a plan.
    const SavedIntake completed =
        test.workflow().amend(saved.intakeId, parsed(sampleIntake(), test.clock()), "desk");
    CHECK(json::parse(completed.suggestionJson).at("approach") == "swedish");
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes WHERE approach = 'swedish' AND "
                                    "status = 'pending' AND current_version = 2")) == 1);
    // The first version and its suggestion are still there as they were.
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM suggestions WHERE approach IS NULL")) ==
          1);
}

TEST_CASE("a review of a version amended meanwhile is refused", "[storage][screening]")
{
    TestDatabase test;
    const SavedIntake saved = test.add(sampleIntake());
    json corrected = sampleIntake();
    corrected["pain"]["intensity"] = 6;
    test.workflow().amend(saved.intakeId, parsed(corrected, test.clock()), "desk");
    ReviewDecision accept;
    accept.version = 1; // what the therapist looked at
    CHECK_THROWS_WITH(test.workflow().review(saved.intakeId, accept, QStringLiteral("ben")),
                      Catch::StartsWith("version: intake 1 was amended meanwhile"));
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 0);
    accept.version = 2;
    CHECK(test.workflow().review(saved.intakeId, accept, QStringLiteral("ben")) > 0);
}

TEST_CASE("records keep the format they came in: added, imported, amended", "[storage][screening]")
{
    TestDatabase test;
    const json version1 = sampleIntakeVersion1();
    const IntakeRecord oldRecord = parsed(version1, test.clock());
    REQUIRE(oldRecord.format == vocabulary::IntakeFormat::V1);

    const SavedIntake added = test.add(version1);
    const std::string stored = storedRecord(test, added.intakeId, 1);
    CHECK(json::parse(stored).at("format") == "clinic-intake/1");
    CHECK(stored == oldRecord.toJson());
    CHECK(json::parse(stored).contains("red_flags"));
    CHECK_FALSE(json::parse(stored).contains("screening"));

    std::istringstream lines(version1.dump() + "\n" + sampleIntake().dump() + "\n");
    const IntakeParser parser(test.clock());
    const ImportResult imported =
        IntakeImporter(test.storage(), parser, test.engine())
            .run(lines, QStringLiteral("manager"), QStringLiteral("2026-11-21T12:00:00.000Z"));
    REQUIRE(imported.imported == 2);
    CHECK(storedRecord(test, imported.firstIntakeId, 1) == oldRecord.toJson());
    CHECK(json::parse(storedRecord(test, imported.lastIntakeId, 1)).at("format") ==
          "clinic-intake/2");

    // Amending stores what it is given: a version 2 record completes the screening,
    // and the version 1 record stays as it was beside it.
    const IntakeRecord newRecord = parsed(sampleIntake(), test.clock());
    const SavedIntake amended = test.workflow().amend(added.intakeId, newRecord, "desk");
    CHECK(amended.version == 2);
    CHECK(storedRecord(test, added.intakeId, 1) == stored);
    CHECK(storedRecord(test, added.intakeId, 2) == newRecord.toJson());
    CHECK(json::parse(storedRecord(test, added.intakeId, 2)).at("format") == "clinic-intake/2");
    CHECK(json::parse(amended.suggestionJson).at("screening").at("complete") == true);
}

TEST_CASE("CSV export: yes, no or empty per question, for both formats", "[storage][export]")
{
    TestDatabase test;
    json intake = sampleIntake();
    intake["screening"]["cancer_history"] = "yes";
    intake["screening"].erase("calf_swelling");
    intake["precautions"]["anticoagulants"] = "yes";
    intake["precautions"].erase("varicose_veins");
    intake["medical_clearance"] = {
        {"date", "2026-11-02"}, {"for", {"cancer_history"}}, {"by", "Dr. A. Roy"}};
    intake["avoid_areas"] = {"hip", "thigh"};
    intake["nerve_symptoms"]["shooting_leg_pain"] = true;
    intake["notes"] = "=HYPERLINK(\"http://x\")";
    test.add(intake);

    json version1 = sampleIntakeVersion1();
    version1["red_flags"]["fever_or_unwell"] = true;
    version1["precautions"]["pregnancy"] = true;
    version1["pain"]["changes_with_movement"] = false;
    version1["sciatica"]["numbness_or_tingling"] = true;
    test.add(version1);
    test.add(sampleIntake());

    const QByteArray csv = exportBytes(test, RecordExporter::Format::Csv);
    const auto rows = csvRows(csv);
    REQUIRE(rows.size() == 3);
    // One column per question, named by its id.
    for (const auto& question : vocabulary::kQuestionFields) {
        CHECK(rows[0].count(std::string(question.field)) == 1);
    }
    const auto& v2 = rows[0];
    CHECK(v2.at("format") == "clinic-intake/2");
    CHECK(v2.at("saddle_numbness") == "no");
    CHECK(v2.at("cancer_history") == "yes");
    CHECK(v2.at("calf_swelling").empty()); // not asked
    CHECK(v2.at("severe_headache") == "no");
    CHECK(v2.at("anticoagulants") == "yes");
    CHECK(v2.at("pregnancy") == "no");
    CHECK(v2.at("varicose_veins").empty());
    CHECK(v2.at("avoid_areas") == "hip;thigh");
    CHECK(v2.at("clearance_date") == "2026-11-02");
    CHECK(v2.at("clearance_codes") == "cancer_history");
    CHECK(v2.at("clearance_by") == "Dr. A. Roy");
    CHECK(v2.at("screening_complete") == "no");
    CHECK(v2.at("suggested_approach").empty()); // screening incomplete
    CHECK(v2.at("cleared") == "cancer_history");
    CHECK(v2.at("nerve_symptoms") == "shooting_leg_pain");
    CHECK(v2.at("sciatica") == "shooting_leg_pain");
    CHECK(v2.at("red_flags") == "cancer_history");
    CHECK(v2.at("precautions") == "anticoagulants");
    CHECK(v2.at("changes_with_movement") == "yes");       // pain_unchanged_by_movement: no
    CHECK(v2.at("notes") == "'=HYPERLINK(\"http://x\")"); // formulas still neutralised

    // A version 1 record as the spec reads it: true is yes, the rest not asked.
    const auto& v1 = rows[1];
    CHECK(v1.at("format") == "clinic-intake/1");
    CHECK(v1.at("fever_or_unwell") == "yes");
    CHECK(v1.at("saddle_numbness").empty());
    CHECK(v1.at("sexual_dysfunction").empty()); // not in version 1 at all
    CHECK(v1.at("pregnancy") == "yes");
    CHECK(v1.at("anticoagulants").empty());
    CHECK(v1.at("pain_unchanged_by_movement") == "yes");
    CHECK(v1.at("changes_with_movement") == "no");
    CHECK(v1.at("sciatica") == "numbness_or_tingling");
    CHECK(v1.at("nerve_symptoms") == "leg_numbness_or_tingling");
    CHECK(v1.at("red_flags") == "fever_or_unwell");
    CHECK(v1.at("precautions") == "pregnancy");
    CHECK(v1.at("screening_complete") == "no");
    CHECK(v1.at("suggested_approach") == "refer_out");
    CHECK(v1.at("avoid_areas").empty());
    CHECK(v1.at("clearance_date").empty());

    const auto& complete = rows[2];
    CHECK(complete.at("screening_complete") == "yes");
    CHECK(complete.at("suggested_approach") == "swedish");
    CHECK(complete.at("fever_or_unwell") == "no");
    CHECK(complete.at("red_flags").empty());
    CHECK(complete.at("cleared").empty());
}

TEST_CASE("JSON export writes every record and suggestion as stored", "[storage][export]")
{
    TestDatabase test;
    const SavedIntake old = test.add(sampleIntakeVersion1());
    test.workflow().amend(old.intakeId, parsed(sampleIntake(), test.clock()), "desk");
    test.add(incompleteIntake());

    const QByteArray bytes = exportBytes(test, RecordExporter::Format::Json);
    const std::string text = bytes.toStdString();
    const json exported = json::parse(text);
    REQUIRE(exported.size() == 2);
    CHECK(exported[0].at("versions").size() == 2);
    CHECK(exported[0].at("versions")[0].at("intake").at("format") == "clinic-intake/1");
    CHECK(exported[0].at("intake").at("format") == "clinic-intake/2");
    CHECK(exported[1].at("suggestion").at("approach").is_null());
    // The stored text itself, not a re-serialisation of it.
    const auto stored =
        test.backend().rows(QStringLiteral("SELECT v.record_json, s.result_json FROM "
                                           "intake_versions v JOIN suggestions s ON "
                                           "s.intake_version_id = v.id"));
    for (const auto& row : stored) {
        CHECK(text.find("\"intake\":" + row[0].toString().toStdString()) != std::string::npos);
        CHECK(text.find("\"suggestion\":" + row[1].toString().toStdString()) != std::string::npos);
    }
    CHECK(stored.size() == 3);
    // Apart from the stored texts, the same record as show gives.
    CHECK(exported[0] == json::parse(test.intakes().details(old.intakeId).dump()));
}
