#pragma once

#include <nlohmann/json.hpp>

// The smallest screening-complete intake, as JSON (clinic-intake/2), for
// tests to change one field at a time: Sam Example, born 1980-06-15, seen
// 2026-11-21 (age 46), lower back pain of intensity 4 for 8 weeks
// (subacute), every screening question (the two neck questions too) and
// every precaution question answered "no". Under the default rules it gets a
// general Swedish massage. To flag something:
// intake["screening"]["fever_or_unwell"] = "yes".
nlohmann::json sampleIntake();

// The same client and pain as a clinic-intake/1 record (which cannot say
// "no", so its screening is incomplete).
nlohmann::json sampleIntakeVersion1();

// Every screening question (the 18 asked of everyone and the 2 neck
// questions) answered "no": the value of a record's "screening".
nlohmann::json allNoScreening();

// Every precaution question answered "no": the value of "precautions".
nlohmann::json allNoPrecautions();

// {"screening": allNoScreening(), "precautions": allNoPrecautions()}, to
// complete another intake with intake.update(allNoAnswers()).
nlohmann::json allNoAnswers();
