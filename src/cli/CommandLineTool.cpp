#include "CommandLineTool.h"

#include "ExitCode.h"
#include "batch/JsonlRecommender.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "util/FixedClock.h"
#include "util/SystemClock.h"
#include "validation/IntakeParser.h"

#include <QCommandLineParser>
#include <QFile>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace {

const QCommandLineOption kRulesOption(QStringLiteral("rules"),
                                      QStringLiteral("Use the rules in FILE instead of the "
                                                     "built-in defaults."),
                                      QStringLiteral("FILE"));
const QCommandLineOption kJsonlOption(QStringLiteral("jsonl"),
                                      QStringLiteral("recommend: the input holds one intake per "
                                                     "line; print one result per line."));
const QCommandLineOption kTodayOption(QStringLiteral("today"),
                                      QStringLiteral("Take DATE (YYYY-MM-DD) as today, the "
                                                     "default visit date (for reproducible "
                                                     "scripts)."),
                                      QStringLiteral("DATE"));

const char* const kCommandsHelp = R"(
Commands:
  recommend FILE          Suggest an approach for the intake in FILE (- for
                          standard input) and print it as JSON.
  recommend --jsonl FILE  One intake per line in, one result per line out; a bad
                          line gives {"line": N, "errors": [...]} in its place.
  rules check FILE        Check a rules file and say what it holds.
  rules show              Print the rules in use (the built-in defaults unless
                          --rules is given).

Exit status: 0 done, 2 the input was refused (nothing on stdout; each problem on
stderr as "error: <field>: <message>"), 1 any other failure.)";

void printLine(std::FILE* stream, const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stream);
    std::fputc('\n', stream);
}

void printFailure(const std::string& message)
{
    printLine(stderr, "error: " + message);
}

} // namespace

CommandLineTool::CommandLineTool()
    : m_parser(std::make_unique<QCommandLineParser>()), m_clock(std::make_unique<SystemClock>())
{}

CommandLineTool::~CommandLineTool() = default;

int CommandLineTool::run(const QStringList& arguments)
{
    QCommandLineParser& parser = *m_parser;
    parser.setApplicationDescription(
        QStringLiteral("Clinic Intake: suggests a massage approach for a pre-session "
                       "consultation, with the reasons.") +
        QString::fromUtf8(kCommandsHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({kRulesOption, kJsonlOption, kTodayOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("recommend or rules (see Commands)."));
    parser.process(arguments); // handles --help, --version and unknown options

    if (parser.isSet(kTodayOption)) {
        const QDate today = QDate::fromString(parser.value(kTodayOption), Qt::ISODate);
        if (!today.isValid()) {
            printFailure("--today: not a date written YYYY-MM-DD: " +
                         parser.value(kTodayOption).toStdString());
            return ExitFailure;
        }
        m_clock = std::make_unique<FixedClock>(today);
    }

    QStringList operands = parser.positionalArguments();
    if (operands.isEmpty()) {
        printFailure("no command given; try --help");
        return ExitFailure;
    }
    const QString command = operands.takeFirst();
    if (command == QLatin1String("recommend")) {
        return recommend(operands);
    }
    if (command == QLatin1String("rules")) {
        return rules(operands);
    }
    printFailure("unknown command \"" + command.toStdString() + "\"; try --help");
    return ExitFailure;
}

int CommandLineTool::recommend(const QStringList& operands)
{
    if (operands.size() != 1) {
        printFailure("recommend takes one FILE (or - for standard input)");
        return ExitFailure;
    }
    int exitCode = ExitOk;
    const auto ruleSet = loadRules(exitCode);
    if (!ruleSet) {
        return exitCode;
    }
    const RuleEngine engine(ruleSet);
    const IntakeParser parser(*m_clock);
    const QString path = operands.first();

    if (m_parser->isSet(kJsonlOption)) {
        std::ifstream file;
        std::istream* in = &std::cin;
        if (path != QLatin1String("-")) {
            file.open(QFile::encodeName(path).toStdString(), std::ios::binary);
            if (!file) {
                printFailure("cannot read " + path.toStdString());
                return ExitFailure;
            }
            in = &file;
        }
        std::ios::sync_with_stdio(false);
        const auto summary = JsonlRecommender(parser, engine).run(*in, std::cout);
        if (in->bad()) {
            printFailure("reading " + path.toStdString() + " failed");
            return ExitFailure;
        }
        if (summary.badLines > 0) {
            printFailure(std::to_string(summary.badLines) + " of " + std::to_string(summary.lines) +
                         " lines were refused");
            return ExitBadInput;
        }
        return ExitOk;
    }

    const auto input = readInput(path);
    if (!input) {
        return ExitFailure;
    }
    const IntakeParseResult parsed = parser.parse(*input);
    if (!parsed.ok()) {
        printErrors(parsed.errors);
        return ExitBadInput;
    }
    printLine(stdout, engine.recommend(*parsed.record).toPrettyJson(*ruleSet));
    return ExitOk;
}

int CommandLineTool::rules(const QStringList& operands)
{
    const QString action = operands.value(0);
    if (action == QLatin1String("show") && operands.size() == 1) {
        int exitCode = ExitOk;
        const auto ruleSet = loadRules(exitCode);
        if (ruleSet) {
            std::fwrite(ruleSet->sourceText.data(), 1, ruleSet->sourceText.size(), stdout);
        }
        return exitCode;
    }
    if (action == QLatin1String("check") && operands.size() == 2) {
        const RuleSetLoadResult loaded = RuleSetLoader::fromFile(operands[1]);
        if (!loaded.ok()) {
            printErrors(loaded.errors);
            return loaded.unreadable ? ExitFailure : ExitBadInput;
        }
        const RuleSet& set = *loaded.ruleSet;
        std::ostringstream summary;
        summary << operands[1].toStdString() << ": ok, version " << set.version << ", "
                << set.rules.size() << " rules (";
        for (std::size_t stage = 0; stage < kRuleStageCount; ++stage) {
            const auto [begin, end] = set.stageRanges[stage];
            summary << (stage == 0 ? "" : ", ") << (end - begin) << ' '
                    << kRuleStageSections[stage];
        }
        summary << "), sha256 " << set.sourceSha256;
        printLine(stdout, summary.str());
        return ExitOk;
    }
    printFailure("use \"rules check FILE\" or \"rules show\"");
    return ExitFailure;
}

std::shared_ptr<const RuleSet> CommandLineTool::loadRules(int& exitCode)
{
    if (!m_parser->isSet(kRulesOption)) {
        return RuleSetLoader::builtIn();
    }
    const QString path = m_parser->value(kRulesOption);
    RuleSetLoadResult loaded = RuleSetLoader::fromFile(path);
    if (!loaded.ok()) {
        printFailure("the rules file " + path.toStdString() + " cannot be used:");
        printErrors(loaded.errors);
        exitCode = ExitFailure;
    }
    return loaded.ruleSet;
}

void CommandLineTool::printErrors(const FieldErrors& errors)
{
    for (const auto& error : errors) {
        printFailure(error.toString());
    }
}

std::optional<std::string> CommandLineTool::readInput(const QString& path)
{
    if (path == QLatin1String("-")) {
        return std::string(std::istreambuf_iterator<char>(std::cin), {});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printFailure("cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    return content.toStdString();
}
