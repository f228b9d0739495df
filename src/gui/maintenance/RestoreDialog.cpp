#include "maintenance/RestoreDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "account/NewPasswordFields.h"
#include "common/AlertBanner.h"
#include "security/StaffSession.h"
#include "storage/BackupCipher.h"
#include "ui_RestoreDialog.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

RestoreDialog::RestoreDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::RestoreDialog>())
{
    m_ui->setupUi(this);
    m_ui->pathEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    NewPasswordFields::makeSecret(m_ui->passphraseEdit);
    const QString database = QDir::toNativeSeparators(session.location());
    m_ui->restoreExplanation->setText(m_ui->restoreExplanation->text().arg(
        database.toHtmlEscaped(), QDir::toNativeSeparators(keptNameNow()).toHtmlEscaped()));
    // Designer gives a button box its standard buttons only.
    m_ui->buttons->addButton(m_ui->restoreButton, QDialogButtonBox::AcceptRole);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &RestoreDialog::onPathChanged);
    m_ui->pathEdit->setFocus();
}

RestoreDialog::~RestoreDialog() = default;

QLineEdit* RestoreDialog::pathEdit() const
{
    return m_ui->pathEdit;
}

QLineEdit* RestoreDialog::passphraseEdit() const
{
    return m_ui->passphraseEdit;
}

QString RestoreDialog::errorText() const
{
    return m_ui->alertBanner->text();
}

QString RestoreDialog::backupPath() const
{
    return m_ui->pathEdit->text().trimmed();
}

QString RestoreDialog::passphrase() const
{
    return m_encrypted ? m_ui->passphraseEdit->text() : QString();
}

QString RestoreDialog::keptNameNow() const
{
    // DatabaseRestore's name for it (UTC; "-2" and so on if that is taken).
    return m_session.location() + QStringLiteral(".replaced-") +
           m_session.clock().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

void RestoreDialog::onPathChanged()
{
    const QString path = backupPath();
    const bool isFile = !path.isEmpty() && QFileInfo(path).isFile();
    m_encrypted = isFile && BackupCipher::isEncryptedBackup(path);
    m_ui->passphraseEdit->setEnabled(m_encrypted);
    if (!isFile) {
        m_ui->backupKindLabel->clear();
    } else if (m_encrypted) {
        m_ui->backupKindLabel->setText(
            tr("An encrypted backup: type the passphrase it was made with."));
    } else {
        m_ui->backupKindLabel->setText(tr("A plain backup: no passphrase is needed."));
    }
}

void RestoreDialog::chooseFile()
{
    const QString start = backupPath().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : backupPath();
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose the backup to restore"), start,
        tr("Clinic Intake backups (*.encrypted *.sqlite);;All files (*)"));
    if (chosen.isEmpty()) {
        return;
    }
    m_ui->pathEdit->setText(chosen);
    (m_encrypted ? m_ui->passphraseEdit : m_ui->pathEdit)->setFocus();
}

void RestoreDialog::accept()
{
    const QString path = backupPath();
    const auto refuse = [this](QWidget* field, const QString& message) {
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, message);
        field->setFocus();
    };
    if (path.isEmpty()) {
        refuse(m_ui->pathEdit, tr("Choose the backup to restore."));
        return;
    }
    const QFileInfo backup(path);
    if (!backup.isFile()) {
        refuse(m_ui->pathEdit, tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (backup.canonicalFilePath() == QFileInfo(m_session.location()).canonicalFilePath()) {
        refuse(m_ui->pathEdit, tr("%1 is the clinic's database itself: choose a backup of it.")
                                   .arg(QDir::toNativeSeparators(path)));
        return;
    }
    onPathChanged(); // the file may have changed since it was typed
    if (m_encrypted && m_ui->passphraseEdit->text().isEmpty()) {
        refuse(m_ui->passphraseEdit, tr("The backup is encrypted: type its passphrase."));
        return;
    }
    try {
        // Asked in the core first: a refusal is audited like any other.
        m_session.staff().require(Permission::Restore, QStringLiteral("restore"));
    } catch (const std::exception& error) {
        refuse(m_ui->pathEdit,
               tr("Nothing was restored. %1").arg(access_messages::sentence(error)));
        return;
    }
    m_ui->alertBanner->clear();

    QMessageBox confirm(
        QMessageBox::Warning, tr("Replace the database?"),
        tr("Replace the clinic's database with the backup %1?\n\n"
           "The current database is kept as %2 (the time of the restore may differ by a few "
           "seconds).\n\n"
           "Everyone is signed out, and signs in again with an account of the restored "
           "database.")
            .arg(QDir::toNativeSeparators(backup.absoluteFilePath()),
                 QDir::toNativeSeparators(keptNameNow())),
        QMessageBox::Cancel, this);
    auto* replace = confirm.addButton(tr("&Replace the database"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != replace) {
        return;
    }
    QDialog::accept();
}
