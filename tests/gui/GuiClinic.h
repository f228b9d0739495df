#pragma once

#include "ClinicSession.h"
#include "security/Role.h"
#include "storage/ClinicStorage.h"
#include "util/FixedClock.h"

#include <QApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class Clock;
class Database;

// What the GUI tests share: a clinic database opened as the application
// opens it, with the three test accounts (tests/support/TestStaff.h: mona
// the manager, ben the therapist, dora at the front desk) and someone
// signed in; and answers for the message boxes a test cannot click.
namespace gui_test {

inline const QDateTime kNow(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

// Opens (or creates) the database at `path` with cheap password hashes,
// creates the test accounts when it has none, and signs in as `signedIn`
// (nobody when nullopt).
std::unique_ptr<ClinicSession> openClinic(const QString& path, std::unique_ptr<Clock> clock,
                                          std::optional<Role> signedIn = Role::Manager);

// Ends whoever's session there is and signs in as the test user of `role`.
void signInAs(ClinicSession& session, Role role);

// The SQLite database under a session opened on a file: for setting up
// and inspecting a test's file, never for what the program does.
const Database& databaseOf(const ClinicSession& session);

// The store and audit log over the session's connection, without the
// permission checks: for setting up a test, never for what it tests.
const IntakeRepository& storeOf(const ClinicSession& session);
const AuditTrail& auditOf(const ClinicSession& session);

// A clinic database in a temporary folder, today 2026-11-21, with the
// manager signed in unless a test signs in someone else.
struct TemporaryClinic
{
    QTemporaryDir folder;
    std::unique_ptr<ClinicSession> owned =
        openClinic(folder.filePath(QStringLiteral("clinic.sqlite")),
                   std::make_unique<FixedClock>(QDate(2026, 11, 21)));
    ClinicSession& session = *owned;
};

// Closes the next modal message box with `button` (a test cannot click it).
void answerNextMessageBox(QMessageBox::StandardButton button);
// Clicks the button of the next modal message box whose text contains `text`.
void clickInNextMessageBox(const QString& text);
// Runs `look` on the next modal message box while it is open (then closes
// it with its escape button): what was on screen when it showed.
void inspectNextMessageBox(std::function<void(QMessageBox*)> look);
// The text of the next modal message box (read, then closed with its
// escape button), into `seen`.
void readNextMessageBox(QString* seen);

// Runs `act` on the next modal window of type Modal (QWidget: any), as soon
// as there is one and it is the active window (keys and mnemonics sent
// before then go nowhere): a test cannot otherwise reach what exec() shows.
template <typename Modal, typename Act> void onNextModal(Act act, int triesLeft = 200)
{
    QTimer::singleShot(10, [act, triesLeft] {
        auto* modal = qobject_cast<Modal*>(QApplication::activeModalWidget());
        if (modal && modal->isVisible() && modal->isActiveWindow()) {
            act(modal);
        } else if (triesLeft > 0) {
            onNextModal<Modal>(act, triesLeft - 1);
        }
    });
}

} // namespace gui_test
