#pragma once

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

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    QString m_userName;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    AlertBanner* m_error;
};
