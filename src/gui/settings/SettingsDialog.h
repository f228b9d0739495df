#pragma once

#include <QDialog>

class AppSettings;
class QLineEdit;

// Where the clinic's database lives. The change takes effect at the next
// start, so nothing open is swapped underneath a form in progress.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    QLineEdit* databasePathEdit() const { return m_path; }
    void accept() override;

private:
    AppSettings& m_settings;
    QLineEdit* m_path;
};
