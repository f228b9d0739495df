// Signing in, the first manager of a new database, changing a password, and
// the manager's users dialog: the dialogs over UserAccounts and StaffSession.
#include "AdjustableClock.h"
#include "ClinicSession.h"
#include "GuiClinic.h"
#include "TestStaff.h"
#include "account/AddUserDialog.h"
#include "account/ChangePasswordDialog.h"
#include "account/FirstRunDialog.h"
#include "account/ResetPasswordDialog.h"
#include "account/SignInDialog.h"
#include "account/UsersDialog.h"
#include "maintenance/BackupDialog.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "storage/AuditLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {

// A database with the three test accounts and nobody signed in, on a clock
// the test moves.
struct AccountsClinic
{
    AccountsClinic()
    {
        REQUIRE(folder.isValid());
        auto owned = std::make_unique<AdjustableClock>(gui_test::kNow);
        clock = owned.get();
        session = gui_test::openClinic(database, std::move(owned), std::nullopt);
    }

    QString file(const char* name) const { return folder.filePath(QString::fromUtf8(name)); }

    bool canSignIn(const QString& name, const QString& password) const
    {
        try {
            session->accounts().signIn(name, password);
            return true;
        } catch (const std::exception&) {
            return false;
        }
    }

    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    AdjustableClock* clock = nullptr;
    std::unique_ptr<ClinicSession> session;
};

void signIn(SignInDialog& dialog, const QString& name, const QString& password)
{
    // The default button answers Return only in a dialog on screen.
    if (!dialog.isVisible()) {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }
    dialog.nameEdit()->setText(name);
    dialog.passwordEdit()->setFocus();
    dialog.passwordEdit()->setText(password);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return); // the default button
}

bool hasEntry(const ClinicSession& session, const QString& actor, const QString& action)
{
    const auto entries = session.storage().audit().entries();
    return std::any_of(entries.begin(), entries.end(), [&](const AuditEntry& entry) {
        return entry.actor == actor && entry.action == action;
    });
}

} // namespace

TEST_CASE("gui: sign-in: a wrong password is refused with the reason under the fields",
          "[gui][account]")
{
    AccountsClinic clinic;
    SignInDialog dialog(*clinic.session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    signIn(dialog, QStringLiteral("dora"), QStringLiteral("not her password"));
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().startsWith(QStringLiteral("Wrong user name or password.")));
    CHECK(dialog.passwordEdit()->text().isEmpty());
    CHECK(dialog.passwordEdit()->hasFocus());

    // An unknown name gets the very same words.
    const QString wrong = dialog.errorText();
    signIn(dialog, QStringLiteral("nobody"), QStringLiteral("whatever-it-is"));
    CHECK(dialog.errorText() == wrong);

    signIn(dialog, QStringLiteral("dora"), test_staff::passwordOf(QStringLiteral("dora")));
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().name == "dora");
    CHECK(dialog.user().role == Role::FrontDesk);
    CHECK(hasEntry(*clinic.session, QStringLiteral("dora"), QStringLiteral("login failed")));
    CHECK(hasEntry(*clinic.session, QStringLiteral("dora"), QStringLiteral("login")));
}

TEST_CASE("gui: sign-in: after five failures the account waits, and the message does not tell "
          "that the account exists",
          "[gui][account]")
{
    AccountsClinic clinic;
    SignInDialog dialog(*clinic.session);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        signIn(dialog, QStringLiteral("ben"), QStringLiteral("guess number %1").arg(attempt));
        CHECK(dialog.errorText().startsWith(QStringLiteral("Wrong user name or password.")));
    }
    // Now even the right password has to wait.
    signIn(dialog, QStringLiteral("ben"), test_staff::passwordOf(QStringLiteral("ben")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().startsWith(QStringLiteral("Wrong user name or password.")));
    CHECK_FALSE(dialog.errorText().contains(QStringLiteral("ben")));

    clinic.clock->advance(31);
    signIn(dialog, QStringLiteral("ben"), test_staff::passwordOf(QStringLiteral("ben")));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().name == "ben");
}

TEST_CASE("gui: sign-in: a disabled account is told so, once the password is right",
          "[gui][account]")
{
    AccountsClinic clinic;
    gui_test::signInAs(*clinic.session, Role::Manager);
    clinic.session->staff().disableUser(QStringLiteral("dora"));
    clinic.session->signOut();

    SignInDialog dialog(*clinic.session);
    signIn(dialog, QStringLiteral("dora"), QStringLiteral("not her password"));
    CHECK(dialog.errorText().startsWith(QStringLiteral("Wrong user name or password.")));
    signIn(dialog, QStringLiteral("dora"), test_staff::passwordOf(QStringLiteral("dora")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText() == QStringLiteral("The account dora is disabled; ask a manager."));
}

TEST_CASE("gui: first run: a new database gets its manager, created by the computer's user",
          "[gui][account]")
{
    const BackendDatabase database; // empty: no accounts yet
    ClinicSession session(database.location(), database.password(),
                          std::make_unique<AdjustableClock>(gui_test::kNow),
                          PasswordHasher::Cost::Minimal);
    REQUIRE(session.accounts().empty());
    FirstRunDialog dialog(session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.nameEdit()->hasFocus());

    dialog.nameEdit()->setText(QStringLiteral("ana lima"));
    dialog.passwordEdit()->setText(QStringLiteral("quiet harbour lights"));
    dialog.confirmEdit()->setText(QStringLiteral("quiet harbour lights"));
    dialog.accept();
    CHECK(dialog.errorText().contains(QStringLiteral("no spaces")));

    dialog.nameEdit()->setText(QStringLiteral("ana.lima"));
    dialog.passwordEdit()->setText(QStringLiteral("short"));
    dialog.confirmEdit()->setText(QStringLiteral("short"));
    dialog.accept();
    CHECK(dialog.errorText() == QStringLiteral("A password needs at least 8 characters."));

    dialog.passwordEdit()->setText(QStringLiteral("quiet harbour lights"));
    dialog.confirmEdit()->setText(QStringLiteral("quiet harbor lights"));
    dialog.accept();
    CHECK(dialog.errorText().startsWith(QStringLiteral("The two passwords are not the same.")));
    CHECK(session.accounts().empty());

    dialog.passwordEdit()->setText(QStringLiteral("quiet harbour lights"));
    dialog.confirmEdit()->setText(QStringLiteral("quiet harbour lights"));
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().name == "ana.lima");
    CHECK(dialog.user().role == Role::Manager);
    const auto accounts = session.accounts().list();
    REQUIRE(accounts.size() == 1);
    CHECK(accounts[0].createdBy == AuditLog::defaultActor());
    CHECK(hasEntry(session, AuditLog::defaultActor(), QStringLiteral("user add")));
    CHECK(hasEntry(session, QStringLiteral("ana.lima"), QStringLiteral("login")));
}

TEST_CASE("gui: change password: the current one first, the new one twice", "[gui][account]")
{
    AccountsClinic clinic;
    gui_test::signInAs(*clinic.session, Role::FrontDesk);
    ChangePasswordDialog dialog(*clinic.session);

    dialog.currentEdit()->setText(QStringLiteral("not my password"));
    dialog.newEdit()->setText(QStringLiteral("a brand new one"));
    dialog.confirmEdit()->setText(QStringLiteral("a brand new one"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText() ==
          QStringLiteral("Current password: that is not your current password."));

    dialog.currentEdit()->setText(test_staff::passwordOf(QStringLiteral("dora")));
    dialog.newEdit()->setText(QStringLiteral("a brand new one"));
    dialog.confirmEdit()->setText(QStringLiteral("a brand new two"));
    dialog.accept();
    CHECK(dialog.errorText().startsWith(QStringLiteral("The two passwords are not the same.")));

    dialog.newEdit()->setText(QStringLiteral("a brand new one"));
    dialog.confirmEdit()->setText(QStringLiteral("a brand new one"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(clinic.canSignIn(QStringLiteral("dora"), QStringLiteral("a brand new one")));
    CHECK_FALSE(
        clinic.canSignIn(QStringLiteral("dora"), test_staff::passwordOf(QStringLiteral("dora"))));
}

TEST_CASE("gui: users dialog: a manager adds a user, disables one and resets a password",
          "[gui][account]")
{
    AccountsClinic clinic;
    gui_test::signInAs(*clinic.session, Role::Manager);
    UsersDialog users(*clinic.session);
    QTableWidget* table = users.table();
    REQUIRE(table->rowCount() == 3);
    // Sorted by name: ben, dora, mona.
    CHECK(table->item(0, UsersDialog::NameColumn)->text() == "ben");
    CHECK(table->item(0, UsersDialog::RoleColumn)->text() == "Therapist");
    CHECK(table->item(1, UsersDialog::RoleColumn)->text() == "Front desk");
    CHECK(table->item(2, UsersDialog::StatusColumn)->text() == "Enabled");
    CHECK(table->item(2, UsersDialog::CreatedByColumn)->text() == "test");

    // Add.
    AddUserDialog add(*clinic.session);
    add.nameEdit()->setText(QStringLiteral("erin"));
    add.roleCombo()->setCurrentIndex(add.roleCombo()->findData(int(Role::Therapist)));
    add.passwordEdit()->setText(QStringLiteral("erin's first password"));
    add.confirmEdit()->setText(QStringLiteral("erin's first password"));
    add.accept();
    REQUIRE(add.result() == QDialog::Accepted);
    AddUserDialog again(*clinic.session);
    again.nameEdit()->setText(QStringLiteral("Erin"));
    again.passwordEdit()->setText(QStringLiteral("another password"));
    again.confirmEdit()->setText(QStringLiteral("another password"));
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(again.errorText().contains(QStringLiteral("is taken")));
    REQUIRE(users.refresh());
    REQUIRE(table->rowCount() == 4);
    REQUIRE(users.selectUser(QStringLiteral("erin")));
    CHECK(table->item(table->currentRow(), UsersDialog::CreatedByColumn)->text() == "mona");
    CHECK(clinic.canSignIn(QStringLiteral("erin"), QStringLiteral("erin's first password")));

    // Your own account cannot be disabled from here.
    REQUIRE(users.selectUser(QStringLiteral("mona")));
    CHECK_FALSE(users.disableButton()->isEnabled());

    // Disable: asked first, and Cancel changes nothing.
    REQUIRE(users.selectUser(QStringLiteral("dora")));
    REQUIRE(users.disableButton()->isEnabled());
    gui_test::answerNextMessageBox(QMessageBox::Cancel);
    QTest::mouseClick(users.disableButton(), Qt::LeftButton);
    CHECK(clinic.session->accounts().find(QStringLiteral("dora"))->enabled);
    gui_test::clickInNextMessageBox(QStringLiteral("Disable dora"));
    QTest::mouseClick(users.disableButton(), Qt::LeftButton);
    CHECK_FALSE(clinic.session->accounts().find(QStringLiteral("dora"))->enabled);
    // Still listed: accounts are never deleted.
    REQUIRE(table->rowCount() == 4);
    REQUIRE(users.selectUser(QStringLiteral("dora")));
    CHECK(table->item(table->currentRow(), UsersDialog::StatusColumn)->text() == "Disabled");
    CHECK_FALSE(users.disableButton()->isEnabled());
    CHECK_FALSE(
        clinic.canSignIn(QStringLiteral("dora"), test_staff::passwordOf(QStringLiteral("dora"))));
    CHECK(hasEntry(*clinic.session, QStringLiteral("mona"), QStringLiteral("user disable")));

    // Reset a password.
    ResetPasswordDialog reset(*clinic.session, QStringLiteral("ben"));
    reset.passwordEdit()->setText(QStringLiteral("ben's new password"));
    reset.confirmEdit()->setText(QStringLiteral("ben's new password"));
    reset.accept();
    REQUIRE(reset.result() == QDialog::Accepted);
    CHECK(clinic.canSignIn(QStringLiteral("ben"), QStringLiteral("ben's new password")));
    CHECK(hasEntry(*clinic.session, QStringLiteral("mona"), QStringLiteral("user reset-password")));
}

TEST_CASE("gui: users dialog: the core refuses it to anyone but a manager", "[gui][account]")
{
    AccountsClinic clinic;
    gui_test::signInAs(*clinic.session, Role::Therapist);
    QString message;
    gui_test::readNextMessageBox(&message);
    UsersDialog users(*clinic.session);
    CHECK(users.table()->rowCount() == 0);
    CHECK(message.contains(QStringLiteral("not allowed for ben")));
    CHECK(message.contains(QStringLiteral("Nothing was changed.")));
    CHECK(hasEntry(*clinic.session, QStringLiteral("ben"), QStringLiteral("denied")));
}

TEST_CASE("gui: backup dialog: plain or encrypted, never over an existing file", "[gui][backup]")
{
    AccountsClinic clinic;
    gui_test::signInAs(*clinic.session, Role::Manager);
    BackupDialog dialog(*clinic.session);
    CHECK(dialog.encryptBox()->isChecked()); // the safer choice first
    CHECK(dialog.pathEdit()->text().endsWith(
        QStringLiteral("clinic-intake-backup-2026-11-21.sqlite.encrypted")));
    dialog.setKeyCost(BackupCipher::KeyCost::minimal());

    SECTION("encrypted")
    {
        dialog.pathEdit()->setText(clinic.file("backup.sqlite.encrypted"));
        dialog.passphraseEdit()->setText(QStringLiteral("blue kettle on the stove"));
        dialog.confirmEdit()->setText(QStringLiteral("blue kettle on a stove"));
        dialog.accept();
        CHECK(dialog.errorText().startsWith(QStringLiteral("The two passphrases are not")));
        dialog.confirmEdit()->setText(QStringLiteral("blue kettle on the stove"));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        QFile written(clinic.file("backup.sqlite.encrypted"));
        REQUIRE(written.open(QIODevice::ReadOnly));
        CHECK(written.read(8) == "CIBACKUP");
        CHECK(hasEntry(*clinic.session, QStringLiteral("mona"), QStringLiteral("backup")));
    }
    SECTION("plain, and not over a file that exists")
    {
        dialog.encryptBox()->setChecked(false);
        CHECK_FALSE(dialog.passphraseEdit()->isEnabled());
        CHECK(dialog.pathEdit()->text().endsWith(QStringLiteral(".sqlite")));
        {
            QFile existing(clinic.file("yesterday.sqlite"));
            REQUIRE(existing.open(QIODevice::WriteOnly));
            existing.write("yesterday's backup");
        }
        dialog.pathEdit()->setText(clinic.file("yesterday.sqlite"));
        dialog.accept();
        CHECK(dialog.errorText().contains(QStringLiteral("exists already")));
        CHECK(QFileInfo(clinic.file("yesterday.sqlite")).size() == 18);
        dialog.pathEdit()->setText(clinic.file("plain.sqlite"));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(QFile::exists(clinic.file("plain.sqlite")));
    }
}

TEST_CASE("gui: backup dialog: refused by the core for a therapist, nothing written",
          "[gui][backup]")
{
    AccountsClinic clinic;
    gui_test::signInAs(*clinic.session, Role::Therapist);
    BackupDialog dialog(*clinic.session);
    dialog.setKeyCost(BackupCipher::KeyCost::minimal());
    dialog.pathEdit()->setText(clinic.file("b.sqlite.encrypted"));
    dialog.passphraseEdit()->setText(QStringLiteral("blue kettle on the stove"));
    dialog.confirmEdit()->setText(QStringLiteral("blue kettle on the stove"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("not allowed")));
    CHECK_FALSE(QFile::exists(clinic.file("b.sqlite.encrypted")));
}
