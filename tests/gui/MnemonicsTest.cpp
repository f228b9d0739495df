// No mnemonic used twice in one window (issue 11): every window, page and
// dialog of the application, each in the state where most of it shows, with
// the underlined letters of the widgets seen together and of the menu bar
// collected and compared. Each menu's entries are compared among themselves.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "TestStaff.h"
#include "account/AddUserDialog.h"
#include "account/ChangePasswordDialog.h"
#include "account/FirstRunDialog.h"
#include "account/LockScreen.h"
#include "account/ResetPasswordDialog.h"
#include "account/SignInDialog.h"
#include "account/UsersDialog.h"
#include "help/KeyboardShortcutsDialog.h"
#include "intake/IntakeFormPage.h"
#include "maintenance/BackupDialog.h"
#include "maintenance/RestoreDialog.h"
#include "records/ExportDialog.h"
#include "review/IntakeDetailsDialog.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "settings/SettingsDialog.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {

// The letter `text` underlines, or a null QChar.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype at = 0; at + 1 < text.size(); ++at) {
        if (text.at(at) == QLatin1Char('&')) {
            if (text.at(at + 1) == QLatin1Char('&')) {
                ++at; // "&&" is a plain ampersand
                continue;
            }
            return text.at(at + 1).toLower();
        }
    }
    return {};
}

using Uses = QMap<QChar, QStringList>;

void note(Uses& uses, const QString& text, const QString& where)
{
    const QChar letter = mnemonicOf(text);
    if (!letter.isNull()) {
        uses[letter] << where + QStringLiteral(": ") + text;
    }
}

// The mnemonics of what `window` shows at once: its menu bar's menus, the
// labels that have a buddy, buttons, group boxes and tabs.
Uses mnemonicsShownIn(QWidget* window)
{
    Uses uses;
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (const QAction* menu : main->menuBar()->actions()) {
            note(uses, menu->text(), QStringLiteral("menu"));
        }
    }
    const auto shown = [window](const QWidget* widget) {
        return widget->isVisibleTo(window);
    };
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy() && shown(label)) {
            note(uses, label->text(), QStringLiteral("label"));
        }
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (shown(button)) {
            note(uses, button->text(), QStringLiteral("button"));
        }
    }
    for (const QGroupBox* group : window->findChildren<QGroupBox*>()) {
        if (shown(group)) {
            note(uses, group->title(), QStringLiteral("group"));
        }
    }
    for (const QTabBar* tabs : window->findChildren<QTabBar*>()) {
        if (shown(tabs)) {
            for (int i = 0; i < tabs->count(); ++i) {
                note(uses, tabs->tabText(i), QStringLiteral("tab"));
            }
        }
    }
    return uses;
}

void checkUnique(const Uses& uses, const QString& where)
{
    INFO(where.toStdString());
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        INFO(QStringLiteral("Alt+%1: ").arg(it.key()).toStdString()
             << it.value().join(QStringLiteral(" | ")).toStdString());
        CHECK(it.value().size() == 1);
    }
}

void checkWindow(QWidget* window, const QString& where)
{
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    checkUnique(mnemonicsShownIn(window), where);
}

qint64 addIntake(ClinicSession& session, const QString& name)
{
    auto intake = sampleIntake();
    intake["client"]["name"] = name.toStdString();
    const auto parsed = IntakeParser(session.clock()).validate(intake);
    REQUIRE(parsed.ok());
    return session.staff().addIntake(*parsed.record).intakeId;
}

} // namespace

TEST_CASE("gui: no mnemonic is used twice in any window page or dialog", "[gui][keys]")
{
    gui_test::TemporaryClinic clinic; // the manager: every page, menu and dialog
    const qint64 id = addIntake(clinic.session, QStringLiteral("Zoe Nunez"));
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Each page with the menu bar, as it is seen.
    for (int page = 0; page < 4; ++page) {
        REQUIRE(window.hasPage(page));
        window.showPage(page);
        if (page == int(AppSettings::Page::Review)) {
            window.reviewPage()->openIntake(id); // the decision's fields show
        }
        checkUnique(mnemonicsShownIn(&window), QStringLiteral("main window, page %1").arg(page));
    }
    // Each menu's entries among themselves.
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        Uses uses;
        for (const QAction* action : menu->actions()) {
            note(uses, action->text(), menu->title());
        }
        checkUnique(uses, QStringLiteral("menu ") + menu->title());
    }
    // The lock screen, over the same window.
    window.lock();
    checkUnique(mnemonicsShownIn(&window), QStringLiteral("lock screen"));

    // Every dialog.
    ChangePasswordDialog changePassword(clinic.session);
    checkWindow(&changePassword, QStringLiteral("change password"));
    UsersDialog users(clinic.session);
    checkWindow(&users, QStringLiteral("users"));
    AddUserDialog addUser(clinic.session);
    checkWindow(&addUser, QStringLiteral("add user"));
    ResetPasswordDialog resetPassword(clinic.session, test_staff::kTherapist);
    checkWindow(&resetPassword, QStringLiteral("reset password"));
    ExportDialog exporting(clinic.session);
    checkWindow(&exporting, QStringLiteral("export"));
    BackupDialog backup(clinic.session);
    checkWindow(&backup, QStringLiteral("backup"));
    RestoreDialog restore(clinic.session);
    checkWindow(&restore, QStringLiteral("restore"));
    SettingsDialog settingsDialog(clinic.session, settings);
    checkWindow(&settingsDialog, QStringLiteral("settings"));
    IntakeDetailsDialog details(clinic.session, id);
    checkWindow(&details, QStringLiteral("intake details"));
    KeyboardShortcutsDialog shortcuts(window.findChildren<QAction*>());
    checkWindow(&shortcuts, QStringLiteral("keyboard shortcuts"));
    SignInDialog signIn(clinic.session);
    checkWindow(&signIn, QStringLiteral("sign in"));
    FirstRunDialog firstRun(clinic.session);
    checkWindow(&firstRun, QStringLiteral("first run"));
}

TEST_CASE("gui: Help Keyboard shortcuts opens with F1 and lists every shortcut of the window",
          "[gui][keys]")
{
    gui_test::TemporaryClinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    gui_test::waitForQueue(*window.reviewPage()); // its count is in an action's text

    // In the Help menu, with a letter of its own, and on F1.
    auto* action = window.findChild<QAction*>(QStringLiteral("keyboardShortcutsAction"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::HelpContents));
    CHECK_FALSE(mnemonicOf(action->text()).isNull());
    bool inHelp = false;
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        inHelp = inHelp ||
                 (menu->title() == QStringLiteral("&Help") && menu->actions().contains(action));
    }
    CHECK(inHelp);

    QStringList rows;
    gui_test::onNextModal<QWidget>([&rows](QWidget* modal) {
        if (auto* dialog = qobject_cast<KeyboardShortcutsDialog*>(modal)) {
            rows = dialog->rows();
        }
        QTest::keyClick(modal, Qt::Key_Escape); // Esc closes it
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    REQUIRE_FALSE(rows.isEmpty());

    int listed = 0;
    for (const QAction* each : window.findChildren<QAction*>()) {
        if (each->shortcut().isEmpty()) {
            continue;
        }
        QString words = each->text();
        words.remove(QLatin1Char('&'));
        if (words.endsWith(QChar(0x2026))) {
            words.chop(1);
        }
        const QString keys = each->shortcut().toString(QKeySequence::NativeText);
        INFO(keys.toStdString() << " " << words.toStdString());
        CHECK(rows.contains(keys + QLatin1Char('\t') + words));
        ++listed;
    }
    CHECK(listed >= 9); // New, Save, Quit, Intake form, Review, Find, Audit, Export, Lock, Help
    // And the form's own keys.
    CHECK(rows.filter(QStringLiteral("Y / N")).size() == 1);
    CHECK(rows.filter(QStringLiteral("Down (in Name)")).size() == 1);
}

TEST_CASE("gui: the unsaved answers prompt has a letter on every button and Alt+D discards",
          "[gui][keys]")
{
    gui_test::TemporaryClinic clinic;
    gui_test::signInAs(clinic.session, Role::FrontDesk);
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    IntakeFormPage& page = *window.intakePage();
    QWidget* name = page.fieldWidget(QStringLiteral("nameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Jane"));
    REQUIRE(page.hasUnsavedAnswers());

    QStringList buttons;
    Uses uses;
    gui_test::onNextModal<QWidget>([&buttons, &uses](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            for (const QAbstractButton* button : box->buttons()) {
                buttons << button->text();
                note(uses, button->text(), QStringLiteral("prompt"));
            }
        }
        // A mnemonic is a shortcut of the active window: wait until the
        // prompt is active (a slow build reached it before it was; the key
        // went nowhere and the prompt stayed open until the idle lock).
        CHECK(QTest::qWaitForWindowActive(modal));
        QTest::keyClick(modal, Qt::Key_D, Qt::AltModifier);
    });
    window.newIntake();
    CHECK(buttons.size() == 3);
    for (const QString& text : std::as_const(buttons)) {
        INFO(text.toStdString());
        CHECK_FALSE(mnemonicOf(text).isNull());
    }
    checkUnique(uses, QStringLiteral("unsaved answers prompt"));
    // Alt+D was Discard: the form is empty, nothing saved.
    CHECK_FALSE(page.hasUnsavedAnswers());
    CHECK(qobject_cast<QLineEdit*>(name)->text().isEmpty());
}
