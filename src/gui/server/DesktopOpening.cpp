#include "server/DesktopOpening.h"

#include "ClinicSession.h"
#include "server/PasswordKeyring.h"
#include "server/ServerPasswordDialog.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresLocation.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DesktopOpening", text);
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
            auto session =
                std::make_unique<ClinicSession>(location, password, makeClock(), passwordCost);
            if (remember) {
                const PasswordKeyring::Result kept = keyring.write(key, password);
                if (kept.outcome != PasswordKeyring::Outcome::Done) {
                    QMessageBox::information(
                        parent, tr("Password not remembered"),
                        tr("This computer's keyring could not keep the server password (%1): "
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
                          tr("The password remembered on this computer no longer works.");
            }
            fromKeyring = false;
        }
    }
}
