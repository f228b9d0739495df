#include "AppSettings.h"
#include "ClinicSession.h"
#include "account/SessionController.h"
#include "common/DesktopLanguage.h"
#include "server/DesktopOpening.h"
#include "server/PasswordKeyring.h"
#include "util/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyleFactory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("clinic-intake"));
    QApplication::setApplicationDisplayName(QStringLiteral("Clinic Intake"));
    QApplication::setApplicationVersion(QStringLiteral(CLINIC_INTAKE_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    // The language first, so that --help is in it too.
    AppSettings settings;
    applyDesktopLanguage(desktopLanguageFor(settings.language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Clinic Intake desktop application"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open this database file (or postgresql:// server "
                                            "URI, without a password) instead of the one in "
                                            "the settings."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(db);
    parser.process(app);

    const QString location = parser.isSet(db) ? parser.value(db) : settings.databaseLocation();
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
