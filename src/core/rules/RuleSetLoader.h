#pragma once

#include "rules/RuleSet.h"
#include "validation/FieldError.h"

#include <QString>
#include <memory>
#include <string_view>

struct RuleSetLoadResult
{
    std::shared_ptr<const RuleSet> ruleSet; // set only when errors is empty
    FieldErrors errors;
    bool unreadable = false; // the file could not be read at all (as opposed to bad content)

    bool ok() const { return ruleSet != nullptr; }
};

// Reads a rules file (format clinic-intake-rules/2, see docs/rules.md) and
// compiles it. A broken file is refused as a whole, with every problem named
// by its place in the file and the id of the rule it is in.
class RuleSetLoader
{
public:
    static RuleSetLoadResult fromJson(std::string_view text);
    static RuleSetLoadResult fromFile(const QString& path);

    // Limits on what a rules file may be, so that a wrong or hostile file is
    // refused with a message instead of taking the memory or the stack. The
    // built-in file is about 40 KiB, nested 8 levels deep.
    static constexpr std::size_t kMaxFileBytes = std::size_t(4) << 20;
    static constexpr int kMaxNestingDepth = 64;
    static constexpr std::size_t kMaxErrors = 100;

    // The clinic's default rules, built into the program.
    static std::shared_ptr<const RuleSet> builtIn();
    static QString builtInPath();
};
