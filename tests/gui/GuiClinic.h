#pragma once

#include "ClinicSession.h"
#include "TestBackend.h"
#include "security/Role.h"
#include "storage/ClinicStorage.h"
#include "util/FixedClock.h"

#include <QApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

class AuditPage;
class ReviewPage;
class Clock;
class Database;
class IntakeFormPage;
class RecordsTableModel;

// What the GUI tests share: a clinic database on the backend under test
// (TestBackend.h: a file, or with CLINIC_TEST_BACKEND=postgres a database of
// its own on the test cluster) opened as the application opens it, with the
// three test accounts (tests/support/TestStaff.h: mona the manager, ben the
// therapist, dora at the front desk) and someone signed in; and answers for
// the message boxes a test cannot click.
class PgTestServer;
struct PgClinicDatabase;

namespace gui_test {

inline const QDateTime kNow(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);

// Opens the clinic of `database` as the application does (a server with its
// password) with cheap password hashes, creates the test accounts through
// the storage when it has none, and signs in as `signedIn` (nobody when
// nullopt).
std::unique_ptr<ClinicSession> openClinic(const BackendDatabase& database,
                                          std::unique_ptr<Clock> clock,
                                          std::optional<Role> signedIn = Role::Manager);
// The same for the file at `path`, created when missing: for the tests about
// SQLite files themselves ([sqlite]).
std::unique_ptr<ClinicSession> openClinic(const QString& path, std::unique_ptr<Clock> clock,
                                          std::optional<Role> signedIn = Role::Manager);

// Ends whoever's session there is and signs in as the test user of `role`.
void signInAs(ClinicSession& session, Role role);

// The SQLite database under a session opened on a file: for the tests about
// the file itself ([sqlite]; it fails the test on the server).
const Database& databaseOf(const ClinicSession& session);

// The store and audit log over the session's connection, without the
// permission checks: for setting up a test, never for what it tests.
const IntakeRepository& storeOf(const ClinicSession& session);
const AuditTrail& auditOf(const ClinicSession& session);

// SQL run behind the program's back, as someone with the file and the
// sqlite3 shell or with the server database owner's password could: through
// the session's own connection to the file, or as the owner on the server.
// `bound` fills its `?`s in order. With `appendOnly`, the append-only
// triggers of those tables step aside for it (dropped and made again on the
// file, disabled and enabled again on the server).
void tamper(const ClinicSession& session, const BackendDatabase& database, const QString& sql,
            const QVariantList& bound = {}, const QStringList& appendOnly = {});

// A clinic database on the backend under test, today 2026-11-21, with the
// manager signed in unless a test signs in someone else; `folder` is a
// temporary folder for the test's other files.
struct TemporaryClinic
{
    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    std::unique_ptr<ClinicSession> owned =
        openClinic(database, std::make_unique<FixedClock>(QDate(2026, 11, 21)));
    ClinicSession& session = *owned;
};

// Wait, running the event loop, for what a page reads: on a server it is
// read on a SessionWorker thread and arrives later, from a file at once.
// Each fails the test when the answer takes longer than a minute.
// The records model's rows and count (after it was made, reloaded,
// filtered, sorted, or asked to fetch more).
void waitForRecords(const RecordsTableModel& model);
// Every page of rows, as a view scrolled to the end would read them.
void fetchAllRecords(RecordsTableModel& model);
// The returning clients found for what was typed.
void waitForLookup(const IntakeFormPage& page);
// The audit page's entries and its check of the chain.
void waitForChainCheck(const AuditPage& page);
// The review page's queue.
void waitForQueue(const ReviewPage& page);

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

// Runs the event loop until `done` or `seconds` have passed: whether done.
bool waitFor(const std::function<bool()>& done, int seconds);

// A modal nobody answers would hang the test in its exec(): while this
// lives, any message box that shows is noted (seen) and closed, so that the
// test fails instead, or reads what it said.
struct ModalCloser
{
    ModalCloser();
    QTimer timer;
    QStringList seen;
};

// The clinic database on the test cluster as the desktop reaches it: over
// TLS, checking the certificate and its name, at `port` (the cluster's, or
// a relay's; 0: the cluster's).
QString serverLocation(const PgTestServer& server, const PgClinicDatabase& clinic, int port = 0);
// A desktop session on it with the test staff (manager, therapist, front
// desk) made when there are none yet; the manager signed in.
std::unique_ptr<ClinicSession> openServerClinic(const QString& location, const QString& password);

} // namespace gui_test
