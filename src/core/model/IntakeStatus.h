#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

// Where an intake stands: waiting for a therapist, or reviewed (its current
// version has a review). The words are what the database and JSON hold.
enum class IntakeStatus : std::uint8_t
{
    Pending,
    Reviewed,
};
inline constexpr std::array<std::string_view, 2> kIntakeStatusWords = {"pending", "reviewed"};

// A therapist's decision on a suggestion.
enum class ReviewOutcome : std::uint8_t
{
    Accepted,
    Overridden,
};
inline constexpr std::array<std::string_view, 2> kReviewOutcomeWords = {"accepted", "overridden"};

inline std::string_view wordOf(IntakeStatus v)
{
    return kIntakeStatusWords[std::size_t(v)];
}
inline std::string_view wordOf(ReviewOutcome v)
{
    return kReviewOutcomeWords[std::size_t(v)];
}
