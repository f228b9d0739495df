#pragma once

#include "account/NewPasswordFields.h"

#include <QDialog>

class AlertBanner;
class ClinicSession;
class QComboBox;
class QLineEdit;

// A manager adds a member of staff: user name, role, and a first password
// (typed twice) for the manager to hand over.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(ClinicSession& session, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    // Items carry the Role as int data.
    QComboBox* roleCombo() const { return m_role; }
    QLineEdit* passwordEdit() const { return m_password.edit(); }
    QLineEdit* confirmEdit() const { return m_password.confirmEdit(); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    QLineEdit* m_name;
    QComboBox* m_role;
    NewPasswordFields m_password;
    AlertBanner* m_error;
};
