#pragma once

#include "account/NewPasswordFields.h"

#include <QDialog>

class AlertBanner;
class ClinicSession;
class QLineEdit;

// A manager sets a new password for someone who forgot theirs (which also
// lifts a lockout): typed twice, handed over in person.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(ClinicSession& session, const QString& userName, QWidget* parent = nullptr);

    QLineEdit* passwordEdit() const { return m_password.edit(); }
    QLineEdit* confirmEdit() const { return m_password.confirmEdit(); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    QString m_userName;
    NewPasswordFields m_password;
    AlertBanner* m_error;
};
