#include "SampleIntake.h"

nlohmann::json sampleIntake()
{
    return {
        {"format", "clinic-intake/1"},
        {"client", {{"name", "Sam Example"}, {"date_of_birth", "1980-06-15"}}},
        {"visit_date", "2026-11-21"},
        {"pain", {{"locations", {"lower_back"}}, {"intensity", 4}, {"duration_weeks", 8}}},
    };
}
