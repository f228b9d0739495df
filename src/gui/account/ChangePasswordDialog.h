#pragma once

#include <QDialog>

class AlertBanner;
class ClinicSession;
class QLineEdit;

// Account > Change password: the current password, then the new one twice.
// Every role may change its own (StaffSession::changeOwnPassword).
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(ClinicSession& session, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    AlertBanner* m_error;
};
