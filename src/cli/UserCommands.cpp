#include "UserCommands.h"

#include "CliOptions.h"
#include "CliSession.h"
#include "Console.h"
#include "Credentials.h"
#include "ExitCode.h"
#include "TerminalText.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "storage/StorageError.h"
#include "util/Translated.h"

#include <QCommandLineParser>
#include <nlohmann/json.hpp>

using namespace console;

namespace {

struct UsageError
{
    std::string message;
};

QString oneName(const QStringList& operands, const char* usage)
{
    if (operands.size() != 2) {
        throw UsageError{
            translated::fill(QCoreApplication::translate("UserCommands", "usage: %1"), usage)};
    }
    return operands[1];
}

} // namespace

UserCommands::UserCommands(const QCommandLineParser& parser, const RuleEngine& engine,
                           const ClinicClocks& clocks)
    : m_parser(parser), m_engine(engine), m_clocks(clocks)
{}

bool UserCommands::handles(const QString& command)
{
    return command == QLatin1String("users") || command == QLatin1String("passwd");
}

int UserCommands::run(const QString& command, const QStringList& operands)
{
    try {
        return command == QLatin1String("users") ? users(operands) : passwd(operands);
    } catch (const UsageError& usage) {
        printFailure(usage.message);
        return ExitBadInput;
    } catch (const AccessError& error) {
        printFailure(error.what());
        return exitCodeFor(error);
    } catch (const StorageError& error) {
        printFailure(failureText(error));
        return exitCodeFor(error);
    } catch (const std::exception& error) {
        printFailure(error.what()); // never an abort
        return ExitFailure;
    }
}

int UserCommands::users(const QStringList& operands)
{
    const QString action = operands.value(0);
    if (action == QLatin1String("list") && operands.size() == 1) {
        const CliSession session(m_parser, m_engine, m_clocks);
        const auto accounts = session.staff().users();
        if (m_parser.isSet(cli_options::json)) {
            nlohmann::ordered_json out = nlohmann::ordered_json::array();
            for (const auto& account : accounts) {
                out.push_back(
                    {{"name", account.name.toStdString()},
                     {"role", roleWord(account.role).toStdString()},
                     {"enabled", account.enabled},
                     {"created_at", account.createdAt.toString(Qt::ISODate).toStdString()},
                     {"created_by", account.createdBy.toStdString()},
                     {"failed_attempts", account.failedAttempts}});
            }
            printJson(out.dump(2));
            return ExitOk;
        }
        printLine("NAME\tROLE\tSTATE\tCREATED");
        for (const auto& account : accounts) {
            printLine(
                terminal_text::escaped(account.name) + '\t' + roleWord(account.role).toStdString() +
                '\t' +
                (account.enabled
                     ? translated::fill(QCoreApplication::translate("UserCommands", "enabled"))
                     : translated::fill(QCoreApplication::translate("UserCommands", "disabled"))) +
                '\t' + account.createdAt.date().toString(Qt::ISODate).toStdString());
        }
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        const QString name = oneName(operands, "users add NAME --role ROLE");
        const auto role = roleFromWord(m_parser.value(cli_options::role));
        if (!role) {
            throw UsageError{translated::fill(
                QCoreApplication::translate(
                    "UserCommands", "--role: must be front_desk, therapist or manager, got \"%1\""),
                m_parser.value(cli_options::role))};
        }
        // Signed in first: a front desk never gets as far as typing a new password.
        const CliSession session(m_parser, m_engine, m_clocks);
        session.staff().require(Permission::ManageUsers, QStringLiteral("users add"));
        const QString password = credentials::newSecret(
            credentials::kNewPasswordVariable,
            translated::fill(QCoreApplication::translate("UserCommands", "New password for %1: "),
                             terminal_text::escaped(name)));
        session.staff().addUser(name, *role, password);
        printLine(
            translated::fill(QCoreApplication::translate("UserCommands", "user %1 added as %2"),
                             terminal_text::escaped(name.trimmed()), roleWord(*role)));
        return ExitOk;
    }
    if (action == QLatin1String("disable")) {
        const QString name = oneName(operands, "users disable NAME");
        const CliSession session(m_parser, m_engine, m_clocks);
        session.staff().disableUser(name);
        printLine(translated::fill(QCoreApplication::translate("UserCommands", "user %1 disabled"),
                                   terminal_text::escaped(name.trimmed())));
        return ExitOk;
    }
    if (action == QLatin1String("reset-password")) {
        const QString name = oneName(operands, "users reset-password NAME");
        const CliSession session(m_parser, m_engine, m_clocks);
        session.staff().require(Permission::ManageUsers, QStringLiteral("users reset-password"));
        const QString password = credentials::newSecret(
            credentials::kNewPasswordVariable,
            translated::fill(QCoreApplication::translate("UserCommands", "New password for %1: "),
                             terminal_text::escaped(name)));
        session.staff().resetPassword(name, password);
        printLine(
            translated::fill(QCoreApplication::translate("UserCommands", "password of %1 reset"),
                             terminal_text::escaped(name.trimmed())));
        return ExitOk;
    }
    throw UsageError{translated::fill(QCoreApplication::translate(
        "UserCommands", "use users add NAME --role ROLE, users list, users disable NAME or users "
                        "reset-password NAME"))};
}

int UserCommands::passwd(const QStringList& operands)
{
    if (!operands.isEmpty()) {
        throw UsageError{translated::fill(QCoreApplication::translate(
            "UserCommands", "usage: passwd (changes the --user's own password)"))};
    }
    const CliSession session(m_parser, m_engine, m_clocks);
    const QString replacement = credentials::newSecret(
        credentials::kNewPasswordVariable,
        translated::fill(QCoreApplication::translate("UserCommands", "New password: ")));
    // The password that signed in is the current one: asked once, used for both.
    session.staff().changeOwnPassword(session.password(), replacement);
    printLine(translated::fill(QCoreApplication::translate("UserCommands", "password changed")));
    return ExitOk;
}
