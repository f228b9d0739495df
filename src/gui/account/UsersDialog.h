#pragma once

#include "security/UserAccounts.h"

#include <QDialog>
#include <vector>

class ClinicSession;
class QLabel;
class QPushButton;
class QTableWidget;

// Account > Users, for managers: everyone with an account (name, role,
// enabled or disabled, when and by whom created); add a user, disable one,
// reset a password. Accounts are never deleted: a disabled account keeps
// its name, so the audit log's names stay unambiguous.
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

    // Reads the accounts again. False (and a message box) when the core refused.
    bool refresh();

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* disableButton() const { return m_disable; }
    QPushButton* resetButton() const { return m_reset; }
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
    std::vector<UserAccount> m_accounts;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_add;
    QPushButton* m_disable;
    QPushButton* m_reset;
};
