#include "RecordCommands.h"

#include "CliOptions.h"
#include "CliSession.h"
#include "Console.h"
#include "Credentials.h"
#include "ExitCode.h"
#include "TerminalText.h"
#include "export/RecordExporter.h"
#include "rules/RuleEngine.h"
#include "rules/SuggestionLanguage.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "storage/AuditLog.h"
#include "storage/BackupCipher.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/DatabaseRestore.h"
#include "storage/EditConflict.h"
#include "storage/IntakeStore.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresError.h"
#include "util/Clock.h"
#include "util/Translated.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeImporter.h"
#include "workflow/IntakeWorkflow.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

using namespace console;
using nlohmann::ordered_json;
using namespace vocabulary;

namespace {

const QStringList kCommands = {
    QStringLiteral("init"),   QStringLiteral("add"),     QStringLiteral("import"),
    QStringLiteral("list"),   QStringLiteral("show"),    QStringLiteral("amend"),
    QStringLiteral("review"), QStringLiteral("export"),  QStringLiteral("audit"),
    QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("check")};

// Backups leave the computer; a passphrase shorter than this is guessable.
constexpr int kMinimumPassphraseLength = 8;

// A problem with what was asked (exit 2, nothing done).
struct BadRequest
{
    std::string message;
};

QDate dateOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option)) {
        return {};
    }
    const QString text = parser.value(option);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        throw BadRequest{
            "--" + option.names().constFirst().toStdString() + ": " +
            translated::fill(
                QCoreApplication::translate("RecordCommands", "not a date written YYYY-MM-DD: %1"),
                text)};
    }
    return date;
}

qint64 intakeId(const QStringList& operands, int count, const char* usage)
{
    if (operands.size() != count) {
        throw BadRequest{
            translated::fill(QCoreApplication::translate("RecordCommands", "usage: %1"), usage)};
    }
    bool ok = false;
    const qint64 id = operands.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        throw BadRequest{"ID: " +
                         translated::fill(QCoreApplication::translate("RecordCommands",
                                                                      "not an intake number: %1"),
                                          operands.first())};
    }
    return id;
}

template <std::size_t N>
std::size_t wordIndex(const QString& text, const std::array<std::string_view, N>& words,
                      const char* option)
{
    const auto index = indexOfWord(words, text.toStdString());
    if (!index) {
        throw BadRequest{std::string(option) + ": " +
                         translated::fill(QCoreApplication::translate("RecordCommands",
                                                                      "must be %1, got \"%2\""),
                                          listOfWords(words), text)};
    }
    return *index;
}

// A list row's word for JSON: null when there is none.
template <typename Enum> ordered_json wordOrNull(const std::optional<Enum>& value)
{
    return value ? ordered_json(std::string(wordOf(*value))) : ordered_json(nullptr);
}

// A list row's word for the table: empty when there is none.
template <typename Enum> QString wordText(const std::optional<Enum>& value)
{
    return value ? QString::fromUtf8(wordOf(*value).data()) : QString();
}

std::optional<IntakeRecord> readRecord(const QString& path, const Clock& clock, int& exitCode)
{
    const auto text = readInput(path);
    if (!text) {
        exitCode = ExitFailure;
        return std::nullopt;
    }
    const IntakeParseResult parsed = IntakeParser(clock).parse(*text);
    if (!parsed.ok()) {
        printErrors(parsed.errors);
        exitCode = ExitBadInput;
        return std::nullopt;
    }
    return parsed.record;
}

// Whether `path` names this process's standard output (-, /dev/stdout and
// the like, or the same file): an export there wants no -o.
bool isStandardOutput(const QString& path)
{
    static const QStringList kNames = {QStringLiteral("-"), QStringLiteral("/dev/stdout"),
                                       QStringLiteral("/dev/fd/1"),
                                       QStringLiteral("/proc/self/fd/1")};
    if (kNames.contains(path)) {
        return true;
    }
    struct stat named
    {};
    struct stat out
    {};
    return ::stat(QFile::encodeName(path).constData(), &named) == 0 &&
           ::fstat(STDOUT_FILENO, &out) == 0 && named.st_dev == out.st_dev &&
           named.st_ino == out.st_ino;
}

std::string savedJson(const SavedIntake& saved, bool withVersion)
{
    ordered_json out;
    out["id"] = saved.intakeId;
    if (withVersion) {
        out["version"] = saved.version;
    }
    out["client_id"] = saved.clientId;
    out["returning_client"] = saved.returningClient;
    out["suggestion"] = ordered_json::parse(saved.suggestionJson);
    return out.dump(2);
}

} // namespace

RecordCommands::RecordCommands(const QCommandLineParser& parser, const RuleEngine& engine,
                               const ClinicClocks& clocks)
    : m_parser(parser), m_engine(engine), m_clocks(clocks)
{}

bool RecordCommands::handles(const QString& command)
{
    return kCommands.contains(command);
}

int RecordCommands::run(const QString& command, const QStringList& operands)
{
    try {
        if (command == QLatin1String("init")) {
            return init();
        }
        if (command == QLatin1String("add")) {
            return add(operands);
        }
        if (command == QLatin1String("import")) {
            return import(operands);
        }
        if (command == QLatin1String("list")) {
            return list();
        }
        if (command == QLatin1String("show")) {
            return show(operands);
        }
        if (command == QLatin1String("amend")) {
            return amend(operands);
        }
        if (command == QLatin1String("review")) {
            return review(operands);
        }
        if (command == QLatin1String("export")) {
            return exportRecords();
        }
        if (command == QLatin1String("audit")) {
            return audit();
        }
        if (command == QLatin1String("backup")) {
            return backup(operands);
        }
        if (command == QLatin1String("restore")) {
            return restore(operands);
        }
        return check();
    } catch (const BadRequest& bad) {
        printFailure(bad.message);
        return ExitBadInput;
    } catch (const AccessError& error) {
        printFailure(error.what());
        return exitCodeFor(error);
    } catch (const StorageError& error) {
        printFailure(failureText(error));
        return exitCodeFor(error);
    } catch (const std::exception& error) {
        // Whatever else went wrong (stored data the program did not expect,
        // say): a message and exit 1, never an abort.
        printFailure(error.what());
        return ExitFailure;
    }
}

int RecordCommands::init()
{
    const QString manager = m_parser.value(cli_options::manager).trimmed();
    if (manager.isEmpty() && isServerLocation(CliSession::databasePath(m_parser))) {
        // The tables without a manager: a server database that a clinic's
        // backup will be restored into (docs/server.md, "Moving a clinic").
        const auto storage = openForInit(CliSession::databasePath(m_parser));
        printLine(storage->accounts(m_clocks.realTime, PasswordHasher::Cost::Interactive)->empty()
                      ? translated::fill(
                            QCoreApplication::translate(
                                "RecordCommands",
                                "database ready: %1 (schema %2); no user accounts yet: restore a "
                                "clinic's backup into it, or run init --manager NAME"),
                            storage->location(), storage->schemaVersion())
                      : translated::fill(QCoreApplication::translate(
                                             "RecordCommands", "database ready: %1 (schema %2)"),
                                         storage->location(), storage->schemaVersion()));
        return ExitOk;
    }
    if (manager.isEmpty()) {
        if (!QFileInfo::exists(CliSession::databasePath(m_parser))) {
            throw BadRequest{"init: " +
                             translated::fill(QCoreApplication::translate(
                                 "RecordCommands",
                                 "a new database needs its first manager: init --manager NAME"))};
        }
        // An existing database: anyone who can sign in may bring it up to date.
        const CliSession session(m_parser, m_engine, m_clocks);
        printLine(translated::fill(
            QCoreApplication::translate("RecordCommands", "database ready: %1 (schema %2)"),
            session.storage().location(), session.storage().schemaVersion()));
        return ExitOk;
    }
    if (const auto problem = UserAccounts::problemWithName(manager)) {
        throw BadRequest{"--manager: " + *problem};
    }
    const QString path = CliSession::databasePath(m_parser);
    const auto storage = openForInit(path);
    const auto accounts = storage->accounts(m_clocks.realTime, PasswordHasher::Cost::Interactive);
    if (!accounts->empty()) {
        throw BadRequest{
            "--manager: " +
            translated::fill(
                QCoreApplication::translate(
                    "RecordCommands",
                    "%1 already has user accounts; a manager adds new ones with users add"),
                storage->location())};
    }
    const QString password = credentials::newSecret(
        credentials::kNewPasswordVariable,
        translated::fill(QCoreApplication::translate("RecordCommands", "New password for %1: "),
                         terminal_text::escaped(manager)));
    accounts->createFirstManager(manager, password, AuditLog::defaultActor());
    printLine(translated::fill(
        QCoreApplication::translate("RecordCommands",
                                    "database ready: %1 (schema %2); manager %3 created"),
        storage->location(), storage->schemaVersion(), manager));
    return ExitOk;
}

// A file is made when missing. A server database must exist (its owner
// makes it, docs/server.md); the schema is created in it when it is empty,
// as the role in the URI (the owner), and --grant names the program's role.
std::unique_ptr<ClinicStorage> RecordCommands::openForInit(const QString& location) const
{
    const QString grantee = m_parser.value(cli_options::grant).trimmed();
    if (!isServerLocation(location)) {
        if (!grantee.isEmpty()) {
            throw BadRequest{
                "--grant: " +
                translated::fill(QCoreApplication::translate(
                    "RecordCommands", "only for a server database (--db postgresql://...)"))};
        }
        return openClinicStorage(location, QString(), m_clocks.realTime,
                                 StorageOpening::CreateIfMissing);
    }
    return CliSession::connectToServer(location, [&](const QString& password) {
        return prepareServerDatabase(location, password, grantee, m_clocks.realTime);
    });
}

QString RecordCommands::saveId() const
{
    // Each run is one save; a script that retries passes the same id.
    if (!m_parser.isSet(cli_options::saveId)) {
        return IntakeWorkflow::newSaveId();
    }
    const QString given = m_parser.value(cli_options::saveId);
    if (given.isEmpty()) {
        throw BadRequest{"save id: " + translated::fill(QCoreApplication::translate(
                                           "RecordCommands", "must not be empty"))};
    }
    return given;
}

int RecordCommands::add(const QStringList& operands)
{
    if (operands.size() != 1) {
        throw BadRequest{translated::fill(QCoreApplication::translate(
            "RecordCommands", "usage: add FILE (or - for standard input)"))};
    }
    int exitCode = ExitOk;
    const auto record = readRecord(operands.first(), m_clocks.visitCalendar, exitCode);
    if (!record) {
        return exitCode;
    }
    const CliSession session(m_parser, m_engine, m_clocks);
    printJson(savedJson(session.staff().addIntake(*record, saveId()), false));
    flushOut(); // the id is out only once it is stored (a failure: exit 1 at the end)
    return ExitOk;
}

int RecordCommands::import(const QStringList& operands)
{
    if (operands.size() != 1) {
        throw BadRequest{translated::fill(QCoreApplication::translate(
            "RecordCommands", "usage: import FILE.jsonl (or - for standard input)"))};
    }
    std::ifstream file;
    const QString path = operands.first();
    std::istream* in = openLines(path, file);
    if (in == nullptr) {
        return ExitFailure;
    }
    const bool showProgress = m_parser.isSet(cli_options::progress) || isatty(STDERR_FILENO);
    const CliSession session(m_parser, m_engine, m_clocks);
    const ImportResult result = session.staff().import(*in, [showProgress](std::size_t lines) {
        if (showProgress) {
            const std::string text =
                translated::fill(QCoreApplication::translate("RecordCommands", "read %1 lines"),
                                 lines) +
                "\n";
            std::fputs(text.c_str(), stderr);
        }
    });
    if (in->bad()) {
        printFailure(
            translated::fill(QCoreApplication::translate("RecordCommands",
                                                         "reading %1 failed; nothing was imported"),
                             path));
        return ExitFailure;
    }
    if (!result.errors.empty()) {
        for (const auto& lineError : result.errors) {
            // "line N: <field>:" is the layout scripts read, in every language.
            printFailure("line " + std::to_string(lineError.line) + ": " +
                         lineError.error.toString());
        }
        printFailure(translated::fill(QCoreApplication::translate(
            "RecordCommands",
            "nothing was imported: fix the lines above and import the file again")));
        return ExitBadInput;
    }
    if (result.imported == 0) {
        printFailure(translated::fill(QCoreApplication::translate(
            "RecordCommands", "the file holds no intakes; nothing was imported")));
        return ExitBadInput;
    }
    printLine(translated::fill(
        QCoreApplication::translate("RecordCommands", "imported %1 intakes (ids %2 to %3)"),
        result.imported, result.firstIntakeId, result.lastIntakeId));
    return ExitOk;
}

int RecordCommands::list()
{
    IntakeFilter filter;
    const QString status = m_parser.value(cli_options::status);
    if (!status.isEmpty()) { // an empty --status is both, as no --status
        filter.status = IntakeStatus(wordIndex(status, kIntakeStatusWords, "--status"));
    }
    filter.search = m_parser.value(cli_options::search);
    filter.from = dateOption(m_parser, cli_options::from);
    filter.to = dateOption(m_parser, cli_options::to);
    if (m_parser.isSet(cli_options::approach)) {
        filter.approach = Approach(
            wordIndex(m_parser.value(cli_options::approach), kApproachWords, "--approach"));
    }
    bool ok = false;
    filter.limit = m_parser.value(cli_options::limit).toInt(&ok);
    if (!ok || filter.limit < 0) {
        throw BadRequest{"--limit: " +
                         translated::fill(QCoreApplication::translate(
                             "RecordCommands", "must be a whole number, 0 for no limit"))};
    }

    const CliSession session(m_parser, m_engine, m_clocks, CliSession::Access::Reads);
    const auto rows = session.staff().list(filter);
    if (m_parser.isSet(cli_options::json)) {
        ordered_json out = ordered_json::array();
        for (const auto& row : rows) {
            out.push_back({{"id", row.id},
                           {"visit_date", row.visitDate.toString(Qt::ISODate).toStdString()},
                           {"client", row.clientName.toStdString()},
                           {"date_of_birth", row.dateOfBirth.toString(Qt::ISODate).toStdString()},
                           {"status", std::string(wordOf(row.status))},
                           // null: screening incomplete (nothing to accept until it is completed)
                           {"approach", wordOrNull(row.approach)},
                           {"urgency", wordOrNull(row.urgency)},
                           {"refer_out", row.refersOut},
                           {"version", row.version}});
        }
        printJson(out.dump(2));
        return ExitOk;
    }
    // Referrals are written in capitals with their urgency so no one misses them.
    // Every stored text is escaped: a name must not colour, hide or add a row.
    printLine("ID\tVISIT\tSTATUS\tCLIENT\tBORN\tSUGGESTION");
    for (const auto& row : rows) {
        const QString suggestion =
            row.refersOut
                ? QStringLiteral("!! REFER OUT (%1) !!").arg(wordText(row.urgency).toUpper())
            : row.approach ? wordText(row.approach)
                           : QCoreApplication::translate("RecordCommands", "screening incomplete");
        printLine(std::to_string(row.id) + '\t' +
                  row.visitDate.toString(Qt::ISODate).toStdString() + '\t' +
                  std::string(wordOf(row.status)) + '\t' + terminal_text::escaped(row.clientName) +
                  '\t' + row.dateOfBirth.toString(Qt::ISODate).toStdString() + '\t' +
                  terminal_text::escaped(suggestion));
    }
    if (filter.limit > 0 && int(rows.size()) == filter.limit) {
        const std::string text =
            translated::fill(QCoreApplication::translate(
                                 "RecordCommands", "(the first %1 rows; use --limit for more)"),
                             filter.limit) +
            "\n";
        std::fputs(text.c_str(), stderr);
    }
    return ExitOk;
}

int RecordCommands::show(const QStringList& operands)
{
    const qint64 id = intakeId(operands, 1, "show ID");
    const CliSession session(m_parser, m_engine, m_clocks, CliSession::Access::Reads);
    ordered_json intake = session.staff().openIntake(id);
    // Whether a therapist can accept the current suggestion, and if not,
    // which questions were not asked (amend the intake to complete them).
    ordered_json notAsked = ordered_json::array();
    for (const auto question :
         StaffSession::questionsBlockingAccept(intake, m_engine, m_clocks.visitCalendar)) {
        notAsked.push_back(std::string(wordOf(question)));
    }
    // The stored texts in the CLI's language where the rules in use can make
    // them again; otherwise as stored, with their "language".
    const IntakeParseResult record =
        IntakeParser(m_clocks.visitCalendar, IntakeParser::ControlCharacters::AcceptAsStored)
            .parse(intake.value("intake", ordered_json()).dump());
    if (record.ok() && intake.contains("suggestion")) {
        intake["suggestion"] = suggestion_language::jsonInLanguage(
            intake["suggestion"], &*record.record, &m_engine.ruleSet(), language::current());
    }
    const bool hasApproach = intake.at("suggestion").value("approach", ordered_json()).is_string();
    const bool allowed = hasApproach && notAsked.empty();
    intake["accept"] = {{"allowed", allowed}};
    if (!allowed) {
        intake["accept"]["why"] = "screening incomplete";
    }
    intake["accept"]["not_asked"] = std::move(notAsked);
    printJson(intake.dump(2));
    return ExitOk;
}

int RecordCommands::amend(const QStringList& operands)
{
    const qint64 id = intakeId(operands, 2, "amend ID FILE");
    int exitCode = ExitOk;
    const auto record = readRecord(operands[1], m_clocks.visitCalendar, exitCode);
    if (!record) {
        return exitCode;
    }
    const CliSession session(m_parser, m_engine, m_clocks);
    printJson(savedJson(session.staff().amendIntake(id, *record, saveId()), true));
    return ExitOk;
}

int RecordCommands::review(const QStringList& operands)
{
    const qint64 id = intakeId(operands, 1, "review ID --accept | --override APPROACH ...");
    const bool accepting = m_parser.isSet(cli_options::accept);
    const bool overriding = m_parser.isSet(cli_options::override_);
    if (accepting == overriding) {
        throw BadRequest{"review: " +
                         translated::fill(QCoreApplication::translate(
                             "RecordCommands", "give either --accept or --override APPROACH"))};
    }
    ReviewDecision decision;
    decision.accepted = accepting;
    decision.reason = m_parser.value(cli_options::reason);
    decision.sessionNote = m_parser.value(cli_options::note);
    if (overriding) {
        decision.finalApproach = Approach(
            wordIndex(m_parser.value(cli_options::override_), kApproachWords, "--override"));
        if (m_parser.isSet(cli_options::pressure)) {
            decision.finalPressure = Pressure(
                wordIndex(m_parser.value(cli_options::pressure), kPressureWords, "--pressure"));
        }
    } else if (m_parser.isSet(cli_options::pressure)) {
        throw BadRequest{"--pressure: " +
                         translated::fill(QCoreApplication::translate(
                             "RecordCommands",
                             "goes with --override; an accepted suggestion keeps its pressure"))};
    }
    // A version someone has reviewed gets another review only when asked for.
    if (!m_parser.isSet(cli_options::additional)) {
        decision.reviewsKnown = 0;
    }
    decision.saveId = saveId();
    const CliSession session(m_parser, m_engine, m_clocks);
    qint64 reviewId = 0;
    try {
        reviewId = session.staff().review(id, decision);
    } catch (const ReviewConflict& conflict) {
        throw StorageError(
            StorageError::Kind::Invalid,
            translated::fill(
                QCoreApplication::translate(
                    "RecordCommands", "%1; give --additional to store yours as one more review"),
                conflict.what()));
    }
    printLine(
        accepting
            ? translated::fill(QCoreApplication::translate(
                                   "RecordCommands", "review %1 saved for intake %2: accepted"),
                               reviewId, id)
            : translated::fill(QCoreApplication::translate(
                                   "RecordCommands", "review %1 saved for intake %2: overridden"),
                               reviewId, id));
    return ExitOk;
}

int RecordCommands::exportRecords()
{
    RecordExporter::Options options;
    const QString format = m_parser.value(cli_options::format);
    if (format == QLatin1String("json")) {
        options.format = RecordExporter::Format::Json;
    } else if (format != QLatin1String("csv")) {
        throw BadRequest{"--format: " +
                         translated::fill(QCoreApplication::translate(
                                              "RecordCommands", "must be csv or json, got \"%1\""),
                                          format)};
    }
    options.from = dateOption(m_parser, cli_options::from);
    options.to = dateOption(m_parser, cli_options::to);
    options.byteOrderMark = m_parser.isSet(cli_options::bom);
    const QString labels = m_parser.value(cli_options::labels);
    if (labels != QLatin1String("en") && labels != QLatin1String("fr")) {
        throw BadRequest{"--labels: " +
                         translated::fill(QCoreApplication::translate(
                                              "RecordCommands", "must be en or fr, got \"%1\""),
                                          labels)};
    }
    options.frenchHeaders = labels == QLatin1String("fr");

    const QString output = m_parser.value(cli_options::output);
    const bool overwrite = m_parser.isSet(cli_options::overwrite);
    const QString databasePath = CliSession::databasePath(m_parser);
    if (m_parser.isSet(cli_options::output)) {
        if (isStandardOutput(output)) {
            throw BadRequest{
                "-o " + output.toStdString() + ": " +
                translated::fill(QCoreApplication::translate(
                    "RecordCommands",
                    "that is standard output; to write to standard output, leave out -o"))};
        }
        // Asked before signing in; the core checks again as it writes.
        privatefile::checkOutput(output, databasePath, ExistingFile::Replace, "export");
        if (!overwrite && QFileInfo::exists(output)) {
            throw BadRequest{
                "export: " +
                translated::fill(QCoreApplication::translate(
                                     "RecordCommands", "%1 already exists; give --overwrite to "
                                                       "replace it, or choose another file name"),
                                 output)};
        }
    } else if (overwrite) {
        throw BadRequest{"--overwrite: " + translated::fill(QCoreApplication::translate(
                                               "RecordCommands", "goes with -o FILE"))};
    }

    const CliSession session(m_parser, m_engine, m_clocks, CliSession::Access::Reads);
    if (output.isEmpty() && isatty(STDOUT_FILENO)) {
        // On a terminal, escaped as every output is (TerminalText.h).
        terminal_text::TerminalDevice out(stdout, options.format == RecordExporter::Format::Json
                                                      ? terminal_text::TerminalDevice::Kind::Json
                                                      : terminal_text::TerminalDevice::Kind::Text);
        out.open(QIODevice::WriteOnly);
        session.staff().exportRecords(out, options, QStringLiteral("standard output"));
        return ExitOk;
    }
    if (output.isEmpty()) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        try {
            session.staff().exportRecords(out, options, QStringLiteral("standard output"));
        } catch (const StorageError& error) {
            printFailure(translated::fill(
                QCoreApplication::translate(
                    "RecordCommands",
                    "export to standard output failed: %1 (not recorded as an export)"),
                error.what()));
            return ExitFailure;
        }
        return ExitOk;
    }
    const qint64 records = session.staff().exportToFile(
        output, options, overwrite ? ExistingFile::Replace : ExistingFile::Refuse);
    printLine(
        translated::fill(QCoreApplication::translate("RecordCommands", "exported %1 intakes to %2"),
                         records, output));
    return ExitOk;
}

int RecordCommands::audit()
{
    const QDate since = dateOption(m_parser, cli_options::since);
    const CliSession session(m_parser, m_engine, m_clocks, CliSession::Access::Reads);
    const auto entries = session.staff().auditEntries(
        since.isValid() ? QDateTime(since, QTime(0, 0), Qt::UTC) : QDateTime());
    const AuditChainReport chain = session.staff().verifyAuditChain();
    if (!chain.intact()) {
        printFailure("the audit log has been tampered with: " + chain.problem.toStdString());
    }
    if (m_parser.isSet(cli_options::json)) {
        ordered_json out = ordered_json::array();
        for (const auto& entry : entries) {
            out.push_back({{"id", entry.id},
                           {"at", entry.at.toString(Qt::ISODateWithMs).toStdString()},
                           {"actor", entry.actor.toStdString()},
                           {"action", entry.action.toStdString()},
                           {"records", entry.records.toStdString()},
                           {"details", entry.details.toStdString()},
                           {"hash", entry.hash.toStdString()}});
        }
        printJson(out.dump(2));
        return chain.intact() ? ExitOk : ExitFailure;
    }
    for (const auto& entry : entries) {
        printLine(entry.at.toString(Qt::ISODateWithMs).toStdString() + '\t' +
                  terminal_text::escaped(entry.actor) + '\t' +
                  terminal_text::escaped(entry.action) + '\t' +
                  terminal_text::escaped(entry.records) + '\t' +
                  terminal_text::escaped(entry.details));
    }
    return chain.intact() ? ExitOk : ExitFailure;
}

int RecordCommands::backup(const QStringList& operands)
{
    if (operands.size() != 1) {
        throw BadRequest{translated::fill(
            QCoreApplication::translate("RecordCommands", "usage: backup DEST [--encrypt]"))};
    }
    const CliSession session(m_parser, m_engine, m_clocks, CliSession::Access::Reads);
    if (!m_parser.isSet(cli_options::encrypt)) {
        session.staff().backup(operands.first());
        printLine(
            translated::fill(QCoreApplication::translate("RecordCommands", "backup written to %1"),
                             operands.first()));
        return ExitOk;
    }
    session.staff().require(Permission::BackUp, QStringLiteral("backup"));
    const QString passphrase =
        credentials::newSecret(credentials::kBackupPassphraseVariable,
                               translated::fill(QCoreApplication::translate(
                                   "RecordCommands", "Passphrase for the backup: ")));
    if (passphrase.size() < kMinimumPassphraseLength) {
        throw BadRequest{"passphrase: " +
                         translated::fill(QCoreApplication::translate(
                                              "RecordCommands", "needs at least %1 characters"),
                                          kMinimumPassphraseLength)};
    }
    session.staff().backupEncrypted(operands.first(), passphrase);
    printLine(translated::fill(
        QCoreApplication::translate("RecordCommands",
                                    "encrypted backup written to %1 (keep the passphrase apart "
                                    "from it: without it the backup cannot be read)"),
        operands.first()));
    return ExitOk;
}

// A refused restore is audited in the database it would have replaced (which
// is untouched, so it opens as before).
void RecordCommands::recordFailedRestore(const QString& databasePath, const QString& backupPath,
                                         const QString& actor, const char* reason) const
{
    if (!QFileInfo::exists(databasePath)) {
        return;
    }
    try {
        const Database database(databasePath, Database::Mode::MustExist);
        DatabaseRestore::recordFailure(AuditLog(database, m_clocks.realTime), backupPath, actor,
                                       QString::fromUtf8(reason));
    } catch (const StorageError&) {
        // The restore's own error is the one to report.
    }
}

int RecordCommands::restore(const QStringList& operands)
{
    if (operands.size() != 1) {
        throw BadRequest{translated::fill(
            QCoreApplication::translate("RecordCommands", "usage: restore BACKUP"))};
    }
    const QString backupPath = operands.first();
    if (!QFileInfo(backupPath).isFile()) {
        throw BadRequest{"BACKUP: " + translated::fill(QCoreApplication::translate(
                                                           "RecordCommands", "no such file: %1"),
                                                       backupPath)};
    }
    const QString databasePath = CliSession::databasePath(m_parser);
    if (isServerLocation(databasePath)) {
        return restoreIntoServer(backupPath, databasePath);
    }
    QString actor = AuditLog::defaultActor();
    if (QFileInfo::exists(databasePath)) {
        // Replacing a database takes a manager of that database; the
        // connection is closed again before the files are swapped.
        const CliSession session(m_parser, m_engine, m_clocks);
        session.staff().require(Permission::Restore, QStringLiteral("restore"));
        actor = session.staff().user().name;
    }
    const std::optional<QString> passphrase = backupPassphrase(backupPath);
    RestoreResult result;
    try {
        result = DatabaseRestore::restore(backupPath, passphrase, databasePath, m_clocks.realTime,
                                          actor);
    } catch (const StorageError& error) {
        recordFailedRestore(databasePath, backupPath, actor, error.what());
        throw;
    }
    printLine(
        result.keptAs.isEmpty()
            ? translated::fill(QCoreApplication::translate("RecordCommands", "restored %1 from %2"),
                               databasePath, backupPath)
            : translated::fill(QCoreApplication::translate(
                                   "RecordCommands",
                                   "restored %1 from %2; the database it replaced is kept as %3"),
                               databasePath, backupPath, result.keptAs));
    return ExitOk;
}

std::optional<QString> RecordCommands::backupPassphrase(const QString& backupPath)
{
    if (!BackupCipher::isEncryptedBackup(backupPath)) {
        return std::nullopt;
    }
    auto passphrase = credentials::secret(credentials::kBackupPassphraseVariable,
                                          translated::fill(QCoreApplication::translate(
                                              "RecordCommands", "Passphrase of the backup: ")));
    if (!passphrase) {
        throw BadRequest{
            "passphrase: " +
            translated::fill(
                QCoreApplication::translate(
                    "RecordCommands",
                    "the backup is encrypted; set %1 or run the command in a terminal"),
                credentials::kBackupPassphraseVariable)};
    }
    return passphrase;
}

// Moving a clinic to the server: the backup goes into an empty server
// database (schema made by init). One that already holds a clinic is
// refused by the restore; signing in as its manager first puts the refusal
// in its audit log under that name.
int RecordCommands::restoreIntoServer(const QString& backupPath, const QString& location)
{
    std::unique_ptr<CliSession> session;
    std::unique_ptr<ClinicStorage> empty;
    const ClinicStorage* server = nullptr;
    QString actor = AuditLog::defaultActor();
    {
        auto storage =
            CliSession::openServer(location, m_clocks.realTime, StorageOpening::MustExist);
        if (storage->accounts(m_clocks.realTime, PasswordHasher::Cost::Interactive)->empty()) {
            empty = std::move(storage);
            server = empty.get();
        }
    }
    if (!server) {
        session = std::make_unique<CliSession>(m_parser, m_engine, m_clocks);
        session->staff().require(Permission::Restore, QStringLiteral("restore"));
        actor = session->staff().user().name;
        server = &session->storage();
    }
    const std::optional<QString> passphrase = backupPassphrase(backupPath);
    ::restoreIntoServer(*server, backupPath, passphrase, m_clocks.realTime, actor);
    printLine(translated::fill(
        QCoreApplication::translate("RecordCommands",
                                    "restored %1 from %2; the server's records, audit "
                                    "chain and a sample of intakes match the backup"),
        server->location(), backupPath));
    return ExitOk;
}

int RecordCommands::check()
{
    const CliSession session(m_parser, m_engine, m_clocks, CliSession::Access::Reads);
    AuditChainReport chain; // checked once: it reads every covered row
    const auto problems = session.staff().checkDatabase(&chain);
    for (const auto& problem : problems) {
        printFailure(problem.toStdString());
    }
    if (!problems.empty()) {
        return ExitFailure;
    }
    printLine("ok: " + translated::fill(
                           QCoreApplication::translate(
                               "RecordCommands",
                               "%1 passed the integrity and reference checks; audit chain intact "
                               "(%2 entries, newest hash %3); every stored record, suggestion, "
                               "review and account matches the audit entry that covers it"),
                           session.storage().location(), chain.entries, chain.headHash));
    return ExitOk;
}
