#pragma once

#include <nlohmann/json.hpp>

// The smallest valid intake, as JSON, for tests to change one field at a
// time: Sam Example, born 1980-06-15, seen 2026-11-21 (age 46), lower back
// pain of intensity 4 for 8 weeks (subacute). Under the default rules it
// gets a general Swedish massage.
nlohmann::json sampleIntake();
