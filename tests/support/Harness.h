#pragma once

#include "rules/RuleSet.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeImporter.h"

#include <QDate>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

class ClinicStorage;
class Clock;
class RuleEngine;

// Shortcuts the tests share: parse an intake as of a fixed day, and get the
// recommendation as the JSON a user sees.
namespace harness {

inline const QDate kToday(2026, 11, 21);

IntakeParseResult parse(const nlohmann::json& intake, const QDate& today = kToday);
IntakeParseResult parseText(const std::string& text, const QDate& today = kToday);

// The recommendation JSON for a valid intake; fails the test if it is invalid.
nlohmann::json recommend(const nlohmann::json& intake,
                         std::shared_ptr<const RuleSet> rules = nullptr);

// Loads a rules file from text; fails the test if it does not load.
std::shared_ptr<const RuleSet> rulesFrom(const std::string& text);

std::vector<std::string> words(const nlohmann::json& list);
std::vector<std::string> cautionCodes(const nlohmann::json& recommendation);
std::vector<std::string> firedRules(const nlohmann::json& recommendation);

// Imports `count` generated intakes (seeded) in one transaction, as
// `import` would; for tests that need a filled database.
ImportResult importGenerated(ClinicStorage& storage, const RuleEngine& engine, const Clock& clock,
                             int count, std::uint64_t seed);

bool hasError(const FieldErrors& errors, const std::string& path, const std::string& message);
bool hasErrorAt(const FieldErrors& errors, const std::string& path);
std::string describe(const FieldErrors& errors);

} // namespace harness
