#pragma once

#include "validation/IntakeParser.h"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

class RuleEngine;
struct InputLine;

// Recommendations for a JSONL stream: one intake per line in, one result per
// line out. A bad line does not stop the run: its place in the output holds
// {"line": N, "errors": [{"path": ..., "message": ...}, ...]}.
class JsonlRecommender
{
public:
    struct Summary
    {
        std::size_t lines = 0;
        std::size_t badLines = 0;
    };

    JsonlRecommender(const IntakeParser& parser, const RuleEngine& engine);

    // Appends the output line (with its newline) for input line `lineNumber`
    // (1-based); returns false when the line was refused.
    bool processLine(std::string_view line, std::size_t lineNumber, std::string& out) const;

    // Reads lines in batches spread over the cores; the output keeps the input's order.
    Summary run(std::istream& in, std::ostream& out) const;

    // One JSONL line as an intake: a trailing '\r' is dropped, an empty line refused.
    static IntakeParseResult parseLine(const IntakeParser& parser, std::string_view line);
    // The same for a line as forEachLineInParallel read it: one longer than
    // IntakeParser::kMaxTextBytes is refused as a whole, like parse() does.
    static IntakeParseResult parseLine(const IntakeParser& parser, const InputLine& line);
    // {"line": N, "errors": [{"path": ..., "message": ...}, ...]}
    static std::string errorLine(std::size_t lineNumber, const FieldErrors& errors);

private:
    bool processParsed(const IntakeParseResult& parsed, std::size_t lineNumber,
                       std::string& out) const;

    const IntakeParser& m_parser;
    const RuleEngine& m_engine;
};
