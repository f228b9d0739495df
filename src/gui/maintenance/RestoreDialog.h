#pragma once

#include <QDialog>
#include <memory>

class ClinicSession;
class QLineEdit;

namespace Ui {
class RestoreDialog;
}

// File > Restore from backup, for managers: which backup to put in place of
// the clinic's database, its passphrase when it is encrypted, and a last
// confirmation that says what happens (the current database is kept beside
// it under a new name; everyone signs in again with the restored accounts).
// The dialog only asks: the restore itself needs the database closed, so
// SessionController does it once the window is gone (ui/RestoreDialog.ui).
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(ClinicSession& session, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    QLineEdit* pathEdit() const;
    QLineEdit* passphraseEdit() const;
    QString errorText() const;

    // Once accepted: the backup, and its passphrase (empty for a plain one).
    QString backupPath() const;
    QString passphrase() const;
    bool isEncrypted() const { return m_encrypted; }

    // What the database being replaced will be called if it is replaced now,
    // e.g. ".../clinic-intake.sqlite.replaced-20261121-120000".
    QString keptNameNow() const;

public slots:
    void accept() override;

private:
    void chooseFile();
    void onPathChanged();

    ClinicSession& m_session;
    std::unique_ptr<Ui::RestoreDialog> m_ui;
    bool m_encrypted = false;
};
