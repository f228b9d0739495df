#pragma once

#include <array>
#include <cstdint>

// The facts one evaluation looks at, packed so that a condition is a mask test
// or a comparison, never a lookup by name. FactCatalog says which slot holds
// which fact.
struct FactContext
{
    std::uint64_t yesNo = 0;               // one bit per yes/no fact; bits 0-27: answered "yes"
    std::uint64_t answeredNo = 0;          // bit per question (vocabulary::Question): "no"
    std::array<double, 3> numbers{};       // number facts
    std::array<std::uint8_t, 5> choices{}; // index of the word of a one-word fact
    std::array<std::uint64_t, 5> sets{};   // one bit per word of a list fact
};
