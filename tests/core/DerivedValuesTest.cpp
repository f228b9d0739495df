// The derived values of spec/intake-format.md: age and acuity.
#include "Harness.h"
#include "SampleIntake.h"

#include <catch2/catch.hpp>

using namespace vocabulary;

TEST_CASE("age counts birthdays reached; 29 February is reached on 1 March", "[derived]")
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
