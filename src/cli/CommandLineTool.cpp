#include "CommandLineTool.h"

#include "CliOptions.h"
#include "Console.h"
#include "ExitCode.h"
#include "RecordCommands.h"
#include "TerminalText.h"
#include "UserCommands.h"
#include "about/VersionReport.h"
#include "batch/JsonlRecommender.h"
#include "rules/FactCatalog.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/PrivateFile.h"
#include "util/FixedClock.h"
#include "util/Language.h"
#include "util/SystemClock.h"
#include "util/Translated.h"
#include "validation/IntakeParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <unistd.h>

using namespace console;

namespace {

// One text, so that a translator sees the whole help at once.
const char* const kCommandsHelp = QT_TRANSLATE_NOOP(
    "CommandLineTool",
    "\n"
    "Commands:\n"
    "  recommend FILE          Suggest an approach for the intake in FILE (- for\n"
    "                          standard input) and print it as JSON.\n"
    "  recommend --jsonl FILE  One intake per line in, one result per line out; a bad\n"
    "                          line gives {\"line\": N, \"errors\": [...]} in its place.\n"
    "  rules check FILE        Check a rules file and say what it holds and which\n"
    "                          questions it requires (and when).\n"
    "  rules show [--json]     The rules in use with their evidence and sources\n"
    "                          (--json: the rules file itself).\n"
    "\n"
    "  init --manager NAME     Create the database (and its folder) with its first\n"
    "                          manager account (password: CLINIC_INTAKE_NEW_PASSWORD\n"
    "                          or asked twice).\n"
    "  init                    Bring an existing database up to date.\n"
    "  add FILE                Check the intake, suggest, store; print the id and\n"
    "                          the suggestion as JSON.\n"
    "  import FILE.jsonl       Store one intake per line, all or nothing.\n"
    "  list                    List intakes, newest visit first (--status, --search,\n"
    "                          --from, --to, --approach, --limit, --json).\n"
    "  show ID                 The intake with all its versions, suggestions, reviews.\n"
    "  amend ID FILE           Store a corrected intake as a new version.\n"
    "  review ID --accept | --override APPROACH --pressure P --reason TEXT\n"
    "                          Record the therapist's review (--note TEXT). A\n"
    "                          suggestion whose screening is incomplete cannot be\n"
    "                          accepted (exit 2, naming the questions): amend the\n"
    "                          intake to complete it, or override with a reason.\n"
    "                          A version already reviewed is refused (exit 2,\n"
    "                          naming who reviewed it) unless --additional.\n"
    "  add, amend and review take --save-id ID: run again with the same ID (a retry\n"
    "                          after a lost connection), the command stores nothing\n"
    "                          more and prints what the first run stored.\n"
    "  export [--format csv|json] [--from DATE] [--to DATE] [--bom]\n"
    "         [--labels en|fr] [-o FILE [--overwrite]]\n"
    "                          The records, to standard output or to FILE. An\n"
    "                          existing FILE is replaced only with --overwrite,\n"
    "                          and never when it is the database, a symlink or\n"
    "                          not a regular file. The CSV's column headers are\n"
    "                          English (for scripts); --labels fr gives French\n"
    "                          ones for a person's spreadsheet.\n"
    "  audit [--since DATE]    The audit log.\n"
    "  backup DEST [--encrypt] A consistent copy of the database, made while in use;\n"
    "                          encrypted with a passphrase (CLINIC_INTAKE_BACKUP_\n"
    "                          PASSPHRASE or asked twice) with --encrypt.\n"
    "  restore BACKUP          Verify BACKUP completely, then put it in place of the\n"
    "                          database, keeping the replaced one beside it.\n"
    "  check                   Integrity, reference and audit-chain checks (exit 1\n"
    "                          on a problem).\n"
    "\n"
    "  users add NAME --role front_desk|therapist|manager\n"
    "  users list | users disable NAME | users reset-password NAME\n"
    "                          Accounts (managers only). New passwords come from\n"
    "                          CLINIC_INTAKE_NEW_PASSWORD or are asked twice.\n"
    "  passwd                  Change your own password.\n"
    "\n"
    "Every command on a database signs in: --user NAME, with the password from\n"
    "CLINIC_INTAKE_PASSWORD or asked without echo. Each role may do only its job\n"
    "(docs/security.md).\n"
    "\n"
    "Language: --lang en|fr, otherwise LC_ALL, LC_MESSAGES or LANG. Only the help\n"
    "and the messages change; \"error: <field>:\", JSON, CSV data, dates and exit\n"
    "codes are the same in both languages.\n"
    "\n"
    "Exit status: 0 done, 2 the input or request was refused (nothing stored,\n"
    "nothing on stdout; each problem on stderr as \"error: <field>: <message>\"),\n"
    "3 not signed in (wrong or missing password, disabled user) or not allowed\n"
    "for your role, 1 any other failure, including output that could not be\n"
    "written in full (e.g. a full disk).");

} // namespace

CommandLineTool::CommandLineTool()
    : m_parser(std::make_unique<QCommandLineParser>()), m_realTime(std::make_unique<SystemClock>()),
      m_visitCalendar(std::make_unique<SystemClock>())
{}

CommandLineTool::~CommandLineTool() = default;

int CommandLineTool::run(const QStringList& arguments)
{
    const int exitCode = runCommand(arguments);
    // Output that did not reach its file or pipe (a full disk, a closed
    // pipe) makes the command a failure, whatever it did before.
    errno = 0;
    std::cout.flush(); // (std::cout writes through stdout unless a command unsynced it)
    const int coutError = std::cout.fail() ? errno : 0;
    const bool failed = !flushOut() || std::cout.fail();
    if (!failed || exitCode != ExitOk) {
        return exitCode; // a failed command has said why already
    }
    const int error = outputError() != 0 ? outputError() : coutError;
    printFailure(translated::fill(
        QCoreApplication::translate(
            "CommandLineTool", "writing to standard output failed: %1; the output is incomplete"),
        (error != 0
             ? privatefile::describeErrno(error)
             : translated::fill(QCoreApplication::translate("CommandLineTool", "write error")))));
    return ExitFailure;
}

namespace {

// The value of --lang (as "--lang X" or "--lang=X") before the parser runs,
// so that even --help speaks the language; nullopt when not given.
std::optional<QString> languageArgument(const QStringList& arguments)
{
    const QString name = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--")) {
            break;
        }
        if (argument == name) {
            return arguments.value(i + 1);
        }
        if (argument.startsWith(name + QLatin1Char('='))) {
            return argument.mid(name.size() + 1);
        }
    }
    return std::nullopt;
}

} // namespace

int CommandLineTool::runCommand(const QStringList& arguments)
{
    // The environment's language first, so that a bad --lang is refused in it.
    const QStringList catalogues{QStringLiteral("core"), QStringLiteral("cli")};
    language::apply(language::fromEnvironment(), catalogues);
    if (const auto chosen = languageArgument(arguments)) {
        const QString code = chosen->trimmed().toLower();
        if (code != QLatin1String("en") && code != QLatin1String("fr")) {
            printFailure(
                translated::fill(QCoreApplication::translate(
                                     "CommandLineTool", "--lang: must be en or fr, got \"%1\""),
                                 *chosen));
            return ExitFailure;
        }
        language::apply(*language::fromCode(code), catalogues);
    }

    QCommandLineParser& parser = *m_parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLineTool",
                                    "Clinic Intake: pre-session consultations and treatment "
                                    "suggestions, with the reasons.") +
        QCoreApplication::translate("CommandLineTool", kCommandsHelp));
    parser.addHelpOption();
    for (const QCommandLineOption* option :
         {&cli_options::version,   &cli_options::rules,      &cli_options::jsonl,
          &cli_options::today,     &cli_options::db,         &cli_options::user,
          &cli_options::accept,    &cli_options::override_,  &cli_options::pressure,
          &cli_options::reason,    &cli_options::note,       &cli_options::status,
          &cli_options::search,    &cli_options::from,       &cli_options::to,
          &cli_options::approach,  &cli_options::limit,      &cli_options::json,
          &cli_options::format,    &cli_options::output,     &cli_options::bom,
          &cli_options::since,     &cli_options::progress,   &cli_options::manager,
          &cli_options::grant,     &cli_options::role,       &cli_options::encrypt,
          &cli_options::overwrite, &cli_options::additional, &cli_options::saveId,
          &cli_options::lang,      &cli_options::labels}) {
        // The parser finds an option by its names, so a copy with the
        // description in the user's language is the same option.
        QCommandLineOption shown = *option;
        shown.setDescription(
            QCoreApplication::translate("CliOptions", option->description().toUtf8().constData()));
        parser.addOption(shown);
    }
    parser.addPositionalArgument(
        QCoreApplication::translate("CommandLineTool", "command"),
        QCoreApplication::translate("CommandLineTool", "One of the commands below."));
    parser.process(arguments); // handles --help and unknown options
    if (parser.isSet(cli_options::version)) {
        for (const QString& line : version_report::lines(QCoreApplication::applicationName())) {
            printLine(line.toStdString());
        }
        return ExitOk; // run() checks that the lines reached stdout
    }

    if (parser.isSet(cli_options::today)) {
        const QDate day = QDate::fromString(parser.value(cli_options::today), Qt::ISODate);
        if (!day.isValid()) {
            printFailure(translated::fill(
                QCoreApplication::translate("CommandLineTool",
                                            "--today: not a date written YYYY-MM-DD: %1"),
                parser.value(cli_options::today)));
            return ExitFailure;
        }
        // Only the visit date and the age: lockout, audit and record times
        // stay on the real clock.
        m_visitCalendar = std::make_unique<FixedClock>(day);
    }

    QStringList operands = parser.positionalArguments();
    if (operands.isEmpty()) {
        printFailure(translated::fill(
            QCoreApplication::translate("CommandLineTool", "no command given; try --help")));
        return ExitFailure;
    }
    const QString command = operands.takeFirst();
    if (command == QLatin1String("recommend")) {
        return recommend(operands);
    }
    if (command == QLatin1String("rules")) {
        return rules(operands);
    }
    if (RecordCommands::handles(command)) {
        const auto ruleSet = loadRules();
        if (!ruleSet) {
            return ExitFailure;
        }
        const RuleEngine engine(ruleSet);
        return RecordCommands(parser, engine, {*m_realTime, *m_visitCalendar})
            .run(command, operands);
    }
    if (UserCommands::handles(command)) {
        const RuleEngine engine(RuleSetLoader::builtIn());
        return UserCommands(parser, engine, {*m_realTime, *m_visitCalendar}).run(command, operands);
    }
    printFailure(translated::fill(
        QCoreApplication::translate("CommandLineTool", "unknown command \"%1\"; try --help"),
        command));
    return ExitFailure;
}

int CommandLineTool::recommend(const QStringList& operands)
{
    if (operands.size() != 1) {
        printFailure(translated::fill(QCoreApplication::translate(
            "CommandLineTool", "recommend takes one FILE (or - for standard input)")));
        return ExitFailure;
    }
    const auto ruleSet = loadRules();
    if (!ruleSet) {
        return ExitFailure;
    }
    const RuleEngine engine(ruleSet);
    const IntakeParser parser(*m_visitCalendar);
    const QString path = operands.first();

    if (m_parser->isSet(cli_options::jsonl)) {
        std::ifstream file;
        std::istream* in = openLines(path, file);
        if (in == nullptr) {
            return ExitFailure;
        }
        std::ios::sync_with_stdio(false);
        // On a terminal the lines are escaped as every output is
        // (TerminalText.h); into a pipe or a file they go unchanged, at full speed.
        terminal_text::JsonTerminalBuffer terminalBuffer(stdout);
        std::ostream terminal(&terminalBuffer);
        std::ostream& out = isatty(STDOUT_FILENO) ? terminal : std::cout;
        const auto summary = JsonlRecommender(parser, engine).run(*in, out);
        if (in->bad()) {
            printFailure(translated::fill(
                QCoreApplication::translate("CommandLineTool", "reading %1 failed"), path));
            return ExitFailure;
        }
        if (summary.badLines > 0) {
            printFailure(translated::fill(
                QCoreApplication::translate("CommandLineTool", "%1 of %2 lines were refused"),
                summary.badLines, summary.lines));
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
    printJson(engine.recommend(*parsed.record).toPrettyJson(*ruleSet, *parsed.record));
    return ExitOk;
}

namespace {

std::string questionName(std::size_t index)
{
    const auto& field = vocabulary::kQuestionFields[index];
    return std::string(field.block) + "." + std::string(field.field);
}

std::string questionList(std::uint32_t bits)
{
    std::string text;
    for (std::size_t i = 0; i < vocabulary::kQuestionCount; ++i) {
        if ((bits & (1u << i)) != 0) {
            text += text.empty() ? "" : ", ";
            text += questionName(i);
        }
    }
    return text;
}

int bitCount(std::uint64_t bits)
{
    int count = 0;
    for (; bits != 0; bits &= bits - 1) {
        ++count;
    }
    return count;
}

std::string wordList(std::uint64_t bits, const std::vector<std::string>& words)
{
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if ((bits & (std::uint64_t(1) << i)) != 0) {
            text += text.empty() ? "" : ", ";
            text += words[i];
        }
    }
    return text;
}

// What the file requires to be asked, and when: one line per entry, and the
// questions it never requires.
std::string requiredQuestionsReport(const RuleSet& set)
{
    std::ostringstream out;
    for (const auto& entry : set.requiredQuestions) {
        const int count = int(bitCount(entry.questions));
        out << (entry.always
                    ? translated::fill(QCoreApplication::translate(
                                           "CommandLineTool", "requires %n question(s) always: %1",
                                           nullptr, count),
                                       questionList(entry.questions))
                    : translated::fill(QCoreApplication::translate(
                                           "CommandLineTool", "requires %n question(s) when %1: %2",
                                           nullptr, count),
                                       entry.whenText, questionList(entry.questions)))
            << '\n';
    }
    const std::uint32_t all = (1u << vocabulary::kQuestionCount) - 1;
    const std::uint32_t never = all & ~set.questionsEverRequired();
    if (never != 0) {
        out << translated::fill(
                   QCoreApplication::translate("CommandLineTool", "never requires: %1"),
                   questionList(never))
            << '\n';
    }
    return out.str();
}

std::string actionOf(const RuleSet& set, const Rule& rule)
{
    using namespace vocabulary;
    switch (rule.stage) {
    case RuleStage::Referral:
        return rule.clearance
                   ? translated::fill(
                         QCoreApplication::translate(
                             "CommandLineTool", "refers out: %1 (a clearance for %2 clears it)"),
                         wordOf(rule.urgency), wordOf(*rule.clearance))
                   : translated::fill(QCoreApplication::translate(
                                          "CommandLineTool", "refers out: %1 (cannot be cleared)"),
                                      wordOf(rule.urgency));
    case RuleStage::Notice:
    case RuleStage::Pressure:
        return translated::fill(QCoreApplication::translate("CommandLineTool", "leaves a line"));
    case RuleStage::Approach:
        return translated::fill(QCoreApplication::translate("CommandLineTool", "approach %1"),
                                wordOf(rule.approach));
    case RuleStage::Adjustment:
        return translated::fill(QCoreApplication::translate("CommandLineTool", "switches to %1"),
                                wordOf(rule.approach));
    case RuleStage::Caution: {
        const auto& caution = set.cautions[rule.caution];
        return caution.maxPressure
                   ? translated::fill(QCoreApplication::translate(
                                          "CommandLineTool", "caution %1, at most %2 pressure"),
                                      caution.code, wordOf(*caution.maxPressure))
                   : translated::fill(QCoreApplication::translate("CommandLineTool", "caution %1"),
                                      caution.code);
    }
    case RuleStage::Focus:
    case RuleStage::HomeCare: {
        const auto& words = rule.stage == RuleStage::Focus ? set.focusAreas : set.homeCare;
        std::string text;
        if (rule.addBits != 0) {
            text += translated::fill(QCoreApplication::translate("CommandLineTool", "adds %1"),
                                     wordList(rule.addBits, words));
        }
        if (rule.removeBits != 0) {
            text += (text.empty() ? "" : "; ") +
                    translated::fill(QCoreApplication::translate("CommandLineTool", "removes %1"),
                                     wordList(rule.removeBits, words));
        }
        if (rule.removeLyingIn) {
            text += (text.empty() ? "" : "; ") +
                    translated::fill(QCoreApplication::translate(
                                         "CommandLineTool", "removes the focus areas lying in %1"),
                                     *rule.removeLyingIn == FactCatalog::kAvoidAreasSlot
                                         ? "avoid_areas"
                                         : "pain.locations");
        }
        return text;
    }
    }
    return "";
}

// The rules in use, for people: each rule with what it does, its reason and
// its evidence, then the sources.
std::string readableRules(const RuleSet& set)
{
    std::ostringstream out;
    out << translated::fill(QCoreApplication::translate("CommandLineTool", "Rules %1 (sha256 %2)"),
                            set.version, set.sourceSha256)
        << '\n';
    if (!set.description.empty()) {
        out << set.description.english() << '\n';
    }
    out << '\n' << requiredQuestionsReport(set);
    out << translated::fill(QCoreApplication::translate("CommandLineTool",
                                                        "a medical clearance holds %n day(s)",
                                                        nullptr, int(set.clearanceValidDays)))
        << '\n';
    for (std::size_t stage = 0; stage < kRuleStageCount; ++stage) {
        const auto [begin, end] = set.stageRanges[stage];
        out << '\n' << kRuleStageSections[stage] << " (" << (end - begin) << ")\n";
        for (std::size_t i = begin; i < end; ++i) {
            const Rule& rule = set.rules[i];
            out << "  " << rule.id << ": " << actionOf(set, rule) << '\n';
            out << "    "
                << translated::fill(QCoreApplication::translate("CommandLineTool", "when: %1"),
                                    rule.whenText.empty()
                                        ? QCoreApplication::translate("CommandLineTool", "always")
                                        : QString::fromStdString(rule.whenText))
                << '\n';
            for (std::size_t v = 0; v < rule.reasons.size(); ++v) {
                const bool cleared = rule.clearedVariant && *rule.clearedVariant == v;
                // The text in the language of the command first; the other,
                // which a clinic editing its rules keeps too, under it.
                const UiLanguage shown = language::current();
                const UiLanguage other =
                    shown == UiLanguage::English ? UiLanguage::French : UiLanguage::English;
                const auto& first = rule.reasons[v].text(shown).text;
                const auto& second = rule.reasons[v].text(other).text;
                out << "    "
                    << translated::fill(
                           cleared
                               ? QCoreApplication::translate("CommandLineTool", "when cleared: %1")
                               : QCoreApplication::translate("CommandLineTool", "reason: %1"),
                           first)
                    << '\n';
                if (second != first) {
                    out << "      " << language::code(other).toStdString() << ": " << second
                        << '\n';
                }
            }
            std::string evidence;
            for (std::size_t e = 0; e < rule.evidence.size(); ++e) {
                evidence += (e == 0 ? "" : ", ") + set.sources[rule.evidence[e]].id;
            }
            out << "    "
                << translated::fill(QCoreApplication::translate("CommandLineTool", "evidence: %1"),
                                    rule.evidence.empty() ? QCoreApplication::translate(
                                                                "CommandLineTool", "(none given)")
                                                          : QString::fromStdString(evidence))
                << '\n';
        }
    }
    out << '\n'
        << translated::fill(QCoreApplication::translate("CommandLineTool", "sources (%1)"),
                            set.sources.size())
        << '\n';
    for (const auto& source : set.sources) {
        out << "  " << source.id << ": " << source.title.english();
        if (source.year) {
            out << " (" << *source.year << ')';
        }
        out << "\n    "
            << translated::fill(QCoreApplication::translate("CommandLineTool", "supports: %1"),
                                source.supports.english())
            << '\n';
    }
    return out.str();
}

} // namespace

int CommandLineTool::rules(const QStringList& operands)
{
    const QString action = operands.value(0);
    if (action == QLatin1String("show") && operands.size() == 1) {
        const auto ruleSet = loadRules();
        if (!ruleSet) {
            return ExitFailure;
        }
        // Escaped for the terminal as every output is (TerminalText.h).
        const std::string text = m_parser->isSet(cli_options::json)
                                     ? terminal_text::escapedJson(ruleSet->sourceText)
                                     : terminal_text::escapedLines(readableRules(*ruleSet));
        writeOut(text.data(), text.size());
        return ExitOk;
    }
    if (action == QLatin1String("check") && operands.size() == 2) {
        const RuleSetLoadResult loaded = RuleSetLoader::fromFile(operands[1]);
        if (!loaded.ok()) {
            printErrors(loaded.errors);
            return loaded.unreadable ? ExitFailure : ExitBadInput;
        }
        const RuleSet& set = *loaded.ruleSet;
        std::ostringstream summary;
        // The stage section names are the file's JSON keys: not translated.
        std::string stages;
        for (std::size_t stage = 0; stage < kRuleStageCount; ++stage) {
            const auto [begin, end] = set.stageRanges[stage];
            stages += (stage == 0 ? "" : ", ") + std::to_string(end - begin) + ' ' +
                      std::string(kRuleStageSections[stage]);
        }
        summary << translated::fill(QCoreApplication::translate(
                                        "CommandLineTool",
                                        "%1: ok, version %2, %n rule(s) (%3), %4 sources, "
                                        "sha256 %5",
                                        nullptr, int(set.rules.size())),
                                    operands[1], set.version, stages, set.sources.size(),
                                    set.sourceSha256)
                << '\n';
        summary << requiredQuestionsReport(set);
        std::string withoutEvidence;
        for (const auto& rule : set.rules) {
            if (rule.evidence.empty()) {
                withoutEvidence += (withoutEvidence.empty() ? "" : ", ") + rule.id;
            }
        }
        if (!withoutEvidence.empty()) {
            summary << translated::fill(QCoreApplication::translate("CommandLineTool",
                                                                    "rules without evidence: %1"),
                                        withoutEvidence)
                    << '\n';
        }
        // Warnings only: a text in one language is shown in both until a
        // clinic writes the other.
        for (const auto& missing : set.missingTranslations) {
            // "warning:" stays as it is, like "error:": scripts look for it.
            const std::string line = "warning: " + terminal_text::escaped(missing) + "\n";
            std::fwrite(line.data(), 1, line.size(), stderr);
        }
        if (!set.missingTranslations.empty()) {
            summary << translated::fill(QCoreApplication::translate(
                           "CommandLineTool",
                           "%n text(s) in one language only (English and French expected; see "
                           "the warnings)",
                           nullptr, int(set.missingTranslations.size())))
                    << '\n';
        }
        std::string text = summary.str();
        text.pop_back();
        printLine(text);
        return ExitOk;
    }
    printFailure(translated::fill(QCoreApplication::translate(
        "CommandLineTool", "use \"rules check FILE\" or \"rules show [--json]\"")));
    return ExitFailure;
}

std::shared_ptr<const RuleSet> CommandLineTool::loadRules() const
{
    if (!m_parser->isSet(cli_options::rules)) {
        return RuleSetLoader::builtIn();
    }
    const QString path = m_parser->value(cli_options::rules);
    RuleSetLoadResult loaded = RuleSetLoader::fromFile(path);
    if (!loaded.ok()) {
        printFailure(translated::fill(
            QCoreApplication::translate("CommandLineTool", "the rules file %1 cannot be used:"),
            path));
        printErrors(loaded.errors);
    }
    return loaded.ruleSet;
}
