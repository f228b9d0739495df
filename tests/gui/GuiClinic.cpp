#include "GuiClinic.h"

#include "TestStaff.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/Clock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTimer>

namespace gui_test {

std::unique_ptr<ClinicSession> openClinic(const QString& path, std::unique_ptr<Clock> clock,
                                          std::optional<Role> signedIn)
{
    auto session =
        std::make_unique<ClinicSession>(path, std::move(clock), PasswordHasher::Cost::Minimal);
    if (session->accounts().empty()) {
        test_staff::createIn(databaseOf(*session), session->clock());
    }
    if (signedIn) {
        signInAs(*session, *signedIn);
    }
    return session;
}

void signInAs(ClinicSession& session, Role role)
{
    session.signOut();
    const QString name = test_staff::nameFor(role);
    session.begin(session.accounts().signIn(name, test_staff::passwordOf(name)));
}

const Database& databaseOf(const ClinicSession& session)
{
    return dynamic_cast<const SqliteClinicStorage&>(session.storage()).database();
}

const IntakeRepository& storeOf(const ClinicSession& session)
{
    return session.storage().intakes();
}

const AuditTrail& auditOf(const ClinicSession& session)
{
    return session.storage().audit();
}

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    onNextModal<QMessageBox>([button](QMessageBox* box) { box->button(button)->click(); });
}

void clickInNextMessageBox(const QString& text)
{
    onNextModal<QMessageBox>([text](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).contains(text)) {
                button->click();
                return;
            }
        }
    });
}

void inspectNextMessageBox(std::function<void(QMessageBox*)> look)
{
    onNextModal<QMessageBox>([look](QMessageBox* box) {
        look(box);
        box->reject();
    });
}

void readNextMessageBox(QString* seen)
{
    onNextModal<QMessageBox>([seen](QMessageBox* box) {
        *seen = box->text();
        box->reject();
    });
}

} // namespace gui_test
