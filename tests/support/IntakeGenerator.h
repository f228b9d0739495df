#pragma once

#include <QDate>
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

    // A clinic-intake/2 record: most screenings complete, some questions
    // left out (not asked), avoid areas, medical clearances (some expired).
    nlohmann::json next();
    // A clinic-intake/1 record, drawn as the generator did before version 2
    // (for comparisons with builds that read only version 1).
    nlohmann::json nextVersion1();

private:
    bool chance(double probability);
    int between(int low, int high);
    std::string randomName();
    nlohmann::json clientAndVisit(const char* format, QDate& visit, QDate& born);
    nlohmann::json
    pain(bool version1); // one of 2,000 first name and surname pairs, some with accents

    std::mt19937_64 m_random;
};
