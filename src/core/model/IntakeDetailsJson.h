#pragma once

#include "model/IntakeDetails.h"

#include <nlohmann/json.hpp>

class Clock;

// IntakeDetails from the JSON of IntakeRepository::details() (also without its
// "reviews", as StaffSession::openIntake gives it to roles that may not read
// them). Never throws for what the JSON holds: a record that does not read
// is kept with its problem, an unknown word is left out and named in the
// problems of its part.
// `clock` gives the visit date of a record that has none, as IntakeParser
// does for every record.
IntakeDetails intakeDetailsFromJson(const nlohmann::ordered_json& details, const Clock& clock);
