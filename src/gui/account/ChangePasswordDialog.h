#pragma once

#include "account/NewPasswordFields.h"

#include <QDialog>
#include <memory>

class ClinicSession;
class QLineEdit;

namespace Ui {
class ChangePasswordDialog;
}

// Account > Change password: the current password, then the new one twice.
// Every role may change its own (StaffSession::changeOwnPassword).
// The layout is ui/ChangePasswordDialog.ui.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(ClinicSession& session, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    QLineEdit* currentEdit() const;
    QLineEdit* newEdit() const { return m_new.edit(); }
    QLineEdit* confirmEdit() const { return m_new.confirmEdit(); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    ClinicSession& m_session;
    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    NewPasswordFields m_new;
};
