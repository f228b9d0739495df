#include "CliSession.h"

#include "CliOptions.h"
#include "Credentials.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "util/ClinicClocks.h"

#include <QCommandLineParser>

CliSession::CliSession(const QCommandLineParser& parser, const RuleEngine& engine,
                       const ClinicClocks& clocks, Database::Mode mode)
{
    const QString name = parser.value(cli_options::user).trimmed();
    if (name.isEmpty()) {
        throw AccessError(AccessError::Kind::WrongCredentials,
                          "--user: say who you are with --user NAME (the password comes from " +
                              std::string(credentials::kPasswordVariable) + " or is asked)");
    }
    m_database = std::make_unique<Database>(databasePath(parser), mode);
    UserAccounts accounts(*m_database, clocks.realTime);
    if (accounts.empty()) {
        throw AccessError(AccessError::Kind::NoAccounts,
                          "this database has no user accounts yet: create its first manager "
                          "with init --manager NAME");
    }
    const auto password = credentials::secret(credentials::kPasswordVariable,
                                              "Password for " + name.toStdString() + ": ");
    if (!password) {
        throw AccessError(AccessError::Kind::WrongCredentials,
                          "no password: set " + std::string(credentials::kPasswordVariable) +
                              " or run the command in a terminal");
    }
    m_password = *password;
    m_staff = std::make_unique<StaffSession>(*m_database, engine, clocks,
                                             accounts.signIn(name, m_password));
    if (parser.isSet(cli_options::rules)) {
        m_staff->require(Permission::ChooseRulesFile, QStringLiteral("--rules"));
    }
}

CliSession::~CliSession() = default;

QString CliSession::databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(cli_options::db) ? parser.value(cli_options::db) : Database::defaultPath();
}
