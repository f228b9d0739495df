#pragma once

#include "account/NewPasswordFields.h"
#include "security/SignedInUser.h"

#include <QDialog>
#include <memory>

class ClinicSession;
class QLineEdit;

namespace Ui {
class FirstRunDialog;
}

// A new database has no accounts: this dialog creates its first manager
// (recorded in the audit log as created by the operating-system user) and
// signs them in. The manager adds everyone else from Account > Users.
// Cancel (or Esc) means quit. The layout is ui/FirstRunDialog.ui.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(ClinicSession& session, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // The new manager, signed in, once the dialog was accepted.
    const SignedInUser& user() const { return m_user; }

    QLineEdit* nameEdit() const;
    QLineEdit* passwordEdit() const { return m_password.edit(); }
    QLineEdit* confirmEdit() const { return m_password.confirmEdit(); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    NewPasswordFields m_password;
    SignedInUser m_user;
};
