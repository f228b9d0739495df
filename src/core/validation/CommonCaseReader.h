#pragma once

// IntakeParser's fast way through the common case (used by
// IntakeParser.cpp only): a record written plainly, as a program or a form
// writes it, read straight from the text into an IntakeRecord without a JSON
// tree. It takes nothing it is not sure of: an escape in a string, a number
// with a sign or an exponent, a null, a key it does not know or sees twice,
// a value of the wrong type or out of range, anything the JSON grammar or
// the spec would refuse, and it gives up (nullopt) and leaves the text to
// the full reader, which then reports every error. What it accepts it reads
// by the same checks and tables (IntakeFieldRules.h) as the full reader, so
// the record is the same; tests/core/CommonCaseReaderTest.cpp holds the two
// to that.

#include "model/IntakeRecord.h"

#include <optional>
#include <string_view>

class Clock;

// The record, or nullopt when the text is not the common case.
std::optional<IntakeRecord> readCommonCase(std::string_view text, const Clock& clock);
