#pragma once

#include <QDialog>
#include <memory>

class AppSettings;
class QLineEdit;

namespace Ui {
class SettingsDialog;
}

// Where the clinic's database lives (ui/SettingsDialog.ui). The change takes
// effect at the next start, so nothing open is swapped underneath a form in
// progress.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QLineEdit* databasePathEdit() const;
    void accept() override;

private:
    AppSettings& m_settings;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
