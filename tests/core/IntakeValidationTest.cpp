// Every rule of spec/intake-format.md: what is accepted, what is refused, and
// the message that names the field; version 1 records read by version 1's
// fields and mapped per the spec's table; records written out read back as
// the same record.
#include "Harness.h"
#include "SampleIntake.h"

#include <catch2/catch.hpp>
#include <random>
#include <sstream>

using harness::hasError;
using harness::hasErrorAt;
using nlohmann::json;
using namespace vocabulary;

namespace {

json with(json intake, const json::json_pointer& pointer, const json& value)
{
    intake[pointer] = value;
    return intake;
}

json without(json intake, const json::json_pointer& pointer)
{
    intake[pointer.parent_pointer()].erase(pointer.back());
    return intake;
}

// The errors for the sample intake (version 2) with one change applied.
FieldErrors errorsWith(const json::json_pointer& pointer, const json& value)
{
    return harness::parse(with(sampleIntake(), pointer, value)).errors;
}

FieldErrors errorsWithout(const json::json_pointer& pointer)
{
    return harness::parse(without(sampleIntake(), pointer)).errors;
}

IntakeRecord recordOf(const json& intake)
{
    const auto parsed = harness::parse(intake);
    INFO(intake.dump());
    INFO(harness::describe(parsed.errors));
    REQUIRE(parsed.ok());
    return *parsed.record;
}

IntakeRecord recordWith(const json::json_pointer& pointer, const json& value)
{
    return recordOf(with(sampleIntake(), pointer, value));
}

// The same for the version 1 sample.
FieldErrors errorsWithV1(const json::json_pointer& pointer, const json& value)
{
    return harness::parse(with(sampleIntakeVersion1(), pointer, value)).errors;
}

IntakeRecord recordWithV1(const json::json_pointer& pointer, const json& value)
{
    return recordOf(with(sampleIntakeVersion1(), pointer, value));
}

std::string repeated(const std::string& piece, std::size_t times)
{
    std::string text;
    for (std::size_t i = 0; i < times; ++i) {
        text += piece;
    }
    return text;
}

std::uint32_t allQuestionBits()
{
    return (1u << kQuestionCount) - 1;
}

json::json_pointer pointerTo(std::string_view block, std::string_view field)
{
    return json::json_pointer("/" + std::string(block) + "/" + std::string(field));
}

std::string pathOf(std::string_view block, std::string_view field)
{
    return std::string(block) + "." + std::string(field);
}

// Every field of two records that differs, by name; empty when they are the same.
std::string differences(const IntakeRecord& a, const IntakeRecord& b)
{
    std::ostringstream out;
    const auto compare = [&out](const char* name, const auto& x, const auto& y) {
        if (!(x == y)) {
            out << name << " ";
        }
    };
    compare("format", a.format, b.format);
    compare("clientName", a.clientName, b.clientName);
    compare("dateOfBirth", a.dateOfBirth, b.dateOfBirth);
    compare("phone", a.phone, b.phone);
    compare("email", a.email, b.email);
    compare("visitDate", a.visitDate, b.visitDate);
    compare("painLocations", a.painLocations, b.painLocations);
    compare("painIntensity", a.painIntensity, b.painIntensity);
    compare("durationWeeks", a.durationWeeks, b.durationWeeks);
    compare("radiatesTo", a.radiatesTo, b.radiatesTo);
    compare("findings", a.findings, b.findings);
    compare("yesAnswers", a.yesAnswers, b.yesAnswers);
    compare("noAnswers", a.noAnswers, b.noAnswers);
    compare("avoidAreas", a.avoidAreas, b.avoidAreas);
    compare("clearance", a.clearance.has_value(), b.clearance.has_value());
    if (a.clearance && b.clearance) {
        compare("clearance.date", a.clearance->date, b.clearance->date);
        compare("clearance.codes", a.clearance->codes, b.clearance->codes);
        compare("clearance.by", a.clearance->by, b.clearance->by);
    }
    compare("pressurePreference", a.pressurePreference, b.pressurePreference);
    compare("pressurePreferenceStated", a.pressurePreferenceStated, b.pressurePreferenceStated);
    compare("notes", a.notes, b.notes);
    return out.str();
}

// parse(toJson(record)) is the record again, compact and indented.
void checkRoundTrip(const IntakeRecord& record)
{
    for (const int indent : {-1, 2}) {
        const std::string text = record.toJson(indent);
        INFO(text);
        const auto again = harness::parseText(text, QDate(1999, 1, 1)); // visit_date is written
        INFO(harness::describe(again.errors));
        REQUIRE(again.ok());
        CHECK(differences(*again.record, record).empty());
        CHECK(again.record->toJson() == record.toJson());
    }
}

// Random valid intakes of either format, for the round trip.
class RandomIntakes
{
public:
    explicit RandomIntakes(std::uint32_t seed) : m_random(seed) {}

    json next(bool version1)
    {
        json intake = {{"format", version1 ? "clinic-intake/1" : "clinic-intake/2"}};
        json client = {{"name", pick({"Ana", "  Zoë \"Zee\" O'Brien\\Smith 王 ", "Li"})},
                       {"date_of_birth", pick({"1950-02-28", "2000-02-29", "1980-06-15"})}};
        if (chance()) {
            client["phone"] = pick({"+1 (416) 555-0100", "0 12/34.56"});
        }
        if (chance()) {
            client["email"] = pick({"a@b.org", "zoë@exämple.org"});
        }
        intake["client"] = client;
        intake["visit_date"] = pick({"2026-11-21", "2024-02-29", "2031-01-01"});
        json pain = {{"locations", words(kPainLocationWords, 1)},
                     {"intensity", int(m_random() % 11)},
                     {"duration_weeks", pickNumber({0, 2.5, 8, 11.999, 5200, 0.1, 1e-7})}};
        if (chance()) {
            pain["radiates_to"] =
                version1 ? words(std::array<std::string_view, 3>{"hip", "leg", "neck_shoulders"}, 0)
                         : words(kRadiationWords, 0);
        }
        if (version1 && chance()) {
            pain["changes_with_movement"] = chance();
        }
        intake["pain"] = pain;
        if (version1) {
            intake["sciatica"] = {{"shooting_leg_pain", chance()},
                                  {"numbness_or_tingling", chance()}};
            intake["red_flags"] = {{"fever_or_unwell", chance()}, {"cancer_history", chance()}};
            intake["precautions"] = {{"pregnancy", chance()}, {"recent_surgery", chance()}};
        } else {
            for (const auto& finding : kFindingFields) {
                if (chance()) {
                    intake[std::string(finding.block)][std::string(finding.field)] = chance();
                }
            }
            for (const auto& question : kQuestionFields) {
                const auto roll = m_random() % 3;
                if (roll != 0) {
                    intake[std::string(question.block)][std::string(question.field)] =
                        roll == 1 ? "yes" : "no";
                }
            }
            if (chance()) {
                intake["avoid_areas"] = words(kPainLocationWords, 0);
            }
            if (chance()) {
                json clearance = {{"date", "2020-01-01"}, {"for", words(kClearanceCodeWords, 1)}};
                if (chance()) {
                    clearance["by"] = pick({"Dr. A. Roy", "", "Dr \"Q\" Ü"});
                }
                intake["medical_clearance"] = clearance;
            }
        }
        if (chance()) {
            intake["pressure_preference"] = pick({"light", "medium", "firm"});
        }
        if (chance()) {
            intake["notes"] = pick({"", "line one\nline two\n\t \"q\" / \\", "😀 é"});
        }
        return intake;
    }

private:
    bool chance() { return m_random() % 2 == 0; }

    std::string pick(std::initializer_list<const char*> choices)
    {
        return *(choices.begin() + m_random() % choices.size());
    }

    double pickNumber(std::initializer_list<double> choices)
    {
        return *(choices.begin() + m_random() % choices.size());
    }

    // A random non-repeating selection, in random order, of at least `least` words.
    template <std::size_t N>
    json words(const std::array<std::string_view, N>& all, std::size_t least)
    {
        std::vector<std::string_view> chosen(all.begin(), all.end());
        std::shuffle(chosen.begin(), chosen.end(), m_random);
        chosen.resize(least + m_random() % (N - least + 1));
        json list = json::array();
        for (const auto word : chosen) {
            list.push_back(word);
        }
        return list;
    }

    std::mt19937 m_random;
};

} // namespace

TEST_CASE("the sample intake is a valid, screening-complete version 2 record", "[validation]")
{
    const IntakeRecord record = recordOf(sampleIntake());
    CHECK(record.format == IntakeFormat::V2);
    CHECK(record.clientName == "Sam Example");
    CHECK(record.dateOfBirth == QDate(1980, 6, 15));
    CHECK(record.visitDate == QDate(2026, 11, 21));
    CHECK(record.painLocations == bitOf(PainLocation::LowerBack));
    CHECK(record.radiatesTo == 0);
    CHECK(record.findings == 0);
    CHECK(record.yesAnswers == 0);
    CHECK(record.noAnswers == allQuestionBits());
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        CHECK(record.answer(Question(i)) == Answer::No);
    }
    CHECK(record.avoidAreas == 0);
    CHECK_FALSE(record.clearance.has_value());
    CHECK(record.pressurePreference == Pressure::Medium);
    CHECK_FALSE(record.pressurePreferenceStated);
    CHECK_FALSE(record.phone.has_value());
    CHECK_FALSE(record.email.has_value());
    CHECK_FALSE(record.notes.has_value());

    CHECK(allNoAnswers() ==
          json({{"screening", allNoScreening()}, {"precautions", allNoPrecautions()}}));
    CHECK(allNoScreening().size() == 20);
    CHECK(allNoPrecautions().size() == 8);
}

TEST_CASE("the spec's example record is read as written", "[validation]")
{
    const json intake = json::parse(R"({
      "format": "clinic-intake/2",
      "client": {"name": "Jane Doe", "date_of_birth": "1980-04-12",
                 "phone": "+1 416 555 0100", "email": "jane@example.org"},
      "visit_date": "2026-11-28",
      "pain": {"locations": ["lower_back", "hip"], "intensity": 6, "duration_weeks": 3,
               "radiates_to": ["hip"]},
      "nerve_symptoms": {"shooting_leg_pain": false, "leg_numbness_or_tingling": false,
                         "arm_numbness_or_tingling": false},
      "muscle_findings": {"tight_hamstrings": false, "tight_glutes": true,
                          "stands_on_one_leg": false, "neck_shoulder_stress": false},
      "screening": {
        "saddle_numbness": "no", "bladder_or_bowel_change": "no",
        "sexual_dysfunction": "no", "symptoms_in_both_legs": "no",
        "progressive_leg_weakness": "no", "fever_or_unwell": "no",
        "immunosuppressed": "no", "injects_drugs": "no",
        "cancer_history": "no", "unexplained_weight_loss": "no",
        "constant_night_pain": "no", "recent_major_trauma": "no",
        "recent_minor_fall": "no", "cannot_bear_weight": "no",
        "calf_swelling": "no", "chest_pain_or_breathlessness": "no",
        "sudden_severe_pain": "no", "pain_unchanged_by_movement": "no"
      },
      "precautions": {
        "anticoagulants": "no", "pregnancy": "no", "osteoporosis": "no",
        "long_term_steroids": "no", "recent_surgery": "no", "dvt_history": "no",
        "skin_condition_in_area": "no", "varicose_veins": "no"
      },
      "avoid_areas": [],
      "medical_clearance": {"date": "2026-11-02", "for": ["cancer_history"], "by": "Dr. A. Roy"},
      "pressure_preference": "medium",
      "notes": "Desk job, worse after long drives."
    })");
    const IntakeRecord record = recordOf(intake);
    CHECK(record.format == IntakeFormat::V2);
    CHECK(record.clientName == "Jane Doe");
    CHECK(record.phone == "+1 416 555 0100");
    CHECK(record.email == "jane@example.org");
    CHECK(record.visitDate == QDate(2026, 11, 28));
    CHECK(record.painLocations == (bitOf(PainLocation::LowerBack) | bitOf(PainLocation::Hip)));
    CHECK(record.painIntensity == 6);
    CHECK(record.durationWeeks == 3.0);
    CHECK(record.radiatesTo == bitOf(Radiation::Hip));
    CHECK(record.findings == bitOf(Finding::TightGlutes));
    CHECK(record.yesAnswers == 0);
    // All but the two neck questions, which were left out (not asked).
    CHECK(record.noAnswers == (allQuestionBits() & ~bitOf(Question::SevereHeadache) &
                               ~bitOf(Question::DizzinessOrNeuroSigns)));
    CHECK(record.answer(Question::SevereHeadache) == Answer::NotAsked);
    REQUIRE(record.clearance.has_value());
    CHECK(record.clearance->date == QDate(2026, 11, 2));
    CHECK(record.clearance->codes == bitOf(ClearanceCode::CancerHistory));
    CHECK(record.clearance->by == "Dr. A. Roy");
    CHECK(record.pressurePreference == Pressure::Medium);
    CHECK(record.pressurePreferenceStated);
    CHECK(record.notes == "Desk job, worse after long drives.");
    checkRoundTrip(record);
}

TEST_CASE("format is clinic-intake/2 or clinic-intake/1", "[validation]")
{
    CHECK(recordWith("/format"_json_pointer, "clinic-intake/2").format == IntakeFormat::V2);
    CHECK(recordWithV1("/format"_json_pointer, "clinic-intake/1").format == IntakeFormat::V1);
    const std::string expected = "must be \"clinic-intake/2\" (or \"clinic-intake/1\"), got ";
    CHECK(hasError(errorsWith("/format"_json_pointer, "clinic-intake/3"), "format",
                   expected + "\"clinic-intake/3\""));
    CHECK(hasError(errorsWith("/format"_json_pointer, "Clinic-Intake/2"), "format",
                   expected + "\"Clinic-Intake/2\""));
    CHECK(hasError(errorsWith("/format"_json_pointer, 2), "format", expected + "2"));
    CHECK(hasError(errorsWithout("/format"_json_pointer), "format", "is required but missing"));

    // A version 1 record that says it is version 2 has version 1's fields,
    // which version 2 does not know.
    json version1 = with(sampleIntakeVersion1(), "/red_flags/fever_or_unwell"_json_pointer, true);
    version1["format"] = "clinic-intake/2";
    const auto mislabelled = harness::parse(version1).errors;
    CHECK(hasError(mislabelled, "red_flags", "unknown field"));
    // A version 2 record labelled version 1: every version 2 block is unknown.
    const auto v2AsV1 = errorsWith("/format"_json_pointer, "clinic-intake/1");
    CHECK(hasError(v2AsV1, "screening", "unknown field"));
    CHECK(hasErrorAt(v2AsV1, "precautions.long_term_steroids"));
}

TEST_CASE("with format missing or wrong, the other fields are still checked", "[validation]")
{
    // Against version 1's list when the record uses version 1's fields only...
    json v1 = with(sampleIntakeVersion1(), "/red_flags/fever_or_unwell"_json_pointer, true);
    v1["format"] = "clinic-intake/9";
    v1["pain"]["intensity"] = 11;
    auto errors = harness::parse(v1).errors;
    INFO(harness::describe(errors));
    CHECK(errors.size() == 2);
    CHECK(hasErrorAt(errors, "format"));
    CHECK(hasErrorAt(errors, "pain.intensity"));

    // ...and against version 2's otherwise.
    json v2 = without(sampleIntake(), "/format"_json_pointer);
    v2["screening"]["saddle_numbness"] = true;
    errors = harness::parse(v2).errors;
    INFO(harness::describe(errors));
    CHECK(errors.size() == 2);
    CHECK(hasError(errors, "format", "is required but missing"));
    CHECK(hasError(errors, "screening.saddle_numbness", "must be \"yes\" or \"no\", got true"));
}

TEST_CASE("client.name is required, trimmed, 1 to 200 characters", "[validation]")
{
    CHECK(hasError(errorsWithout("/client/name"_json_pointer), "client.name",
                   "is required but missing"));
    CHECK(
        hasError(errorsWith("/client/name"_json_pointer, ""), "client.name", "must not be empty"));
    CHECK(hasError(errorsWith("/client/name"_json_pointer, "   \t "), "client.name",
                   "must not be empty"));
    CHECK(hasError(errorsWith("/client/name"_json_pointer, 42), "client.name",
                   "must be text in quotes, got 42"));

    CHECK(recordWith("/client/name"_json_pointer, "  Ana Lima  ").clientName == "Ana Lima");
    CHECK(recordWith("/client/name"_json_pointer, "a").clientName == "a");
    CHECK(recordWith("/client/name"_json_pointer, repeated("a", 200)).clientName.size() == 200);
    CHECK(
        recordWith("/client/name"_json_pointer, " " + repeated("a", 200) + " ").clientName.size() ==
        200); // counted after trimming
    CHECK(hasError(errorsWith("/client/name"_json_pointer, repeated("a", 201)), "client.name",
                   "must be at most 200 characters, got 201"));
    // Characters, not bytes: 200 accented letters are 400 bytes of UTF-8.
    CHECK(recordWith("/client/name"_json_pointer, repeated("é", 200)).clientName.size() == 400);
    CHECK(hasError(errorsWith("/client/name"_json_pointer, repeated("é", 201)), "client.name",
                   "must be at most 200 characters, got 201"));
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
    CHECK(hasError(errorsWith(path, "2023-00-10"), "client.date_of_birth",
                   "not a calendar date: 2023-00-10"));
    CHECK(recordWith(path, "2024-02-29").dateOfBirth == QDate(2024, 2, 29));
    CHECK(hasError(errorsWith(path, "15/06/1980"), "client.date_of_birth",
                   "must be a date written YYYY-MM-DD, got \"15/06/1980\""));
    CHECK(hasErrorAt(errorsWith(path, "1980-6-15"), "client.date_of_birth"));
    CHECK(hasErrorAt(errorsWith(path, "1980-06-15T00:00"), "client.date_of_birth"));
    CHECK(hasErrorAt(errorsWith(path, " 1980-06-15"), "client.date_of_birth"));
    CHECK(hasErrorAt(errorsWith(path, 19800615), "client.date_of_birth"));

    CHECK(recordWith(path, "2026-11-21").ageAtVisit() == 0); // born on the visit day
    CHECK(hasError(errorsWith(path, "2026-11-22"), "client.date_of_birth",
                   "must not be after the visit date (2026-11-21)"));
    CHECK(recordWith(path, "1906-11-21").ageAtVisit() == 120);
    CHECK(recordWith(path, "1905-11-22").ageAtVisit() == 120); // a day short of 121
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
    CHECK(hasErrorAt(errorsWith(path, "jane.doe@localhost"), "client.email"));
    const std::string longest = repeated("a", 254 - 12) + "@example.org";
    CHECK(recordWith(path, longest).email->size() == 254);
    CHECK(hasError(errorsWith(path, "a" + longest), "client.email",
                   "must be at most 254 characters, got 255"));
}

TEST_CASE("visit_date defaults to today and must be a real date", "[validation]")
{
    const auto parsed =
        harness::parse(without(sampleIntake(), "/visit_date"_json_pointer), QDate(2031, 3, 9));
    REQUIRE(parsed.ok());
    CHECK(parsed.record->visitDate == QDate(2031, 3, 9));
    CHECK(parsed.record->ageAtVisit() == 50);

    CHECK(hasError(errorsWith("/visit_date"_json_pointer, "2026-13-01"), "visit_date",
                   "not a calendar date: 2026-13-01"));
    CHECK(hasErrorAt(errorsWith("/visit_date"_json_pointer, "21.11.2026"), "visit_date"));
    CHECK(hasErrorAt(errorsWith("/visit_date"_json_pointer, 20261121), "visit_date"));
}

TEST_CASE("a check that needs a value is skipped when that value is in error", "[validation]")
{
    // A date of birth 200 years back gives no age error while the visit date is wrong...
    json intake = sampleIntake();
    intake["client"]["date_of_birth"] = "1800-01-01";
    intake["visit_date"] = "2026-02-30";
    auto errors = harness::parse(intake).errors;
    INFO(harness::describe(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].toString() == "visit_date: not a calendar date: 2026-02-30");

    // ...and a clearance is not compared with a date that is itself wrong.
    intake = sampleIntake();
    intake["visit_date"] = "2026-11-31";
    intake["client"]["date_of_birth"] = "1990-02-30";
    intake["medical_clearance"] = {{"date", "1900-01-01"}, {"for", {"child"}}};
    errors = harness::parse(intake).errors;
    INFO(harness::describe(errors));
    CHECK(errors.size() == 2);
    CHECK_FALSE(hasErrorAt(errors, "medical_clearance.date"));

    // A date of birth after the visit is in error: the clearance is not
    // compared with it either (it is compared with the visit).
    intake = sampleIntake();
    intake["client"]["date_of_birth"] = "2026-11-22";
    intake["medical_clearance"] = {{"date", "2026-11-21"}, {"for", {"child"}}};
    errors = harness::parse(intake).errors;
    INFO(harness::describe(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == "client.date_of_birth");
}

TEST_CASE("pain.locations: at least one known body area, no duplicates", "[validation]")
{
    const auto path = "/pain/locations"_json_pointer;
    CHECK(hasError(errorsWithout(path), "pain.locations", "is required but missing"));
    CHECK(hasError(errorsWith(path, json::array()), "pain.locations",
                   "must name at least one body area"));
    CHECK(hasError(errorsWith(path, "lower_back"), "pain.locations",
                   "must be a list of body areas such as [\"lower_back\"], got \"lower_back\""));
    CHECK(hasError(errorsWith(path, {"lower_back", "elbow"}), "pain.locations[1]",
                   "must be one of lower_back, sacroiliac, mid_back, upper_back, neck, "
                   "shoulders, buttock, hip, thigh or lower_leg, got \"elbow\""));
    CHECK(hasError(errorsWith(path, {"hip", "neck", "hip"}), "pain.locations[2]",
                   "\"hip\" is listed twice"));
    CHECK(hasErrorAt(errorsWith(path, {"hip", 3}), "pain.locations[1]"));
    CHECK(hasErrorAt(errorsWith(path, {"Lower_Back"}), "pain.locations[0]"));

    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        CHECK(recordWith(path, {kPainLocationWords[i]}).painLocations == bitOf(PainLocation(i)));
    }
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
    CHECK(hasError(errorsWith(path, 10.000001), "pain.intensity",
                   "must be an integer from 0 to 10, got 10.000001"));
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
    CHECK(hasError(errorsWith(path, "3"), "pain.duration_weeks",
                   "must be a number of weeks from 0 to 5200, got \"3\""));
    CHECK(hasErrorAt(errorsWith(path, false), "pain.duration_weeks"));
    CHECK(hasError(errorsWithout(path), "pain.duration_weeks", "is required but missing"));
}

TEST_CASE("pain.radiates_to: hip, leg, neck_shoulders or arm, no duplicates, default empty",
          "[validation]")
{
    const auto path = "/pain/radiates_to"_json_pointer;
    CHECK(recordOf(sampleIntake()).radiatesTo == 0);
    CHECK(recordWith(path, json::array()).radiatesTo == 0);
    for (std::size_t i = 0; i < kRadiationWords.size(); ++i) {
        CHECK(recordWith(path, {kRadiationWords[i]}).radiatesTo == bitOf(Radiation(i)));
    }
    CHECK(recordWith(path, {"arm", "hip", "leg", "neck_shoulders"}).radiatesTo == 0xF);
    CHECK(hasError(errorsWith(path, {"foot"}), "pain.radiates_to[0]",
                   "must be one of hip, leg, neck_shoulders or arm, got \"foot\""));
    CHECK(hasError(errorsWith(path, {"arm", "arm"}), "pain.radiates_to[1]",
                   "\"arm\" is listed twice"));
    CHECK(hasErrorAt(errorsWith(path, "leg"), "pain.radiates_to"));
}

TEST_CASE("nerve_symptoms and muscle_findings: booleans, default false", "[validation]")
{
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        const auto& field = kFindingFields[i];
        const std::string path = pathOf(field.block, field.field);
        DYNAMIC_SECTION(path)
        {
            const auto pointer = pointerTo(field.block, field.field);
            const IntakeRecord yes = recordWith(pointer, true);
            CHECK(yes.findings == bitOf(Finding(i)));
            CHECK(yes.has(Finding(i)));
            CHECK(recordWith(pointer, false).findings == 0);
            CHECK(hasError(errorsWith(pointer, "yes"), path, "must be true or false, got \"yes\""));
            CHECK(hasError(errorsWith(pointer, 1), path, "must be true or false, got 1"));
            CHECK(hasError(errorsWith(pointer, nullptr), path,
                           "must not be null; leave the field out when the answer is not known"));
        }
    }
    for (const auto block : {"nerve_symptoms", "muscle_findings"}) {
        DYNAMIC_SECTION(block)
        {
            const std::string name(block);
            CHECK(recordWith(json::json_pointer("/" + name), json::object()).findings == 0);
            CHECK(hasError(errorsWith(json::json_pointer("/" + name + "/headache"), true),
                           name + ".headache", "unknown field"));
            CHECK(hasError(errorsWith(json::json_pointer("/" + name), json::array()), name,
                           "must be a group of fields {...}, got []"));
        }
    }
    // Each finding belongs to its own block.
    CHECK(hasError(errorsWith("/muscle_findings/shooting_leg_pain"_json_pointer, true),
                   "muscle_findings.shooting_leg_pain", "unknown field"));
    CHECK(hasError(errorsWith("/nerve_symptoms/tight_glutes"_json_pointer, true),
                   "nerve_symptoms.tight_glutes", "unknown field"));
    CHECK(hasError(errorsWith("/nerve_symptoms/numbness_or_tingling"_json_pointer, true),
                   "nerve_symptoms.numbness_or_tingling", "unknown field"));
}

TEST_CASE("screening and precaution answers: \"yes\" or \"no\", left out is not asked",
          "[validation]")
{
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const auto& field = kQuestionFields[i];
        const Question question = Question(i);
        const std::string path = pathOf(field.block, field.field);
        DYNAMIC_SECTION(path)
        {
            const auto pointer = pointerTo(field.block, field.field);
            const IntakeRecord yes = recordWith(pointer, "yes");
            CHECK(yes.answer(question) == Answer::Yes);
            CHECK(yes.yesAnswers == bitOf(question));
            CHECK(yes.noAnswers == (allQuestionBits() & ~bitOf(question)));

            const IntakeRecord no = recordWith(pointer, "no");
            CHECK(no.answer(question) == Answer::No);
            CHECK(no.yesAnswers == 0);

            const IntakeRecord left = recordOf(without(sampleIntake(), pointer));
            CHECK(left.answer(question) == Answer::NotAsked);
            CHECK(left.yesAnswers == 0);
            CHECK(left.noAnswers == (allQuestionBits() & ~bitOf(question)));

            CHECK(hasError(errorsWith(pointer, true), path, "must be \"yes\" or \"no\", got true"));
            CHECK(
                hasError(errorsWith(pointer, false), path, "must be \"yes\" or \"no\", got false"));
            for (const char* wrong : {"Yes", "NO", "y", "", " yes", "true", "unknown"}) {
                CHECK(hasError(errorsWith(pointer, wrong), path,
                               "must be \"yes\" or \"no\", got \"" + std::string(wrong) + "\""));
            }
            CHECK(hasError(errorsWith(pointer, 1), path, "must be \"yes\" or \"no\", got 1"));
            CHECK(hasErrorAt(errorsWith(pointer, json::array({"yes"})), path));
            CHECK(hasError(errorsWith(pointer, nullptr), path,
                           "must not be null; leave the field out when the answer is not known"));
        }
    }
}

TEST_CASE("the screening and precautions blocks: may be empty, refuse unknown fields",
          "[validation]")
{
    for (const auto block : {"screening", "precautions"}) {
        DYNAMIC_SECTION(block)
        {
            const std::string name(block);
            const IntakeRecord empty = recordWith(json::json_pointer("/" + name), json::object());
            const IntakeRecord absent =
                recordOf(without(sampleIntake(), json::json_pointer("/" + name)));
            CHECK(differences(empty, absent).empty());
            for (std::size_t i = 0; i < kQuestionCount; ++i) {
                if (kQuestionFields[i].block == block) {
                    CHECK(empty.answer(Question(i)) == Answer::NotAsked);
                } else {
                    CHECK(empty.answer(Question(i)) == Answer::No);
                }
            }
            CHECK(hasError(errorsWith(json::json_pointer("/" + name + "/headache"), "no"),
                           name + ".headache", "unknown field"));
            CHECK(hasError(errorsWith(json::json_pointer("/" + name), json::array()), name,
                           "must be a group of fields {...}, got []"));
            CHECK(hasError(errorsWith(json::json_pointer("/" + name), "no"), name,
                           "must be a group of fields {...}, got \"no\""));
        }
    }
    // Each question belongs to its own block.
    CHECK(hasError(errorsWith("/screening/anticoagulants"_json_pointer, "no"),
                   "screening.anticoagulants", "unknown field"));
    CHECK(hasError(errorsWith("/precautions/cancer_history"_json_pointer, "no"),
                   "precautions.cancer_history", "unknown field"));
    CHECK(hasError(errorsWith("/precautions/severe_headache"_json_pointer, "no"),
                   "precautions.severe_headache", "unknown field"));
}

TEST_CASE("the neck questions may be answered whether or not the neck is involved", "[validation]")
{
    for (const bool neck : {false, true}) {
        json intake = sampleIntake();
        if (neck) {
            intake["pain"]["locations"] = {"neck"};
        }
        intake["screening"]["severe_headache"] = "yes";
        intake["screening"].erase("dizziness_or_neuro_signs");
        const IntakeRecord record = recordOf(intake);
        CHECK(record.neckInvolved() == neck);
        CHECK(record.answer(Question::SevereHeadache) == Answer::Yes);
        CHECK(record.answer(Question::DizzinessOrNeuroSigns) == Answer::NotAsked);
    }
}

TEST_CASE("avoid_areas: body areas, no duplicates, default empty", "[validation]")
{
    const auto path = "/avoid_areas"_json_pointer;
    CHECK(recordOf(sampleIntake()).avoidAreas == 0);
    CHECK(recordWith(path, json::array()).avoidAreas == 0);
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        const IntakeRecord record = recordWith(path, {kPainLocationWords[i]});
        CHECK(record.avoidAreas == bitOf(PainLocation(i)));
        CHECK(record.avoids(PainLocation(i)));
    }
    json all = json::array();
    for (auto word = kPainLocationWords.rbegin(); word != kPainLocationWords.rend(); ++word) {
        all.push_back(*word);
    }
    CHECK(recordWith(path, all).avoidAreas == 0x3FF);
    // Areas that do not hurt may be avoided too (a varicose vein, a bruise).
    CHECK(recordWith(path, {"lower_leg"}).avoids(PainLocation::LowerLeg));

    CHECK(hasError(errorsWith(path, {"hip", "hip"}), "avoid_areas[1]", "\"hip\" is listed twice"));
    CHECK(hasError(errorsWith(path, {"knee"}), "avoid_areas[0]",
                   "must be one of lower_back, sacroiliac, mid_back, upper_back, neck, "
                   "shoulders, buttock, hip, thigh or lower_leg, got \"knee\""));
    CHECK(hasError(errorsWith(path, {"leg"}), "avoid_areas[0]",
                   "must be one of lower_back, sacroiliac, mid_back, upper_back, neck, "
                   "shoulders, buttock, hip, thigh or lower_leg, got \"leg\""));
    CHECK(hasError(errorsWith(path, "hip"), "avoid_areas",
                   "must be a list of body areas such as [\"lower_back\"], got \"hip\""));
    CHECK(hasErrorAt(errorsWith(path, json::array({json::object({{"area", "hip"}})})),
                     "avoid_areas[0]"));
}

TEST_CASE("medical_clearance: a real date from birth to the visit, codes, who", "[validation]")
{
    const auto clearanceWith = [](const json& clearance) {
        return with(sampleIntake(), "/medical_clearance"_json_pointer, clearance);
    };
    const auto errorsOf = [&](const json& clearance) {
        return harness::parse(clearanceWith(clearance)).errors;
    };

    SECTION("a valid clearance is kept")
    {
        const IntakeRecord record = recordOf(clearanceWith(
            {{"date", "2026-11-02"}, {"for", {"cancer_history"}}, {"by", "Dr. A. Roy"}}));
        REQUIRE(record.clearance.has_value());
        CHECK(record.clearance->date == QDate(2026, 11, 2));
        CHECK(record.clearance->codes == bitOf(ClearanceCode::CancerHistory));
        CHECK(record.clearance->covers(ClearanceCode::CancerHistory));
        CHECK_FALSE(record.clearance->covers(ClearanceCode::Child));
        CHECK(record.clearance->by == "Dr. A. Roy");

        const IntakeRecord noBy =
            recordOf(clearanceWith({{"date", "2026-11-02"}, {"for", {"child"}}}));
        REQUIRE(noBy.clearance.has_value());
        CHECK_FALSE(noBy.clearance->by.has_value());
        CHECK_FALSE(recordOf(sampleIntake()).clearance.has_value());
    }

    SECTION("the date: a real date, not after the visit, not before birth")
    {
        // The visit day itself and the day of birth itself are allowed.
        CHECK(
            recordOf(clearanceWith({{"date", "2026-11-21"}, {"for", {"child"}}})).clearance->date ==
            QDate(2026, 11, 21));
        CHECK(
            recordOf(clearanceWith({{"date", "1980-06-15"}, {"for", {"child"}}})).clearance->date ==
            QDate(1980, 6, 15));
        CHECK(hasError(errorsOf({{"date", "2026-11-22"}, {"for", {"child"}}}),
                       "medical_clearance.date", "must not be after the visit date (2026-11-21)"));
        CHECK(hasError(errorsOf({{"date", "1980-06-14"}, {"for", {"child"}}}),
                       "medical_clearance.date",
                       "must not be before the date of birth (1980-06-15)"));
        CHECK(hasError(errorsOf({{"date", "2026-02-29"}, {"for", {"child"}}}),
                       "medical_clearance.date", "not a calendar date: 2026-02-29"));
        CHECK(hasError(errorsOf({{"date", "2 Nov 2026"}, {"for", {"child"}}}),
                       "medical_clearance.date",
                       "must be a date written YYYY-MM-DD, got \"2 Nov 2026\""));
        CHECK(hasError(errorsOf({{"for", {"child"}}}), "medical_clearance.date",
                       "is required but missing"));
        CHECK(hasError(errorsOf({{"date", nullptr}, {"for", {"child"}}}), "medical_clearance.date",
                       "must not be null; leave the field out when the answer is not known"));

        // Checked against a visit date that defaults to today.
        json intake = without(clearanceWith({{"date", "2031-03-10"}, {"for", {"child"}}}),
                              "/visit_date"_json_pointer);
        CHECK(hasError(harness::parse(intake, QDate(2031, 3, 9)).errors, "medical_clearance.date",
                       "must not be after the visit date (2031-03-09)"));
        CHECK(harness::parse(intake, QDate(2031, 3, 10)).ok());
    }

    SECTION("for: at least one clearance code, no duplicates, in any order")
    {
        for (std::size_t i = 0; i < kClearanceCodeWords.size(); ++i) {
            CHECK(
                recordOf(clearanceWith({{"date", "2026-11-02"}, {"for", {kClearanceCodeWords[i]}}}))
                    .clearance->codes == bitOf(ClearanceCode(i)));
        }
        json all = json::array();
        for (auto code = kClearanceCodeWords.rbegin(); code != kClearanceCodeWords.rend(); ++code) {
            all.push_back(*code);
        }
        CHECK(recordOf(clearanceWith({{"date", "2026-11-02"}, {"for", all}})).clearance->codes ==
              0x1FF);

        CHECK(hasError(errorsOf({{"date", "2026-11-02"}, {"for", {"saddle_numbness"}}}),
                       "medical_clearance.for[0]", "unknown clearance code \"saddle_numbness\""));
        // Emergency flags have no clearance code; neither do precautions.
        for (const char* code : {"cauda_equina", "calf_swelling", "anticoagulants", "Child", ""}) {
            CHECK(hasError(errorsOf({{"date", "2026-11-02"}, {"for", {"child", code}}}),
                           "medical_clearance.for[1]",
                           "unknown clearance code \"" + std::string(code) + "\""));
        }
        CHECK(hasError(errorsOf({{"date", "2026-11-02"}, {"for", {"child", "child"}}}),
                       "medical_clearance.for[1]", "\"child\" is listed twice"));
        CHECK(hasError(errorsOf({{"date", "2026-11-02"}, {"for", json::array()}}),
                       "medical_clearance.for", "must name at least one clearance code"));
        CHECK(hasError(errorsOf({{"date", "2026-11-02"}, {"for", "child"}}),
                       "medical_clearance.for",
                       "must be a list of clearance codes such as [\"cancer_history\"], got "
                       "\"child\""));
        CHECK(hasError(errorsOf({{"date", "2026-11-02"}, {"for", {7}}}), "medical_clearance.for[0]",
                       "must be a clearance code in quotes, such as \"cancer_history\", got 7"));
        CHECK(hasError(errorsOf({{"date", "2026-11-02"}}), "medical_clearance.for",
                       "is required but missing"));
        // Every bad entry is reported.
        const auto several =
            errorsOf({{"date", "2026-11-02"}, {"for", {"x", "child", "y", "child"}}});
        CHECK(several.size() == 3);
    }

    SECTION("by: at most 200 characters")
    {
        CHECK(
            recordOf(clearanceWith(
                         {{"date", "2026-11-02"}, {"for", {"child"}}, {"by", repeated("é", 200)}}))
                .clearance->by->size() == 400);
        CHECK(recordOf(clearanceWith({{"date", "2026-11-02"}, {"for", {"child"}}, {"by", ""}}))
                  .clearance->by == "");
        CHECK(hasError(
            errorsOf({{"date", "2026-11-02"}, {"for", {"child"}}, {"by", repeated("a", 201)}}),
            "medical_clearance.by", "must be at most 200 characters, got 201"));
        CHECK(hasError(errorsOf({{"date", "2026-11-02"}, {"for", {"child"}}, {"by", 3}}),
                       "medical_clearance.by", "must be text in quotes, got 3"));
    }

    SECTION("the block: an object without unknown fields")
    {
        CHECK(hasError(errorsOf({{"date", "2026-11-02"}, {"for", {"child"}}, {"doctor", "X"}}),
                       "medical_clearance.doctor", "unknown field"));
        CHECK(hasError(errorsOf("yes"), "medical_clearance",
                       "must be a group of fields {...}, got \"yes\""));
        const auto empty = errorsOf(json::object());
        CHECK(empty.size() == 2);
        CHECK(hasErrorAt(empty, "medical_clearance.date"));
        CHECK(hasErrorAt(empty, "medical_clearance.for"));
    }
}

TEST_CASE("pressure_preference: light, medium or firm, default medium, stated when given",
          "[validation]")
{
    const auto path = "/pressure_preference"_json_pointer;
    const IntakeRecord unstated = recordOf(sampleIntake());
    CHECK(unstated.pressurePreference == Pressure::Medium);
    CHECK_FALSE(unstated.pressurePreferenceStated);
    for (std::size_t i = 0; i < kPressureWords.size(); ++i) {
        const IntakeRecord record = recordWith(path, kPressureWords[i]);
        CHECK(record.pressurePreference == Pressure(i));
        CHECK(record.pressurePreferenceStated);
    }
    CHECK(hasError(errorsWith(path, "hard"), "pressure_preference",
                   "must be light, medium or firm, got \"hard\""));
    CHECK(hasError(errorsWith(path, "Medium"), "pressure_preference",
                   "must be light, medium or firm, got \"Medium\""));
    CHECK(hasErrorAt(errorsWith(path, 2), "pressure_preference"));
}

TEST_CASE("notes: at most 4000 characters", "[validation]")
{
    const auto path = "/notes"_json_pointer;
    CHECK(recordWith(path, "").notes == "");
    CHECK(recordWith(path, repeated("x", 4000)).notes->size() == 4000);
    CHECK(recordWith(path, repeated("😀", 4000)).notes->size() == 16000);
    CHECK(hasError(errorsWith(path, repeated("x", 4001)), "notes",
                   "must be at most 4000 characters, got 4001"));
    CHECK(hasError(errorsWith(path, json::array()), "notes", "must be text in quotes, got []"));
}

TEST_CASE("null is refused for every field", "[validation]")
{
    const auto check = [](const json& sample, const std::string& pointer) {
        std::string path = pointer.substr(1);
        std::replace(path.begin(), path.end(), '/', '.');
        const auto errors =
            harness::parse(with(sample, json::json_pointer(pointer), nullptr)).errors;
        CHECK(hasError(errors, path,
                       "must not be null; leave the field out when the answer is not known"));
    };
    for (const char* pointer : {"/format",
                                "/client",
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
                                "/nerve_symptoms",
                                "/nerve_symptoms/shooting_leg_pain",
                                "/muscle_findings",
                                "/screening",
                                "/screening/saddle_numbness",
                                "/screening/severe_headache",
                                "/precautions",
                                "/precautions/varicose_veins",
                                "/avoid_areas",
                                "/medical_clearance",
                                "/pressure_preference",
                                "/notes"}) {
        DYNAMIC_SECTION("version 2 " << pointer)
        {
            check(sampleIntake(), pointer);
        }
    }
    for (const char* pointer :
         {"/format", "/pain/changes_with_movement", "/sciatica", "/sciatica/shooting_leg_pain",
          "/muscle_findings/tight_glutes", "/red_flags", "/red_flags/saddle_numbness",
          "/precautions", "/precautions/pregnancy", "/pressure_preference", "/notes"}) {
        DYNAMIC_SECTION("version 1 " << pointer)
        {
            check(sampleIntakeVersion1(), pointer);
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

TEST_CASE("version 1 fields in a version 2 record are unknown fields", "[validation]")
{
    const std::vector<std::pair<std::string, json>> fields = {
        {"/sciatica", {{"shooting_leg_pain", true}}},
        {"/red_flags", {{"saddle_numbness", false}}},
        {"/pain/changes_with_movement", true},
    };
    for (const auto& [pointer, value] : fields) {
        std::string path = pointer.substr(1);
        std::replace(path.begin(), path.end(), '/', '.');
        const auto errors = errorsWith(json::json_pointer(pointer), value);
        INFO(harness::describe(errors));
        CHECK(errors.size() == 1);
        CHECK(hasError(errors, path, "unknown field"));
    }
    // Version 1's name for the leg numbness finding.
    CHECK(hasError(errorsWith("/nerve_symptoms/numbness_or_tingling"_json_pointer, true),
                   "nerve_symptoms.numbness_or_tingling", "unknown field"));
    // A version 1 precaution written as a boolean is version 1's answer, not version 2's.
    CHECK(hasError(errorsWith("/precautions/pregnancy"_json_pointer, true), "precautions.pregnancy",
                   "must be \"yes\" or \"no\", got true"));
}

TEST_CASE("version 2 fields in a version 1 record are unknown fields", "[validation]")
{
    const std::vector<std::pair<std::string, json>> fields = {
        {"/nerve_symptoms", {{"shooting_leg_pain", true}}},
        {"/screening", {{"saddle_numbness", "no"}}},
        {"/avoid_areas", json::array()},
        {"/medical_clearance", {{"date", "2026-11-02"}, {"for", {"child"}}}},
        {"/sciatica/leg_numbness_or_tingling", true},
        {"/sciatica/arm_numbness_or_tingling", true},
        {"/red_flags/sexual_dysfunction", true},
        {"/red_flags/immunosuppressed", true},
        {"/red_flags/pain_unchanged_by_movement", true},
        {"/red_flags/severe_headache", true},
        {"/precautions/long_term_steroids", true},
        {"/precautions/varicose_veins", true},
    };
    for (const auto& [pointer, value] : fields) {
        std::string path = pointer.substr(1);
        std::replace(path.begin(), path.end(), '/', '.');
        const auto errors = errorsWithV1(json::json_pointer(pointer), value);
        INFO(pointer << ": " << harness::describe(errors));
        CHECK(errors.size() == 1);
        CHECK(hasError(errors, path, "unknown field"));
    }
    CHECK(hasError(errorsWithV1("/pain/radiates_to"_json_pointer, {"arm"}), "pain.radiates_to[0]",
                   "must be one of hip, leg or neck_shoulders, got \"arm\""));
    CHECK(hasError(errorsWithV1("/red_flags/fever_or_unwell"_json_pointer, "yes"),
                   "red_flags.fever_or_unwell", "must be true or false, got \"yes\""));
    CHECK(hasError(errorsWithV1("/precautions/pregnancy"_json_pointer, "no"),
                   "precautions.pregnancy", "must be true or false, got \"no\""));
}

TEST_CASE("version 1 is read as version 2 by the spec's table", "[validation][version1]")
{
    SECTION("the sample: format kept, nothing asked")
    {
        const IntakeRecord record = recordOf(sampleIntakeVersion1());
        CHECK(record.format == IntakeFormat::V1);
        CHECK(record.yesAnswers == 0);
        CHECK(record.noAnswers == 0);
        CHECK(record.findings == 0);
        CHECK(record.clientName == "Sam Example");
        CHECK(record.painIntensity == 4);
        CHECK_FALSE(record.pressurePreferenceStated);
    }

    SECTION("pain.changes_with_movement: false is pain_unchanged_by_movement \"yes\"")
    {
        const auto path = "/pain/changes_with_movement"_json_pointer;
        CHECK(recordWithV1(path, false).answer(Question::PainUnchangedByMovement) == Answer::Yes);
        CHECK(recordWithV1(path, false).yesAnswers == bitOf(Question::PainUnchangedByMovement));
        CHECK(recordWithV1(path, true).answer(Question::PainUnchangedByMovement) ==
              Answer::NotAsked);
        CHECK(recordOf(sampleIntakeVersion1()).answer(Question::PainUnchangedByMovement) ==
              Answer::NotAsked);
        CHECK(hasError(errorsWithV1(path, "no"), "pain.changes_with_movement",
                       "must be true or false, got \"no\""));
        CHECK(hasErrorAt(errorsWithV1(path, 0), "pain.changes_with_movement"));
    }

    SECTION("sciatica.* is nerve_symptoms.*")
    {
        CHECK(recordWithV1("/sciatica/shooting_leg_pain"_json_pointer, true).findings ==
              bitOf(Finding::ShootingLegPain));
        CHECK(recordWithV1("/sciatica/numbness_or_tingling"_json_pointer, true).findings ==
              bitOf(Finding::LegNumbnessOrTingling));
        CHECK(recordWithV1("/sciatica/shooting_leg_pain"_json_pointer, false).findings == 0);
        CHECK(hasError(errorsWithV1("/sciatica/shooting_leg_pain"_json_pointer, "yes"),
                       "sciatica.shooting_leg_pain", "must be true or false, got \"yes\""));
    }

    SECTION("muscle_findings are the same")
    {
        for (std::size_t i = std::size_t(Finding::TightHamstrings); i < kFindingCount; ++i) {
            CHECK(recordWithV1(pointerTo("muscle_findings", kFindingFields[i].field), true)
                      .findings == bitOf(Finding(i)));
        }
    }

    SECTION("red_flags.X and precautions.X: true is \"yes\", false or left out not asked")
    {
        const std::vector<std::pair<std::string, Question>> rows = {
            {"red_flags/saddle_numbness", Question::SaddleNumbness},
            {"red_flags/bladder_or_bowel_change", Question::BladderOrBowelChange},
            {"red_flags/progressive_leg_weakness", Question::ProgressiveLegWeakness},
            {"red_flags/fever_or_unwell", Question::FeverOrUnwell},
            {"red_flags/cancer_history", Question::CancerHistory},
            {"red_flags/unexplained_weight_loss", Question::UnexplainedWeightLoss},
            {"red_flags/recent_major_trauma", Question::RecentMajorTrauma},
            {"red_flags/constant_night_pain", Question::ConstantNightPain},
            {"precautions/anticoagulants", Question::Anticoagulants},
            {"precautions/pregnancy", Question::Pregnancy},
            {"precautions/osteoporosis", Question::Osteoporosis},
            {"precautions/recent_surgery", Question::RecentSurgery},
            {"precautions/dvt_history", Question::DvtHistory},
            {"precautions/skin_condition_in_area", Question::SkinConditionInArea},
        };
        for (const auto& [field, question] : rows) {
            DYNAMIC_SECTION(field)
            {
                const json::json_pointer pointer("/" + field);
                const IntakeRecord yes = recordWithV1(pointer, true);
                CHECK(yes.answer(question) == Answer::Yes);
                CHECK(yes.yesAnswers == bitOf(question));
                CHECK(yes.noAnswers == 0);
                const IntakeRecord no = recordWithV1(pointer, false);
                CHECK(no.answer(question) == Answer::NotAsked);
                CHECK(no.yesAnswers == 0);
                CHECK(no.noAnswers == 0);
            }
        }
    }

    SECTION("everything else is the same")
    {
        json intake = sampleIntakeVersion1();
        intake["client"]["phone"] = "+1 416 555 0100";
        intake["client"]["email"] = "jane@example.org";
        intake["pain"]["radiates_to"] = {"neck_shoulders", "leg"};
        intake["pain"]["duration_weeks"] = 12.5;
        intake["pressure_preference"] = "light";
        intake["notes"] = "Zoë";
        json asVersion2 = intake;
        asVersion2["format"] = "clinic-intake/2";
        const IntakeRecord v1 = recordOf(intake);
        IntakeRecord v2 = recordOf(asVersion2);
        CHECK(v1.format == IntakeFormat::V1);
        v2.format = IntakeFormat::V1;
        CHECK(differences(v1, v2).empty());
        CHECK(v1.neckInvolved());
    }

    SECTION("version 1's error paths")
    {
        json intake = sampleIntakeVersion1();
        intake["sciatica"] = {{"numbness", true}};
        intake["red_flags"] = {{"fever", true}, {"cancer_history", 1}};
        intake["precautions"] = {{"pregnancy", "yes"}};
        intake["pain"]["changes_with_movement"] = "sometimes";
        const auto errors = harness::parse(intake).errors;
        INFO(harness::describe(errors));
        CHECK(errors.size() == 5);
        CHECK(hasError(errors, "sciatica.numbness", "unknown field"));
        CHECK(hasError(errors, "red_flags.fever", "unknown field"));
        CHECK(hasError(errors, "red_flags.cancer_history", "must be true or false, got 1"));
        CHECK(hasError(errors, "precautions.pregnancy", "must be true or false, got \"yes\""));
        CHECK(hasErrorAt(errors, "pain.changes_with_movement"));
    }
}

TEST_CASE("required groups must be present and be objects", "[validation]")
{
    CHECK(hasError(errorsWithout("/client"_json_pointer), "client", "is required but missing"));
    CHECK(hasError(errorsWithout("/pain"_json_pointer), "pain", "is required but missing"));
    CHECK(hasError(errorsWith("/client"_json_pointer, "Sam"), "client",
                   "must be a group of fields {...}, got \"Sam\""));
    CHECK(hasError(errorsWith("/pain"_json_pointer, json::array()), "pain",
                   "must be a group of fields {...}, got []"));
}

TEST_CASE("text that is not one JSON object is refused as a whole", "[validation]")
{
    const auto errorsOf = [](const std::string& text) {
        return harness::parseText(text).errors;
    };
    const auto syntax = errorsOf("{\"format\": \"clinic-intake/2\",");
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
    const std::string text = R"({"format": "clinic-intake/2",
        "client": {"name": "Sam", "date_of_birth": "1980-06-15", "name": "Samuel"},
        "pain": {"locations": ["neck"], "intensity": 2, "intensity": 9, "duration_weeks": 1},
        "screening": {"saddle_numbness": "yes", "saddle_numbness": "no"},
        "medical_clearance": {"date": "2026-11-02", "for": ["child"], "for": ["cancer_history"]}})";
    const auto parsed = harness::parseText(text);
    CHECK_FALSE(parsed.ok());
    INFO(harness::describe(parsed.errors));
    CHECK(parsed.errors.size() == 4);
    CHECK(hasError(parsed.errors, "client.name", "appears twice; give each field once"));
    CHECK(hasError(parsed.errors, "pain.intensity", "appears twice; give each field once"));
    CHECK(hasError(parsed.errors, "screening.saddle_numbness",
                   "appears twice; give each field once"));
    CHECK(hasError(parsed.errors, "medical_clearance.for", "appears twice; give each field once"));
}

TEST_CASE("every problem is reported at once, with nothing kept", "[validation]")
{
    const std::string text = R"({"format": "clinic-intake/2",
        "client": {"name": "", "date_of_birth": "1990-02-30", "email": "nope"},
        "visit_date": "2026-11-21",
        "pain": {"locations": ["elbow"], "intensity": 11, "duration_weeks": -1,
                 "radiates_to": ["foot"]},
        "nerve_symptoms": {"shooting_leg_pain": "yes"},
        "screening": {"fever": "yes", "saddle_numbness": true},
        "precautions": {"pregnancy": "maybe"},
        "avoid_areas": ["hip", "hip"],
        "medical_clearance": {"date": "2026-12-01", "for": ["saddle_numbness"], "by": 1},
        "pressure_preference": "hard"})";
    const auto parsed = harness::parseText(text);
    CHECK_FALSE(parsed.record.has_value());
    INFO(harness::describe(parsed.errors));
    const std::vector<std::string> paths = {"client.name",
                                            "client.date_of_birth",
                                            "client.email",
                                            "pain.locations[0]",
                                            "pain.intensity",
                                            "pain.duration_weeks",
                                            "pain.radiates_to[0]",
                                            "nerve_symptoms.shooting_leg_pain",
                                            "screening.fever",
                                            "screening.saddle_numbness",
                                            "precautions.pregnancy",
                                            "avoid_areas[1]",
                                            "medical_clearance.date",
                                            "medical_clearance.for[0]",
                                            "medical_clearance.by",
                                            "pressure_preference"};
    CHECK(parsed.errors.size() == paths.size());
    for (const auto& path : paths) {
        CHECK(hasErrorAt(parsed.errors, path));
    }
}

TEST_CASE("a record written out reads back as the same record", "[validation][round-trip]")
{
    SECTION("the samples, and awkward text")
    {
        checkRoundTrip(recordOf(sampleIntake()));
        checkRoundTrip(recordOf(sampleIntakeVersion1()));

        json awkward = sampleIntake();
        // Control characters are refused (issue 10); notes keep line breaks and tabs.
        awkward["client"]["name"] = "Zoë \"Zee\" O'Brien\\Smith 王";
        awkward["client"]["phone"] = "+1 (416) 555-0100";
        awkward["notes"] = "line one\nline two\n\ttabbed, \"quotes\" and / slash";
        awkward["pain"]["duration_weeks"] = 2.75;
        awkward["medical_clearance"] = {
            {"date", "2026-01-01"}, {"for", {"child", "recent_major_trauma"}}, {"by", "Dr \"Q\""}};
        const IntakeRecord record = recordOf(awkward);
        checkRoundTrip(record);
        const json reread = json::parse(record.toJson());
        CHECK(reread.at("client").at("name") == awkward["client"]["name"]);
        CHECK(reread.at("notes") == awkward["notes"]);
        CHECK(reread.at("pain").at("duration_weeks") == 2.75);
        // Codes are written in the canonical order.
        CHECK(reread.at("medical_clearance").at("for") == json({"recent_major_trauma", "child"}));
    }

    SECTION("a version 2 record is written as version 2, with what was not asked left out")
    {
        json intake = sampleIntake();
        intake["screening"].erase("calf_swelling");
        intake["screening"]["cancer_history"] = "yes";
        intake["precautions"] = {{"pregnancy", "no"}};
        const IntakeRecord record = recordOf(intake);
        const json written = json::parse(record.toJson());
        CHECK(written.at("format") == "clinic-intake/2");
        CHECK(written.at("screening").size() == 19);
        CHECK_FALSE(written.at("screening").contains("calf_swelling"));
        CHECK(written.at("screening").at("cancer_history") == "yes");
        CHECK(written.at("precautions") == json({{"pregnancy", "no"}}));
        CHECK(written.at("nerve_symptoms").size() == 3);
        CHECK(written.at("muscle_findings").size() == 4);
        CHECK(written.at("avoid_areas") == json::array());
        CHECK_FALSE(written.contains("pressure_preference")); // not stated
        CHECK_FALSE(written.contains("medical_clearance"));
        checkRoundTrip(record);
    }

    SECTION("a version 1 record is written back in version 1's fields")
    {
        json intake = sampleIntakeVersion1();
        intake["pain"]["changes_with_movement"] = false;
        intake["sciatica"] = {{"numbness_or_tingling", true}};
        intake["red_flags"] = {{"cancer_history", true}, {"fever_or_unwell", false}};
        intake["precautions"] = {{"dvt_history", true}};
        intake["pressure_preference"] = "firm";
        const IntakeRecord record = recordOf(intake);
        const json written = json::parse(record.toJson());
        CHECK(written.at("format") == "clinic-intake/1");
        CHECK(written.at("pain").at("changes_with_movement") == false);
        CHECK(written.at("sciatica") ==
              json({{"shooting_leg_pain", false}, {"numbness_or_tingling", true}}));
        CHECK(written.at("red_flags").size() == 8);
        CHECK(written.at("red_flags").at("cancer_history") == true);
        CHECK(written.at("red_flags").at("fever_or_unwell") == false);
        CHECK(written.at("precautions").size() == 6);
        CHECK(written.at("precautions").at("dvt_history") == true);
        for (const char* field : {"nerve_symptoms", "screening", "avoid_areas"}) {
            CHECK_FALSE(written.contains(field));
        }
        checkRoundTrip(record);
    }

    SECTION("random records of both formats")
    {
        RandomIntakes intakes(20261121);
        for (int i = 0; i < 1000; ++i) {
            const bool version1 = i % 3 == 0;
            const json intake = intakes.next(version1);
            const IntakeRecord record = recordOf(intake);
            CHECK(record.format == (version1 ? IntakeFormat::V1 : IntakeFormat::V2));
            checkRoundTrip(record);
        }
    }
}
