// The idle lock: after the idle time (or Lock now) the records give way to
// a lock screen; only the signed-in user's password brings the window back,
// exactly as it was, a form in progress included.
#include "AdjustableClock.h"
#include "AppSettings.h"
#include "ClinicSession.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "TestStaff.h"
#include "account/IdleWatcher.h"
#include "account/LockScreen.h"
#include "account/SessionController.h"
#include "account/SignInDialog.h"
#include "common/DateText.h"
#include "intake/IntakeFormPage.h"
#include "settings/SettingsDialog.h"
#include "storage/AuditLog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <catch2/catch.hpp>

namespace {

struct LockClinic
{
    explicit LockClinic(Role role = Role::FrontDesk)
    {
        REQUIRE(folder.isValid());
        auto owned = std::make_unique<AdjustableClock>(gui_test::kNow);
        clock = owned.get();
        session = gui_test::openClinic(database, std::move(owned), role);
        settings = std::make_unique<AppSettings>(folder.filePath(QStringLiteral("settings.ini")));
        window = std::make_unique<MainWindow>(*session, *settings);
        window->resize(1300, 850);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QLineEdit* field(const char* name) const
    {
        return qobject_cast<QLineEdit*>(window->intakePage()->fieldWidget(QLatin1String(name)));
    }

    QAction* action(const char* name) const
    {
        return window->findChild<QAction*>(QLatin1String(name));
    }

    void typeAnswers() const
    {
        field("nameEdit")->setFocus();
        QTest::keyClicks(field("nameEdit"), QStringLiteral("Jane Doe"));
        field("dateOfBirthEdit")->setFocus();
        QTest::keyClicks(field("dateOfBirthEdit"), QStringLiteral("1980-04-12"));
        auto* notes = qobject_cast<QPlainTextEdit*>(
            window->intakePage()->fieldWidget(QStringLiteral("notesEdit")));
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Prefers the window open"));
    }

    void unlockWith(const QString& password) const
    {
        LockScreen* lock = window->lockScreen();
        lock->passwordEdit()->setText(password);
        QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    }

    std::vector<AuditEntry> audit() const { return gui_test::auditOf(*session).entries(); }

    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    AdjustableClock* clock = nullptr;
    std::unique_ptr<ClinicSession> session;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("gui: idle lock: the window locks by itself, hiding the records, and the right "
          "password brings the form back as it was",
          "[gui][lock]")
{
    LockClinic clinic;
    CHECK(clinic.window->idleWatcher()->interval() == 10 * 60 * 1000); // the default
    clinic.typeAnswers();
    REQUIRE(clinic.window->intakePage()->hasUnsavedAnswers());
    QWidget* focused = QApplication::focusWidget();

    clinic.window->idleWatcher()->setInterval(150);
    clinic.window->idleWatcher()->start();
    QTRY_VERIFY_WITH_TIMEOUT(clinic.window->isLocked(), 5000);

    // Nothing of the records is visible; nothing can be reached.
    CHECK_FALSE(clinic.window->intakePage()->isVisible());
    CHECK(clinic.window->lockScreen()->isVisible());
    CHECK(clinic.window->lockScreen()->passwordEdit()->hasFocus());
    CHECK_FALSE(clinic.window->menuBar()->isEnabled());
    // The toolbar is gone too: its labels carry counts of the records.
    QToolBar* toolbar = clinic.window->findChild<QToolBar*>();
    REQUIRE(toolbar != nullptr);
    CHECK_FALSE(toolbar->isVisible());
    for (const char* name : {"newIntakeAction", "saveAction", "recordsAction", "lockAction",
                             "quitAction", "signOutAction"}) {
        INFO(name);
        CHECK_FALSE(clinic.action(name)->isEnabled());
    }
    QTest::keyClick(clinic.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(clinic.window->isLocked());
    CHECK(clinic.window->currentPage() == int(AppSettings::Page::Intake));

    // A wrong password keeps it locked, and is a failed sign-in in the log.
    clinic.unlockWith(QStringLiteral("not dora's password"));
    CHECK(clinic.window->isLocked());
    CHECK(clinic.window->lockScreen()->errorText().startsWith(
        QStringLiteral("Wrong user name or password.")));
    CHECK(clinic.audit().back().action == "login failed");
    CHECK(clinic.audit().back().actor == "dora");

    clinic.unlockWith(test_staff::passwordOf(QStringLiteral("dora")));
    REQUIRE_FALSE(clinic.window->isLocked());
    CHECK(clinic.audit().back().action == "login");
    CHECK(clinic.window->intakePage()->isVisible());
    CHECK(clinic.field("nameEdit")->text() == "Jane Doe");
    // The date typed, shown in the locale's format since the field was left.
    CHECK(clinic.field("dateOfBirthEdit")->text() == date_text::show(QDate(1980, 4, 12)));
    CHECK(qobject_cast<QPlainTextEdit*>(
              clinic.window->intakePage()->fieldWidget(QStringLiteral("notesEdit")))
              ->toPlainText() == "Prefers the window open");
    CHECK(clinic.window->intakePage()->hasUnsavedAnswers());
    CHECK(clinic.window->menuBar()->isEnabled());
    CHECK(toolbar->isVisible());
    CHECK(clinic.action("newIntakeAction")->isEnabled());
    CHECK(clinic.action("saveAction")->isEnabled() == clinic.window->intakePage()->isValid());
    CHECK(QApplication::focusWidget() == focused);
    // And the idle watch goes on.
    CHECK(clinic.window->idleWatcher()->isActive());
}

TEST_CASE("gui: idle lock: typing keeps the window open", "[gui][lock]")
{
    LockClinic clinic;
    clinic.window->idleWatcher()->setInterval(1000);
    clinic.window->idleWatcher()->start();
    QLineEdit* name = clinic.field("nameEdit");
    name->setFocus();
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(name, Qt::Key_A);
        QTest::qWait(250);
        CHECK_FALSE(clinic.window->isLocked());
    }
    QTRY_VERIFY_WITH_TIMEOUT(clinic.window->isLocked(), 5000);
}

TEST_CASE("gui: idle lock: Lock now, its shortcut, and the lockout at the lock screen",
          "[gui][lock]")
{
    LockClinic clinic(Role::Therapist);
    QTest::keyClick(clinic.window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(clinic.window->isLocked());
    for (int attempt = 1; attempt <= 5; ++attempt) {
        clinic.unlockWith(QStringLiteral("guess %1").arg(attempt));
    }
    clinic.unlockWith(test_staff::passwordOf(QStringLiteral("ben")));
    CHECK(clinic.window->isLocked());
    CHECK(clinic.window->lockScreen()->errorText().contains(QStringLiteral("try again in 31 "
                                                                           "seconds")));
    clinic.clock->advance(31);
    clinic.unlockWith(test_staff::passwordOf(QStringLiteral("ben")));
    CHECK_FALSE(clinic.window->isLocked());
}

TEST_CASE("gui: idle lock: a dialog open over the window is closed first", "[gui][lock]")
{
    LockClinic clinic(Role::Manager);
    QTimer::singleShot(100, clinic.window.get(), &MainWindow::lock);
    clinic.window->manageUsers(); // returns when the lock closes the dialog
    CHECK(clinic.window->isLocked());
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("gui: idle lock: signing out from the lock screen asks before dropping answers",
          "[gui][lock]")
{
    LockClinic clinic;
    clinic.typeAnswers();
    clinic.window->lock();
    REQUIRE(clinic.window->isLocked());
    QSignalSpy signOut(clinic.window.get(), &MainWindow::signOutRequested);

    gui_test::answerNextMessageBox(QMessageBox::Cancel);
    QTest::mouseClick(clinic.window->lockScreen()->signOutButton(), Qt::LeftButton);
    CHECK(signOut.isEmpty());
    CHECK(clinic.window->isLocked());

    gui_test::clickInNextMessageBox(QStringLiteral("Discard and sign out"));
    QTest::mouseClick(clinic.window->lockScreen()->signOutButton(), Qt::LeftButton);
    REQUIRE(signOut.count() == 1);
    CHECK(signOut.at(0).at(0).toString().contains(QStringLiteral("discarded")));
}

TEST_CASE("gui: idle lock: the idle time is a setting, from 1 to 240 minutes",
          "[gui][lock][settings]")
{
    gui_test::TemporaryClinic clinic; // a manager's
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    CHECK(settings.idleLockMinutes() == 10);
    SettingsDialog dialog(clinic.session, settings);
    CHECK(dialog.idleMinutesSpin()->value() == 10);
    CHECK(dialog.idleMinutesSpin()->minimum() == 1);
    CHECK(dialog.idleMinutesSpin()->maximum() == 240);
    dialog.idleMinutesSpin()->setValue(3);
    dialog.accept();
    CHECK(AppSettings(folder.filePath(QStringLiteral("settings.ini"))).idleLockMinutes() == 3);
    settings.setIdleLockMinutes(0);
    CHECK(settings.idleLockMinutes() == 1);
    settings.setIdleLockMinutes(100000);
    CHECK(settings.idleLockMinutes() == 240);
}

TEST_CASE("gui: sign out: back to the sign-in dialog, and the next user gets their own window",
          "[gui][account]")
{
    const BackendDatabase database;
    auto session = gui_test::openClinic(database, std::make_unique<AdjustableClock>(gui_test::kNow),
                                        std::nullopt);
    AppSettings settings(QDir(database.folder()).filePath(QStringLiteral("settings.ini")));
    // Fills the next sign-in dialog as `name`.
    const auto signInNext = [](const QString& name) {
        QTimer::singleShot(50, [name] {
            auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
            CHECK(dialog != nullptr);
            if (!dialog) {
                return; // a failure thrown through the event loop would end the tests
            }
            dialog->nameEdit()->setText(name);
            dialog->passwordEdit()->setText(test_staff::passwordOf(name));
            dialog->accept();
        });
    };
    {
        SessionController controller(*session, settings);
        signInNext(QStringLiteral("dora"));
        REQUIRE(controller.start());
        REQUIRE(controller.window() != nullptr);
        CHECK(controller.window()->windowTitle().contains(QStringLiteral("dora")));
        CHECK(session->user().name == "dora");

        signInNext(QStringLiteral("ben"));
        REQUIRE(controller.window()->signOut());
        QTRY_VERIFY_WITH_TIMEOUT(controller.window() != nullptr && session->isSignedIn() &&
                                     session->user().name == QLatin1String("ben"),
                                 5000);
        CHECK(controller.window()->windowTitle().contains(QStringLiteral("ben")));
        CHECK(controller.window()->reviewPage() != nullptr);
    }
    CHECK_FALSE(session->isSignedIn());
    const auto entries = gui_test::auditOf(*session).entries();
    QStringList trail;
    for (const AuditEntry& entry : entries) {
        if (entry.action == QLatin1String("login") || entry.action == QLatin1String("logout")) {
            trail << entry.actor + QLatin1Char(' ') + entry.action;
        }
    }
    CHECK(trail.join(QStringLiteral(", ")).toStdString() ==
          "dora login, dora logout, ben login, ben logout");
}
