#include "Harness.h"

#include "IntakeGenerator.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/ClinicStorage.h"
#include "util/FixedClock.h"
#include "workflow/IntakeImporter.h"

#include <sstream>
#include <stdexcept>

namespace harness {

IntakeParseResult parse(const nlohmann::json& intake, const QDate& today)
{
    return parseText(intake.dump(), today);
}

IntakeParseResult parseText(const std::string& text, const QDate& today)
{
    const FixedClock clock(today);
    return IntakeParser(clock).parse(text);
}

nlohmann::json recommend(const nlohmann::json& intake, std::shared_ptr<const RuleSet> rules)
{
    const IntakeParseResult parsed = parse(intake);
    if (!parsed.ok()) {
        throw std::invalid_argument("test intake is invalid: " + describe(parsed.errors));
    }
    const RuleEngine engine(rules ? rules : RuleSetLoader::builtIn());
    return nlohmann::json::parse(
        engine.recommend(*parsed.record).toJson(engine.ruleSet(), *parsed.record));
}

std::shared_ptr<const RuleSet> rulesFrom(const std::string& text)
{
    const RuleSetLoadResult loaded = RuleSetLoader::fromJson(text);
    if (!loaded.ok()) {
        throw std::invalid_argument("test rules do not load: " + describe(loaded.errors));
    }
    return loaded.ruleSet;
}

std::vector<std::string> words(const nlohmann::json& list)
{
    return list.get<std::vector<std::string>>();
}

std::vector<std::string> cautionCodes(const nlohmann::json& recommendation)
{
    std::vector<std::string> codes;
    for (const auto& caution : recommendation.at("cautions")) {
        codes.push_back(caution.at("code").get<std::string>());
    }
    return codes;
}

std::vector<std::string> firedRules(const nlohmann::json& recommendation)
{
    std::vector<std::string> rules;
    for (const auto& line : recommendation.at("rationale")) {
        rules.push_back(line.at("rule").get<std::string>());
    }
    return rules;
}

ImportResult importGenerated(ClinicStorage& storage, const RuleEngine& engine, const Clock& clock,
                             int count, std::uint64_t seed)
{
    IntakeGenerator generator(seed);
    std::string lines;
    for (int i = 0; i < count; ++i) {
        lines += generator.next().dump() + "\n";
    }
    std::istringstream in(lines);
    const IntakeParser parser(clock);
    return IntakeImporter(storage, parser, engine)
        .run(in, QStringLiteral("desk"), clock.now().toString(Qt::ISODateWithMs));
}

bool hasError(const FieldErrors& errors, const std::string& path, const std::string& message)
{
    for (const auto& error : errors) {
        if (error.path == path && error.message == message) {
            return true;
        }
    }
    return false;
}

bool hasErrorAt(const FieldErrors& errors, const std::string& path)
{
    for (const auto& error : errors) {
        if (error.path == path) {
            return true;
        }
    }
    return false;
}

std::string describe(const FieldErrors& errors)
{
    std::string text;
    for (const auto& error : errors) {
        text += "\n  " + error.toString();
    }
    return text.empty() ? "(no errors)" : text;
}

} // namespace harness
