#pragma once

#include <QDialog>
#include <memory>

class AppSettings;
class ClinicSession;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

// Where the clinic's database lives and how soon an idle window locks
// (ui/SettingsDialog.ui). A new database file takes effect at the next
// start, so nothing open is swapped underneath a form in progress; the idle
// time at once.
//
// Both guard the records, so both are a manager's
// (Permission::ChangeSecuritySettings): anyone else sees them read-only.
// Each change is asked of the core first and written to the audit log (who
// changed what from what to what) before it is kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ClinicSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QLineEdit* databasePathEdit() const;
    QSpinBox* idleMinutesSpin() const;
    // False for everyone but a manager: the settings are shown read-only.
    bool mayChange() const { return m_mayChange; }
    void accept() override;

private:
    void updateIdleSuffix(int minutes);

    ClinicSession& m_session;
    AppSettings& m_settings;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    bool m_mayChange = false;
};
