#include "AppSettings.h"
#include "ClinicSession.h"
#include "account/SessionController.h"
#include "common/PluralForms.h"
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
    installPluralForms();
    if (qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Clinic Intake desktop application"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Open this database file (or postgresql:// server "
                                               "URI, without a password) instead of the one in "
                                               "the settings."),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    parser.process(app);

    AppSettings settings;
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
