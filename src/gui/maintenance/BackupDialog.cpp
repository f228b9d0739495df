#include "maintenance/BackupDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "common/OutputFolder.h"
#include "security/StaffSession.h"
#include "storage/BackupCipher.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString kEncryptedSuffix = QStringLiteral(".encrypted");

} // namespace

BackupDialog::BackupDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session),
      m_passphrase(this, tr("&Passphrase:"), tr("&Confirm passphrase:"), tr("Passphrase"),
                   NewPasswordFields::Kind::Passphrase)
{
    setWindowTitle(tr("Back up the database"));

    m_path = new QLineEdit(QDir(output_folder::defaultFolder())
                               .filePath(defaultFileName(session.clock().today(), true)),
                           this);
    m_path->setAccessibleName(tr("Backup file"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setAccessibleName(tr("Choose the backup file"));

    m_encrypt = new QCheckBox(tr("&Encrypt with a passphrase"), this);
    m_encrypt->setChecked(true);
    auto* explanation = new QLabel(
        tr("A backup holds every client's health record. Encrypt it when it leaves this "
           "computer (a USB stick, a cloud folder). Without the passphrase the backup cannot "
           "be restored: keep it somewhere safe, apart from the backup. A few words that "
           "belong together make a good passphrase."),
        this);
    explanation->setWordWrap(true);

    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto* form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_encrypt);
    m_passphrase.addRows(*form);
    form->addRow(QString(), explanation);
    m_error = new AlertBanner(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* backUp = buttons->addButton(tr("&Back up"), QDialogButtonBox::AcceptRole);
    backUp->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &BackupDialog::chooseFile);
    connect(m_encrypt, &QCheckBox::toggled, this, &BackupDialog::onEncryptToggled);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_path, m_choose);
    setTabOrder(m_choose, m_encrypt);
    m_passphrase.placeAfterInTabOrder(m_encrypt);
    m_passphrase.edit()->setFocus();
}

QString BackupDialog::defaultFileName(const QDate& day, bool encrypted)
{
    return QStringLiteral("clinic-intake-backup-%1.sqlite%2")
        .arg(day.toString(Qt::ISODate), encrypted ? kEncryptedSuffix : QString());
}

QString BackupDialog::errorText() const
{
    return m_error->text();
}

void BackupDialog::onEncryptToggled(bool on)
{
    m_passphrase.setEnabled(on);
    // The name says what the file is.
    QString path = m_path->text();
    if (on && !path.endsWith(kEncryptedSuffix)) {
        path += kEncryptedSuffix;
    } else if (!on && path.endsWith(kEncryptedSuffix)) {
        path.chop(kEncryptedSuffix.size());
    }
    m_path->setText(path);
}

void BackupDialog::chooseFile()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Back up the database"), m_path->text(),
        m_encrypt->isChecked() ? tr("Encrypted Clinic Intake backup (*.encrypted)")
                               : tr("Clinic Intake database (*.sqlite)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
    }
}

void BackupDialog::accept()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_error->showMessage(AlertBanner::Kind::Error, tr("Choose the file to back up to."));
        m_path->setFocus();
        return;
    }
    if (QFileInfo::exists(path)) {
        m_error->showMessage(AlertBanner::Kind::Error,
                             tr("%1 exists already. A backup never replaces a file: choose "
                                "another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        m_path->setFocus();
        return;
    }
    const bool encrypted = m_encrypt->isChecked();
    if (encrypted) {
        if (!m_passphrase.acceptable(*m_error)) {
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
        m_error->showMessage(AlertBanner::Kind::Error,
                             tr("No backup was made. %1").arg(access_messages::sentence(error)));
        return;
    }
    m_passphrase.clear();
    m_writtenTo = path;
    QDialog::accept();
}
