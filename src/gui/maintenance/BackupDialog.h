#pragma once

#include "account/NewPasswordFields.h"
#include "storage/BackupCipher.h"

#include <QDialog>

class AlertBanner;
class ClinicSession;
class QCheckBox;
class QLineEdit;
class QPushButton;

// File > Back up, for managers: a consistent copy of the database made while
// it is in use, plain or encrypted with a passphrase (typed twice). The copy
// is written owner-only, never over an existing file, and recorded in the
// audit log.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(ClinicSession& session, QWidget* parent = nullptr);

    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* encryptBox() const { return m_encrypt; }
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
    QLineEdit* m_path;
    QPushButton* m_choose;
    QCheckBox* m_encrypt;
    NewPasswordFields m_passphrase;
    AlertBanner* m_error;
    BackupCipher::KeyCost m_keyCost = BackupCipher::KeyCost::strong();
    QString m_writtenTo;
};
