#include "CliSession.h"

#include "CliOptions.h"
#include "Credentials.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "storage/AuditFallbackLog.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresLocation.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/ClinicClocks.h"
#include "util/Translated.h"

#include <QCommandLineParser>
#include <cstdio>

namespace {

// A very long import of a million lines takes a few minutes.
constexpr std::chrono::minutes kLongestWait{30};

// SQLite's answers when the database, its folder or its disk cannot be
// written: READONLY, IOERR, FULL, CANTOPEN (the -shm or -wal cannot be made).
bool cannotWrite(const StorageError& error)
{
    const int code = error.sqliteCode();
    return code == 8 || code == 10 || code == 13 || code == 14;
}

// "warning:" stays the same in every language, as "error:" does.
void warn(const std::string& message)
{
    const std::string line = "warning: " + message + "\n";
    std::fputs(line.c_str(), stderr);
}

QString reasonFor(const StorageError& error)
{
    if (dynamic_cast<const StaleSidecarError*>(&error) != nullptr) {
        return QString::fromStdString(error.what()); // it says what to do
    }
    switch (error.sqliteCode()) {
    case 13:
        return QCoreApplication::translate("CliSession", "the disk is full");
    case 10:
        return QCoreApplication::translate("CliSession", "an input/output error while writing");
    case 14:
        return QCoreApplication::translate(
            "CliSession", "read-only folder or disk: SQLite cannot make its -shm or -wal file");
    default:
        return QCoreApplication::translate("CliSession", "read-only file, folder or disk");
    }
}

} // namespace

CliSession::CliSession(const QCommandLineParser& parser, const RuleEngine& engine,
                       const ClinicClocks& clocks, Access access)
{
    const QString name = parser.value(cli_options::user).trimmed();
    if (name.isEmpty()) {
        throw AccessError(
            AccessError::Kind::WrongCredentials,
            translated::fill(QCoreApplication::translate(
                                 "CliSession", "--user: say who you are with --user NAME (the "
                                               "password comes from %1 or is asked)"),
                             credentials::kPasswordVariable));
    }
    const QString path = databasePath(parser);
    const QString command = parser.positionalArguments().value(0);
    if (isServerLocation(path)) {
        m_storage = openServer(path, clocks.realTime, StorageOpening::MustExist);
        signIn(name, engine, clocks);
    } else {
        openFile(path, name, engine, clocks, access, command);
    }
    if (parser.isSet(cli_options::rules)) {
        m_staff->require(Permission::ChooseRulesFile, QStringLiteral("--rules"));
    }
}

std::unique_ptr<ClinicStorage> CliSession::openServer(const QString& location,
                                                      const Clock& realTime, StorageOpening opening)
{
    return connectToServer(location, [&](const QString& password) {
        return openClinicStorage(location, password, realTime, opening);
    });
}

std::unique_ptr<ClinicStorage> CliSession::connectToServer(
    const QString& location,
    const std::function<std::unique_ptr<ClinicStorage>(const QString&)>& open)
{
    // libpq finds a password itself (PGPASSWORD, ~/.pgpass), and a socket
    // the server trusts needs none: only when the server asks for one that
    // was not found is it asked at the terminal.
    try {
        return open(QString());
    } catch (const PostgresError& error) {
        if (error.problem() != PostgresProblem::WrongPassword ||
            qEnvironmentVariableIsSet(kServerPasswordVariable)) {
            throw;
        }
        const auto password = credentials::secret(
            kServerPasswordVariable,
            translated::fill(QCoreApplication::translate("CliSession", "Server password for %1: "),
                             PostgresLocation::parse(location).display()));
        if (!password) {
            throw;
        }
        return open(*password);
    }
}

void CliSession::openFile(const QString& path, const QString& name, const RuleEngine& engine,
                          const ClinicClocks& clocks, Access access, const QString& command)
{
    try {
        m_database = std::make_unique<Database>(path, Database::Mode::MustExist);
    } catch (const StorageError& error) {
        if (!cannotWrite(error)) {
            throw;
        }
        openForRescue(path, error, access, command);
    }
    waitForOthers();
    // The accounts of whichever database is open now (it may be reopened for rescue).
    const auto accounts = [this, &clocks] {
        if (!m_storage) {
            m_storage = std::make_unique<SqliteClinicStorage>(*m_database, clocks.realTime);
        }
        return m_storage->accounts(clocks.realTime, PasswordHasher::Cost::Interactive);
    };
    requireAccounts(*accounts());
    m_password = askPassword(name);
    std::optional<SignedInUser> user;
    try {
        user = accounts()->signIn(name, m_password);
    } catch (const StorageError& error) {
        // Signing in writes (the attempt, the audit entry): that is where a
        // read-only file opened without complaint, or a full disk, shows.
        if (!cannotWrite(error) || m_database->isRescue()) {
            throw;
        }
        m_storage.reset();
        m_database.reset();
        openForRescue(path, error, access, command);
    } catch (const AccessError&) {
        if (m_database->isRescue()) {
            printRescueWarning();
        }
        throw;
    }
    if (!user) {
        try {
            user = accounts()->signIn(name, m_password);
        } catch (...) {
            printRescueWarning();
            throw;
        }
    }
    if (m_database->isRescue()) {
        printRescueWarning();
    }
    accounts(); // makes m_storage over the database signed in to
    m_staff = std::make_unique<StaffSession>(*m_storage, engine, clocks, *user);
}

void CliSession::signIn(const QString& name, const RuleEngine& engine, const ClinicClocks& clocks)
{
    const auto accounts = m_storage->accounts(clocks.realTime, PasswordHasher::Cost::Interactive);
    requireAccounts(*accounts);
    m_password = askPassword(name);
    const auto user = accounts->signIn(name, m_password);
    m_staff = std::make_unique<StaffSession>(*m_storage, engine, clocks, user);
}

void CliSession::requireAccounts(const UserAccounts& accounts)
{
    if (accounts.empty()) {
        throw AccessError(AccessError::Kind::NoAccounts,
                          translated::fill(QCoreApplication::translate(
                              "CliSession", "this database has no user accounts yet: create its "
                                            "first manager with init --manager NAME")));
    }
}

QString CliSession::askPassword(const QString& name)
{
    const auto password = credentials::secret(
        credentials::kPasswordVariable,
        translated::fill(QCoreApplication::translate("CliSession", "Password for %1: "), name));
    if (!password) {
        throw AccessError(
            AccessError::Kind::WrongCredentials,
            translated::fill(
                QCoreApplication::translate("CliSession",
                                            "no password: set %1 or run the command in a terminal"),
                credentials::kPasswordVariable));
    }
    return *password;
}

CliSession::~CliSession() = default;

void CliSession::openForRescue(const QString& path, const StorageError& why, Access access,
                               const QString& command)
{
    const QString reason = reasonFor(why);
    if (access == Access::Writes) {
        throw StorageError(
            StorageError::Kind::ReadOnly,
            translated::fill(QCoreApplication::translate(
                                 "CliSession",
                                 "the database cannot be written (%1): %2 changes the database, so "
                                 "it cannot run now. Reading still works: a manager can back it "
                                 "up, export and check it (see \"Rescue\" in docs/security.md)"),
                             reason, command));
    }
    m_storage.reset();
    m_database = std::make_unique<Database>(path, Database::Mode::Rescue);
    m_database->setRescueReason(reason);
    waitForOthers();
}

void CliSession::waitForOthers()
{
    // Signing in takes the write lock for a moment (the attempt is counted
    // and checked against the lockout in one step): while another program
    // holds it (a long import), wait and say so rather than fail as busy.
    m_database->waitPatiently(kLongestWait, [] {
        const std::string text =
            translated::fill(QCoreApplication::translate(
                "CliSession", "waiting for another program (an import?) to finish…")) +
            "\n";
        std::fputs(text.c_str(), stderr);
    });
}

void CliSession::printRescueWarning() const
{
    const std::string reason = m_database->rescueReason().toStdString();
    const std::string fallback = AuditFallbackLog::pathFor(m_database->path()).toStdString();
    const std::string problem = m_database->fallbackProblem().toStdString();
    if (problem.empty()) {
        warn(translated::fill(QCoreApplication::translate(
                                  "CliSession", "the database cannot be written (%1): this access "
                                                "is not in its audit log; it is recorded in %2"),
                              reason, fallback));
    } else {
        warn(translated::fill(
            QCoreApplication::translate(
                "CliSession",
                "the database cannot be written (%1): this access is not in its audit log, and it "
                "could not be recorded in %2 either (%3): it is recorded nowhere"),
            reason, fallback, problem));
    }
    warn(translated::fill(QCoreApplication::translate(
        "CliSession",
        "read-only rescue access: only backup, export, check, list, show and audit work; sign-in "
        "attempts are checked against the lockout but not counted towards it")));
}

QString CliSession::databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(cli_options::db) ? parser.value(cli_options::db) : Database::defaultPath();
}
