#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

// Random valid intakes for property tests and benchmarks. Seeded, so a
// failure can be reproduced. Answers are drawn so that every rule fires in a
// good share of the records (red flags are rarer, as in a real clinic).
class IntakeGenerator
{
public:
    explicit IntakeGenerator(std::uint64_t seed);

    nlohmann::json next();

private:
    bool chance(double probability);
    int between(int low, int high);
    std::string randomName(); // one of 2,000 first name and surname pairs, some with accents

    std::mt19937_64 m_random;
};
