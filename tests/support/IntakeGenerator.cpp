#include "IntakeGenerator.h"

#include "model/Vocabulary.h"

#include <QDate>
#include <array>

using namespace vocabulary;

IntakeGenerator::IntakeGenerator(std::uint64_t seed) : m_random(seed) {}

bool IntakeGenerator::chance(double probability)
{
    return std::bernoulli_distribution(probability)(m_random);
}

int IntakeGenerator::between(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

std::string IntakeGenerator::randomName()
{
    static const std::array<const char*, 40> firstNames = {
        "Ana",    "Ben",   "Chloé", "David", "Elena", "Farid",  "Grace",  "Hugo",
        "Inès",   "James", "Kenji", "Laura", "Mateo", "Nadia",  "Omar",   "Priya",
        "Quinn",  "Rosa",  "Sven",  "Tariq", "Uma",   "Victor", "Wen",    "Ximena",
        "Yusuf",  "Zoë",   "Aisha", "Bruno", "Carla", "Dmitri", "Emma",   "Felix",
        "Gianna", "Hana",  "Ivan",  "Julia", "Karim", "Lena",   "Miguel", "Noor"};
    static const std::array<const char*, 50> surnames = {
        "Smith",   "García",    "Nguyen",  "Müller", "Rossi",  "Kowalski", "Okafor",    "Tanaka",
        "Silva",   "Johansson", "O'Brien", "Dubois", "Haddad", "Kim",      "Patel",     "Lopez",
        "Novak",   "Ivanova",   "Brown",   "Wilson", "Martin", "Schmidt",  "Fischer",   "Moreau",
        "Lefèvre", "Costa",     "Santos",  "Yilmaz", "Kaya",   "Singh",    "Chen",      "Wang",
        "Li",      "Zhang",     "Park",    "Cohen",  "Levi",   "Murphy",   "Kelly",     "Byrne",
        "Nowak",   "Horvat",    "Popescu", "Jensen", "Hansen", "Berg",     "Lindqvist", "Núñez",
        "Ortiz",   "Reyes"};
    return std::string(firstNames[std::size_t(between(0, int(firstNames.size()) - 1))]) + " " +
           surnames[std::size_t(between(0, int(surnames.size()) - 1))];
}

nlohmann::json IntakeGenerator::next()
{
    const QDate visit = QDate(2026, 1, 1).addDays(between(0, 364));
    // Ages 5 to 110, so minors and the 18th birthday come up.
    const QDate born = visit.addDays(-between(5 * 365, 110 * 365));

    nlohmann::json record;
    record["format"] = "clinic-intake/1";
    record["client"] = {{"name", randomName()},
                        {"date_of_birth", born.toString(Qt::ISODate).toStdString()}};
    if (chance(0.5)) {
        record["client"]["phone"] = "+1 416 555 " + std::to_string(between(1000, 9999));
    }
    if (chance(0.3)) {
        record["client"]["email"] = "client" + std::to_string(between(1, 9999)) + "@example.org";
    }
    record["visit_date"] = visit.toString(Qt::ISODate).toStdString();

    nlohmann::json locations = nlohmann::json::array();
    const int wanted = chance(0.5) ? 1 : between(1, 4);
    for (int i = 0; i < wanted; ++i) {
        const auto word = kPainLocationWords[std::size_t(between(0, 9))];
        if (std::find(locations.begin(), locations.end(), word) == locations.end()) {
            locations.push_back(word);
        }
    }
    nlohmann::json pain = {{"locations", locations}, {"intensity", between(0, 10)}};
    // Whole weeks around the 6 and 12 week boundaries, and fractions.
    pain["duration_weeks"] =
        chance(0.7) ? nlohmann::json(between(0, 30)) : nlohmann::json(between(0, 2000) / 10.0);
    if (chance(0.4)) {
        nlohmann::json radiates = nlohmann::json::array();
        for (const auto word : kRadiationWords) {
            if (chance(0.35)) {
                radiates.push_back(word);
            }
        }
        pain["radiates_to"] = radiates;
    }
    if (chance(0.15)) {
        pain["changes_with_movement"] = chance(0.3);
    }
    record["pain"] = pain;

    for (const auto& field : kYesNoFields) {
        const bool isRedFlag = field.block == "red_flags";
        const double yes = isRedFlag ? 0.03 : 0.15;
        if (chance(yes)) {
            record[std::string(field.block)][std::string(field.field)] = true;
        } else if (chance(0.1)) {
            record[std::string(field.block)][std::string(field.field)] = false;
        }
    }
    if (chance(0.6)) {
        record["pressure_preference"] = kPressureWords[std::size_t(between(0, 2))];
    }
    if (chance(0.2)) {
        record["notes"] = "Desk job, worse after long drives.";
    }
    return record;
}
