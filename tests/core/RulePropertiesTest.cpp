// Properties over thousands of generated intakes, and a second, plain C++
// reading of spec/recommendation-rules.md that the rules file must agree with.
#include "Harness.h"
#include "IntakeGenerator.h"

#include <catch2/catch.hpp>
#include <set>

using nlohmann::json;
using namespace vocabulary;
using Words = std::vector<std::string>;

namespace {

constexpr int kGeneratedIntakes = 5000;

// The spec, table by table, written without the rule engine.
json specReference(const IntakeRecord& r)
{
    using A = YesNoAnswer;
    using L = PainLocation;
    const auto hurts = [&](std::initializer_list<L> any) {
        for (const L l : any) {
            if (r.hurtsAt(l)) {
                return true;
            }
        }
        return false;
    };

    std::optional<Urgency> urgency;
    const auto flag = [&](bool holds, Urgency level) {
        if (holds) {
            urgency = std::max(urgency.value_or(Urgency::Routine), level);
        }
    };
    flag(r.has(A::SaddleNumbness), Urgency::Emergency);
    flag(r.has(A::BladderOrBowelChange), Urgency::Emergency);
    for (const A a : {A::ProgressiveLegWeakness, A::FeverOrUnwell, A::CancerHistory,
                      A::UnexplainedWeightLoss, A::RecentMajorTrauma, A::ConstantNightPain}) {
        flag(r.has(a), Urgency::Urgent);
    }
    flag(!r.changesWithMovement, Urgency::Routine);

    const int age = r.ageAtVisit();
    const Acuity acuity = r.acuity();
    const bool anySciatica = r.has(A::ShootingLegPain) || r.has(A::NumbnessOrTingling);
    const bool neckPattern = r.radiatesInto(Radiation::NeckShoulders) ||
                             r.has(A::NeckShoulderStress) || hurts({L::Neck, L::Shoulders});

    Approach approach = Approach::Swedish;
    if (urgency) {
        approach = Approach::ReferOut;
    } else if (anySciatica || r.radiatesInto(Radiation::Hip) || r.radiatesInto(Radiation::Leg) ||
               hurts({L::Hip, L::Buttock, L::Thigh}) || r.has(A::TightHamstrings) ||
               r.has(A::TightGlutes)) {
        approach = Approach::TriggerPoint;
    } else if (neckPattern) {
        approach = Approach::Swedish;
    } else if (acuity == Acuity::Chronic && r.pressurePreference != Pressure::Light) {
        approach = Approach::DeepTissue;
    } else if (acuity == Acuity::Acute &&
               (r.painLocations & ~(bitOf(L::LowerBack) | bitOf(L::Sacroiliac))) == 0) {
        approach = Approach::Sacroiliac;
    }

    Words cautions;
    bool limited = false;
    const auto caution = [&](bool holds, const char* code, bool limits) {
        if (holds) {
            cautions.push_back(code);
            limited = limited || limits;
        }
    };
    caution(r.has(A::Anticoagulants), "anticoagulants", true);
    caution(r.has(A::Pregnancy), "pregnancy", true);
    caution(r.has(A::Osteoporosis), "osteoporosis", true);
    caution(r.has(A::RecentSurgery), "recent_surgery", true);
    caution(r.has(A::DvtHistory), "dvt_history", true);
    caution(r.painIntensity >= 8, "severe_pain", true);
    caution(r.has(A::SkinConditionInArea), "skin_condition", false);
    caution(age < 18, "minor", false);
    if (approach == Approach::DeepTissue && limited) {
        approach = Approach::Swedish;
    }

    json result = {{"approach", wordOf(approach)},
                   {"urgency", urgency ? json(wordOf(*urgency)) : json(nullptr)},
                   {"pressure", nullptr},
                   {"focus_areas", json::array()},
                   {"home_care", json::array()},
                   {"cautions", cautions},
                   {"acuity", wordOf(acuity)},
                   {"age", age}};
    if (urgency) {
        return result;
    }

    const Pressure ceiling = approach == Approach::Sacroiliac ? Pressure::Light
                             : approach == Approach::Swedish  ? Pressure::Medium
                                                              : Pressure::Firm;
    result["pressure"] = wordOf(
        std::min({ceiling, r.pressurePreference, limited ? Pressure::Light : Pressure::Firm}));

    const Words canonical = {"quadratus_lumborum", "erector_spinae",  "gluteus_maximus",
                             "gluteus_medius",     "piriformis",      "hamstrings",
                             "sacroiliac_joint",   "upper_trapezius", "levator_scapulae"};
    std::set<std::string> focus;
    if (hurts({L::LowerBack, L::Sacroiliac, L::MidBack})) {
        focus.insert({"quadratus_lumborum", "gluteus_medius"});
    }
    if (hurts({L::MidBack, L::UpperBack})) {
        focus.insert("erector_spinae");
    }
    if (hurts({L::Sacroiliac}) || approach == Approach::Sacroiliac) {
        focus.insert("sacroiliac_joint");
    }
    if (r.has(A::TightGlutes) || hurts({L::Hip, L::Buttock}) || r.radiatesInto(Radiation::Hip) ||
        anySciatica) {
        focus.insert({"gluteus_maximus", "gluteus_medius", "piriformis"});
    }
    if (r.has(A::TightHamstrings) || r.radiatesInto(Radiation::Leg) || hurts({L::Thigh})) {
        focus.insert("hamstrings");
    }
    if (neckPattern) {
        focus.insert({"upper_trapezius", "levator_scapulae", "gluteus_medius"});
    }
    if (r.has(A::StandsOnOneLeg)) {
        focus.insert("gluteus_medius");
    }
    if (r.has(A::DvtHistory)) {
        focus.erase("hamstrings");
    }
    for (const auto& muscle : canonical) {
        if (focus.count(muscle) != 0) {
            result["focus_areas"].push_back(muscle);
        }
    }
    if (focus.count("gluteus_maximus") + focus.count("gluteus_medius") + focus.count("piriformis") >
        0) {
        result["home_care"].push_back("tennis_ball");
    }
    if (focus.count("hamstrings") + focus.count("quadratus_lumborum") +
                focus.count("erector_spinae") >
            0 &&
        !r.has(A::Osteoporosis) && !r.has(A::Pregnancy)) {
        result["home_care"].push_back("foam_roller");
    }
    return result;
}

std::vector<std::pair<IntakeRecord, json>> generatedCases()
{
    IntakeGenerator generator(20261121);
    std::vector<std::pair<IntakeRecord, json>> cases;
    for (int i = 0; i < kGeneratedIntakes; ++i) {
        const json intake = generator.next();
        const auto parsed = harness::parse(intake);
        INFO(intake.dump() << harness::describe(parsed.errors));
        REQUIRE(parsed.ok());
        cases.emplace_back(*parsed.record, harness::recommend(intake));
    }
    return cases;
}

bool anyRedFlag(const IntakeRecord& record)
{
    for (std::size_t i = 0; i < kYesNoAnswerCount; ++i) {
        if (kYesNoFields[i].block == "red_flags" && record.has(YesNoAnswer(i))) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("the rules file agrees with a plain reading of the spec on generated intakes",
          "[properties]")
{
    int referrals = 0;
    std::set<std::string> approachesSeen;
    for (const auto& [record, result] : generatedCases()) {
        const json expected = specReference(record);
        json comparable = result;
        comparable["cautions"] = harness::cautionCodes(result);
        comparable.erase("rationale");
        comparable.erase("rules_version");
        INFO(record.toJson());
        REQUIRE(comparable == expected);
        referrals += result.at("approach") == "refer_out" ? 1 : 0;
        approachesSeen.insert(result.at("approach").get<std::string>());
    }
    // The generator must reach every branch for the comparison to mean much.
    CHECK(approachesSeen.size() == 5);
    CHECK(referrals > kGeneratedIntakes / 20);
}

TEST_CASE("properties of every recommendation", "[properties]")
{
    for (const auto& [record, result] : generatedCases()) {
        INFO(record.toJson() << "\n-> " << result.dump());
        const bool refersOut = result.at("approach") == "refer_out";

        // Refer out if and only if a red flag holds or the pain is not mechanical.
        CHECK(refersOut == (anyRedFlag(record) || !record.changesWithMovement));

        if (refersOut) {
            CHECK(result.at("focus_areas").empty());
            CHECK(result.at("home_care").empty());
            CHECK(result.at("pressure").is_null());
            CHECK_FALSE(result.at("urgency").is_null());
        } else {
            CHECK(result.at("urgency").is_null());
            // Never more pressure than the client asked for.
            const auto pressure =
                indexOfWord(kPressureWords, result.at("pressure").get<std::string>());
            REQUIRE(pressure.has_value());
            CHECK(Pressure(*pressure) <= record.pressurePreference);
        }
        CHECK_FALSE(result.at("rationale").empty());
        CHECK(result.at("age") == record.ageAtVisit());
    }
}
