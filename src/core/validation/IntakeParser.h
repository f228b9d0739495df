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

// Reads and validates intake records (spec/intake-format.md): clinic-intake/2,
// and clinic-intake/1 by version 1's own field list and error paths, read as
// version 2 per the spec's table (a v1 flag that is true is "yes", false or
// left out is not asked) and kept as format V1 so it is written back as it
// came. Each error names its field by path; every problem is reported, not
// only the first, so a form can mark all the fields at once, and a check that
// needs a value (the age needs the date of birth) is skipped when that value
// is itself in error. When `format` is missing or wrong, the fields are
// checked against version 1's list if the record uses version 1's own fields
// (sciatica, red_flags, pain.changes_with_movement) and none of version 2's,
// otherwise against version 2's.
class IntakeParser
{
public:
    // Control characters in one-line texts are refused in what people type
    // and import; records stored before that rule may hold them, and reading
    // those back (check, restore) must not call them damaged.
    enum class ControlCharacters
    {
        Refuse,
        AcceptAsStored,
    };

    explicit IntakeParser(const Clock& clock,
                          ControlCharacters controlCharacters = ControlCharacters::Refuse);

    // From JSON text: syntax errors, duplicate keys, excessive nesting and
    // text over kMaxTextBytes are reported at path "record". Well-formed
    // text is read by parseCommonCase(); whatever that gives up on (and
    // every error) comes from parseFully().
    IntakeParseResult parse(std::string_view jsonText) const;

    // The two ways parse() reads text, public for the test that holds them
    // to the same outcome (tests/core/CommonCaseReaderTest.cpp).
    //
    // The common case, fast: the text read straight into the record, without
    // a JSON tree, when it is a valid record written in the plain way (no
    // escapes in strings, no exponents, no negative numbers, no nulls, no
    // duplicate or unknown keys). nullopt for anything else, whether valid or
    // not: it never reports an error, and a record it gives is exactly the
    // one parseFully() gives for the same text.
    std::optional<IntakeRecord> parseCommonCase(std::string_view jsonText) const;
    // The full reader: a JSON tree, then every field checked, every problem
    // reported.
    IntakeParseResult parseFully(std::string_view jsonText) const;

    // From an already parsed JSON value (which can no longer show duplicate
    // keys: nlohmann keeps the last one).
    IntakeParseResult validate(const nlohmann::json& document) const;

    static constexpr int kMaxNestingDepth = 16;
    // An intake is a few kilobytes (notes, the longest field, are at most 4000
    // characters); text longer than this is refused before it is parsed. Bulk
    // import and the command line read at most this much per record.
    static constexpr std::size_t kMaxTextBytes = std::size_t(1) << 20;
    // Problems reported for one record; past this a last error says how
    // many more there were, so a pasted essay cannot flood a form or a log.
    static constexpr std::size_t kMaxErrors = 50;

    // {"record", "longer than 1 MiB; an intake is a few kilobytes"}
    static FieldError tooLongError();

private:
    // validate() without the cap on errors; `dropped` counts those not kept.
    IntakeParseResult validateUncapped(const nlohmann::json& document, std::size_t& dropped) const;

    const Clock& m_clock;
    ControlCharacters m_controlCharacters;
};
