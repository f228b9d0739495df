#pragma once

#include "account/NewPasswordFields.h"

#include <QDialog>
#include <memory>

class ClinicSession;
class QLineEdit;

namespace Ui {
class ResetPasswordDialog;
}

// A manager sets a new password for someone who forgot theirs (which also
// lifts a lockout): typed twice, handed over in person
// (ui/ResetPasswordDialog.ui).
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(ClinicSession& session, const QString& userName, QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

    QLineEdit* passwordEdit() const { return m_password.edit(); }
    QLineEdit* confirmEdit() const { return m_password.confirmEdit(); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    QString m_userName;
    std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    NewPasswordFields m_password;
};
