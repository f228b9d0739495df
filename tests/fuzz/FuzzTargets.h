#pragma once

// The fuzz targets' logic, shared by the libFuzzer entry points (built with
// CLINIC_FUZZ=ON) and by the regression test that replays every input in
// tests/fuzz/regressions/ in the normal build. Each target feeds one input to
// the code under test and checks what must hold whatever the input; a broken
// property throws InvariantBroken (which ends a fuzzer run as a crash).

#include <QString>
#include <memory>
#include <stdexcept>
#include <string_view>

namespace fuzz {

enum class Outcome
{
    Accepted,
    Refused,
};

struct InvariantBroken : std::logic_error
{
    using std::logic_error::logic_error;
};

// IntakeParser::parse on the input as one record. It must give what
// parseFully() gives, and parseCommonCase() (the fast way) must accept
// nothing that parseFully() refuses and read what it accepts as the same
// record. An accepted record must survive toJson() and a second parse
// unchanged, and the built-in rules must give it a recommendation that is
// valid JSON.
Outcome intakeParser(std::string_view input);

// RuleSetLoader::fromJson on the input as a rules file. An accepted rule set
// must recommend something that is valid JSON for a set of generated intakes.
Outcome rulesLoader(std::string_view input);

// IntakeImporter::run on the input as a JSONL file, into a throwaway database
// in a temporary folder that is started afresh now and then, so it stays small.
// Needs a QCoreApplication (Qt SQL loads its driver as a plugin).
class JsonlImport
{
public:
    JsonlImport();
    ~JsonlImport();
    JsonlImport(const JsonlImport&) = delete;
    JsonlImport& operator=(const JsonlImport&) = delete;

    Outcome run(std::string_view input);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The targets by the names of their folders under corpus/ and regressions/.
inline constexpr std::string_view kTargetNames[] = {"intake_parser", "rules_loader",
                                                    "jsonl_import"};

} // namespace fuzz
