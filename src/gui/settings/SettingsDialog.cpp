#include "settings/SettingsDialog.h"

#include "AppSettings.h"
#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "security/StaffSession.h"
#include "storage/Database.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

SettingsDialog::SettingsDialog(ClinicSession& session, AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_session(session), m_settings(settings),
      m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_mayChange = session.staff().may(Permission::ChangeSecuritySettings);
    m_ui->databasePathEdit->setText(settings.databasePath());
    m_ui->idleMinutesSpin->setRange(AppSettings::kMinimumIdleLockMinutes,
                                    AppSettings::kMaximumIdleLockMinutes);
    connect(m_ui->idleMinutesSpin, qOverload<int>(&QSpinBox::valueChanged), this,
            &SettingsDialog::updateIdleSuffix);
    m_ui->idleMinutesSpin->setValue(settings.idleLockMinutes());
    updateIdleSuffix(m_ui->idleMinutesSpin->value());
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
    if (!m_mayChange) {
        // Shown, so that anyone can tell where the records are and when the
        // window locks; changed only by a manager.
        m_ui->databasePathEdit->setReadOnly(true);
        m_ui->idleMinutesSpin->setReadOnly(true);
        m_ui->idleMinutesSpin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        m_ui->chooseButton->hide();
        m_ui->defaultButton->hide();
        m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
        m_ui->managerOnly->setText(
            tr("Only a manager can change these settings: they decide where the clinic's "
               "records are kept and how soon an unattended window locks."));
    } else {
        m_ui->managerOnly->setText(tr("Changes are recorded in the audit log under your name."));
    }
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

void SettingsDialog::updateIdleSuffix(int minutes)
{
    // "1 minute idle", "10 minutes idle": the words after the number.
    const QString text = tr("%n minute(s) idle", nullptr, minutes);
    const QString number = QString::number(minutes);
    const int at = int(text.indexOf(number));
    m_ui->idleMinutesSpin->setPrefix(at > 0 ? text.left(at) : QString());
    m_ui->idleMinutesSpin->setSuffix(at >= 0 ? text.mid(at + number.size()) : text);
}

void SettingsDialog::accept()
{
    if (!m_mayChange) {
        QDialog::accept();
        return;
    }
    const QString path = m_ui->databasePathEdit->text().trimmed();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Settings"), tr("Choose a database file."));
        return;
    }
    const int minutes = m_ui->idleMinutesSpin->value();
    const QString oldPath = m_settings.databasePath();
    const int oldMinutes = m_settings.idleLockMinutes();
    try {
        // Asked of the core and audited first: a refusal keeps the old values.
        StaffSession& staff = m_session.staff();
        staff.recordSettingChange(QStringLiteral("idle lock"),
                                  QStringLiteral("%1 min").arg(oldMinutes),
                                  QStringLiteral("%1 min").arg(minutes));
        staff.recordSettingChange(QStringLiteral("database file"),
                                  QDir::toNativeSeparators(oldPath),
                                  QDir::toNativeSeparators(path));
    } catch (const std::exception& error) {
        access_messages::showRefusal(this, error);
        return;
    }
    m_settings.setDatabasePath(path);
    m_settings.setIdleLockMinutes(minutes);
    m_settings.sync();
    QDialog::accept();
}
