// The derived values of spec/intake-format.md: age, acuity and neck_involved;
// and how long a medical clearance holds.
#include "Harness.h"
#include "SampleIntake.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace vocabulary;

TEST_CASE("age counts birthdays reached, 29 February is reached on 1 March", "[derived]")
{
    struct Row
    {
        QDate born;
        QDate visit;
        int age;
    };
    const auto row = GENERATE(values<Row>({
        {{1980, 6, 15}, {2026, 6, 14}, 45},
        {{1980, 6, 15}, {2026, 6, 15}, 46},
        {{1980, 6, 15}, {2026, 12, 31}, 46},
        {{2000, 2, 29}, {2023, 2, 28}, 22},
        {{2000, 2, 29}, {2023, 3, 1}, 23},
        {{2000, 2, 29}, {2024, 2, 28}, 23},
        {{2000, 2, 29}, {2024, 2, 29}, 24},
        {{2008, 11, 21}, {2026, 11, 20}, 17},
        {{2008, 11, 21}, {2026, 11, 21}, 18},
        {{2026, 11, 21}, {2026, 11, 21}, 0},
    }));
    CAPTURE(row.born.toString(Qt::ISODate).toStdString(),
            row.visit.toString(Qt::ISODate).toStdString());
    CHECK(wholeYearsBetween(row.born, row.visit) == row.age);
}

TEST_CASE("acuity: under 6 weeks acute, 6 up to 12 subacute, 12 or more chronic", "[derived]")
{
    struct Row
    {
        double weeks;
        Acuity acuity;
    };
    const auto row = GENERATE(values<Row>({
        {0, Acuity::Acute},
        {5.99, Acuity::Acute},
        {6, Acuity::Subacute},
        {11.99, Acuity::Subacute},
        {12, Acuity::Chronic},
        {5200, Acuity::Chronic},
    }));
    CAPTURE(row.weeks);
    IntakeRecord record;
    record.durationWeeks = row.weeks;
    CHECK(record.acuity() == row.acuity);

    nlohmann::json intake = sampleIntake();
    intake["pain"]["duration_weeks"] = row.weeks;
    CHECK(harness::recommend(intake).at("acuity") == wordOf(row.acuity));
}

TEST_CASE("neck_involved: each of its triggers, and nothing else", "[derived]")
{
    struct Row
    {
        const char* pointer;
        nlohmann::json value;
        bool involved;
    };
    const std::vector<Row> rows = {
        {"/pain/locations", {"neck"}, true},
        {"/pain/locations", {"shoulders"}, true},
        {"/pain/locations", {"upper_back"}, true},
        {"/pain/locations", {"lower_back", "shoulders"}, true},
        {"/pain/radiates_to", {"neck_shoulders"}, true},
        {"/pain/radiates_to", {"arm"}, true},
        {"/nerve_symptoms/arm_numbness_or_tingling", true, true},
        {"/muscle_findings/neck_shoulder_stress", true, true},
        // Not triggers:
        {"/pain/locations",
         {"lower_back", "sacroiliac", "mid_back", "buttock", "hip", "thigh", "lower_leg"},
         false},
        {"/pain/radiates_to", {"hip", "leg"}, false},
        {"/nerve_symptoms/arm_numbness_or_tingling", false, false},
        {"/nerve_symptoms/shooting_leg_pain", true, false},
        {"/nerve_symptoms/leg_numbness_or_tingling", true, false},
        {"/muscle_findings/neck_shoulder_stress", false, false},
        {"/muscle_findings/tight_hamstrings", true, false},
        {"/muscle_findings/tight_glutes", true, false},
        {"/muscle_findings/stands_on_one_leg", true, false},
        {"/avoid_areas", {"neck", "shoulders", "upper_back"}, false},
        {"/screening/severe_headache", "yes", false},
        {"/screening/dizziness_or_neuro_signs", "yes", false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.pointer, row.value.dump());
        nlohmann::json intake = sampleIntake();
        intake[nlohmann::json::json_pointer(row.pointer)] = row.value;
        const auto parsed = harness::parse(intake);
        INFO(harness::describe(parsed.errors));
        REQUIRE(parsed.ok());
        CHECK(parsed.record->neckInvolved() == row.involved);
    }
    CHECK_FALSE(harness::parse(sampleIntake()).record->neckInvolved());

    // The same triggers in a version 1 record, by version 1's fields.
    nlohmann::json old = sampleIntakeVersion1();
    CHECK_FALSE(harness::parse(old).record->neckInvolved());
    old["muscle_findings"] = {{"neck_shoulder_stress", true}};
    CHECK(harness::parse(old).record->neckInvolved());
    old = sampleIntakeVersion1();
    old["pain"]["radiates_to"] = {"neck_shoulders"};
    CHECK(harness::parse(old).record->neckInvolved());
}

TEST_CASE("a medical clearance is valid for 90 days, from the visit day back", "[derived]")
{
    struct Row
    {
        QDate cleared;
        QDate visit;
        bool valid;
    };
    const auto row = GENERATE(values<Row>({
        {{2026, 11, 21}, {2026, 11, 21}, true}, // the visit day itself
        {{2026, 11, 20}, {2026, 11, 21}, true},
        {{2026, 8, 23}, {2026, 11, 21}, true},  // 90 days before
        {{2026, 8, 22}, {2026, 11, 21}, false}, // 91 days before
        {{2025, 11, 21}, {2026, 11, 21}, false},
        {{2023, 12, 31}, {2024, 3, 30}, true},  // 90 days across 29 February
        {{2023, 12, 31}, {2024, 3, 31}, false}, // 91
    }));
    CAPTURE(row.cleared.toString(Qt::ISODate).toStdString(),
            row.visit.toString(Qt::ISODate).toStdString());
    MedicalClearance clearance;
    clearance.date = row.cleared;
    clearance.codes = bitOf(ClearanceCode::CancerHistory);
    CHECK(clearance.validOn(row.visit) == row.valid);

    // The same through a parsed record.
    nlohmann::json intake = sampleIntake();
    intake["visit_date"] = row.visit.toString(Qt::ISODate).toStdString();
    intake["medical_clearance"] = {{"date", row.cleared.toString(Qt::ISODate).toStdString()},
                                   {"for", {"cancer_history"}}};
    const auto parsed = harness::parse(intake);
    INFO(harness::describe(parsed.errors));
    REQUIRE(parsed.ok());
    REQUIRE(parsed.record->clearance.has_value());
    CHECK(parsed.record->clearance->validOn(parsed.record->visitDate) == row.valid);
}
