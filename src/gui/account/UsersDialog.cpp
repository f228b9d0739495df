#include "account/UsersDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "account/AddUserDialog.h"
#include "account/ResetPasswordDialog.h"
#include "common/DateText.h"
#include "security/StaffSession.h"
#include "ui_UsersDialog.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

UsersDialog::UsersDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::UsersDialog>())
{
    m_ui->setupUi(this);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &UsersDialog::disableSelected);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &UsersDialog::resetSelectedPassword);
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);

    refresh();
    m_ui->table->setFocus();
}

UsersDialog::~UsersDialog() = default;

QTableWidget* UsersDialog::table() const
{
    return m_ui->table;
}

QPushButton* UsersDialog::addButton() const
{
    return m_ui->addButton;
}

QPushButton* UsersDialog::disableButton() const
{
    return m_ui->disableButton;
}

QPushButton* UsersDialog::resetButton() const
{
    return m_ui->resetButton;
}

bool UsersDialog::refresh()
{
    const UserAccount* selected = selectedAccount();
    const QString keep = selected ? selected->name : QString();
    try {
        m_accounts = m_session.staff().users();
    } catch (const std::exception& error) {
        m_accounts.clear();
        m_ui->table->setRowCount(0);
        updateButtons();
        access_messages::showRefusal(this, error);
        return false;
    }
    const QLocale locale;
    const QDateTime now = m_session.clock().now();
    m_ui->table->setRowCount(int(m_accounts.size()));
    int enabled = 0;
    for (int row = 0; row < int(m_accounts.size()); ++row) {
        const UserAccount& account = m_accounts[std::size_t(row)];
        m_ui->table->setItem(row, NameColumn, cell(account.name));
        m_ui->table->setItem(row, RoleColumn, cell(access_messages::roleLabel(account.role)));
        QString status = account.enabled ? tr("Enabled") : tr("Disabled");
        if (account.enabled && account.lockedUntil.isValid() && account.lockedUntil > now) {
            status = tr("Locked out until %1")
                         .arg(locale.toString(account.lockedUntil.toLocalTime().time(),
                                              QLocale::ShortFormat));
        }
        auto* statusItem = cell(status);
        if (!account.enabled) {
            QFont italic = statusItem->font();
            italic.setItalic(true);
            statusItem->setFont(italic);
        }
        m_ui->table->setItem(row, StatusColumn, statusItem);
        m_ui->table->setItem(row, CreatedColumn,
                             cell(date_text::show(account.createdAt.toLocalTime().date())));
        m_ui->table->setItem(row, CreatedByColumn, cell(account.createdBy));
        enabled += account.enabled ? 1 : 0;
    }
    m_ui->table->resizeColumnsToContents();
    m_ui->summaryLabel->setText(tr("%Ln account(s), %1 enabled.", nullptr, int(m_accounts.size()))
                                    .arg(locale.toString(enabled)));
    if (keep.isEmpty() || !selectUser(keep)) {
        m_ui->table->clearSelection();
    }
    updateButtons();
    return true;
}

const UserAccount* UsersDialog::selectedAccount() const
{
    const auto rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return nullptr;
    }
    const int row = rows.first().row();
    return row >= 0 && row < int(m_accounts.size()) ? &m_accounts[std::size_t(row)] : nullptr;
}

bool UsersDialog::selectUser(const QString& name)
{
    for (int row = 0; row < int(m_accounts.size()); ++row) {
        if (m_accounts[std::size_t(row)].name.compare(name, Qt::CaseInsensitive) == 0) {
            m_ui->table->selectRow(row);
            m_ui->table->setCurrentCell(row, NameColumn);
            return true;
        }
    }
    return false;
}

void UsersDialog::updateButtons()
{
    const UserAccount* account = selectedAccount();
    // Your own account is not yours to disable: another manager does that.
    m_ui->disableButton->setEnabled(account && account->enabled &&
                                    account->id != m_session.user().id);
    m_ui->resetButton->setEnabled(account && account->enabled);
}

void UsersDialog::addUser()
{
    AddUserDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        selectUser(dialog.nameEdit()->text().trimmed());
    }
}

void UsersDialog::disableSelected()
{
    const UserAccount* account = selectedAccount();
    if (!account || !account->enabled) {
        return;
    }
    const QString name = account->name;
    QMessageBox confirm(QMessageBox::Question, tr("Disable %1?").arg(name),
                        tr("Disable the account of %1?\n\n%1 can no longer sign in. Their "
                           "intakes, reviews and audit entries stay. A disabled account cannot "
                           "be enabled again; add a new account if they come back.")
                            .arg(name),
                        QMessageBox::Cancel, this);
    auto* disable = confirm.addButton(tr("&Disable %1").arg(name), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != disable) {
        return;
    }
    try {
        m_session.staff().disableUser(name);
    } catch (const std::exception& error) {
        access_messages::showRefusal(this, error);
        return;
    }
    refresh();
    selectUser(name);
}

void UsersDialog::resetSelectedPassword()
{
    const UserAccount* account = selectedAccount();
    if (!account) {
        return;
    }
    const QString name = account->name;
    ResetPasswordDialog dialog(m_session, name, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        selectUser(name);
    }
}
