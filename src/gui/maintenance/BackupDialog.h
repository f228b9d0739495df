#pragma once

#include "account/NewPasswordFields.h"
#include "storage/BackupCipher.h"

#include <QDialog>
#include <memory>

class ClinicSession;
class QCheckBox;
class QLineEdit;

namespace Ui {
class BackupDialog;
}

// File > Back up, for managers: a consistent copy of the database made while
// it is in use, plain or encrypted with a passphrase (typed twice). The copy
// is written owner-only, never over an existing file, and recorded in the
// audit log (ui/BackupDialog.ui).
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(ClinicSession& session, QWidget* parent = nullptr);
    ~BackupDialog() override;

    QLineEdit* pathEdit() const;
    QCheckBox* encryptBox() const;
    QLineEdit* passphraseEdit() const { return m_passphrase.edit(); }
    QLineEdit* confirmEdit() const { return m_passphrase.confirmEdit(); }
    QString errorText() const;
    // Where the last backup went, once accepted.
    const QString& writtenTo() const { return m_writtenTo; }

    // How costly the passphrase's key is (tests make it cheap).
    void setKeyCost(const BackupCipher::KeyCost& cost) { m_keyCost = cost; }

    // clinic-intake-backup-YYYY-MM-DD.sqlite, or .sqlite.encrypted
    static QString defaultFileName(const QDate& day, bool encrypted);

public slots:
    void accept() override;

private:
    void chooseFile();
    void onEncryptToggled(bool on);

    ClinicSession& m_session;
    std::unique_ptr<Ui::BackupDialog> m_ui;
    NewPasswordFields m_passphrase;
    BackupCipher::KeyCost m_keyCost = BackupCipher::KeyCost::strong();
    QString m_writtenTo;
};
