#include "IntakeGenerator.h"

#include "model/Vocabulary.h"

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

nlohmann::json IntakeGenerator::clientAndVisit(const char* format, QDate& visit, QDate& born)
{
    visit = QDate(2026, 1, 1).addDays(between(0, 364));
    // Ages 5 to 110, so children, minors and the 16th and 18th birthdays come up.
    born = visit.addDays(-between(5 * 365, 110 * 365));

    nlohmann::json record;
    record["format"] = format;
    record["client"] = {{"name", randomName()},
                        {"date_of_birth", born.toString(Qt::ISODate).toStdString()}};
    if (chance(0.5)) {
        record["client"]["phone"] = "+1 416 555 " + std::to_string(between(1000, 9999));
    }
    if (chance(0.3)) {
        record["client"]["email"] = "client" + std::to_string(between(1, 9999)) + "@example.org";
    }
    record["visit_date"] = visit.toString(Qt::ISODate).toStdString();
    return record;
}

nlohmann::json IntakeGenerator::pain(bool version1)
{
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
        // Version 1 had no "arm".
        for (std::size_t i = 0; i < kRadiationWords.size() - (version1 ? 1 : 0); ++i) {
            if (chance(0.35)) {
                radiates.push_back(kRadiationWords[i]);
            }
        }
        pain["radiates_to"] = radiates;
    }
    return pain;
}

nlohmann::json IntakeGenerator::next()
{
    QDate visit;
    QDate born;
    nlohmann::json record = clientAndVisit("clinic-intake/2", visit, born);
    record["pain"] = pain(false);

    for (const auto& field : kFindingFields) {
        if (chance(0.15)) {
            record[std::string(field.block)][std::string(field.field)] = true;
        } else if (chance(0.1)) {
            record[std::string(field.block)][std::string(field.field)] = false;
        }
    }

    // Most screenings are complete; the rest leave out a few questions.
    const bool complete = chance(0.75);
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const auto& field = kQuestionFields[i];
        const bool precaution = i >= kFirstPrecautionQuestion;
        const bool neck = isNeckQuestion(Question(i));
        const double asked = neck ? (complete ? 0.7 : 0.5) : (complete ? 1.0 : 0.8);
        if (!chance(asked)) {
            continue;
        }
        const double yes = precaution ? 0.12 : 0.012;
        record[std::string(field.block)][std::string(field.field)] = chance(yes) ? "yes" : "no";
    }

    if (chance(0.25)) {
        nlohmann::json areas = nlohmann::json::array();
        for (int i = between(1, 2); i > 0; --i) {
            const auto word = kPainLocationWords[std::size_t(between(0, 9))];
            if (std::find(areas.begin(), areas.end(), word) == areas.end()) {
                areas.push_back(word);
            }
        }
        record["avoid_areas"] = areas;
    } else if (chance(0.1)) {
        record["avoid_areas"] = nlohmann::json::array();
    }

    if (chance(0.15)) {
        // Around the 90-day limit, never before birth (ages start at 5).
        const QDate date = visit.addDays(-(chance(0.3) ? between(85, 95) : between(0, 150)));
        nlohmann::json codes = nlohmann::json::array();
        for (int i = between(1, 3); i > 0; --i) {
            const std::size_t code = std::size_t(between(0, int(kClearanceCodeWords.size()) - 1));
            const auto word = kClearanceCodeWords[code];
            if (std::find(codes.begin(), codes.end(), word) == codes.end()) {
                codes.push_back(word);
                // A clearance is usually for a flag the client has.
                const auto question = std::string(word);
                if (question != "pain_not_mechanical" && question != "child" && chance(0.6)) {
                    record["screening"][question] = "yes";
                } else if (question == "pain_not_mechanical" && chance(0.6)) {
                    record["screening"]["pain_unchanged_by_movement"] = "yes";
                }
            }
        }
        record["medical_clearance"] = {{"date", date.toString(Qt::ISODate).toStdString()},
                                       {"for", codes}};
        if (chance(0.7)) {
            record["medical_clearance"]["by"] = "Dr. " + randomName();
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

nlohmann::json IntakeGenerator::nextVersion1()
{
    QDate visit;
    QDate born;
    nlohmann::json record = clientAndVisit("clinic-intake/1", visit, born);
    nlohmann::json pain = this->pain(true);
    if (chance(0.15)) {
        pain["changes_with_movement"] = chance(0.3);
    }
    record["pain"] = pain;

    // Version 1's yes/no fields, in its order.
    struct Field
    {
        const char* block;
        const char* field;
    };
    static const std::array<Field, 20> fields = {{
        {"sciatica", "shooting_leg_pain"},
        {"sciatica", "numbness_or_tingling"},
        {"muscle_findings", "tight_hamstrings"},
        {"muscle_findings", "tight_glutes"},
        {"muscle_findings", "stands_on_one_leg"},
        {"muscle_findings", "neck_shoulder_stress"},
        {"red_flags", "saddle_numbness"},
        {"red_flags", "bladder_or_bowel_change"},
        {"red_flags", "progressive_leg_weakness"},
        {"red_flags", "fever_or_unwell"},
        {"red_flags", "cancer_history"},
        {"red_flags", "unexplained_weight_loss"},
        {"red_flags", "recent_major_trauma"},
        {"red_flags", "constant_night_pain"},
        {"precautions", "anticoagulants"},
        {"precautions", "pregnancy"},
        {"precautions", "osteoporosis"},
        {"precautions", "recent_surgery"},
        {"precautions", "dvt_history"},
        {"precautions", "skin_condition_in_area"},
    }};
    for (const auto& field : fields) {
        const bool isRedFlag = std::string_view(field.block) == "red_flags";
        const double yes = isRedFlag ? 0.03 : 0.15;
        if (chance(yes)) {
            record[field.block][field.field] = true;
        } else if (chance(0.1)) {
            record[field.block][field.field] = false;
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
