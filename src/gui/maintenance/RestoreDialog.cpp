#include "maintenance/RestoreDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "account/NewPasswordFields.h"
#include "common/AlertBanner.h"
#include "security/StaffSession.h"
#include "storage/BackupCipher.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Restore from a backup"));

    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Backup file"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setAccessibleName(tr("Choose the backup file"));
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("backupKindLabel"));
    m_kind->setWordWrap(true);
    m_passphrase = NewPasswordFields::secretEdit(this, tr("Passphrase of the backup"));
    m_passphrase->setEnabled(false);

    const QString database = QDir::toNativeSeparators(session.location());
    auto* explanation = new QLabel(
        tr("<p>Restoring puts the backup in place of the clinic's database, <b>%1</b>. The "
           "backup is checked in full first; if anything is wrong with it, nothing is "
           "replaced.</p>"
           "<p>The current database is not deleted: it is kept beside it as <b>%2</b> (with "
           "the date and time of the restore). Anything entered since the backup was made is "
           "only in that kept copy.</p>"
           "<p><b>Everyone is signed out.</b> To go on, sign in with an account of the restored "
           "database: its users and passwords are those of the day of the backup.</p>")
            .arg(database.toHtmlEscaped(), QDir::toNativeSeparators(keptNameNow()).toHtmlEscaped()),
        this);
    explanation->setObjectName(QStringLiteral("restoreExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);

    auto* fileLabel = new QLabel(tr("&Backup file:"), this);
    fileLabel->setBuddy(m_path);
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto* form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_kind);
    form->addRow(passphraseLabel, m_passphrase);
    m_error = new AlertBanner(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    // Return only leads to the confirmation, whose default is Cancel.
    restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &RestoreDialog::onPathChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_path, m_choose);
    setTabOrder(m_choose, m_passphrase);
    m_path->setFocus();
}

QString RestoreDialog::errorText() const
{
    return m_error->text();
}

QString RestoreDialog::backupPath() const
{
    return m_path->text().trimmed();
}

QString RestoreDialog::passphrase() const
{
    return m_encrypted ? m_passphrase->text() : QString();
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
    m_passphrase->setEnabled(m_encrypted);
    if (!isFile) {
        m_kind->clear();
    } else if (m_encrypted) {
        m_kind->setText(tr("An encrypted backup: type the passphrase it was made with."));
    } else {
        m_kind->setText(tr("A plain backup: no passphrase is needed."));
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
    m_path->setText(chosen);
    (m_encrypted ? m_passphrase : m_path)->setFocus();
}

void RestoreDialog::accept()
{
    const QString path = backupPath();
    const auto refuse = [this](QWidget* field, const QString& message) {
        m_error->showMessage(AlertBanner::Kind::Error, message);
        field->setFocus();
    };
    if (path.isEmpty()) {
        refuse(m_path, tr("Choose the backup to restore."));
        return;
    }
    const QFileInfo backup(path);
    if (!backup.isFile()) {
        refuse(m_path, tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (backup.canonicalFilePath() == QFileInfo(m_session.location()).canonicalFilePath()) {
        refuse(m_path, tr("%1 is the clinic's database itself: choose a backup of it.")
                           .arg(QDir::toNativeSeparators(path)));
        return;
    }
    onPathChanged(); // the file may have changed since it was typed
    if (m_encrypted && m_passphrase->text().isEmpty()) {
        refuse(m_passphrase, tr("The backup is encrypted: type its passphrase."));
        return;
    }
    try {
        // Asked in the core first: a refusal is audited like any other.
        m_session.staff().require(Permission::Restore, QStringLiteral("restore"));
    } catch (const std::exception& error) {
        refuse(m_path, tr("Nothing was restored. %1").arg(access_messages::sentence(error)));
        return;
    }
    m_error->clear();

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
