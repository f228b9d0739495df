#include "AppSettings.h"
#include "ClinicSession.h"
#include "about/VersionReport.h"
#include "account/SessionController.h"
#include "common/DesktopLanguage.h"
#include "server/DesktopOpening.h"
#include "server/PasswordKeyring.h"
#include "util/Language.h"
#include "util/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStyleFactory>
#include <QTextStream>

namespace {

// --help and --version answer in a terminal with no display (over ssh, in a
// package's test), so they are known before the window system is needed.
bool asksOnlyForText(int argc, char* argv[])
{
    for (int index = 1; index < argc; ++index) {
        const QByteArray argument(argv[index]);
        if (argument == "-h" || argument == "--help" || argument == "-?" ||
            argument == "--help-all" || argument == "-v" || argument == "--version") {
            return true;
        }
    }
    return false;
}

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("clinic-intake"));
    QCoreApplication::setApplicationVersion(version_report::programVersion());
}

struct Options
{
    QCommandLineOption version{
        QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Print the version, with the built-in rules' "
                                            "version, the database schema's and those of Qt, "
                                            "SQLite and libpq.")};
    QCommandLineOption db{
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open this database file (or postgresql:// server "
                                            "URI, without a password) instead of the one in "
                                            "the settings."),
        QCoreApplication::translate("main", "PATH")};

    explicit Options(QCommandLineParser& parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Clinic Intake desktop application"));
        parser.addHelpOption();
        parser.addOption(version);
        parser.addOption(db);
    }
};

// Prints the help or the version and says so; false when neither was asked.
bool answeredInText(QCommandLineParser& parser, const Options& options)
{
    parser.process(*QCoreApplication::instance()); // --help ends here
    if (!parser.isSet(options.version)) {
        return false;
    }
    QTextStream out(stdout);
    for (const QString& line : version_report::lines(QCoreApplication::applicationName())) {
        out << line << '\n';
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameTheApplication();
        language::apply(desktopLanguageFor(AppSettings().language()),
                        {QStringLiteral("core"), QStringLiteral("gui")});
        QCommandLineParser parser;
        const Options options(parser);
        if (answeredInText(parser, options)) {
            return 0;
        }
    }

    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Clinic Intake"));
    // The menu entry's name (packaging/), so a desktop matches the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("ca.clinicintake.ClinicIntake"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/ca.clinicintake.ClinicIntake.svg")));
    if (qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    // The language first, so that --help is in it too.
    AppSettings settings;
    applyDesktopLanguage(desktopLanguageFor(settings.language()));

    QCommandLineParser parser;
    const Options options(parser);
    if (answeredInText(parser, options)) {
        return 0;
    }

    const QString location =
        parser.isSet(options.db) ? parser.value(options.db) : settings.databaseLocation();
    // A server that does not answer, or a file that is not there, leaves
    // the way to Settings open to correct where the records are.
    const std::unique_ptr<ClinicSession> session = startDesktopSession(
        location, settings, desktopKeyring(), [] { return std::make_unique<SystemClock>(); });
    if (!session) {
        return 0; // the user quit, or gave no server password
    }
    // A new database gets its first manager, then everyone signs in; the
    // window belongs to whoever signed in, until they sign out or quit.
    SessionController controller(*session, settings);
    if (!controller.start()) {
        return 0;
    }
    return QApplication::exec();
}
