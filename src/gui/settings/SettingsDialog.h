#pragma once

#include <QDialog>
#include <memory>

class AppSettings;
class QLineEdit;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

// Where the clinic's database lives and how soon an idle window locks
// (ui/SettingsDialog.ui). A new database file takes effect at the next
// start, so nothing open is swapped underneath a form in progress; the idle
// time at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QLineEdit* databasePathEdit() const;
    QSpinBox* idleMinutesSpin() const;
    void accept() override;

private:
    AppSettings& m_settings;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
