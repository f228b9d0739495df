#include "SampleIntake.h"

#include "model/Vocabulary.h"

namespace {

nlohmann::json allNoIn(std::string_view block)
{
    nlohmann::json answers = nlohmann::json::object();
    for (const auto& question : vocabulary::kQuestionFields) {
        if (question.block == block) {
            answers[std::string(question.field)] = "no";
        }
    }
    return answers;
}

} // namespace

nlohmann::json allNoScreening()
{
    return allNoIn("screening");
}

nlohmann::json allNoPrecautions()
{
    return allNoIn("precautions");
}

nlohmann::json allNoAnswers()
{
    return {{"screening", allNoScreening()}, {"precautions", allNoPrecautions()}};
}

nlohmann::json sampleIntake()
{
    return {
        {"format", "clinic-intake/2"},
        {"client", {{"name", "Sam Example"}, {"date_of_birth", "1980-06-15"}}},
        {"visit_date", "2026-11-21"},
        {"pain", {{"locations", {"lower_back"}}, {"intensity", 4}, {"duration_weeks", 8}}},
        {"screening", allNoScreening()},
        {"precautions", allNoPrecautions()},
    };
}

nlohmann::json sampleIntakeVersion1()
{
    return {
        {"format", "clinic-intake/1"},
        {"client", {{"name", "Sam Example"}, {"date_of_birth", "1980-06-15"}}},
        {"visit_date", "2026-11-21"},
        {"pain", {{"locations", {"lower_back"}}, {"intensity", 4}, {"duration_weeks", 8}}},
    };
}
