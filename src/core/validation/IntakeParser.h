#pragma once

#include "model/IntakeRecord.h"
#include "validation/FieldError.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string_view>

class Clock;

struct IntakeParseResult
{
    std::optional<IntakeRecord> record; // set only when errors is empty
    FieldErrors errors;

    bool ok() const { return record.has_value(); }
};

// Reads and validates clinic-intake/1 records. Reports every problem it finds,
// not only the first, so a form can mark all the fields at once.
class IntakeParser
{
public:
    explicit IntakeParser(const Clock& clock);

    // From JSON text: syntax errors, duplicate keys and excessive nesting are
    // reported at path "record".
    IntakeParseResult parse(std::string_view jsonText) const;

    // From an already parsed JSON value (which can no longer show duplicate
    // keys: nlohmann keeps the last one).
    IntakeParseResult validate(const nlohmann::json& document) const;

    static constexpr int kMaxNestingDepth = 16;

private:
    const Clock& m_clock;
};
