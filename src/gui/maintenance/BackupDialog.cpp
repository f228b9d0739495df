#include "maintenance/BackupDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "common/OutputFolder.h"
#include "security/StaffSession.h"
#include "storage/BackupCipher.h"
#include "ui_BackupDialog.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>

namespace {

const QString kEncryptedSuffix = QStringLiteral(".encrypted");

} // namespace

BackupDialog::BackupDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::BackupDialog>())
{
    m_ui->setupUi(this);
    m_passphrase = NewPasswordFields(m_ui->passphraseEdit, m_ui->confirmEdit,
                                     NewPasswordFields::Kind::Passphrase);
    m_ui->pathEdit->setText(QDir(output_folder::defaultFolder())
                                .filePath(defaultFileName(session.clock().today(), true)));
    m_ui->pathEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    // Designer gives a button box its standard buttons only.
    m_ui->buttons->addButton(m_ui->backUpButton, QDialogButtonBox::AcceptRole);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &BackupDialog::chooseFile);
    connect(m_ui->encryptCheck, &QCheckBox::toggled, this, &BackupDialog::onEncryptToggled);
    m_ui->passphraseEdit->setFocus();
}

BackupDialog::~BackupDialog() = default;

QLineEdit* BackupDialog::pathEdit() const
{
    return m_ui->pathEdit;
}

QCheckBox* BackupDialog::encryptBox() const
{
    return m_ui->encryptCheck;
}

QString BackupDialog::defaultFileName(const QDate& day, bool encrypted)
{
    return QStringLiteral("clinic-intake-backup-%1.sqlite%2")
        .arg(day.toString(Qt::ISODate), encrypted ? kEncryptedSuffix : QString());
}

QString BackupDialog::errorText() const
{
    return m_ui->alertBanner->text();
}

void BackupDialog::onEncryptToggled(bool on)
{
    m_passphrase.setEnabled(on);
    // The name says what the file is.
    QString path = m_ui->pathEdit->text();
    if (on && !path.endsWith(kEncryptedSuffix)) {
        path += kEncryptedSuffix;
    } else if (!on && path.endsWith(kEncryptedSuffix)) {
        path.chop(kEncryptedSuffix.size());
    }
    m_ui->pathEdit->setText(path);
}

void BackupDialog::chooseFile()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Back up the database"), m_ui->pathEdit->text(),
        m_ui->encryptCheck->isChecked() ? tr("Encrypted Clinic Intake backup (*.encrypted)")
                                        : tr("Clinic Intake database (*.sqlite)"));
    if (!chosen.isEmpty()) {
        m_ui->pathEdit->setText(chosen);
    }
}

void BackupDialog::accept()
{
    const QString path = m_ui->pathEdit->text().trimmed();
    if (path.isEmpty()) {
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error,
                                       tr("Choose the file to back up to."));
        m_ui->pathEdit->setFocus();
        return;
    }
    if (QFileInfo::exists(path)) {
        m_ui->alertBanner->showMessage(
            AlertBanner::Kind::Error,
            tr("%1 exists already. A backup never replaces a file: choose "
               "another name.")
                .arg(QDir::toNativeSeparators(path)));
        m_ui->pathEdit->setFocus();
        return;
    }
    const bool encrypted = m_ui->encryptCheck->isChecked();
    if (encrypted) {
        if (!m_passphrase.acceptable(*m_ui->alertBanner)) {
            return;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        StaffSession& staff = m_session.staff();
        if (encrypted) {
            staff.backupEncrypted(path, m_passphrase.text(), BackupCipher(m_keyCost));
        } else {
            staff.backup(path);
        }
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_ui->alertBanner->showMessage(
            AlertBanner::Kind::Error,
            tr("No backup was made. %1").arg(access_messages::sentence(error)));
        return;
    }
    m_passphrase.clear();
    m_writtenTo = path;
    QDialog::accept();
}
