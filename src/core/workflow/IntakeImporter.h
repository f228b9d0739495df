#pragma once

#include "validation/FieldError.h"

#include <QString>
#include <functional>
#include <iosfwd>
#include <vector>

class ClinicStorage;
class IntakeParser;
class RuleEngine;

struct LineError
{
    std::size_t line = 0;
    FieldError error;
};

struct ImportResult
{
    std::size_t lines = 0;
    std::size_t imported = 0;      // 0 whenever errors is not empty
    std::vector<LineError> errors; // every problem of every refused line (up to a limit)
    qint64 firstIntakeId = 0;
    qint64 lastIntakeId = 0;
};

// Bulk import of a JSONL file, all or nothing: one transaction (the
// backend's IntakeBatch), and if any line is refused nothing at all is
// stored. Parsing and the rules run on every core; the inserts run in file
// order. A line longer than
// IntakeParser::kMaxTextBytes (1 MiB) is refused ("record: longer than 1 MiB;
// an intake is a few kilobytes") without ever being held in memory.
class IntakeImporter
{
public:
    static constexpr std::size_t kMaxReportedErrors = 1000;

    IntakeImporter(ClinicStorage& storage, const IntakeParser& parser, const RuleEngine& engine);

    // `progress(linesSoFar)` is called after every batch of lines.
    ImportResult run(std::istream& in, const QString& actor, const QString& now,
                     const std::function<void(std::size_t)>& progress = {}) const;

private:
    ClinicStorage& m_storage;
    const IntakeParser& m_parser;
    const RuleEngine& m_engine;
};
