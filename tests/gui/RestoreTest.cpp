// File > Restore from backup: a manager puts a backup in place of the
// database from the window; the window and every connection close first,
// everyone signs in again to the restored database, and a backup that is
// damaged, or a database still open elsewhere, leaves everything as it was.
#include "AdjustableClock.h"
#include "AppSettings.h"
#include "ClinicSession.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "TestStaff.h"
#include "account/FirstRunDialog.h"
#include "account/SessionController.h"
#include "account/SignInDialog.h"
#include "intake/IntakeFormPage.h"
#include "maintenance/RestoreDialog.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "storage/AuditLog.h"
#include "storage/BackupCipher.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/IntakeStore.h"
#include "validation/IntakeParser.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <deque>
#include <functional>
#include <memory>

namespace {

// The modal dialogs a test expects, in order: each step waits for the next
// active modal widget it matches, then acts on it. Acting may open the next
// dialog in a nested event loop; the next step is already waiting then.
class ModalScript
{
public:
    ModalScript() = default;
    ModalScript(const ModalScript&) = delete;
    ModalScript& operator=(const ModalScript&) = delete;
    // A script left unfinished (a failed test) must not act on a later test's dialogs.
    ~ModalScript() { m_state->stopped = true; }

    template <typename Dialog>
    ModalScript& on(const QString& what, std::function<void(Dialog*)> act)
    {
        m_state->steps.push_back(
            {what, [](QWidget* widget) { return qobject_cast<Dialog*>(widget) != nullptr; },
             [act](QWidget* widget) {
                 act(qobject_cast<Dialog*>(widget));
             }});
        return *this;
    }

    // The next message box whose text contains `text`.
    ModalScript& onMessageBox(const QString& text, std::function<void(QMessageBox*)> act)
    {
        m_state->steps.push_back({QStringLiteral("message box with \"%1\"").arg(text),
                                  [text](QWidget* widget) {
                                      auto* box = qobject_cast<QMessageBox*>(widget);
                                      return box && box->text().contains(text);
                                  },
                                  [act](QWidget* widget) {
                                      act(qobject_cast<QMessageBox*>(widget));
                                  }});
        return *this;
    }

    // The sign-in dialog, answered from the keyboard as `name`.
    ModalScript& signIn(const QString& name)
    {
        return on<SignInDialog>(QStringLiteral("sign-in as %1").arg(name),
                                [name](SignInDialog* dialog) {
                                    dialog->nameEdit()->setText(name);
                                    dialog->passwordEdit()->setFocus();
                                    dialog->passwordEdit()->setText(test_staff::passwordOf(name));
                                    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
                                });
    }

    void run()
    {
        m_state->sinceLastStep.start();
        poll(m_state);
    }

    bool finished() const { return m_state->steps.empty(); }
    // What the script still waits for.
    QString waitingFor() const
    {
        return m_state->steps.empty() ? QString() : m_state->steps.front().what;
    }

private:
    struct Step
    {
        QString what;
        std::function<bool(QWidget*)> matches;
        std::function<void(QWidget*)> act;
    };
    struct State
    {
        std::deque<Step> steps;
        QElapsedTimer sinceLastStep;
        bool stopped = false;
    };

    static void poll(const std::shared_ptr<State>& state)
    {
        QTimer::singleShot(10, [state] {
            if (state->stopped || state->steps.empty() || state->sinceLastStep.elapsed() > 30000) {
                return;
            }
            QWidget* modal = QApplication::activeModalWidget();
            // Active, not only visible: a mnemonic (Alt+R) is a shortcut of
            // the active window, and on a loaded machine the key came before
            // the box was active, went nowhere, and the box stayed open.
            if (modal && modal->isVisible() && modal->isActiveWindow() &&
                state->steps.front().matches(modal)) {
                const Step step = state->steps.front();
                state->steps.pop_front();
                state->sinceLastStep.restart();
                poll(state); // before acting: the act may not return for a while
                step.act(modal);
                return;
            }
            poll(state);
        });
    }

    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// Presses `text`'s button of a message box from the keyboard.
void pressButton(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons()) {
        if (button->text().remove(QLatin1Char('&')) == text) {
            button->setFocus();
            QTest::keyClick(button, Qt::Key_Space);
            return;
        }
    }
    FAIL_CHECK("no button " << text.toStdString());
    box->reject();
}

const QString kPassphrase = QStringLiteral("green teapot by the window");

// A clinic database with the test accounts, "Before Backup" entered, and
// nobody signed in.
struct RestoreClinic
{
    RestoreClinic()
    {
        session = gui_test::openClinic(database, std::make_unique<AdjustableClock>(gui_test::kNow));
        settings = std::make_unique<AppSettings>(file("settings.ini"));
        addIntake(QStringLiteral("Before Backup"));
    }

    QString file(const char* name) const { return folder.filePath(QString::fromUtf8(name)); }
    QString databasePath() const { return database.path(); }

    void addIntake(const QString& clientName) const
    {
        auto intake = sampleIntake();
        intake["client"]["name"] = clientName.toStdString();
        const auto parsed = IntakeParser(session->clock()).parse(intake.dump());
        REQUIRE(parsed.ok());
        session->staff().addIntake(*parsed.record);
    }

    QStringList clientNames() const { return clientNamesIn(gui_test::storeOf(*session)); }

    QStringList clientNamesIn(const IntakeRepository& store) const
    {
        IntakeFilter filter;
        filter.limit = 0;
        QStringList names;
        for (const IntakeSummary& row : store.list(filter)) {
            names << row.clientName;
        }
        names.sort();
        return names;
    }

    std::vector<AuditEntry> audit() const { return gui_test::auditOf(*session).entries(); }

    QStringList keptCopies() const
    {
        return QDir(folder.path()).entryList({QStringLiteral("clinic.sqlite.replaced-*")});
    }

    QStringList leftovers() const
    {
        return QDir(folder.path())
            .entryList({QStringLiteral("*.restoring-*")}, QDir::Files | QDir::Hidden);
    }

    // Starts the application's sequence, signed in as the manager.
    void startAsManager()
    {
        session->signOut();
        controller = std::make_unique<SessionController>(*session, *settings);
        ModalScript signIn;
        signIn.signIn(QStringLiteral("mona")).run();
        REQUIRE(controller->start());
        REQUIRE(signIn.finished());
        REQUIRE(controller->window() != nullptr);
    }

    // Waits until `script` is done and someone is signed in to a new window.
    void waitForNextWindow(const ModalScript& script, const MainWindow* old) const
    {
        QTRY_VERIFY_WITH_TIMEOUT(script.finished(), 30000);
        INFO("waiting for " << script.waitingFor().toStdString());
        QTRY_VERIFY_WITH_TIMEOUT(controller->window() != nullptr && controller->window() != old &&
                                     session->isSignedIn(),
                                 5000);
    }

    // On the server only the therapist's refusal is tested: the desktop
    // does not restore into a server (MainWindow::restoreBackup).
    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    std::unique_ptr<ClinicSession> session;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<SessionController> controller;
};

// `action`'s entries, as "actor details".
QStringList entriesOf(const std::vector<AuditEntry>& entries, const char* action)
{
    QStringList found;
    for (const AuditEntry& entry : entries) {
        if (entry.action == QLatin1String(action)) {
            found << entry.actor + QLatin1Char(' ') + entry.details;
        }
    }
    return found;
}

} // namespace

TEST_CASE("gui: restore: a manager restores a plain backup, everyone signs in again",
          "[gui][restore][sqlite]")
{
    RestoreClinic clinic;
    const QString backupPath = clinic.file("backup.sqlite");
    clinic.session->staff().backup(backupPath);
    clinic.addIntake(QStringLiteral("After Backup"));
    clinic.startAsManager();
    MainWindow* window = clinic.controller->window();
    auto* restoreAction = window->findChild<QAction*>(QStringLiteral("restoreAction"));
    REQUIRE(restoreAction != nullptr);
    CHECK(restoreAction->text() == QStringLiteral("&Restore from backup…"));

    QString confirmation;
    QString outcome;
    ModalScript script;
    script
        .on<RestoreDialog>(QStringLiteral("restore dialog"),
                           [&](RestoreDialog* dialog) {
                               // From the keyboard: the file name, then Return.
                               CHECK(dialog->focusWidget() == dialog->pathEdit());
                               QTest::keyClicks(dialog->pathEdit(), backupPath);
                               CHECK_FALSE(dialog->passphraseEdit()->isEnabled());
                               QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
                           })
        .onMessageBox(QStringLiteral("Replace the clinic's database"),
                      [&](QMessageBox* box) {
                          confirmation = box->text();
                          CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
                          pressButton(box, QStringLiteral("Replace the database"));
                      })
        .onMessageBox(QStringLiteral("was restored"),
                      [&](QMessageBox* box) {
                          outcome = box->text();
                          QTest::keyClick(box, Qt::Key_Return);
                      })
        .signIn(QStringLiteral("mona"));
    script.run();
    restoreAction->trigger();
    clinic.waitForNextWindow(script, window);

    // The confirmation said what happens.
    CHECK(confirmation.contains(QDir::toNativeSeparators(backupPath)));
    CHECK(confirmation.contains(QDir::toNativeSeparators(clinic.databasePath()) +
                                QStringLiteral(".replaced-20261121-120000")));
    CHECK(confirmation.contains(QStringLiteral("Everyone is signed out")));

    // The backup's records, not the newer one.
    CHECK(clinic.clientNames() == QStringList{QStringLiteral("Before Backup")});
    CHECK(clinic.session->user().name == "mona");
    const auto entries = clinic.audit();
    const QStringList restores = entriesOf(entries, "restore");
    REQUIRE(restores.size() == 1);
    CHECK(restores[0].startsWith(QStringLiteral("mona from ") + backupPath));
    CHECK(entries.back().action == "login"); // the manager's sign-in after it
    CHECK(clinic.session->staff().verifyAuditChain().intact());

    // The replaced database is kept, with the newer record.
    const QStringList kept = clinic.keptCopies();
    REQUIRE(kept == QStringList{QStringLiteral("clinic.sqlite.replaced-20261121-120000")});
    CHECK(outcome.contains(QStringLiteral("was restored from the backup")));
    CHECK(outcome.contains(QDir::toNativeSeparators(clinic.file(kept[0].toUtf8().constData()))));
    {
        const Database keptDatabase(clinic.file(kept[0].toUtf8().constData()),
                                    Database::Mode::ReadOnly);
        CHECK(clinic.clientNamesIn(IntakeStore(keptDatabase, clinic.session->clock())) ==
              (QStringList{QStringLiteral("After Backup"), QStringLiteral("Before Backup")}));
    }
    CHECK(clinic.leftovers().isEmpty());
}

TEST_CASE("gui: restore: a tampered encrypted backup is refused and the database is as it was",
          "[gui][restore][sqlite]")
{
    RestoreClinic clinic;
    const QString backupPath = clinic.file("backup.sqlite.encrypted");
    clinic.session->storage().backupEncrypted(backupPath, kPassphrase, QStringLiteral("mona"),
                                              BackupCipher(BackupCipher::KeyCost::minimal()));
    {
        QFile backup(backupPath);
        REQUIRE(backup.open(QIODevice::ReadWrite));
        QByteArray bytes = backup.readAll();
        const auto middle = bytes.size() / 2;
        bytes[middle] = static_cast<char>(bytes[middle] ^ 0x01);
        REQUIRE(backup.seek(0));
        REQUIRE(backup.write(bytes) == bytes.size());
    }
    clinic.addIntake(QStringLiteral("After Backup"));
    const QStringList before = clinic.clientNames();
    clinic.startAsManager();
    MainWindow* window = clinic.controller->window();

    QString missingPassphrase;
    QString outcome;
    ModalScript script;
    script
        .on<RestoreDialog>(QStringLiteral("restore dialog"),
                           [&](RestoreDialog* dialog) {
                               QTest::keyClicks(dialog->pathEdit(), backupPath);
                               CHECK(dialog->isEncrypted());
                               CHECK(dialog->passphraseEdit()->isEnabled());
                               // Return without the passphrase: asked for, no confirmation yet.
                               QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
                               missingPassphrase = dialog->errorText();
                               CHECK(dialog->focusWidget() == dialog->passphraseEdit());
                               QTest::keyClicks(dialog->passphraseEdit(), kPassphrase);
                               QTest::keyClick(dialog->passphraseEdit(), Qt::Key_Return);
                           })
        .onMessageBox(
            QStringLiteral("Replace the clinic's database"),
            [](QMessageBox* box) { pressButton(box, QStringLiteral("Replace the database")); })
        .onMessageBox(QStringLiteral("not restored"),
                      [&](QMessageBox* box) {
                          outcome = box->text();
                          QTest::keyClick(box, Qt::Key_Return);
                      })
        .signIn(QStringLiteral("mona"));
    script.run();
    REQUIRE(window->restoreBackup());
    clinic.waitForNextWindow(script, window);

    CHECK(missingPassphrase == QStringLiteral("The backup is encrypted: type its passphrase."));
    CHECK(outcome.contains(QStringLiteral("The backup is damaged")));
    CHECK(outcome.contains(QStringLiteral("Nothing was replaced")));
    CHECK(clinic.clientNames() == before);
    CHECK(clinic.keptCopies().isEmpty());
    CHECK(clinic.leftovers().isEmpty());
    const auto entries = clinic.audit();
    CHECK(entriesOf(entries, "restore").isEmpty());
    CHECK(entriesOf(entries, "restore failed").size() == 1);
    // The manager was signed out for the attempt, and signed in again.
    const QStringList logouts = entriesOf(entries, "logout");
    REQUIRE_FALSE(logouts.isEmpty());
    CHECK(logouts.back() == QStringLiteral("mona to restore the backup ") + backupPath);
    CHECK(entries.back().action == "login");
    CHECK(entries.back().actor == "mona");
}

TEST_CASE("gui: restore: a database still open elsewhere is not replaced", "[gui][restore][sqlite]")
{
    RestoreClinic clinic;
    const QString backupPath = clinic.file("backup.sqlite");
    clinic.session->staff().backup(backupPath);
    clinic.addIntake(QStringLiteral("After Backup"));
    const QStringList before = clinic.clientNames();
    clinic.startAsManager();
    MainWindow* window = clinic.controller->window();
    // Another program (or a second copy of the application) has it open.
    const Database elsewhere(clinic.databasePath(), Database::Mode::MustExist);

    QString outcome;
    ModalScript script;
    script
        .on<RestoreDialog>(QStringLiteral("restore dialog"),
                           [&](RestoreDialog* dialog) {
                               dialog->pathEdit()->setText(backupPath);
                               dialog->accept();
                           })
        .onMessageBox(
            QStringLiteral("Replace the clinic's database"),
            [](QMessageBox* box) { pressButton(box, QStringLiteral("Replace the database")); })
        .onMessageBox(QStringLiteral("not restored"),
                      [&](QMessageBox* box) {
                          outcome = box->text();
                          box->accept();
                      })
        .signIn(QStringLiteral("mona"));
    script.run();
    REQUIRE(window->restoreBackup());
    clinic.waitForNextWindow(script, window);

    CHECK(outcome.contains(QStringLiteral("still open in another program")));
    CHECK(clinic.clientNames() == before);
    CHECK(clinic.keptCopies().isEmpty());
    CHECK(entriesOf(clinic.audit(), "restore").isEmpty());
}

TEST_CASE("gui: restore: unsaved answers are asked about first, and Cancel keeps everything",
          "[gui][restore][sqlite]")
{
    RestoreClinic clinic;
    clinic.startAsManager();
    MainWindow* window = clinic.controller->window();
    window->showPage(int(AppSettings::Page::Intake));
    auto* name =
        qobject_cast<QLineEdit*>(window->intakePage()->fieldWidget(QStringLiteral("nameEdit")));
    REQUIRE(name != nullptr);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Jane Doe"));
    REQUIRE(window->intakePage()->hasUnsavedAnswers());

    // Cancel at the question about the answers: no restore dialog at all.
    gui_test::answerNextMessageBox(QMessageBox::Cancel);
    CHECK_FALSE(window->restoreBackup());
    CHECK(clinic.controller->window() == window);
    CHECK(clinic.session->isSignedIn());
    CHECK(name->text() == "Jane Doe");

    // Discard, then Cancel in the dialog: still nothing replaced or signed out.
    ModalScript script;
    script
        .onMessageBox(QStringLiteral("not saved"),
                      [](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); })
        .on<RestoreDialog>(QStringLiteral("restore dialog"), [](RestoreDialog* dialog) {
            QTest::keyClick(dialog->pathEdit(), Qt::Key_Escape);
        });
    script.run();
    CHECK_FALSE(window->restoreBackup());
    CHECK(script.finished());
    CHECK(clinic.controller->window() == window);
    CHECK(clinic.session->isSignedIn());
    CHECK(name->text() == "Jane Doe");
}

TEST_CASE("gui: restore dialog: Return at the confirmation is Cancel, a file that is not there "
          "or the database itself is refused",
          "[gui][restore][sqlite]")
{
    RestoreClinic clinic;
    gui_test::signInAs(*clinic.session, Role::Manager);
    const QString backupPath = clinic.file("backup.sqlite");
    clinic.session->staff().backup(backupPath);
    RestoreDialog dialog(*clinic.session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    dialog.accept();
    CHECK(dialog.errorText() == QStringLiteral("Choose the backup to restore."));
    dialog.pathEdit()->setText(clinic.file("nothing-here.sqlite"));
    dialog.accept();
    CHECK(dialog.errorText().startsWith(QStringLiteral("There is no file")));
    dialog.pathEdit()->setText(clinic.databasePath());
    dialog.accept();
    CHECK(dialog.errorText().contains(QStringLiteral("is the clinic's database itself")));

    dialog.pathEdit()->setText(backupPath);
    CHECK_FALSE(dialog.isEncrypted());
    ModalScript script;
    script.onMessageBox(QStringLiteral("Replace the clinic's database"),
                        [](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); });
    script.run();
    QTest::keyClick(dialog.pathEdit(), Qt::Key_Return);
    CHECK(script.finished());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);

    // Alt+R is the button that goes ahead.
    ModalScript again;
    again.onMessageBox(QStringLiteral("Replace the clinic's database"),
                       [](QMessageBox* box) { QTest::keyClick(box, Qt::Key_R, Qt::AltModifier); });
    again.run();
    QTest::keyClick(dialog.pathEdit(), Qt::Key_Return);
    CHECK(again.finished());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.backupPath() == backupPath);
    CHECK(dialog.passphrase().isEmpty());
}

TEST_CASE("gui: restore: a therapist has no Restore action, and the core refuses it",
          "[gui][restore][roles]")
{
    RestoreClinic clinic;
    gui_test::signInAs(*clinic.session, Role::Therapist);
    const QString backupPath = clinic.file("backup.sqlite");
    {
        // Made by the manager.
        gui_test::signInAs(*clinic.session, Role::Manager);
        clinic.session->staff().backup(backupPath);
        gui_test::signInAs(*clinic.session, Role::Therapist);
    }
    MainWindow window(*clinic.session, *clinic.settings);
    CHECK(window.findChild<QAction*>(QStringLiteral("restoreAction")) == nullptr);

    // The core refuses, and the refusal is in the audit log.
    CHECK_THROWS_AS(clinic.session->staff().require(Permission::Restore, QStringLiteral("restore")),
                    AccessError);
    QString refusal;
    gui_test::readNextMessageBox(&refusal);
    CHECK_FALSE(window.restoreBackup());
    CHECK(refusal.contains(QStringLiteral("Restore: not allowed for ben")));
    CHECK(refusal.contains(QStringLiteral("Nothing was changed.")));

    // The dialog on its own asks the core too.
    RestoreDialog dialog(*clinic.session);
    dialog.pathEdit()->setText(backupPath);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().startsWith(QStringLiteral("Nothing was restored. Restore: not "
                                                       "allowed for ben")));

    const QStringList denied = entriesOf(clinic.audit(), "denied");
    CHECK(denied.size() == 3);
    for (const QString& entry : denied) {
        CHECK(entry == QStringLiteral("ben role therapist may not restore a backup"));
    }
    CHECK(clinic.keptCopies().isEmpty());
    CHECK(clinic.session->isSignedIn());
}

TEST_CASE("gui: restore: a backup without accounts keeps the restoring manager's account",
          "[gui][restore][sqlite]")
{
    RestoreClinic clinic;
    // A database from before accounts existed, backed up.
    const QString oldPath = clinic.file("old.sqlite");
    const QString backupPath = clinic.file("old-backup.sqlite");
    {
        const Database old(oldPath);
        DatabaseMaintenance(old).backup(backupPath, AuditLog(old, clinic.session->clock()),
                                        QStringLiteral("someone"));
    }
    clinic.startAsManager();
    MainWindow* window = clinic.controller->window();

    ModalScript script;
    script
        .on<RestoreDialog>(QStringLiteral("restore dialog"),
                           [&](RestoreDialog* dialog) {
                               dialog->pathEdit()->setText(backupPath);
                               dialog->accept();
                           })
        .onMessageBox(
            QStringLiteral("Replace the clinic's database"),
            [](QMessageBox* box) { pressButton(box, QStringLiteral("Replace the database")); })
        .onMessageBox(QStringLiteral("was restored"),
                      [](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); })
        .signIn(QStringLiteral("mona"));
    script.run();
    REQUIRE(window->restoreBackup());
    clinic.waitForNextWindow(script, window);

    // No first-manager ceremony for whoever comes next: the manager who
    // restored it is its manager (issue 10).
    CHECK(clinic.session->user().name == "mona");
    CHECK(entriesOf(clinic.audit(), "user add").size() == 1);
    CHECK(clinic.clientNames().isEmpty());
    CHECK(entriesOf(clinic.audit(), "restore").size() == 1);
    CHECK(clinic.keptCopies().size() == 1);
}
