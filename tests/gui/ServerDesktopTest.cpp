// The desktop on a clinic server (issue 12), against the throwaway
// PostgreSQL cluster (tests/postgres/cluster.sh): the window on a server
// database, the start with the password from the keyring or asked for, the
// settings dialog's server fields and connection test, and the reads that
// must not freeze the window when the server answers late.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "FormInput.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "PgClinicDatabase.h"
#include "PgTestServer.h"
#include "SlowRelay.h"
#include "TestStaff.h"
#include "audit/AuditPage.h"
#include "records/RecordsPage.h"
#include "records/RecordsTableModel.h"
#include "review/ReviewPage.h"
#include "security/UserAccounts.h"
#include "server/ConnectionMonitor.h"
#include "server/DesktopOpening.h"
#include "server/PasswordKeyring.h"
#include "server/ServerPasswordDialog.h"
#include "settings/SettingsDialog.h"
#include "storage/AuditTrail.h"
#include "storage/postgres/PostgresError.h"
#include "util/FixedClock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>

using gui_test::field;
using gui_test::typeInto;

namespace {

// A keyring in memory, for the GUI flows; the real one (QtKeychainPasswords)
// is tested on its own below.
class MemoryKeyring : public PasswordKeyring
{
public:
    bool available = true;
    QHash<QString, QString> kept;

    Result read(const QString& key) override
    {
        if (!available) {
            return {Outcome::Unavailable, {}, QStringLiteral("no keyring")};
        }
        if (!kept.contains(key)) {
            return {Outcome::NotFound, {}, {}};
        }
        return {Outcome::Done, kept.value(key), {}};
    }
    Result write(const QString& key, const QString& password) override
    {
        if (!available) {
            return {Outcome::Unavailable, {}, QStringLiteral("no keyring")};
        }
        kept.insert(key, password);
        return {Outcome::Done, {}, {}};
    }
    Result remove(const QString& key) override
    {
        kept.remove(key);
        return {Outcome::Done, {}, {}};
    }
};

// Where a key goes: the focused widget, as a person's keys do.
QWidget* focusedIn(QWidget* window)
{
    QWidget* focused = QApplication::focusWidget();
    return focused ? focused : window;
}

// How late the relay makes every answer in the late-server test: a GUI
// thread that waited for one round trip would stop this long.
constexpr int kLateMs = 1500;

// How many times (10 ms apart) onNextModal looks for a dialog before it
// gives up: a loaded machine can take seconds to show one.
constexpr int kModalTries = 3000;

// The GUI thread's timer, ticking every 50 ms: the longest time between two
// ticks is the longest the thread did not run its event loop (a thread that
// waits for the network runs no timers).
struct Ticker
{
    QTimer timer;
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    Ticker()
    {
        timer.setInterval(50);
        QObject::connect(&timer, &QTimer::timeout,
                         [this] { longest = std::max(longest, sinceTick.restart()); });
        sinceTick.start();
        timer.start();
    }
    void restart()
    {
        longest = 0;
        sinceTick.restart();
    }
    qint64 longestGapMs() const { return std::max(longest, sinceTick.elapsed()); }
};

} // namespace

TEST_CASE("gui: server: the window on a clinic server adds an intake and the therapist reviews it",
          "[gui][server]")
{
    REQUIRE_PG_SERVER(server);
    PgClinicDatabase clinic(*server);
    const QString location = gui_test::serverLocation(*server, clinic, server->port);
    auto session = gui_test::openServerClinic(location, clinic.application.password());
    REQUIRE(session->isServer());
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*session, settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Where the records are, and whether the server answers.
    auto* where = window.statusBar()->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    REQUIRE(where != nullptr);
    CHECK(where->text() == QStringLiteral("Clinic server: %1@localhost/%2")
                               .arg(clinic.application.name(), clinic.database.name()));
    auto* state = window.statusBar()->findChild<QLabel*>(QStringLiteral("connectionLabel"));
    REQUIRE(state != nullptr);
    CHECK(gui_test::waitFor([&] { return state->text() == QStringLiteral("Connected"); }, 60));
    // Restoring into a server is not done from the desktop.
    CHECK(window.findChild<QAction*>(QStringLiteral("restoreAction")) == nullptr);
    {
        // Read and closed however long it takes to show: the pages' workers
        // connect meanwhile, and a loaded machine is slow to show it.
        gui_test::ModalCloser closer;
        CHECK_FALSE(window.restoreBackup());
        REQUIRE(closer.seen.size() == 1);
        CHECK(closer.seen[0].contains(QStringLiteral("restored into the server by whoever looks "
                                                     "after it")));
    }
    // The message took the keyboard; the window's shortcuts need it back.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    window.showPage(int(AppSettings::Page::Intake));
    IntakeFormPage& page = *window.intakePage();
    gui_test::fillBasics(page, QStringLiteral("Ana Lima"));
    gui_test::answerAllNo(page);
    QSignalSpy saved(&page, &IntakeFormPage::saved);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.count() == 1);
    const qint64 id = saved.at(0).at(0).toLongLong();

    gui_test::signInAs(*session, Role::Therapist);
    MainWindow therapist(*session, settings);
    therapist.show();
    ReviewPage& review = *therapist.reviewPage();
    // The queue is read on the review page's worker.
    REQUIRE(gui_test::waitFor([&] { return !review.isLoading(); }, 60));
    CHECK(review.queueSize() == 1);
    REQUIRE(review.selectIntake(id));
    CHECK(review.detailsText().contains(QStringLiteral("Ana Lima")));
    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(review.queueSize() == 0); // at once, before the server's answer
    REQUIRE(gui_test::waitFor([&] { return !review.isLoading(); }, 60));
    CHECK(review.queueSize() == 0);
    CHECK(gui_test::storeOf(*session).details(id).at("status") == "reviewed");
    // The records page reads the server on its worker: the row arrives.
    therapist.showPage(int(AppSettings::Page::Records));
    RecordsTableModel& records = *therapist.recordsPage()->model();
    therapist.recordsPage()->refresh();
    REQUIRE(gui_test::waitFor([&] { return !records.isLoading(); }, 60));
    CHECK(records.rowCount() == 1);
    CHECK(records.intakeIdAt(0) == id);
}

// The records, the review queue, the returning-client lookup and the audit
// log (entries and chain check) of a late server.
TEST_CASE("gui: server: the window and the reads of its pages wait for a late server off the GUI "
          "thread",
          "[gui][server]")
{
    REQUIRE_PG_SERVER(server);
    PgClinicDatabase clinic(*server);
    SlowRelay relay(server->port);
    auto session = gui_test::openServerClinic(
        gui_test::serverLocation(*server, clinic, relay.port()), clinic.application.password());
    {
        // Shown and laid out: a click on the body map of a page never shown
        // hits nothing, and save() then asks for the missing area.
        IntakeFormPage form(*session);
        form.resize(1366, 768);
        form.show();
        REQUIRE(QTest::qWaitForWindowExposed(&form));
        gui_test::fillBasics(form, QStringLiteral("Ana Lima"));
        gui_test::answerAllNo(form);
        REQUIRE(form.isValid());
        REQUIRE(form.save() > 0);
    }
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    gui_test::ModalCloser noModals;

    // Every page's worker opens its connection while the server is still
    // quick: libpq gives up on a connection not made in 5 s, and a late
    // server's TLS handshake and sign-in take several round trips.
    MainWindow window(*session, settings);
    window.resize(1366, 768);
    window.show();
    ReviewPage& review = *window.reviewPage();
    AuditPage& audit = *window.auditPage();
    RecordsTableModel& records = *window.recordsPage()->model();
    IntakeFormPage& page = *window.intakePage();
    window.showPage(int(AppSettings::Page::Records));
    window.showPage(int(AppSettings::Page::Intake));
    typeInto(field<QLineEdit>(page, "nameEdit"), QStringLiteral("li"));
    REQUIRE(gui_test::waitFor(
        [&] {
            return !review.isLoading() && !audit.isLoading() && !audit.isCheckingChain() &&
                   !records.isLoading() && !page.isLookingUp();
        },
        60));
    CHECK(review.queueSize() == 1);

    // From here every answer of the server arrives a second and a half
    // late: anything the GUI thread waited for would stop its timer at
    // least that long.
    relay.setDelayMs(kLateMs);
    Ticker ticker;
    QElapsedTimer call;
    call.start();
    window.showPage(int(AppSettings::Page::Review));
    review.refresh();
    CHECK(call.elapsed() < kLateMs);
    CHECK(review.isLoading());
    CHECK(review.queueStateLabel()->text().toStdString() ==
          "Loading the queue from the clinic server…");
    if (!qEnvironmentVariableIsEmpty("CLINIC_TEST_SCREENSHOTS")) {
        window.grab().save(qEnvironmentVariable("CLINIC_TEST_SCREENSHOTS") +
                           QStringLiteral("/late-review.png"));
    }
    REQUIRE(gui_test::waitFor([&] { return !review.isLoading(); }, 120));
    CHECK(ticker.longestGapMs() < kLateMs);
    CHECK(review.queueStateLabel()->isHidden());
    CHECK(review.queueSize() == 1);

    ticker.restart();
    call.restart();
    window.showPage(int(AppSettings::Page::Records));
    CHECK(call.elapsed() < kLateMs);
    CHECK(records.isLoading());
    QLabel* summary = window.recordsPage()->summaryLabel();
    // The rows read before stay on show meanwhile.
    CHECK(summary->text().toStdString() == "1 intake (updating from the clinic server…)");
    if (!qEnvironmentVariableIsEmpty("CLINIC_TEST_SCREENSHOTS")) {
        window.grab().save(qEnvironmentVariable("CLINIC_TEST_SCREENSHOTS") +
                           QStringLiteral("/late-records.png"));
    }
    REQUIRE(gui_test::waitFor([&] { return !records.isLoading(); }, 120));
    CHECK(ticker.longestGapMs() < kLateMs);
    CHECK(records.errorText().toStdString() == "");
    CHECK(records.rowCount() == 1);
    CHECK(summary->text().toStdString() == "1 intake");

    ticker.restart();
    window.showPage(int(AppSettings::Page::Intake));
    typeInto(field<QLineEdit>(page, "nameEdit"), QStringLiteral("m"));
    CHECK(page.isLookingUp());
    REQUIRE(gui_test::waitFor([&] { return !page.isLookingUp(); }, 120));
    CHECK(ticker.longestGapMs() < kLateMs);
    auto* found = field<QListWidget>(page, "returningClientList");
    REQUIRE(found->count() == 1);
    CHECK(found->item(0)->text().startsWith(QStringLiteral("Ana Lima, born")));

    // The audit log: its entries and its chain check, both on the worker.
    ticker.restart();
    call.restart();
    window.showPage(int(AppSettings::Page::Audit));
    CHECK(call.elapsed() < kLateMs);
    CHECK(audit.isLoading());
    CHECK(audit.summaryLabel()->text().toStdString() ==
          "Loading the audit log from the clinic server…");
    if (!qEnvironmentVariableIsEmpty("CLINIC_TEST_SCREENSHOTS")) {
        window.grab().save(qEnvironmentVariable("CLINIC_TEST_SCREENSHOTS") +
                           QStringLiteral("/late-audit.png"));
    }
    REQUIRE(gui_test::waitFor([&] { return !audit.isLoading() && !audit.isCheckingChain(); }, 120));
    CHECK(ticker.longestGapMs() < kLateMs);
    CHECK(audit.table()->rowCount() > 0);
    CHECK(audit.summaryLabel()->text().contains(QStringLiteral("since")));
    CHECK_THAT(audit.chainLabel()->text().toStdString(), Catch::StartsWith("Audit chain intact"));

    // Back to the queue after the audit log: still no wait.
    ticker.restart();
    call.restart();
    review.refresh();
    CHECK(call.elapsed() < kLateMs);
    REQUIRE(gui_test::waitFor([&] { return !review.isLoading(); }, 120));
    CHECK(ticker.longestGapMs() < kLateMs);
    CHECK(review.queueSize() == 1);
    CHECK(noModals.seen.join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("gui: server: a server that stops answering shows as not reachable, with the time",
          "[gui][server]")
{
    REQUIRE_PG_SERVER(server);
    PgClinicDatabase clinic(*server);
    SlowRelay relay(server->port);
    const QString location = gui_test::serverLocation(*server, clinic, relay.port());
    const FixedClock clock(QDate(2026, 11, 21));
    ConnectionMonitor monitor({location, clinic.application.password()}, clock, 600000, 600000);
    QSignalSpy probed(&monitor, &ConnectionMonitor::probed);
    monitor.start();
    REQUIRE(gui_test::waitFor([&] { return probed.count() == 1; }, 60));
    CHECK(monitor.state() == ConnectionMonitor::State::Connected);
    CHECK(monitor.text() == QStringLiteral("Connected"));
    relay.cutOff();
    monitor.probe();
    REQUIRE(gui_test::waitFor([&] { return probed.count() == 2; }, 60));
    CHECK(monitor.state() == ConnectionMonitor::State::NotReachable);
    CHECK(monitor.text().startsWith(QStringLiteral("Not reachable since ")));
    CHECK(monitor.text().endsWith(QStringLiteral(", retrying")));
}

TEST_CASE("gui: server: at start the password comes from the keyring, else it is asked for, and "
          "a wrong one is asked again with the reason",
          "[gui][server]")
{
    REQUIRE_PG_SERVER(server);
    PgClinicDatabase clinic(*server);
    const QString location = gui_test::serverLocation(*server, clinic, server->port);
    const auto clock = [] {
        return std::make_unique<FixedClock>(QDate(2026, 11, 21));
    };
    MemoryKeyring keyring;

    // Nothing kept: asked; a wrong password first, then the right one,
    // remembered on this computer.
    QStringList reasons;
    gui_test::onNextModal<ServerPasswordDialog>([&](ServerPasswordDialog* ask) {
        reasons << ask->reasonLabel()->text();
        ask->passwordEdit()->setText(QStringLiteral("not the password"));
        ask->accept();
        gui_test::onNextModal<ServerPasswordDialog>([&](ServerPasswordDialog* again) {
            reasons << again->reasonLabel()->text();
            CHECK(again->rememberBox()->isEnabled());
            again->rememberBox()->setChecked(true);
            again->passwordEdit()->setText(clinic.application.password());
            again->accept();
        });
    });
    auto session = openDesktopSession(location, keyring, clock, PasswordHasher::Cost::Minimal);
    REQUIRE(session != nullptr);
    REQUIRE(reasons.size() == 2);
    CHECK(reasons[0].isEmpty());
    CHECK(reasons[1].contains(QStringLiteral("password"), Qt::CaseInsensitive));
    CHECK(keyring.kept.value(keyringKey(location)) == clinic.application.password());
    session.reset();

    // Kept: no question at all.
    bool asked = false;
    gui_test::onNextModal<ServerPasswordDialog>([&](ServerPasswordDialog* ask) {
        asked = true;
        ask->reject();
    });
    session = openDesktopSession(location, keyring, clock, PasswordHasher::Cost::Minimal);
    CHECK(session != nullptr);
    CHECK_FALSE(asked);
    session.reset();
    // The unused onNextModal gives up after its 200 tries of 10 ms; until
    // then it would take the next dialog for its own.
    QTest::qWait(3000);

    // No keyring on this computer: asked, told it cannot be remembered,
    // and nothing is kept anywhere; Cancel quits.
    keyring.available = false;
    keyring.kept.clear();
    QString note;
    gui_test::onNextModal<ServerPasswordDialog>([&](ServerPasswordDialog* ask) {
        CHECK_FALSE(ask->rememberBox()->isEnabled());
        CHECK_FALSE(ask->remember());
        note = ask->findChild<QLabel*>(QStringLiteral("keyringNote"))->text();
        ask->reject();
    });
    CHECK(openDesktopSession(location, keyring, clock, PasswordHasher::Cost::Minimal) == nullptr);
    CHECK(note.contains(QStringLiteral("cannot remember")));
    CHECK(keyring.kept.isEmpty());
}

TEST_CASE("gui: server: at start a server that does not answer is said in plain words and "
          "Settings corrects its address",
          "[gui][server][settings]")
{
    REQUIRE_PG_SERVER(server);
    PgClinicDatabase clinic(*server);
    gui_test::openServerClinic(gui_test::serverLocation(*server, clinic, server->port),
                               clinic.application.password());
    // A port where nothing listens: one the system gave out and took back.
    int closedPort = 0;
    {
        QTcpServer taken;
        REQUIRE(taken.listen(QHostAddress::LocalHost, 0));
        closedPort = taken.serverPort();
    }
    const QString wrong = gui_test::serverLocation(*server, clinic, closedPort);
    const QString right = gui_test::serverLocation(*server, clinic, server->port);
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    settings.setDatabaseLocation(wrong);
    settings.sync();
    MemoryKeyring keyring;
    keyring.kept.insert(keyringKey(wrong), clinic.application.password());
    const auto clock = [] {
        return std::make_unique<FixedClock>(QDate(2026, 11, 21));
    };

    QString message;
    QStringList buttons;
    bool settingsShown = false;
    bool idleLocked = false;
    QString note;
    gui_test::onNextModal<QMessageBox>(
        [&](QMessageBox* box) {
            message = box->text();
            for (QAbstractButton* button : box->buttons()) {
                buttons << button->text();
            }
            if (!qEnvironmentVariableIsEmpty("CLINIC_TEST_SCREENSHOTS")) {
                box->grab().save(qEnvironmentVariable("CLINIC_TEST_SCREENSHOTS") +
                                 QStringLiteral("/opening-problem.png"));
            }
            gui_test::onNextModal<SettingsDialog>(
                [&](SettingsDialog* dialog) {
                    settingsShown = true;
                    idleLocked = dialog->idleMinutesSpin()->isReadOnly();
                    note = dialog->findChild<QLabel*>(QStringLiteral("managerOnly"))->text();
                    CHECK(dialog->serverChoice()->isChecked());
                    CHECK(dialog->portSpin()->value() == closedPort);
                    dialog->portSpin()->setValue(server->port);
                    dialog->passwordEdit()->setText(clinic.application.password());
                    if (!qEnvironmentVariableIsEmpty("CLINIC_TEST_SCREENSHOTS")) {
                        dialog->grab().save(qEnvironmentVariable("CLINIC_TEST_SCREENSHOTS") +
                                            QStringLiteral("/opening-settings.png"));
                    }
                    dialog->accept();
                },
                kModalTries);
            box->findChild<QPushButton*>(QStringLiteral("settingsButton"))->click();
        },
        kModalTries);
    auto session =
        startDesktopSession(wrong, settings, keyring, clock, PasswordHasher::Cost::Minimal);
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("could not open the clinic's records on the clinic "
                                          "server")));
    CHECK(message.contains(QStringLiteral("not answering")));
    CHECK(message.contains(QStringLiteral("port %1").arg(closedPort)));
    CHECK(message.contains(QStringLiteral("correct where the records are in Settings")));
    buttons.sort(); // the platform lays them out by role
    CHECK(buttons.join(QLatin1Char('|')).toStdString() == "&Quit|&Settings…|&Try again");
    CHECK(settingsShown);
    CHECK(idleLocked);
    CHECK(note.contains(QStringLiteral("only where they are can be changed")));
    // The corrected address is kept and opened, and the change is in the
    // audit log of the records that opened.
    REQUIRE(session != nullptr);
    CHECK(session->location() == right);
    CHECK(AppSettings(folder.filePath(QStringLiteral("settings.ini"))).databaseLocation() == right);
    CHECK(keyring.kept.value(keyringKey(right)) == clinic.application.password());
    bool recorded = false;
    for (const AuditEntry& entry : gui_test::auditOf(*session).entries()) {
        recorded = recorded || (entry.actor == QStringLiteral("(before sign-in)") &&
                                entry.details.contains(QStringLiteral("not answering")));
    }
    CHECK(recorded);

    // Quit: no session, nothing else asked.
    gui_test::onNextModal<QMessageBox>(
        [](QMessageBox* box) {
            box->findChild<QPushButton*>(QStringLiteral("quitButton"))->click();
        },
        kModalTries);
    CHECK(startDesktopSession(wrong, settings, keyring, clock, PasswordHasher::Cost::Minimal) ==
          nullptr);
}

TEST_CASE("gui: server: the settings dialog keeps the server's address in the settings, the "
          "password only in the keyring, and tests the connection in plain words",
          "[gui][server][settings]")
{
    REQUIRE_PG_SERVER(server);
    PgClinicDatabase clinic(*server);
    gui_test::TemporaryClinic files; // the manager works on a file today
    QTemporaryDir folder;
    const QString settingsFile = folder.filePath(QStringLiteral("settings.ini"));
    AppSettings settings(settingsFile);
    MemoryKeyring keyring;
    SettingsDialog dialog(files.session, settings, nullptr, &keyring);
    dialog.show();
    CHECK(dialog.fileChoice()->isChecked());
    dialog.serverChoice()->setChecked(true);
    dialog.hostEdit()->setText(QStringLiteral("localhost"));
    dialog.portSpin()->setValue(server->port);
    dialog.serverDatabaseEdit()->setText(clinic.database.name());
    dialog.userEdit()->setText(clinic.application.name());
    dialog.caEdit()->setText(server->ca);

    QSignalSpy tested(&dialog, &SettingsDialog::testFinished);
    const auto test = [&] {
        const int before = int(tested.count());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        REQUIRE(gui_test::waitFor([&] { return tested.count() > before; }, 60));
        return tested.last().at(0).toBool();
    };
    dialog.passwordEdit()->setText(QStringLiteral("not the password"));
    CHECK_FALSE(test());
    CHECK(dialog.testResult()->text().contains(QStringLiteral("password"), Qt::CaseInsensitive));
    dialog.caEdit()->setText(server->otherCa);
    dialog.passwordEdit()->setText(clinic.application.password());
    CHECK_FALSE(test());
    CHECK(dialog.testResult()->text().contains(QStringLiteral("certificate"), Qt::CaseInsensitive));
    dialog.caEdit()->setText(server->ca);
    CHECK(test());
    CHECK(dialog.testResult()->text().startsWith(QStringLiteral("Connected")));

    dialog.accept();
    const QString location = AppSettings(settingsFile).databaseLocation();
    CHECK(location == gui_test::serverLocation(*server, clinic, server->port));
    CHECK(keyring.kept.value(keyringKey(location)) == clinic.application.password());
    QFile written(settingsFile);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK_FALSE(written.readAll().contains(clinic.application.password().toUtf8()));

    // Opened again: the fields say what was kept.
    SettingsDialog again(files.session, settings, nullptr, &keyring);
    CHECK(again.serverChoice()->isChecked());
    CHECK(again.hostEdit()->text() == QStringLiteral("localhost"));
    CHECK(again.portSpin()->value() == server->port);
    CHECK(again.userEdit()->text() == clinic.application.name());
    CHECK(again.passwordEdit()->text().isEmpty());
}

TEST_CASE("gui: server: the settings dialog says which server field is missing", "[gui][settings]")
{
    gui_test::TemporaryClinic files;
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    MemoryKeyring keyring;
    SettingsDialog dialog(files.session, settings, nullptr, &keyring);
    dialog.serverChoice()->setChecked(true);
    QSignalSpy tested(&dialog, &SettingsDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    REQUIRE(tested.count() == 1);
    CHECK(dialog.testResult()->text() == QStringLiteral("Enter the server's host name."));
    dialog.hostEdit()->setText(QStringLiteral("db.clinic.lan"));
    dialog.serverDatabaseEdit()->setText(QStringLiteral("clinic"));
    dialog.userEdit()->setText(QStringLiteral("reception"));
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    CHECK(dialog.testResult()->text().contains(QStringLiteral("CA file")));
}

TEST_CASE("gui: server: the connection test's answer shows all its lines, however long",
          "[gui][settings]")
{
    gui_test::TemporaryClinic files;
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    MemoryKeyring keyring;
    SettingsDialog dialog(files.session, settings, nullptr, &keyring);
    dialog.show();
    dialog.serverChoice()->setChecked(true);
    dialog.hostEdit()->setText(QStringLiteral("db.clinic.invalid"));
    dialog.serverDatabaseEdit()->setText(QStringLiteral("clinic"));
    dialog.userEdit()->setText(QStringLiteral("reception"));
    dialog.caEdit()->setText(QStringLiteral("/etc/clinic-intake/clinic-ca.crt"));
    dialog.passwordEdit()->setText(QStringLiteral("password"));
    QSignalSpy tested(&dialog, &SettingsDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    REQUIRE(gui_test::waitFor([&] { return !tested.isEmpty(); }, 60));
    QTest::qWait(50);

    QLabel* answer = dialog.testResult();
    const int linesHeight = answer->fontMetrics()
                                .boundingRect(QRect(0, 0, answer->width(), QWIDGETSIZE_MAX),
                                              Qt::TextWordWrap, answer->text())
                                .height();
    INFO(answer->text().toStdString());
    REQUIRE(linesHeight > answer->fontMetrics().lineSpacing()); // more than one line
    CHECK(answer->height() >= linesHeight);
    // Not clipped by the fields' box either.
    CHECK(answer->parentWidget()->rect().contains(answer->geometry()));
}

TEST_CASE("gui: the real keyring on a machine without one says it is not available, without "
          "hanging",
          "[gui][keyring]")
{
    // No Secret Service and no KWallet here: a session bus that is not there.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/clinic-intake-test-bus");
    QtKeychainPasswords keyring(20000);
    QElapsedTimer clock;
    clock.start();
    const PasswordKeyring::Result written =
        keyring.write(QStringLiteral("clinic-intake-test"), QStringLiteral("secret"));
    const PasswordKeyring::Result read = keyring.read(QStringLiteral("clinic-intake-test"));
    INFO(written.error.toStdString());
    CHECK(written.outcome != PasswordKeyring::Outcome::Done);
    CHECK(read.outcome != PasswordKeyring::Outcome::Done);
    CHECK(read.password.isEmpty());
    CHECK(clock.elapsed() < 20000 * 2);
    if (bus.isNull()) {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    } else {
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    }
}

TEST_CASE("gui: the settings dialog's server fields are reached with the keyboard alone, and it "
          "fits 1366x768",
          "[gui][settings][keyboard]")
{
    gui_test::TemporaryClinic files;
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    MemoryKeyring keyring;
    SettingsDialog dialog(files.session, settings, nullptr, &keyring);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog)); // mnemonics go to the active window
    CHECK(dialog.sizeHint().height() <= 768 - 60);
    CHECK(dialog.sizeHint().width() <= 1366);
    CHECK_FALSE(dialog.hostEdit()->isEnabled());

    // Alt+S: the server; then Tab through its fields in the order shown.
    // A button's mnemonic clicks it as a mouse would, after its pressed look
    // has shown for a moment (QAbstractButton::animateClick, 100 ms).
    QTest::keyClick(focusedIn(&dialog), Qt::Key_S, Qt::AltModifier);
    CHECK(gui_test::waitFor([&] { return dialog.serverChoice()->isChecked(); }, 5));
    CHECK(dialog.hostEdit()->isEnabled());
    QTest::keyClick(focusedIn(&dialog), Qt::Key_H, Qt::AltModifier);
    CHECK(dialog.hostEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("db.clinic.lan"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(dialog.portSpin()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(dialog.serverDatabaseEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("clinic"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(dialog.userEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("reception"));
    QTest::keyClick(focusedIn(&dialog), Qt::Key_A, Qt::AltModifier);
    CHECK(dialog.caEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("/etc/clinic/ca.crt"));
    QTest::keyClick(focusedIn(&dialog), Qt::Key_W, Qt::AltModifier);
    CHECK(dialog.passwordEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(dialog.testButton()->hasFocus());
    CHECK(dialog.serverLocation() ==
          QStringLiteral("postgresql://reception@db.clinic.lan:5432/"
                         "clinic?sslmode=verify-full&sslrootcert=%2Fetc%2Fclinic%2Fca.crt"));
    // Alt+O: back to the file.
    QTest::keyClick(focusedIn(&dialog), Qt::Key_O, Qt::AltModifier);
    CHECK(gui_test::waitFor([&] { return dialog.fileChoice()->isChecked(); }, 5));
    CHECK(dialog.databasePathEdit()->isEnabled());
}
