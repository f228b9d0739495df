#pragma once

#include <QStringList>
#include <memory>

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

    // Exit 1 when standard output could not be written in full.
    int run(const QStringList& arguments);

private:
    int runCommand(const QStringList& arguments);
    int recommend(const QStringList& operands);
    int rules(const QStringList& operands);

    // The rules in force: --rules FILE, or the built-in defaults; null after
    // printing the problems when the file cannot be used.
    std::shared_ptr<const RuleSet> loadRules() const;

    std::unique_ptr<QCommandLineParser> m_parser;
    // The real clock, and the visit calendar that --today fixes (ClinicClocks).
    std::unique_ptr<Clock> m_realTime;
    std::unique_ptr<Clock> m_visitCalendar;
};
