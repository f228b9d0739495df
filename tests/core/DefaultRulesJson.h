#pragma once

// The shipped rules file as JSON, for tests that change one field of it and
// load the result (resources/rules/default.json, in key order).
#include "Harness.h"
#include "rules/RuleSetLoader.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

inline nlohmann::ordered_json defaultRules()
{
    QFile file(QStringLiteral(CLINIC_DEFAULT_RULES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return nlohmann::ordered_json::parse(file.readAll().toStdString());
}

// The rule with this id in one section ("referral_rules", "focus_rules"…).
inline nlohmann::ordered_json& ruleById(nlohmann::ordered_json& rules, const std::string& section,
                                        const std::string& id)
{
    for (auto& rule : rules[section]) {
        if (rule["id"] == id) {
            return rule;
        }
    }
    FAIL("no rule " << id);
    throw std::logic_error("unreachable");
}

// The one error of a broken rules file, as "path: message".
inline std::string onlyError(const nlohmann::ordered_json& rules)
{
    const FieldErrors errors = RuleSetLoader::fromJson(rules.dump()).errors;
    INFO(harness::describe(errors));
    REQUIRE(errors.size() == 1);
    return errors[0].toString();
}
