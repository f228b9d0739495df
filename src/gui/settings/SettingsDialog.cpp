#include "settings/SettingsDialog.h"

#include "AppSettings.h"
#include "storage/Database.h"
#include "ui_SettingsDialog.h"

#include <QFileDialog>
#include <QMessageBox>

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->databasePathEdit->setText(settings.databasePath());
    m_ui->idleMinutesSpin->setRange(AppSettings::kMinimumIdleLockMinutes,
                                    AppSettings::kMaximumIdleLockMinutes);
    m_ui->idleMinutesSpin->setValue(settings.idleLockMinutes());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->defaultButton, &QPushButton::clicked, this,
            [this] { m_ui->databasePathEdit->setText(Database::defaultPath()); });
    connect(m_ui->chooseButton, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Database file"), m_ui->databasePathEdit->text(),
            tr("Clinic Intake database (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty()) {
            m_ui->databasePathEdit->setText(chosen);
        }
    });
}

SettingsDialog::~SettingsDialog() = default;

QLineEdit* SettingsDialog::databasePathEdit() const
{
    return m_ui->databasePathEdit;
}

QSpinBox* SettingsDialog::idleMinutesSpin() const
{
    return m_ui->idleMinutesSpin;
}

void SettingsDialog::accept()
{
    const QString path = m_ui->databasePathEdit->text().trimmed();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Settings"), tr("Choose a database file."));
        return;
    }
    m_settings.setDatabasePath(path);
    m_settings.setIdleLockMinutes(m_ui->idleMinutesSpin->value());
    m_settings.sync();
    QDialog::accept();
}
