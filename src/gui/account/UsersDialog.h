#pragma once

#include "security/UserAccounts.h"

#include <QDialog>
#include <memory>
#include <vector>

class ClinicSession;
class QPushButton;
class QTableWidget;

namespace Ui {
class UsersDialog;
}

// Account > Users, for managers: everyone with an account (name, role,
// enabled or disabled, when and by whom created); add a user, disable one,
// reset a password. Accounts are never deleted: a disabled account keeps
// its name, so the audit log's names stay unambiguous (ui/UsersDialog.ui).
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        StatusColumn,
        CreatedColumn,
        CreatedByColumn,
        ColumnCount
    };

    explicit UsersDialog(ClinicSession& session, QWidget* parent = nullptr);
    ~UsersDialog() override;

    // Reads the accounts again. False (and a message box) when the core refused.
    bool refresh();

    QTableWidget* table() const;
    QPushButton* addButton() const;
    QPushButton* disableButton() const;
    QPushButton* resetButton() const;
    // The account of the selected row, or nullptr.
    const UserAccount* selectedAccount() const;
    bool selectUser(const QString& name);

    void addUser();
    // Asks first; the account stays in the list, disabled.
    void disableSelected();
    void resetSelectedPassword();

private:
    void updateButtons();

    ClinicSession& m_session;
    std::unique_ptr<Ui::UsersDialog> m_ui;
    std::vector<UserAccount> m_accounts;
};
