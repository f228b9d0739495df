#include "server/DesktopOpening.h"

#include "AppSettings.h"
#include "ClinicSession.h"
#include "server/PasswordKeyring.h"
#include "server/ServerPasswordDialog.h"
#include "settings/SettingsDialog.h"
#include "storage/AuditTrail.h"
#include "storage/ClinicStorage.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresLocation.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <exception>

namespace {

// The context of these texts in the catalogue (lupdate reads Text::tr).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DesktopOpening)
};

// Connects once on a thread of its own and lets go; rethrows here what
// that connection threw. Meanwhile the event loop runs (a progress window
// shows after a moment): a server that does not answer takes libpq's
// connect timeout, and the screen must not freeze for it.
void reachServer(const QString& location, const QString& password, const Clock& clock,
                 QWidget* parent)
{
    std::exception_ptr thrown;
    const StorageAddress address{location, password};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            address.open(clock);
        } catch (...) {
            thrown = std::current_exception();
        }
    }));
    QProgressDialog progress(Text::tr("Connecting to the clinic server…"), QString(), 0, 0, parent);
    progress.setWindowTitle(Text::tr("Clinic Intake"));
    progress.setCancelButton(nullptr); // libpq's timeout ends it
    progress.setMinimumDuration(500);
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    if (thrown) {
        std::rethrow_exception(thrown);
    }
}

} // namespace

std::unique_ptr<ClinicSession>
openDesktopSession(const QString& location, PasswordKeyring& keyring,
                   const std::function<std::unique_ptr<Clock>()>& makeClock,
                   PasswordHasher::Cost passwordCost, QWidget* parent)
{
    if (!isServerLocation(location)) {
        return std::make_unique<ClinicSession>(location, makeClock(), passwordCost);
    }
    const QString where = PostgresLocation::parse(location).display();
    const QString key = keyringKey(location);
    const PasswordKeyring::Result stored = keyring.read(key);
    const bool keyringAvailable = stored.outcome != PasswordKeyring::Outcome::Unavailable;
    bool fromKeyring = stored.outcome == PasswordKeyring::Outcome::Done;
    QString password = fromKeyring ? stored.password : QString();
    bool remember = false;
    QString reason;
    for (;;) {
        if (!fromKeyring) {
            ServerPasswordDialog ask(where, reason, keyringAvailable, parent);
            if (ask.exec() != QDialog::Accepted) {
                return nullptr;
            }
            password = ask.password();
            remember = ask.remember();
        }
        try {
            reachServer(location, password, *makeClock(), parent);
            auto session =
                std::make_unique<ClinicSession>(location, password, makeClock(), passwordCost);
            if (remember) {
                const PasswordKeyring::Result kept = keyring.write(key, password);
                if (kept.outcome != PasswordKeyring::Outcome::Done) {
                    QMessageBox::information(
                        parent, Text::tr("Password not remembered"),
                        Text::tr("This computer's keyring could not keep the server password (%1): "
                                 "Clinic Intake will ask for it at the next start.")
                            .arg(kept.error));
                }
            }
            return session;
        } catch (const PostgresError& error) {
            if (error.problem() != PostgresProblem::WrongPassword) {
                throw;
            }
            reason = QString::fromUtf8(error.what());
            if (fromKeyring) {
                // Changed on the server since it was remembered.
                reason += QLatin1Char(' ') +
                          Text::tr("The password remembered on this computer no longer works.");
            }
            fromKeyring = false;
        }
    }
}

QString openingProblemText(const QString& location, const QString& problem)
{
    QString where = Text::tr("in the file %1").arg(QDir::toNativeSeparators(location));
    if (isServerLocation(location)) {
        try {
            where = Text::tr("on the clinic server (%1)")
                        .arg(PostgresLocation::parse(location).display());
        } catch (const std::exception&) {
            where = Text::tr("on the clinic server"); // an address the problem itself is about
        }
    }
    return Text::tr("Clinic Intake could not open the clinic's records %1.\n\n%2\n\nIf the server "
                    "or the file has moved, correct where the records are in Settings. Otherwise, "
                    "tell whoever looks after the clinic's computers what this message says, then "
                    "try again.")
        .arg(where, problem);
}

std::unique_ptr<ClinicSession>
startDesktopSession(QString location, AppSettings& settings, PasswordKeyring& keyring,
                    const std::function<std::unique_ptr<Clock>()>& makeClock,
                    PasswordHasher::Cost passwordCost)
{
    const QString firstLocation = location;
    QString firstProblem;
    for (;;) {
        QString problem;
        try {
            auto session = openDesktopSession(location, keyring, makeClock, passwordCost);
            if (session && location != firstLocation) {
                // Changed before anyone could sign in: said where it took effect.
                try {
                    session->storage().audit().append(
                        QStringLiteral("(before sign-in)"), QStringLiteral("settings"),
                        QStringLiteral("database location"),
                        QStringLiteral("from %1 to %2 at start, when the records there could "
                                       "not be opened: %3")
                            .arg(firstLocation, location, firstProblem));
                } catch (const std::exception&) {
                    // The records opened; the entry is not worth keeping anyone out.
                }
            }
            return session;
        } catch (const StorageError& error) {
            problem = QString::fromUtf8(error.what());
        }
        if (firstProblem.isEmpty()) {
            firstProblem = problem;
        }
        QMessageBox box(QMessageBox::Warning, Text::tr("Clinic Intake"),
                        openingProblemText(location, problem), QMessageBox::NoButton);
        box.setObjectName(QStringLiteral("openingProblemDialog"));
        QPushButton* retry = box.addButton(Text::tr("&Try again"), QMessageBox::AcceptRole);
        QPushButton* change = box.addButton(Text::tr("&Settings…"), QMessageBox::ActionRole);
        QPushButton* quit = box.addButton(Text::tr("&Quit"), QMessageBox::RejectRole);
        retry->setObjectName(QStringLiteral("retryButton"));
        change->setObjectName(QStringLiteral("settingsButton"));
        quit->setObjectName(QStringLiteral("quitButton"));
        box.setDefaultButton(retry);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() == change) {
            SettingsDialog dialog(settings, nullptr, &keyring);
            if (dialog.exec() == QDialog::Accepted) {
                location = settings.databaseLocation();
            }
        } else if (box.clickedButton() != retry) {
            return nullptr;
        }
    }
}
