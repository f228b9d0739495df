#pragma once

#include "AppSettings.h"

#include <QDialog>
#include <QPointer>
#include <QThread>
#include <memory>

class ClinicSession;
class PasswordKeyring;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

// Where the clinic's records are (a file on this computer, or a database on
// the clinic's server with its password in the keyring) and how soon an idle
// window locks (ui/SettingsDialog.ui). A new location takes effect at the
// next start, so nothing open is swapped underneath a form in progress; the
// idle time and the language (everyone's own choice, not a manager's) at once. "Test connection"
// tries the server on a thread of its own and says in plain words what is wrong.
//
// Both guard the records, so both are a manager's
// (Permission::ChangeSecuritySettings): anyone else sees them read-only.
// Each change is asked of the core first and written to the audit log (who
// changed what from what to what) before it is kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `keyring`: where OK keeps the server password (the desktop's unless given).
    SettingsDialog(ClinicSession& session, AppSettings& settings, QWidget* parent = nullptr,
                   PasswordKeyring* keyring = nullptr);
    // At start, when the records could not be opened (nobody can sign in):
    // only where the records are can be changed, so that a wrong server
    // address is corrected; the idle time waits for a manager. No audit
    // entry can be written to records that do not open: whoever opens them
    // next records the change (startDesktopSession).
    SettingsDialog(AppSettings& settings, QWidget* parent = nullptr,
                   PasswordKeyring* keyring = nullptr);
    ~SettingsDialog() override;

    QLineEdit* databasePathEdit() const;
    QSpinBox* idleMinutesSpin() const;
    QRadioButton* fileChoice() const;
    QRadioButton* serverChoice() const;
    QLineEdit* hostEdit() const;
    QSpinBox* portSpin() const;
    QLineEdit* serverDatabaseEdit() const;
    QLineEdit* userEdit() const;
    QLineEdit* caEdit() const;
    QLineEdit* passwordEdit() const;
    QPushButton* testButton() const;
    QLabel* testResult() const;
    QComboBox* languageCombo() const;
    // What the language list says now.
    AppSettings::Language chosenLanguage() const;
    bool isTesting() const { return m_testThread != nullptr; }

    // The server's URI from the fields; throws StorageError naming the
    // field that is wrong.
    QString serverLocation() const;
    // False for everyone but a manager: the settings are shown read-only.
    bool mayChange() const { return m_mayChange; }
    void accept() override;

signals:
    // A connection test has ended; testResult() says how.
    void testFinished(bool connected);

private:
    void fitHeightToText();
    SettingsDialog(ClinicSession* session, AppSettings& settings, QWidget* parent,
                   PasswordKeyring* keyring);
    void updateIdleSuffix(int minutes);
    void updateChoice();
    void testConnection();
    // Saves the language choice and switches to it at once.
    void keepLanguage();
    QString chosenLocation() const;

    ClinicSession* m_session; // nullptr before anyone could sign in
    AppSettings& m_settings;
    PasswordKeyring& m_keyring;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    bool m_mayChange = false;
    QPointer<QThread> m_testThread;
};
