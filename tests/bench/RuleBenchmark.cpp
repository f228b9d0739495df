// Benchmarks for the rule engine (not tests: nothing here fails a build).
//   clinic-intake-bench evaluate [N]        evaluations per second over N parsed intakes
//   clinic-intake-bench generate N FILE     write N generated clinic-intake/2 intakes as JSONL
//   clinic-intake-bench generate-v1 N FILE  N clinic-intake/1 intakes, the very lines that
//                                           `generate` wrote before version 2 (seed 2026), so
//                                           builds before and after version 2 read the same input
//   clinic-intake-bench generate-full N FILE  version 2 with every field written out
//   clinic-intake-bench parse FILE          each line of a JSONL file read by IntakeParser's
//                                           common-case reader and by its full reader, timed
//                                           apart, and how many lines the first one took
#include "IntakeGenerator.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<IntakeRecord> parsedIntakes(int count)
{
    IntakeGenerator generator(42);
    const FixedClock clock(QDate(2026, 11, 21));
    const IntakeParser parser(clock);
    std::vector<IntakeRecord> records;
    records.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        records.push_back(*parser.parse(generator.next().dump()).record);
    }
    return records;
}

int evaluate(int count)
{
    const std::vector<IntakeRecord> records = parsedIntakes(count);
    const RuleEngine engine(RuleSetLoader::builtIn());

    // Repeat passes for at least a second so the figure is stable.
    std::uint64_t checksum = 0;
    std::size_t evaluations = 0;
    const auto start = Clock::now();
    while (secondsSince(start) < 1.0) {
        for (const auto& record : records) {
            const Recommendation result = engine.recommend(record);
            checksum += result.focusAreas + result.rationale.size();
        }
        evaluations += records.size();
    }
    const double seconds = secondsSince(start);

    std::string json;
    std::size_t serialized = 0;
    const auto jsonStart = Clock::now();
    while (secondsSince(jsonStart) < 1.0) {
        for (const auto& record : records) {
            json.clear();
            engine.recommend(record).appendJson(engine.ruleSet(), record, json);
            checksum += json.size();
        }
        serialized += records.size();
    }
    const double jsonSeconds = secondsSince(jsonStart);

    std::printf("rule evaluation:            %10.0f evaluations/s (%zu in %.2f s, %d intakes)\n",
                double(evaluations) / seconds, evaluations, seconds, count);
    std::printf("evaluation + JSON output:   %10.0f results/s\n", double(serialized) / jsonSeconds);
    std::printf("(checksum %llu)\n", static_cast<unsigned long long>(checksum));
    return 0;
}

// Compact records leave defaults out, as a form would; full ones write every
// field out (as export does), about twice the bytes to parse.
int generate(int count, const char* path, bool full, bool version1)
{
    IntakeGenerator generator(2026);
    const FixedClock clock(QDate(2026, 11, 21));
    const IntakeParser parser(clock);
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < count; ++i) {
        const std::string compact = (version1 ? generator.nextVersion1() : generator.next()).dump();
        out << (full ? parser.parse(compact).record->toJson() : compact) << '\n';
    }
    return out ? 0 : 1;
}

// IntakeParser::parse tries parseCommonCase() and falls back to parseFully():
// how fast each is on its own, and how many lines take the fast way.
int parseLines(const char* path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    std::size_t bytes = 0;
    for (std::string line; std::getline(in, line);) {
        bytes += line.size();
        lines.push_back(std::move(line));
    }
    const FixedClock clock(QDate(2026, 11, 21));
    const IntakeParser parser(clock);

    std::size_t taken = 0;
    auto start = Clock::now();
    for (const auto& line : lines) {
        taken += parser.parseCommonCase(line) ? 1 : 0;
    }
    const double commonSeconds = secondsSince(start);

    std::size_t accepted = 0;
    start = Clock::now();
    for (const auto& line : lines) {
        accepted += parser.parseFully(line).ok() ? 1 : 0;
    }
    const double fullSeconds = secondsSince(start);

    const double megabytes = double(bytes) / 1e6;
    std::printf("%zu lines, %.0f MB: %zu taken by the common-case reader, %zu accepted in all\n",
                lines.size(), megabytes, taken, accepted);
    std::printf("common-case reader: %6.3f s (%4.0f MB/s, %5.2f us a line)\n", commonSeconds,
                megabytes / commonSeconds, commonSeconds * 1e6 / double(lines.size()));
    std::printf("full reader:        %6.3f s (%4.0f MB/s, %5.2f us a line)\n", fullSeconds,
                megabytes / fullSeconds, fullSeconds * 1e6 / double(lines.size()));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::string command = argc > 1 ? argv[1] : "evaluate";
    if (command == "evaluate") {
        return evaluate(argc > 2 ? std::stoi(argv[2]) : 20000);
    }
    if ((command == "generate" || command == "generate-full" || command == "generate-v1") &&
        argc == 4) {
        return generate(std::stoi(argv[2]), argv[3], command == "generate-full",
                        command == "generate-v1");
    }
    if (command == "parse" && argc == 3) {
        return parseLines(argv[2]);
    }
    std::fprintf(
        stderr,
        "usage: clinic-intake-bench evaluate [N] | generate[-full|-v1] N FILE | parse FILE\n");
    return 1;
}
