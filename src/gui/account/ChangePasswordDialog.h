#pragma once

#include "account/NewPasswordFields.h"

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
    QLineEdit* newEdit() const { return m_new.edit(); }
    QLineEdit* confirmEdit() const { return m_new.confirmEdit(); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    QLineEdit* m_current;
    NewPasswordFields m_new;
    AlertBanner* m_error;
};
