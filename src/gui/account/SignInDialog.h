#pragma once

#include "security/SignedInUser.h"

#include <QDialog>

class AlertBanner;
class ClinicSession;
class QLineEdit;
class QPushButton;

// Who is at the keyboard: user name and password, checked by
// UserAccounts::signIn (which records every attempt and locks an account
// out after repeated failures). What went wrong is said under the fields, in
// the core's words. Cancel (or Esc) means quit.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(ClinicSession& session, QWidget* parent = nullptr);

    // Who signed in, once the dialog was accepted.
    const SignedInUser& user() const { return m_user; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    // The error under the fields; empty when there is none.
    QString errorText() const;

public slots:
    // Tries to sign in; the dialog closes only when that worked.
    void accept() override;

private:
    ClinicSession& m_session;
    QLineEdit* m_name;
    QLineEdit* m_password;
    AlertBanner* m_error;
    QPushButton* m_signIn;
    SignedInUser m_user;
};
