#include "FuzzTargets.h"

#include "IntakeGenerator.h"
#include "batch/JsonlRecommender.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/BoundedInput.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeImporter.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <cstring>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <vector>

namespace fuzz {
namespace {

const QDate kToday(2026, 11, 21);

void require(bool condition, const std::string& what)
{
    if (!condition) {
        throw InvariantBroken(what);
    }
}

// What every refusal must look like: each problem names a place and says
// something, in valid UTF-8 (messages end up in JSON and in a GUI), and
// neither grows with the input.
void checkError(const FieldError& error)
{
    constexpr std::size_t kMaxPath = 2000;
    constexpr std::size_t kMaxMessage = 2000;
    require(!error.path.empty(), "an error without a path: " + error.message);
    require(!error.message.empty(), "an error without a message at " + error.path);
    require(bounded::isValidUtf8(error.path), "an error path is not UTF-8");
    require(bounded::isValidUtf8(error.message), "an error message is not UTF-8");
    require(error.path.size() <= kMaxPath,
            "an error path of " + std::to_string(error.path.size()) + " bytes");
    require(error.message.size() <= kMaxMessage,
            "an error message of " + std::to_string(error.message.size()) + " bytes");
}

void checkErrors(const FieldErrors& errors, bool accepted, std::size_t maxErrors)
{
    require(accepted == errors.empty(), "accepted with errors, or refused without one");
    require(errors.size() <= maxErrors + 1,
            std::to_string(errors.size()) + " errors, more than the cap");
    for (const auto& error : errors) {
        checkError(error);
    }
}

void checkRecommendation(const RuleEngine& engine, const IntakeRecord& record)
{
    const Recommendation result = engine.recommend(record);
    for (const auto& line : result.rationale) {
        require(line.rule < engine.ruleSet().rules.size(), "a fired rule that does not exist");
    }
    // No plan only while the screening is incomplete (a referral is always a plan).
    require(result.hasApproach() || !result.screeningComplete(),
            "no approach for a complete screening");
    const std::string text = result.toJson(engine.ruleSet(), record);
    require(nlohmann::json::accept(text), "a recommendation that is not valid JSON: " + text);
}

const RuleEngine& builtInEngine()
{
    static const RuleEngine engine(RuleSetLoader::builtIn());
    return engine;
}

// Generated intakes that between them make every built-in rule fire.
const std::vector<IntakeRecord>& sampleIntakes()
{
    static const std::vector<IntakeRecord> samples = [] {
        const FixedClock clock(kToday);
        const IntakeParser parser(clock);
        IntakeGenerator generator(20261121);
        std::vector<IntakeRecord> records;
        for (int i = 0; i < 24; ++i) {
            const auto parsed = parser.validate(generator.next());
            if (parsed.ok()) {
                records.push_back(*parsed.record);
            }
        }
        return records;
    }();
    return samples;
}

// The lines std::getline would give, as the reference for the bounded reader.
std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const auto end = text.find('\n');
        lines.push_back(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return lines;
}

void checkLineReader(std::string_view input, const std::vector<std::string_view>& lines,
                     std::size_t maxBytes)
{
    std::istringstream in{std::string(input)};
    std::string line;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto status = bounded::readLine(in, line, maxBytes);
        const std::string where = "line " + std::to_string(i + 1) + " with a limit of " +
                                  std::to_string(maxBytes) + " bytes";
        if (lines[i].size() > maxBytes) {
            require(status == bounded::LineStatus::TooLong && line.empty(),
                    where + " was not reported too long");
        } else {
            require(status == bounded::LineStatus::Read && line == lines[i],
                    where + " was read wrongly");
        }
    }
    require(bounded::readLine(in, line, maxBytes) == bounded::LineStatus::End,
            "lines after the last one");
    require(!in.bad(), "the stream went bad");
}

// Everything a record holds, as text: both JSON forms (a version 1 record
// writes only version 1's fields), and what JSON does not show.
std::string fingerprint(const IntakeRecord& record)
{
    std::uint64_t durationBits = 0;
    std::memcpy(&durationBits, &record.durationWeeks, sizeof durationBits);
    return record.toJson() + "\n" + record.asVersion2().toJson() + "\n" +
           std::to_string(durationBits) + " " + std::to_string(record.painIntensity) + " " +
           std::to_string(int(record.pressurePreference)) + " " +
           std::to_string(record.pressurePreferenceStated) + " " +
           std::to_string(record.yesAnswers) + " " + std::to_string(record.noAnswers);
}

// parse() reads the common case the fast way (parseCommonCase) and leaves
// the rest to parseFully(): it must say what parseFully() says, and the fast
// way must accept nothing that parseFully() refuses, as the same record.
void checkCommonCase(const IntakeParser& parser, std::string_view input,
                     const IntakeParseResult& parsed)
{
    const IntakeParseResult full = parser.parseFully(input);
    require(parsed.ok() == full.ok() && parsed.errors == full.errors,
            "parse() and parseFully() differ");
    const std::optional<IntakeRecord> fast = parser.parseCommonCase(input);
    if (!fast) {
        return;
    }
    require(full.ok(), "the common-case reader accepted what the full reader refuses (" +
                           (full.errors.empty() ? "" : full.errors[0].toString()) + ")");
    const std::string expected = fingerprint(*full.record);
    require(fingerprint(*fast) == expected,
            "the common-case reader read another record: " + fingerprint(*fast) + " / " + expected);
    require(fingerprint(*parsed.record) == expected, "parse() read another record");
}

} // namespace

Outcome intakeParser(std::string_view input)
{
    const FixedClock clock(kToday);
    const IntakeParser parser(clock);
    const IntakeParseResult parsed = parser.parse(input);
    checkErrors(parsed.errors, parsed.ok(), IntakeParser::kMaxErrors);
    checkCommonCase(parser, input, parsed);
    if (!parsed.ok()) {
        return Outcome::Refused;
    }
    const std::string once = parsed.record->toJson();
    const IntakeParseResult again = parser.parse(once);
    require(again.ok(), "an accepted record's own JSON is refused: " + once + " (" +
                            (again.errors.empty() ? "" : again.errors[0].toString()) + ")");
    const std::string twice = again.record->toJson();
    require(twice == once, "a record changed on its way through JSON: " + once + " / " + twice);
    checkRecommendation(builtInEngine(), *parsed.record);
    return Outcome::Accepted;
}

Outcome rulesLoader(std::string_view input)
{
    const RuleSetLoadResult loaded = RuleSetLoader::fromJson(input);
    checkErrors(loaded.errors, loaded.ok(), RuleSetLoader::kMaxErrors);
    require(!loaded.unreadable, "text cannot be unreadable");
    if (!loaded.ok()) {
        return Outcome::Refused;
    }
    require(loaded.ruleSet->sourceText == input, "the rule set does not keep its source");
    const RuleEngine engine(loaded.ruleSet);
    for (const auto& record : sampleIntakes()) {
        checkRecommendation(engine, record);
    }
    return Outcome::Accepted;
}

struct JsonlImport::State
{
    QTemporaryDir folder;
    FixedClock clock{kToday};
    IntakeParser parser{clock};
    int generation = 0;
    std::unique_ptr<Database> database;
    std::unique_ptr<SqliteClinicStorage> storage;
    qint64 intakes = 0; // in the current database: what every import so far added

    void startAfresh()
    {
        storage.reset();
        database.reset();
        QDir(folder.path()).removeRecursively();
        QDir().mkpath(folder.path());
        ++generation;
        database = std::make_unique<Database>(
            folder.filePath(QStringLiteral("fuzz-%1.sqlite").arg(generation)));
        storage = std::make_unique<SqliteClinicStorage>(*database, clock);
        intakes = 0;
    }

    qint64 storedIntakes() const
    {
        QSqlQuery query(database->connection());
        require(query.exec(QStringLiteral("SELECT count(*) FROM intakes")) && query.next(),
                "cannot count the intakes");
        return query.value(0).toLongLong();
    }
};

JsonlImport::JsonlImport() : m_state(std::make_unique<State>())
{
    require(m_state->folder.isValid(), "cannot make a temporary folder");
    m_state->startAfresh();
}

JsonlImport::~JsonlImport() = default;

Outcome JsonlImport::run(std::string_view input)
{
    constexpr qint64 kMaxIntakesKept = 2000; // then the database starts afresh
    if (m_state->intakes > kMaxIntakesKept) {
        m_state->startAfresh();
    }
    const auto lines = splitLines(input);
    // The bounded reader against plain splitting, with limits the input reaches.
    checkLineReader(input, lines, 100);
    checkLineReader(input, lines, 16 * 1024 - 1);

    std::istringstream in{std::string(input)};
    const ImportResult result =
        IntakeImporter(*m_state->storage, m_state->parser, builtInEngine())
            .run(in, QStringLiteral("fuzz"), QStringLiteral("2026-11-21T12:00:00.000Z"));
    require(!in.bad(), "the input stream went bad");
    require(result.lines == lines.size(),
            "read " + std::to_string(result.lines) + " lines of " + std::to_string(lines.size()));
    require(result.errors.size() <= IntakeImporter::kMaxReportedErrors, "too many errors");
    for (const auto& lineError : result.errors) {
        require(lineError.line >= 1 && lineError.line <= lines.size(),
                "an error on line " + std::to_string(lineError.line));
        checkError(lineError.error);
    }
    if (!result.errors.empty()) {
        require(result.imported == 0, "imported despite errors");
    }
    require(result.imported <= lines.size(), "imported more intakes than lines");
    if (result.imported > 0) {
        require(result.lastIntakeId - result.firstIntakeId + 1 == qint64(result.imported),
                "the ids of the imported intakes are not consecutive");
    }
    m_state->intakes += qint64(result.imported);
    require(m_state->storedIntakes() == m_state->intakes,
            "the database does not hold what the imports reported (all or nothing)");
    return result.imported > 0 ? Outcome::Accepted : Outcome::Refused;
}

} // namespace fuzz
