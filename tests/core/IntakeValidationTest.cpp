// Every rule of spec/intake-format.md: what is accepted, what is refused, and
// the message that names the field.
#include "Harness.h"
#include "IntakeGenerator.h"
#include "SampleIntake.h"

#include <catch2/catch.hpp>

using harness::hasError;
using harness::hasErrorAt;
using nlohmann::json;
using namespace vocabulary;

namespace {

// The errors for the sample intake with one change applied.
FieldErrors errorsWith(const json::json_pointer& pointer, const json& value)
{
    json intake = sampleIntake();
    intake[pointer] = value;
    return harness::parse(intake).errors;
}

FieldErrors errorsWithout(const json::json_pointer& pointer)
{
    json intake = sampleIntake();
    intake[pointer.parent_pointer()].erase(pointer.back());
    return harness::parse(intake).errors;
}

IntakeRecord recordWith(const json::json_pointer& pointer, const json& value)
{
    json intake = sampleIntake();
    intake[pointer] = value;
    const auto parsed = harness::parse(intake);
    INFO(harness::describe(parsed.errors));
    REQUIRE(parsed.ok());
    return *parsed.record;
}

std::string repeated(const std::string& piece, std::size_t times)
{
    std::string text;
    for (std::size_t i = 0; i < times; ++i) {
        text += piece;
    }
    return text;
}

} // namespace

TEST_CASE("the sample intake is valid and takes every default", "[validation]")
{
    const auto parsed = harness::parse(sampleIntake());
    INFO(harness::describe(parsed.errors));
    REQUIRE(parsed.ok());
    const IntakeRecord& record = *parsed.record;
    CHECK(record.clientName == "Sam Example");
    CHECK(record.dateOfBirth == QDate(1980, 6, 15));
    CHECK(record.visitDate == QDate(2026, 11, 21));
    CHECK(record.painLocations == bitOf(PainLocation::LowerBack));
    CHECK(record.radiatesTo == 0);
    CHECK(record.changesWithMovement);
    CHECK(record.yesAnswers == 0);
    CHECK(record.pressurePreference == Pressure::Medium);
    CHECK_FALSE(record.phone.has_value());
    CHECK_FALSE(record.email.has_value());
    CHECK_FALSE(record.notes.has_value());
}

TEST_CASE("a full intake with every field is read as written", "[validation]")
{
    const json intake = json::parse(R"({
      "format": "clinic-intake/1",
      "client": {"name": "Jane Doe", "date_of_birth": "1980-04-12",
                 "phone": "+1 (416) 555-0100", "email": "jane@example.org"},
      "visit_date": "2026-11-21",
      "pain": {"locations": ["lower_back", "hip"], "intensity": 6, "duration_weeks": 3.5,
               "radiates_to": ["hip", "leg"], "changes_with_movement": true},
      "sciatica": {"shooting_leg_pain": true, "numbness_or_tingling": false},
      "muscle_findings": {"tight_hamstrings": false, "tight_glutes": true,
                          "stands_on_one_leg": true, "neck_shoulder_stress": false},
      "red_flags": {"saddle_numbness": false, "bladder_or_bowel_change": false,
                    "progressive_leg_weakness": false, "fever_or_unwell": false,
                    "cancer_history": false, "unexplained_weight_loss": false,
                    "recent_major_trauma": false, "constant_night_pain": false},
      "precautions": {"anticoagulants": true, "pregnancy": false, "osteoporosis": false,
                      "recent_surgery": false, "dvt_history": false,
                      "skin_condition_in_area": false},
      "pressure_preference": "firm",
      "notes": "Desk job, worse after long drives."
    })");
    const auto parsed = harness::parse(intake);
    INFO(harness::describe(parsed.errors));
    REQUIRE(parsed.ok());
    const IntakeRecord& record = *parsed.record;
    CHECK(record.phone == "+1 (416) 555-0100");
    CHECK(record.email == "jane@example.org");
    CHECK(record.durationWeeks == 3.5);
    CHECK(record.hurtsAt(PainLocation::Hip));
    CHECK(record.radiatesInto(Radiation::Leg));
    CHECK_FALSE(record.radiatesInto(Radiation::NeckShoulders));
    CHECK(record.has(YesNoAnswer::ShootingLegPain));
    CHECK(record.has(YesNoAnswer::TightGlutes));
    CHECK(record.has(YesNoAnswer::StandsOnOneLeg));
    CHECK(record.has(YesNoAnswer::Anticoagulants));
    CHECK_FALSE(record.has(YesNoAnswer::Pregnancy));
    CHECK(record.pressurePreference == Pressure::Firm);
    CHECK(record.notes == "Desk job, worse after long drives.");

    // Written back out, it reads in again as the same record.
    const auto again = harness::parseText(record.toJson());
    REQUIRE(again.ok());
    CHECK(again.record->toJson() == record.toJson());
}

TEST_CASE("format must be exactly clinic-intake/1", "[validation]")
{
    CHECK(hasError(errorsWith("/format"_json_pointer, "clinic-intake/2"), "format",
                   "must be \"clinic-intake/1\", got \"clinic-intake/2\""));
    CHECK(hasError(errorsWithout("/format"_json_pointer), "format", "is required but missing"));
    CHECK(hasErrorAt(errorsWith("/format"_json_pointer, 1), "format"));
}

TEST_CASE("client.name is required, trimmed, 1 to 200 characters", "[validation]")
{
    CHECK(hasError(errorsWithout("/client/name"_json_pointer), "client.name",
                   "is required but missing"));
    CHECK(
        hasError(errorsWith("/client/name"_json_pointer, ""), "client.name", "must not be empty"));
    CHECK(hasError(errorsWith("/client/name"_json_pointer, "   \t "), "client.name",
                   "must not be empty"));
    CHECK(hasErrorAt(errorsWith("/client/name"_json_pointer, 42), "client.name"));

    CHECK(recordWith("/client/name"_json_pointer, "  Ana Lima  ").clientName == "Ana Lima");
    CHECK(recordWith("/client/name"_json_pointer, repeated("a", 200)).clientName.size() == 200);
    CHECK(hasError(errorsWith("/client/name"_json_pointer, repeated("a", 201)), "client.name",
                   "must be at most 200 characters, got 201"));
    // Characters, not bytes: 200 accented letters are 400 bytes of UTF-8.
    CHECK(recordWith("/client/name"_json_pointer, repeated("é", 200)).clientName.size() == 400);
    CHECK(hasErrorAt(errorsWith("/client/name"_json_pointer, repeated("é", 201)), "client.name"));
    CHECK(recordWith("/client/name"_json_pointer, "Zoë Ñúñez 王").clientName == "Zoë Ñúñez 王");
}

TEST_CASE("client.date_of_birth is a real date, not after the visit, age at most 120",
          "[validation]")
{
    const auto path = "/client/date_of_birth"_json_pointer;
    CHECK(hasError(errorsWithout(path), "client.date_of_birth", "is required but missing"));
    CHECK(hasError(errorsWith(path, "1990-02-30"), "client.date_of_birth",
                   "not a calendar date: 1990-02-30"));
    CHECK(hasError(errorsWith(path, "2023-02-29"), "client.date_of_birth",
                   "not a calendar date: 2023-02-29"));
    CHECK(recordWith(path, "2024-02-29").dateOfBirth == QDate(2024, 2, 29));
    CHECK(hasError(errorsWith(path, "15/06/1980"), "client.date_of_birth",
                   "must be a date written YYYY-MM-DD, got \"15/06/1980\""));
    CHECK(hasErrorAt(errorsWith(path, "1980-6-15"), "client.date_of_birth"));
    CHECK(hasErrorAt(errorsWith(path, "1980-06-15T00:00"), "client.date_of_birth"));
    CHECK(hasErrorAt(errorsWith(path, 19800615), "client.date_of_birth"));

    CHECK(recordWith(path, "2026-11-21").ageAtVisit() == 0); // born on the visit day
    CHECK(hasError(errorsWith(path, "2026-11-22"), "client.date_of_birth",
                   "must not be after the visit date (2026-11-21)"));
    CHECK(recordWith(path, "1906-11-21").ageAtVisit() == 120);
    CHECK(recordWith(path, "1906-11-20").ageAtVisit() == 120); // 120 years and a day
    CHECK(hasError(errorsWith(path, "1905-11-21"), "client.date_of_birth",
                   "gives an age of 121 at the visit; the limit is 120"));
}

TEST_CASE("client.phone: at most 40 digits, spaces and +-()./", "[validation]")
{
    const auto path = "/client/phone"_json_pointer;
    CHECK(recordWith(path, "+44 (20) 7946-0958 / 12.3").phone == "+44 (20) 7946-0958 / 12.3");
    CHECK(recordWith(path, repeated("1", 40)).phone->size() == 40);
    CHECK(hasError(errorsWith(path, repeated("1", 41)), "client.phone",
                   "must be at most 40 characters, got 41"));
    CHECK(hasError(errorsWith(path, "555-CALL"), "client.phone",
                   "may contain only digits, spaces and + - ( ) . /, got \"555-CALL\""));
    CHECK(hasErrorAt(errorsWith(path, 4165550100), "client.phone"));
}

TEST_CASE("client.email: one @, a dot in the domain, at most 254 characters", "[validation]")
{
    const auto path = "/client/email"_json_pointer;
    CHECK(recordWith(path, "jane@example.org").email == "jane@example.org");
    CHECK(hasError(errorsWith(path, "jane.example.org"), "client.email",
                   "must be an email address such as name@example.org, got \"jane.example.org\""));
    CHECK(hasErrorAt(errorsWith(path, "jane@doe@example.org"), "client.email"));
    CHECK(hasErrorAt(errorsWith(path, "jane@localhost"), "client.email"));
    const std::string longest = repeated("a", 254 - 12) + "@example.org";
    CHECK(recordWith(path, longest).email->size() == 254);
    CHECK(hasError(errorsWith(path, "a" + longest), "client.email",
                   "must be at most 254 characters, got 255"));
}

TEST_CASE("visit_date defaults to today and must be a real date", "[validation]")
{
    json intake = sampleIntake();
    intake.erase("visit_date");
    const auto parsed = harness::parse(intake, QDate(2031, 3, 9));
    REQUIRE(parsed.ok());
    CHECK(parsed.record->visitDate == QDate(2031, 3, 9));
    CHECK(parsed.record->ageAtVisit() == 50);

    CHECK(hasError(errorsWith("/visit_date"_json_pointer, "2026-13-01"), "visit_date",
                   "not a calendar date: 2026-13-01"));
    CHECK(hasErrorAt(errorsWith("/visit_date"_json_pointer, "21.11.2026"), "visit_date"));
}

TEST_CASE("pain.locations: at least one known body area, no duplicates", "[validation]")
{
    const auto path = "/pain/locations"_json_pointer;
    CHECK(hasError(errorsWithout(path), "pain.locations", "is required but missing"));
    CHECK(hasError(errorsWith(path, json::array()), "pain.locations",
                   "must name at least one body area"));
    CHECK(hasErrorAt(errorsWith(path, "lower_back"), "pain.locations"));
    CHECK(hasError(errorsWith(path, {"lower_back", "elbow"}), "pain.locations[1]",
                   "must be one of lower_back, sacroiliac, mid_back, upper_back, neck, "
                   "shoulders, buttock, hip, thigh or lower_leg, got \"elbow\""));
    CHECK(hasError(errorsWith(path, {"hip", "neck", "hip"}), "pain.locations[2]",
                   "\"hip\" is listed twice"));
    CHECK(hasErrorAt(errorsWith(path, {"hip", 3}), "pain.locations[1]"));
    CHECK(hasErrorAt(errorsWith(path, {"Lower_Back"}), "pain.locations[0]"));

    json all = json::array();
    for (const auto word : kPainLocationWords) {
        all.push_back(word);
    }
    CHECK(recordWith(path, all).painLocations == 0x3FF);
}

TEST_CASE("pain.intensity: an integer from 0 to 10", "[validation]")
{
    const auto path = "/pain/intensity"_json_pointer;
    CHECK(recordWith(path, 0).painIntensity == 0);
    CHECK(recordWith(path, 10).painIntensity == 10);
    CHECK(recordWith(path, 7.0).painIntensity == 7); // the same number as 7 in JSON
    CHECK(hasError(errorsWith(path, 11), "pain.intensity",
                   "must be an integer from 0 to 10, got 11"));
    CHECK(hasError(errorsWith(path, -1), "pain.intensity",
                   "must be an integer from 0 to 10, got -1"));
    CHECK(hasError(errorsWith(path, 6.5), "pain.intensity",
                   "must be an integer from 0 to 10, got 6.5"));
    CHECK(hasError(errorsWith(path, "6"), "pain.intensity",
                   "must be an integer from 0 to 10, got \"6\""));
    CHECK(hasError(errorsWithout(path), "pain.intensity", "is required but missing"));
    CHECK(hasErrorAt(errorsWith(path, true), "pain.intensity"));
    CHECK(hasErrorAt(errorsWith(path, 1e300), "pain.intensity"));
}

TEST_CASE("pain.duration_weeks: a number from 0 to 5200, fractions allowed", "[validation]")
{
    const auto path = "/pain/duration_weeks"_json_pointer;
    CHECK(recordWith(path, 0).durationWeeks == 0.0);
    CHECK(recordWith(path, 2.5).durationWeeks == 2.5);
    CHECK(recordWith(path, 5200).durationWeeks == 5200.0);
    CHECK(hasError(errorsWith(path, 5200.5), "pain.duration_weeks",
                   "must be a number of weeks from 0 to 5200, got 5200.5"));
    CHECK(hasError(errorsWith(path, -0.5), "pain.duration_weeks",
                   "must be a number of weeks from 0 to 5200, got -0.5"));
    CHECK(hasErrorAt(errorsWith(path, "3"), "pain.duration_weeks"));
    CHECK(hasError(errorsWithout(path), "pain.duration_weeks", "is required but missing"));
}

TEST_CASE("pain.radiates_to: known words, no duplicates, default empty", "[validation]")
{
    const auto path = "/pain/radiates_to"_json_pointer;
    CHECK(recordWith(path, json::array()).radiatesTo == 0);
    CHECK(recordWith(path, {"hip", "leg", "neck_shoulders"}).radiatesTo == 0x7);
    CHECK(hasError(errorsWith(path, {"arm"}), "pain.radiates_to[0]",
                   "must be one of hip, leg or neck_shoulders, got \"arm\""));
    CHECK(hasError(errorsWith(path, {"leg", "leg"}), "pain.radiates_to[1]",
                   "\"leg\" is listed twice"));
    CHECK(hasErrorAt(errorsWith(path, "leg"), "pain.radiates_to"));
}

TEST_CASE("pain.changes_with_movement: a boolean, default true", "[validation]")
{
    const auto path = "/pain/changes_with_movement"_json_pointer;
    CHECK(recordWith(path, false).changesWithMovement == false);
    CHECK(recordWith(path, true).changesWithMovement == true);
    CHECK(hasError(errorsWith(path, "no"), "pain.changes_with_movement",
                   "must be true or false, got \"no\""));
    CHECK(hasErrorAt(errorsWith(path, 0), "pain.changes_with_movement"));
}

TEST_CASE("every yes/no answer is read, defaults to false and must be a boolean", "[validation]")
{
    for (std::size_t i = 0; i < kYesNoAnswerCount; ++i) {
        const auto& field = kYesNoFields[i];
        const std::string path = std::string(field.block) + "." + std::string(field.field);
        DYNAMIC_SECTION(path)
        {
            const json::json_pointer pointer("/" + std::string(field.block) + "/" +
                                             std::string(field.field));
            const IntakeRecord yes = recordWith(pointer, true);
            CHECK(yes.yesAnswers == bitOf(YesNoAnswer(i)));
            CHECK(recordWith(pointer, false).yesAnswers == 0);
            CHECK(hasError(errorsWith(pointer, "yes"), path, "must be true or false, got \"yes\""));
            CHECK(hasErrorAt(errorsWith(pointer, 1), path));
        }
    }
}

TEST_CASE("the yes/no blocks refuse unknown fields and must be objects", "[validation]")
{
    for (const auto block : kYesNoBlocks) {
        DYNAMIC_SECTION(block)
        {
            const std::string name(block);
            CHECK(hasError(errorsWith(json::json_pointer("/" + name + "/headache"), true),
                           name + ".headache", "unknown field"));
            CHECK(hasErrorAt(errorsWith(json::json_pointer("/" + name), json::array()), name));
            CHECK(harness::parse([&] {
                      json intake = sampleIntake();
                      intake[name] = json::object();
                      return intake;
                  }())
                      .ok());
        }
    }
}

TEST_CASE("pressure_preference: light, medium or firm, default medium", "[validation]")
{
    const auto path = "/pressure_preference"_json_pointer;
    CHECK(recordWith(path, "light").pressurePreference == Pressure::Light);
    CHECK(recordWith(path, "firm").pressurePreference == Pressure::Firm);
    CHECK(hasError(errorsWith(path, "hard"), "pressure_preference",
                   "must be light, medium or firm, got \"hard\""));
    CHECK(hasErrorAt(errorsWith(path, 2), "pressure_preference"));
}

TEST_CASE("notes: at most 4000 characters", "[validation]")
{
    const auto path = "/notes"_json_pointer;
    CHECK(recordWith(path, repeated("x", 4000)).notes->size() == 4000);
    CHECK(hasError(errorsWith(path, repeated("x", 4001)), "notes",
                   "must be at most 4000 characters, got 4001"));
    CHECK(hasErrorAt(errorsWith(path, json::array()), "notes"));
}

TEST_CASE("null is refused for every field", "[validation]")
{
    const std::vector<std::string> paths = {"/client",
                                            "/client/name",
                                            "/client/date_of_birth",
                                            "/client/phone",
                                            "/client/email",
                                            "/visit_date",
                                            "/pain",
                                            "/pain/locations",
                                            "/pain/intensity",
                                            "/pain/duration_weeks",
                                            "/pain/radiates_to",
                                            "/pain/changes_with_movement",
                                            "/sciatica",
                                            "/sciatica/shooting_leg_pain",
                                            "/red_flags/saddle_numbness",
                                            "/precautions",
                                            "/pressure_preference",
                                            "/notes",
                                            "/format"};
    for (const auto& pointer : paths) {
        DYNAMIC_SECTION(pointer)
        {
            std::string path = pointer.substr(1);
            std::replace(path.begin(), path.end(), '/', '.');
            CHECK(hasError(errorsWith(json::json_pointer(pointer), nullptr), path,
                           "must not be null; leave the field out when the answer is not known"));
        }
    }
}

TEST_CASE("unknown fields are refused at every level", "[validation]")
{
    CHECK(hasError(errorsWith("/client_name"_json_pointer, "x"), "client_name", "unknown field"));
    CHECK(hasError(errorsWith("/client/surname"_json_pointer, "x"), "client.surname",
                   "unknown field"));
    CHECK(hasError(errorsWith("/pain/intensty"_json_pointer, 3), "pain.intensty", "unknown field"));
}

TEST_CASE("required groups must be present and be objects", "[validation]")
{
    CHECK(hasError(errorsWithout("/client"_json_pointer), "client", "is required but missing"));
    CHECK(hasError(errorsWithout("/pain"_json_pointer), "pain", "is required but missing"));
    CHECK(hasError(errorsWith("/client"_json_pointer, "Sam"), "client",
                   "must be a group of fields {...}, got \"Sam\""));
}

TEST_CASE("text that is not one JSON object is refused as a whole", "[validation]")
{
    const auto errorsOf = [](const std::string& text) {
        return harness::parseText(text).errors;
    };
    const auto syntax = errorsOf("{\"format\": \"clinic-intake/1\",");
    REQUIRE(syntax.size() == 1);
    CHECK(syntax[0].path == "record");
    CHECK(syntax[0].message.rfind("not valid JSON: line 1, column", 0) == 0);

    CHECK(hasError(errorsOf("[1, 2]"), "record", "must be a JSON object {...}, got [1,2]"));
    CHECK(hasErrorAt(errorsOf(""), "record"));
    CHECK(hasErrorAt(errorsOf("{} {}"), "record"));
    CHECK(hasErrorAt(errorsOf("\"\xff\xfe\""), "record")); // not UTF-8

    const std::string deep = repeated("[", 100000) + repeated("]", 100000);
    const auto nested = errorsOf(deep);
    REQUIRE(nested.size() == 1);
    CHECK(nested[0].message == "nested more than 16 levels deep; this is not an intake record");
}

TEST_CASE("a field given twice is refused, not silently overwritten", "[validation]")
{
    const std::string text = R"({"format": "clinic-intake/1",
        "client": {"name": "Sam", "date_of_birth": "1980-06-15", "name": "Samuel"},
        "pain": {"locations": ["neck"], "intensity": 2, "intensity": 9, "duration_weeks": 1}})";
    const auto parsed = harness::parseText(text);
    CHECK_FALSE(parsed.ok());
    CHECK(hasError(parsed.errors, "client.name", "appears twice; give each field once"));
    CHECK(hasError(parsed.errors, "pain.intensity", "appears twice; give each field once"));
}

TEST_CASE("every problem is reported at once, with nothing kept", "[validation]")
{
    const std::string text = R"({"format": "clinic-intake/1",
        "client": {"name": "", "date_of_birth": "1990-02-30", "email": "nope"},
        "visit_date": "2026-11-21",
        "pain": {"locations": ["elbow"], "intensity": 11, "duration_weeks": -1,
                 "radiates_to": ["arm"]},
        "red_flags": {"fever": true},
        "pressure_preference": "hard"})";
    const auto parsed = harness::parseText(text);
    CHECK_FALSE(parsed.record.has_value());
    INFO(harness::describe(parsed.errors));
    CHECK(parsed.errors.size() == 9);
    for (const char* path : {"client.name", "client.date_of_birth", "client.email",
                             "pain.locations[0]", "pain.intensity", "pain.duration_weeks",
                             "pain.radiates_to[0]", "red_flags.fever", "pressure_preference"}) {
        CHECK(hasErrorAt(parsed.errors, path));
    }
}

TEST_CASE("a record written out reads back as the same record", "[validation][round-trip]")
{
    json awkward = sampleIntake();
    awkward["client"]["name"] = "Zoë \"Zee\" O'Brien\\Smith\t王";
    awkward["client"]["phone"] = "+1 (416) 555-0100";
    awkward["notes"] = "line one\nline two\r\n\u0001 control, \"quotes\" and / slash";
    awkward["pain"]["duration_weeks"] = 2.75;
    const auto parsed = harness::parse(awkward);
    REQUIRE(parsed.ok());
    const std::string written = parsed.record->toJson();
    const json reread = json::parse(written);
    CHECK(reread.at("client").at("name") == awkward["client"]["name"]);
    CHECK(reread.at("notes") == awkward["notes"]);
    CHECK(reread.at("pain").at("duration_weeks") == 2.75);
    CHECK(reread.at("red_flags").size() == 8);
    CHECK(reread.at("precautions").size() == 6);

    IntakeGenerator generator(99);
    for (int i = 0; i < 2000; ++i) {
        const auto record = harness::parse(generator.next());
        REQUIRE(record.ok());
        const std::string text = record.record->toJson();
        const auto again = harness::parseText(text);
        INFO(text);
        REQUIRE(again.ok());
        CHECK(again.record->toJson() == text);
        CHECK(json::parse(text) == json::parse(record.record->toJson(2)));
    }
}
