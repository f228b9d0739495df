#pragma once

#include "account/NewPasswordFields.h"

#include <QDialog>
#include <memory>

class ClinicSession;
class QComboBox;
class QLineEdit;

namespace Ui {
class AddUserDialog;
}

// A manager adds a member of staff: user name, role, and a first password
// (typed twice) for the manager to hand over (ui/AddUserDialog.ui).
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(ClinicSession& session, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    QLineEdit* nameEdit() const;
    // Items carry the Role as int data.
    QComboBox* roleCombo() const;
    QLineEdit* passwordEdit() const { return m_password.edit(); }
    QLineEdit* confirmEdit() const { return m_password.confirmEdit(); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    std::unique_ptr<Ui::AddUserDialog> m_ui;
    NewPasswordFields m_password;
};
