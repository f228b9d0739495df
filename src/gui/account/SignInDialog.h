#pragma once

#include "security/SignedInUser.h"

#include <QDialog>
#include <memory>

class ClinicSession;
class QLineEdit;
class QPushButton;

namespace Ui {
class SignInDialog;
}

// Who is at the keyboard: user name and password, checked by
// UserAccounts::signIn (which records every attempt and locks an account
// out after repeated failures). What went wrong is said under the fields, in
// the core's words. Cancel (or Esc) means quit. The layout is ui/SignInDialog.ui.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(ClinicSession& session, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Who signed in, once the dialog was accepted.
    const SignedInUser& user() const { return m_user; }

    QLineEdit* nameEdit() const;
    QLineEdit* passwordEdit() const;
    QPushButton* signInButton() const;
    // The error under the fields; empty when there is none.
    QString errorText() const;

public slots:
    // Tries to sign in; the dialog closes only when that worked.
    void accept() override;

private:
    ClinicSession& m_session;
    std::unique_ptr<Ui::SignInDialog> m_ui;
    SignedInUser m_user;
};
