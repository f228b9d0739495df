#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// What a placeholder in a reason text stands for. Filled from the record and
// the result when the text is written; empty where it does not apply.
enum class Placeholder : std::uint8_t
{
    UnansweredCount,    // {unanswered_count}: how many required questions were not asked
    Unanswered,         // {unanswered}: their ids, comma-separated
    ClearanceDate,      // {clearance_date}
    ClearanceBy,        // {clearance_by}: who cleared, or "a physician"
    ClearanceAgeDays,   // {clearance_age_days}: days from the clearance to the visit
    ClearanceValidDays, // {clearance_valid_days}
    Caution,            // {caution}: the first caution whose max_pressure is the ceiling
    Ceiling,            // {ceiling}: the lowest max_pressure of the cautions that apply
    Preference,         // {preference}: the client's pressure preference
    PreferenceSource,   // {preference_source}: "stated" or "the default"
    Pressure,           // {pressure}
    Approach,           // {approach}: the final approach, in words ("deep tissue")
    ApproachBefore,     // {approach_before}: the approach rule's approach, in words
    LeastPressure,      // {least_pressure}: the least pressure of approach_before
    MostPressure,       // {most_pressure}: the most pressure of the final approach
    Removed,            // {removed}: the areas this rule removed (focus rules)
    AvoidAreas,         // {avoid_areas}: the record's avoid_areas
    Age,                // {age}
    Intensity,          // {intensity}
};

struct PlaceholderName
{
    std::string_view name;
    Placeholder placeholder;
    std::string_view meaning;
};

inline constexpr PlaceholderName kPlaceholders[] = {
    {"unanswered_count", Placeholder::UnansweredCount,
     "how many required questions were not asked"},
    {"unanswered", Placeholder::Unanswered, "the ids of those questions, comma-separated"},
    {"clearance_date", Placeholder::ClearanceDate, "the medical clearance's date"},
    {"clearance_by", Placeholder::ClearanceBy,
     "who cleared the client (\"a physician\" if not recorded)"},
    {"clearance_age_days", Placeholder::ClearanceAgeDays, "days from the clearance to the visit"},
    {"clearance_valid_days", Placeholder::ClearanceValidDays, "the file's clearance_valid_days"},
    {"caution", Placeholder::Caution,
     "the first caution (in file order) whose max_pressure is the ceiling"},
    {"ceiling", Placeholder::Ceiling, "the lowest max_pressure of the cautions that apply"},
    {"preference", Placeholder::Preference, "the client's pressure preference"},
    {"preference_source", Placeholder::PreferenceSource, "\"stated\" or \"the default\""},
    {"pressure", Placeholder::Pressure, "the pressure of the result"},
    {"approach", Placeholder::Approach, "the final approach, in words"},
    {"approach_before", Placeholder::ApproachBefore,
     "the approach the approach rule chose, in words"},
    {"least_pressure", Placeholder::LeastPressure, "the least_pressure of approach_before"},
    {"most_pressure", Placeholder::MostPressure, "the most_pressure of the final approach"},
    {"removed", Placeholder::Removed, "the focus areas this rule removed, comma-separated"},
    {"avoid_areas", Placeholder::AvoidAreas, "the record's avoid_areas, comma-separated"},
    {"age", Placeholder::Age, "the client's age"},
    {"intensity", Placeholder::Intensity, "the pain rating"},
};

// A reason text split into literal parts (already JSON-escaped, without
// quotes) and placeholders, so that writing it copies bytes and fills in
// only what the record decides.
struct ReasonTemplate
{
    struct Part
    {
        std::string literal;     // text before the placeholder
        std::string literalJson; // the same, JSON-escaped (no quotes)
        bool hasPlaceholder = false;
        Placeholder placeholder = Placeholder::Age;
    };

    std::string text;     // as written in the file
    std::string textJson; // the whole text as a JSON string, when it has no placeholder
    std::vector<Part> parts;

    bool isPlain() const { return parts.size() == 1 && !parts.front().hasPlaceholder; }
};
