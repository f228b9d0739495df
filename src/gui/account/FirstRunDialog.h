#pragma once

#include "account/NewPasswordFields.h"
#include "security/SignedInUser.h"

#include <QDialog>

class AlertBanner;
class ClinicSession;
class QLineEdit;
class QPushButton;

// A new database has no accounts: this dialog creates its first manager
// (recorded in the audit log as created by the operating-system user) and
// signs them in. The manager adds everyone else from Account > Users.
// Cancel (or Esc) means quit.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(ClinicSession& session, QWidget* parent = nullptr);

    // The new manager, signed in, once the dialog was accepted.
    const SignedInUser& user() const { return m_user; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password.edit(); }
    QLineEdit* confirmEdit() const { return m_password.confirmEdit(); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    QLineEdit* m_name;
    NewPasswordFields m_password;
    AlertBanner* m_error;
    SignedInUser m_user;
};
