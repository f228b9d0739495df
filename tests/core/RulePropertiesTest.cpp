// Properties over thousands of generated clinic-intake/2 intakes, and a
// second, plain C++ reading of spec/recommendation-rules.md (version 2) that
// the rules file must agree with: every field but the free texts, and the
// rule ids of the rationale in their order.
#include "Harness.h"
#include "IntakeGenerator.h"

#include <catch2/catch.hpp>
#include <set>

using nlohmann::json;
using namespace vocabulary;
using Words = std::vector<std::string>;

namespace {

constexpr int kGeneratedIntakes = 5000;

std::string dashed(std::string_view word)
{
    std::string text(word);
    std::replace(text.begin(), text.end(), '_', '-');
    return text;
}

// The spec, step by step, written without the rule engine.
json specReference(const IntakeRecord& r)
{
    using Q = Question;
    using L = PainLocation;
    using F = Finding;
    const auto yes = [&](Q q) {
        return r.answeredYes(q);
    };
    const auto hurts = [&](std::initializer_list<L> any) {
        return std::any_of(any.begin(), any.end(), [&](L l) { return r.hurtsAt(l); });
    };
    const int age = r.ageAtVisit();
    const Acuity acuity = r.acuity();
    const bool neck = r.neckInvolved();
    Words rationale;

    // Step 1.
    std::optional<Urgency> urgency;
    Words cleared;
    const bool clearanceValid = r.clearance && r.clearance->date.daysTo(r.visitDate) <= 90;
    const auto flag = [&](const char* rule, bool holds, Urgency level,
                          std::optional<ClearanceCode> code = std::nullopt) {
        if (!holds) {
            return;
        }
        rationale.push_back(rule);
        if (code && clearanceValid && r.clearance->covers(*code)) {
            cleared.emplace_back(wordOf(*code));
            return;
        }
        urgency = std::max(urgency.value_or(Urgency::Routine), level);
    };
    const auto E = Urgency::Emergency;
    const auto U = Urgency::Urgent;
    const auto R = Urgency::Routine;
    using C = ClearanceCode;
    flag("red-flag-saddle-numbness", yes(Q::SaddleNumbness), E);
    flag("red-flag-bladder-bowel", yes(Q::BladderOrBowelChange), E);
    flag("red-flag-sexual-dysfunction", yes(Q::SexualDysfunction), E);
    flag("red-flag-both-legs", yes(Q::SymptomsInBothLegs), E);
    flag("red-flag-cannot-bear-weight", yes(Q::CannotBearWeight), E);
    flag("red-flag-chest-pain", yes(Q::ChestPainOrBreathlessness), E);
    flag("red-flag-sudden-severe-pain", yes(Q::SuddenSeverePain), E);
    flag("red-flag-severe-headache", yes(Q::SevereHeadache), E);
    flag("red-flag-neuro-signs", yes(Q::DizzinessOrNeuroSigns), E);
    flag("red-flag-neck-trauma", yes(Q::RecentMajorTrauma) && neck, E);
    flag("red-flag-leg-weakness", yes(Q::ProgressiveLegWeakness), U);
    flag("red-flag-calf-swelling", yes(Q::CalfSwelling), U);
    flag("red-flag-fever", yes(Q::FeverOrUnwell), U);
    flag("red-flag-major-trauma", yes(Q::RecentMajorTrauma) && !neck, U, C::RecentMajorTrauma);
    flag("red-flag-cancer-history", yes(Q::CancerHistory), U, C::CancerHistory);
    flag("red-flag-weight-loss", yes(Q::UnexplainedWeightLoss), U, C::UnexplainedWeightLoss);
    flag("red-flag-night-pain", yes(Q::ConstantNightPain), U, C::ConstantNightPain);
    flag("red-flag-immunosuppressed", yes(Q::Immunosuppressed), U, C::Immunosuppressed);
    flag("red-flag-injects-drugs", yes(Q::InjectsDrugs), U, C::InjectsDrugs);
    flag("red-flag-fragility-fracture",
         yes(Q::RecentMinorFall) && (yes(Q::Osteoporosis) || yes(Q::LongTermSteroids) || age >= 70),
         U, C::RecentMinorFall);
    const bool severeNotMechanical = r.painIntensity >= 7 || age >= 50;
    flag("red-flag-not-mechanical-severe", yes(Q::PainUnchangedByMovement) && severeNotMechanical,
         U, C::PainNotMechanical);
    flag("red-flag-not-mechanical", yes(Q::PainUnchangedByMovement) && !severeNotMechanical, R,
         C::PainNotMechanical);
    flag("red-flag-child", age < 16, R, C::Child);
    if (r.clearance && !clearanceValid) {
        rationale.push_back("clearance-expired");
    }

    // Step 0.
    Words unanswered;
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const bool required = !isNeckQuestion(Question(i)) || neck;
        if (required && r.answer(Question(i)) == Answer::NotAsked) {
            unanswered.emplace_back(wordOf(Question(i)));
        }
    }
    if (!unanswered.empty()) {
        rationale.push_back("screening-incomplete");
    }

    // Step 2.
    std::optional<Approach> approach;
    const bool legNerves = r.has(F::ShootingLegPain) || r.has(F::LegNumbnessOrTingling);
    const bool neckPattern = r.radiatesInto(Radiation::NeckShoulders) ||
                             r.radiatesInto(Radiation::Arm) || r.has(F::NeckShoulderStress) ||
                             hurts({L::Neck, L::Shoulders});
    if (urgency) {
        approach = Approach::ReferOut;
    } else if (unanswered.empty()) {
        if (legNerves || r.radiatesInto(Radiation::Hip) || r.radiatesInto(Radiation::Leg) ||
            hurts({L::Hip, L::Buttock, L::Thigh}) || r.has(F::TightHamstrings) ||
            r.has(F::TightGlutes)) {
            approach = Approach::TriggerPoint;
            rationale.push_back("referred-pain-pattern");
        } else if (neckPattern) {
            approach = Approach::Swedish;
            rationale.push_back("neck-and-shoulder-tension");
        } else if (acuity == Acuity::Chronic && r.pressurePreference != Pressure::Light) {
            approach = Approach::DeepTissue;
            rationale.push_back("chronic-tight-muscles");
        } else if (acuity == Acuity::Acute &&
                   (r.painLocations & ~(bitOf(L::LowerBack) | bitOf(L::Sacroiliac))) == 0) {
            approach = Approach::Sacroiliac;
            rationale.push_back("acute-local-low-back");
        } else {
            approach = Approach::Swedish;
            rationale.push_back("general-back-massage");
        }
    }

    // Step 3.
    Words cautions;
    std::optional<Pressure> ceiling;
    const auto caution = [&](bool holds, const char* code, std::optional<Pressure> most) {
        if (holds) {
            cautions.push_back(code);
            rationale.push_back("caution-" + dashed(code));
            if (most) {
                ceiling = std::min(ceiling.value_or(Pressure::Firm), *most);
            }
        }
    };
    const auto light = Pressure::Light;
    const auto medium = Pressure::Medium;
    caution(yes(Q::Anticoagulants), "anticoagulants", light);
    caution(yes(Q::Pregnancy), "pregnancy", light);
    caution(yes(Q::Osteoporosis), "osteoporosis", light);
    caution(yes(Q::LongTermSteroids), "long_term_steroids", light);
    caution(yes(Q::RecentSurgery), "recent_surgery", light);
    caution(yes(Q::DvtHistory), "dvt_history", light);
    caution(!cleared.empty(), "medical_clearance", light);
    caution(r.painIntensity >= 8, "severe_pain", light);
    caution(age >= 75, "older_adult", medium);
    caution(legNerves || r.has(F::ArmNumbnessOrTingling), "nerve_symptoms", medium);
    caution(yes(Q::VaricoseVeins), "varicose_veins", std::nullopt);
    caution(yes(Q::SkinConditionInArea), "skin_condition", std::nullopt);
    caution(age < 18, "minor", std::nullopt);
    const auto hasCaution = [&](std::initializer_list<const char*> codes) {
        for (const char* code : codes) {
            if (std::find(cautions.begin(), cautions.end(), code) != cautions.end()) {
                return true;
            }
        }
        return false;
    };

    json result = {{"approach", approach ? json(wordOf(*approach)) : json(nullptr)},
                   {"urgency", urgency ? json(wordOf(*urgency)) : json(nullptr)},
                   {"pressure", nullptr},
                   {"screening", {{"complete", unanswered.empty()}, {"unanswered", unanswered}}},
                   {"cleared", cleared},
                   {"focus_areas", json::array()},
                   {"cautions", cautions},
                   {"home_care", json::array()},
                   {"acuity", wordOf(acuity)},
                   {"age", age}};
    if (!approach || *approach == Approach::ReferOut) {
        result["rationale"] = rationale;
        return result;
    }

    // Step 4.
    const auto least = [](Approach a) {
        return a == Approach::TriggerPoint || a == Approach::DeepTissue ? Pressure::Medium
                                                                        : Pressure::Light;
    };
    const Pressure workable = std::min(ceiling.value_or(Pressure::Firm), r.pressurePreference);
    if (workable < least(*approach) ||
        (*approach == Approach::Sacroiliac && r.avoids(L::Sacroiliac))) {
        approach = Approach::Swedish;
        rationale.push_back("switch-to-swedish");
    }
    result["approach"] = wordOf(*approach);

    // Step 5.
    const Pressure most = *approach == Approach::Sacroiliac ? Pressure::Light
                          : *approach == Approach::Swedish  ? Pressure::Medium
                                                            : Pressure::Firm;
    const Pressure pressure = std::min(workable, most);
    result["pressure"] = wordOf(pressure);
    if (pressure < r.pressurePreference) {
        rationale.push_back("pressure-below-preference");
    }

    // Step 6.
    const Words canonical = {"quadratus_lumborum", "erector_spinae",  "gluteus_maximus",
                             "gluteus_medius",     "piriformis",      "hamstrings",
                             "sacroiliac_joint",   "upper_trapezius", "levator_scapulae"};
    const std::vector<std::vector<L>> liesIn = {
        {L::LowerBack},  {L::LowerBack, L::MidBack, L::UpperBack},
        {L::Buttock},    {L::Buttock, L::Hip},
        {L::Buttock},    {L::Thigh},
        {L::Sacroiliac}, {L::Neck, L::Shoulders},
        {L::Neck}};
    std::set<std::string> focus;
    const auto add = [&](const char* rule, bool holds, std::initializer_list<const char*> areas) {
        if (!holds) {
            return;
        }
        bool added = false;
        for (const char* area : areas) {
            added = focus.insert(area).second || added;
        }
        if (added) {
            rationale.push_back(rule);
        }
    };
    add("focus-low-back", hurts({L::LowerBack, L::Sacroiliac, L::MidBack}),
        {"quadratus_lumborum", "gluteus_medius"});
    add("focus-upper-back", hurts({L::MidBack, L::UpperBack}), {"erector_spinae"});
    add("focus-sacroiliac", hurts({L::Sacroiliac}) || approach == Approach::Sacroiliac,
        {"sacroiliac_joint"});
    add("focus-glutes",
        r.has(F::TightGlutes) || hurts({L::Hip, L::Buttock}) || r.radiatesInto(Radiation::Hip) ||
            legNerves,
        {"gluteus_maximus", "gluteus_medius", "piriformis"});
    add("focus-hamstrings",
        r.has(F::TightHamstrings) || r.radiatesInto(Radiation::Leg) || hurts({L::Thigh}),
        {"hamstrings"});
    add("focus-neck", neckPattern, {"upper_trapezius", "levator_scapulae", "gluteus_medius"});
    add("focus-one-leg", r.has(F::StandsOnOneLeg), {"gluteus_medius"});
    if (hasCaution({"dvt_history", "pregnancy", "varicose_veins"}) && focus.erase("hamstrings")) {
        rationale.push_back("no-deep-leg-work");
    }
    bool removed = false;
    for (std::size_t i = 0; i < canonical.size(); ++i) {
        for (const L location : liesIn[i]) {
            if (r.avoids(location) && focus.erase(canonical[i]) != 0) {
                removed = true;
            }
        }
    }
    if (removed) {
        rationale.push_back("avoid-marked-areas");
    }
    for (const auto& area : canonical) {
        if (focus.count(area) != 0) {
            result["focus_areas"].push_back(area);
        }
    }

    // Step 7.
    const auto home = [&](const char* item, bool given) {
        if (given) {
            result["home_care"].push_back(item);
            rationale.push_back("home-care-" + dashed(item));
        }
    };
    const auto focusOn = [&](std::initializer_list<const char*> areas) {
        return std::any_of(areas.begin(), areas.end(),
                           [&](const char* area) { return focus.count(area) != 0; });
    };
    home("stay_active", true);
    home("heat", acuity != Acuity::Chronic && !hasCaution({"skin_condition"}) &&
                     !r.has(F::LegNumbnessOrTingling) && !r.has(F::ArmNumbnessOrTingling));
    home("tennis_ball", focusOn({"gluteus_maximus", "gluteus_medius", "piriformis"}) &&
                            !hasCaution({"anticoagulants", "nerve_symptoms"}));
    home("foam_roller",
         focusOn({"hamstrings", "quadratus_lumborum", "erector_spinae"}) &&
             !hasCaution({"anticoagulants", "pregnancy", "osteoporosis", "long_term_steroids",
                          "dvt_history", "varicose_veins", "medical_clearance", "older_adult"}));
    result["rationale"] = rationale;
    return result;
}

struct GeneratedCase
{
    IntakeRecord record;
    json result;
};

const std::vector<GeneratedCase>& generatedCases()
{
    static const std::vector<GeneratedCase> cases = [] {
        IntakeGenerator generator(20261128);
        std::vector<GeneratedCase> made;
        for (int i = 0; i < kGeneratedIntakes; ++i) {
            const json intake = generator.next();
            const auto parsed = harness::parse(intake);
            INFO(intake.dump() << harness::describe(parsed.errors));
            REQUIRE(parsed.ok());
            made.push_back({*parsed.record, harness::recommend(intake)});
        }
        return made;
    }();
    return cases;
}

} // namespace

TEST_CASE("the rules file agrees with a plain reading of the spec on generated intakes",
          "[properties]")
{
    std::map<std::string, int> approachesSeen;
    std::set<std::string> rulesSeen;
    int cleared = 0;
    for (const auto& [record, result] : generatedCases()) {
        const json expected = specReference(record);
        json comparable = result;
        comparable["cautions"] = harness::cautionCodes(result);
        comparable["rationale"] = harness::firedRules(result);
        comparable.erase("rules_version");
        INFO(record.toJson() << "\n-> " << result.dump());
        REQUIRE(comparable == expected);
        approachesSeen[result.at("approach").is_null() ? "null" : result.at("approach")]++;
        for (const auto& rule : harness::firedRules(result)) {
            rulesSeen.insert(rule);
        }
        cleared += result.at("cleared").empty() ? 0 : 1;
    }
    // The generator must reach every branch for the comparison to mean much.
    CHECK(approachesSeen.size() == 6);
    CHECK(approachesSeen["refer_out"] > kGeneratedIntakes / 20);
    CHECK(approachesSeen["null"] > kGeneratedIntakes / 20);
    CHECK(cleared > 20);
    for (const char* rule :
         {"switch-to-swedish", "pressure-below-preference", "avoid-marked-areas",
          "no-deep-leg-work", "clearance-expired", "screening-incomplete", "red-flag-child",
          "red-flag-neck-trauma", "red-flag-major-trauma", "home-care-foam-roller"}) {
        INFO(rule);
        CHECK(rulesSeen.count(rule) == 1);
    }
}

TEST_CASE("properties of every recommendation", "[properties]")
{
    for (const auto& [record, result] : generatedCases()) {
        INFO(record.toJson() << "\n-> " << result.dump());
        const bool refersOut = result.at("approach") == "refer_out";
        const bool noPlan = result.at("approach").is_null();
        const bool complete = result.at("screening").at("complete");

        // No plan only when the screening is incomplete; an incomplete one never gives a plan.
        CHECK(noPlan == (!complete && !refersOut));
        CHECK(complete == result.at("screening").at("unanswered").empty());
        if (refersOut || noPlan) {
            CHECK(result.at("focus_areas").empty());
            CHECK(result.at("home_care").empty());
            CHECK(result.at("pressure").is_null());
            CHECK(result.at("urgency").is_null() == noPlan);
        } else {
            CHECK(result.at("urgency").is_null());
            // Never more pressure than the client asked for.
            const auto pressure =
                indexOfWord(kPressureWords, result.at("pressure").get<std::string>());
            REQUIRE(pressure.has_value());
            CHECK(Pressure(*pressure) <= record.pressurePreference);
            // Nothing in an area marked "do not work here".
            for (const auto& area : result.at("focus_areas")) {
                if (area == "hamstrings") {
                    CHECK_FALSE(record.avoids(PainLocation::Thigh));
                }
                if (area == "levator_scapulae") {
                    CHECK_FALSE(record.avoids(PainLocation::Neck));
                }
            }
        }
        // A clearance clears only when valid, and only codes it lists.
        for (const auto& code : result.at("cleared")) {
            REQUIRE(record.clearance.has_value());
            CHECK(record.clearance->date.daysTo(record.visitDate) <= kClearanceValidDays);
            CHECK(record.clearance->covers(
                ClearanceCode(*indexOfWord(kClearanceCodeWords, code.get<std::string>()))));
        }
        CHECK_FALSE(result.at("rationale").empty());
        CHECK(result.at("age") == record.ageAtVisit());
        for (const auto& line : result.at("rationale")) {
            CHECK(line.at("reason").get<std::string>().find('{') == std::string::npos);
        }
    }
}
