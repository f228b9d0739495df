#include "CommandLineTool.h"

#include "CliOptions.h"
#include "Console.h"
#include "ExitCode.h"
#include "RecordCommands.h"
#include "TerminalText.h"
#include "UserCommands.h"
#include "batch/JsonlRecommender.h"
#include "rules/FactCatalog.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/PrivateFile.h"
#include "util/FixedClock.h"
#include "util/SystemClock.h"
#include "validation/IntakeParser.h"

#include <QCommandLineParser>
#include <QFile>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

using namespace console;

namespace {

const char* const kCommandsHelp = R"(
Commands:
  recommend FILE          Suggest an approach for the intake in FILE (- for
                          standard input) and print it as JSON.
  recommend --jsonl FILE  One intake per line in, one result per line out; a bad
                          line gives {"line": N, "errors": [...]} in its place.
  rules check FILE        Check a rules file and say what it holds and which
                          questions it requires (and when).
  rules show [--json]     The rules in use with their evidence and sources
                          (--json: the rules file itself).

  init --manager NAME     Create the database (and its folder) with its first
                          manager account (password: CLINIC_INTAKE_NEW_PASSWORD
                          or asked twice).
  init                    Bring an existing database up to date.
  add FILE                Check the intake, suggest, store; print the id and
                          the suggestion as JSON.
  import FILE.jsonl       Store one intake per line, all or nothing.
  list                    List intakes, newest visit first (--status, --search,
                          --from, --to, --approach, --limit, --json).
  show ID                 The intake with all its versions, suggestions, reviews.
  amend ID FILE           Store a corrected intake as a new version.
  review ID --accept | --override APPROACH --pressure P --reason TEXT
                          Record the therapist's review (--note TEXT). A
                          suggestion whose screening is incomplete cannot be
                          accepted (exit 2, naming the questions): amend the
                          intake to complete it, or override with a reason.
                          A version already reviewed is refused (exit 2,
                          naming who reviewed it) unless --additional.
  add, amend and review take --save-id ID: run again with the same ID (a retry
                          after a lost connection), the command stores nothing
                          more and prints what the first run stored.
  export [--format csv|json] [--from DATE] [--to DATE] [--bom]
         [-o FILE [--overwrite]]
                          The records, to standard output or to FILE. An
                          existing FILE is replaced only with --overwrite,
                          and never when it is the database, a symlink or
                          not a regular file.
  audit [--since DATE]    The audit log.
  backup DEST [--encrypt] A consistent copy of the database, made while in use;
                          encrypted with a passphrase (CLINIC_INTAKE_BACKUP_
                          PASSPHRASE or asked twice) with --encrypt.
  restore BACKUP          Verify BACKUP completely, then put it in place of the
                          database, keeping the replaced one beside it.
  check                   Integrity, reference and audit-chain checks (exit 1
                          on a problem).

  users add NAME --role front_desk|therapist|manager
  users list | users disable NAME | users reset-password NAME
                          Accounts (managers only). New passwords come from
                          CLINIC_INTAKE_NEW_PASSWORD or are asked twice.
  passwd                  Change your own password.

Every command on a database signs in: --user NAME, with the password from
CLINIC_INTAKE_PASSWORD or asked without echo. Each role may do only its job
(docs/security.md).

Exit status: 0 done, 2 the input or request was refused (nothing stored,
nothing on stdout; each problem on stderr as "error: <field>: <message>"),
3 not signed in (wrong or missing password, disabled user) or not allowed
for your role, 1 any other failure, including output that could not be
written in full (e.g. a full disk).)";

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
    printFailure("writing to standard output failed: " +
                 (error != 0 ? privatefile::describeErrno(error) : std::string("write error")) +
                 "; the output is incomplete");
    return ExitFailure;
}

int CommandLineTool::runCommand(const QStringList& arguments)
{
    QCommandLineParser& parser = *m_parser;
    parser.setApplicationDescription(
        QStringLiteral("Clinic Intake: pre-session consultations and treatment suggestions, "
                       "with the reasons.") +
        QString::fromUtf8(kCommandsHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const QCommandLineOption* option :
         {&cli_options::rules,      &cli_options::jsonl,    &cli_options::today,
          &cli_options::db,         &cli_options::user,     &cli_options::accept,
          &cli_options::override_,  &cli_options::pressure, &cli_options::reason,
          &cli_options::note,       &cli_options::status,   &cli_options::search,
          &cli_options::from,       &cli_options::to,       &cli_options::approach,
          &cli_options::limit,      &cli_options::json,     &cli_options::format,
          &cli_options::output,     &cli_options::bom,      &cli_options::since,
          &cli_options::progress,   &cli_options::manager,  &cli_options::grant,
          &cli_options::role,       &cli_options::encrypt,  &cli_options::overwrite,
          &cli_options::additional, &cli_options::saveId}) {
        parser.addOption(*option);
    }
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("One of the commands below."));
    parser.process(arguments); // handles --help, --version and unknown options

    if (parser.isSet(cli_options::today)) {
        const QDate day = QDate::fromString(parser.value(cli_options::today), Qt::ISODate);
        if (!day.isValid()) {
            printFailure("--today: not a date written YYYY-MM-DD: " +
                         parser.value(cli_options::today).toStdString());
            return ExitFailure;
        }
        // Only the visit date and the age: lockout, audit and record times
        // stay on the real clock.
        m_visitCalendar = std::make_unique<FixedClock>(day);
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
    printFailure("unknown command \"" + command.toStdString() + "\"; try --help");
    return ExitFailure;
}

int CommandLineTool::recommend(const QStringList& operands)
{
    if (operands.size() != 1) {
        printFailure("recommend takes one FILE (or - for standard input)");
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
        out << "requires " << bitCount(entry.questions) << " question"
            << (bitCount(entry.questions) == 1 ? "" : "s") << ' '
            << (entry.always ? std::string("always") : "when " + entry.whenText) << ": "
            << questionList(entry.questions) << '\n';
    }
    const std::uint32_t all = (1u << vocabulary::kQuestionCount) - 1;
    const std::uint32_t never = all & ~set.questionsEverRequired();
    if (never != 0) {
        out << "never requires: " << questionList(never) << '\n';
    }
    return out.str();
}

std::string actionOf(const RuleSet& set, const Rule& rule)
{
    using namespace vocabulary;
    switch (rule.stage) {
    case RuleStage::Referral:
        return "refers out: " + std::string(wordOf(rule.urgency)) +
               (rule.clearance
                    ? " (a clearance for " + std::string(wordOf(*rule.clearance)) + " clears it)"
                    : " (cannot be cleared)");
    case RuleStage::Notice:
    case RuleStage::Pressure:
        return "leaves a line";
    case RuleStage::Approach:
        return "approach " + std::string(wordOf(rule.approach));
    case RuleStage::Adjustment:
        return "switches to " + std::string(wordOf(rule.approach));
    case RuleStage::Caution: {
        const auto& caution = set.cautions[rule.caution];
        return "caution " + caution.code +
               (caution.maxPressure
                    ? ", at most " + std::string(wordOf(*caution.maxPressure)) + " pressure"
                    : std::string());
    }
    case RuleStage::Focus:
    case RuleStage::HomeCare: {
        const auto& words = rule.stage == RuleStage::Focus ? set.focusAreas : set.homeCare;
        std::string text;
        if (rule.addBits != 0) {
            text += "adds " + wordList(rule.addBits, words);
        }
        if (rule.removeBits != 0) {
            text += (text.empty() ? "" : "; ") + std::string("removes ") +
                    wordList(rule.removeBits, words);
        }
        if (rule.removeLyingIn) {
            text += (text.empty() ? "" : "; ") + std::string("removes the focus areas lying in ") +
                    (*rule.removeLyingIn == FactCatalog::kAvoidAreasSlot ? "avoid_areas"
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
    out << "Rules " << set.version << " (sha256 " << set.sourceSha256 << ")\n";
    if (!set.description.empty()) {
        out << set.description.english() << '\n';
    }
    out << '\n' << requiredQuestionsReport(set);
    out << "a medical clearance holds " << set.clearanceValidDays << " days\n";
    for (std::size_t stage = 0; stage < kRuleStageCount; ++stage) {
        const auto [begin, end] = set.stageRanges[stage];
        out << '\n' << kRuleStageSections[stage] << " (" << (end - begin) << ")\n";
        for (std::size_t i = begin; i < end; ++i) {
            const Rule& rule = set.rules[i];
            out << "  " << rule.id << ": " << actionOf(set, rule) << '\n';
            out << "    when: " << (rule.whenText.empty() ? "always" : rule.whenText) << '\n';
            for (std::size_t v = 0; v < rule.reasons.size(); ++v) {
                const bool cleared = rule.clearedVariant && *rule.clearedVariant == v;
                const auto& english = rule.reasons[v].text(UiLanguage::English).text;
                const auto& french = rule.reasons[v].text(UiLanguage::French).text;
                out << "    " << (cleared ? "when cleared: " : "reason: ") << english << '\n';
                if (french != english) {
                    out << "      fr: " << french << '\n';
                }
            }
            out << "    evidence: ";
            if (rule.evidence.empty()) {
                out << "(none given)";
            }
            for (std::size_t e = 0; e < rule.evidence.size(); ++e) {
                out << (e == 0 ? "" : ", ") << set.sources[rule.evidence[e]].id;
            }
            out << '\n';
        }
    }
    out << "\nsources (" << set.sources.size() << ")\n";
    for (const auto& source : set.sources) {
        out << "  " << source.id << ": " << source.title.english();
        if (source.year) {
            out << " (" << *source.year << ')';
        }
        out << "\n    supports: " << source.supports.english() << '\n';
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
        summary << operands[1].toStdString() << ": ok, version " << set.version << ", "
                << set.rules.size() << " rules (";
        for (std::size_t stage = 0; stage < kRuleStageCount; ++stage) {
            const auto [begin, end] = set.stageRanges[stage];
            summary << (stage == 0 ? "" : ", ") << (end - begin) << ' '
                    << kRuleStageSections[stage];
        }
        summary << "), " << set.sources.size() << " sources, sha256 " << set.sourceSha256 << '\n';
        summary << requiredQuestionsReport(set);
        std::string withoutEvidence;
        for (const auto& rule : set.rules) {
            if (rule.evidence.empty()) {
                withoutEvidence += (withoutEvidence.empty() ? "" : ", ") + rule.id;
            }
        }
        if (!withoutEvidence.empty()) {
            summary << "rules without evidence: " << withoutEvidence << '\n';
        }
        // Warnings only: a text in one language is shown in both until a
        // clinic writes the other.
        for (const auto& missing : set.missingTranslations) {
            const std::string line = "warning: " + terminal_text::escaped(missing) + "\n";
            std::fwrite(line.data(), 1, line.size(), stderr);
        }
        if (!set.missingTranslations.empty()) {
            summary << set.missingTranslations.size()
                    << " texts in one language only (English and French expected; see the "
                       "warnings)\n";
        }
        std::string text = summary.str();
        text.pop_back();
        printLine(text);
        return ExitOk;
    }
    printFailure("use \"rules check FILE\" or \"rules show [--json]\"");
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
        printFailure("the rules file " + path.toStdString() + " cannot be used:");
        printErrors(loaded.errors);
    }
    return loaded.ruleSet;
}
