#pragma once

#include "validation/FieldError.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <string>

class Clock;
class QCommandLineParser;
struct RuleSet;

// clinic-intake-cli: parses the command line and runs one command. Output
// goes to stdout, every problem to stderr as "error: <path>: <message>".
class CommandLineTool
{
public:
    CommandLineTool();
    ~CommandLineTool();

    int run(const QStringList& arguments);

private:
    int recommend(const QStringList& operands);
    int rules(const QStringList& operands);

    // The rules in force: --rules FILE, or the built-in defaults.
    std::shared_ptr<const RuleSet> loadRules(int& exitCode);

    static void printErrors(const FieldErrors& errors);
    static std::optional<std::string> readInput(const QString& path);

    std::unique_ptr<QCommandLineParser> m_parser;
    std::unique_ptr<Clock> m_clock;
};
