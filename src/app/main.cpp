#include "AppSettings.h"
#include "ClinicSession.h"
#include "account/SessionController.h"
#include "common/PluralForms.h"
#include "server/DesktopOpening.h"
#include "server/PasswordKeyring.h"
#include "storage/StorageError.h"
#include "util/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
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
    std::unique_ptr<ClinicSession> session;
    try {
        session = openDesktopSession(location, desktopKeyring(),
                                     [] { return std::make_unique<SystemClock>(); });
        if (!session) {
            return 0; // the server password was not given
        }
    } catch (const StorageError& error) {
        QMessageBox::critical(nullptr, QObject::tr("Clinic Intake"),
                              QObject::tr("The clinic's database could not be opened:\n%1\n\n"
                                          "Choose another file or server in the settings, or "
                                          "start with --db PATH.")
                                  .arg(QString::fromStdString(error.what())));
        return 1;
    }
    // A new database gets its first manager, then everyone signs in; the
    // window belongs to whoever signed in, until they sign out or quit.
    SessionController controller(*session, settings);
    if (!controller.start()) {
        return 0;
    }
    return QApplication::exec();
}
