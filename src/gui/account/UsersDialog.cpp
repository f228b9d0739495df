#include "account/UsersDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "account/AddUserDialog.h"
#include "account/ResetPasswordDialog.h"
#include "common/DateText.h"
#include "security/StaffSession.h"
#include "util/Clock.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

UsersDialog::UsersDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Users — Clinic Intake"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Status"), tr("Created"), tr("Created by")});
    m_table->setAccessibleName(tr("User accounts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_summary = new QLabel(this);
    auto* note = new QLabel(tr("Accounts are never deleted: disable the account of someone "
                               "who has left. Their name stays in the audit log and cannot be "
                               "given to anyone else."),
                            this);
    note->setWordWrap(true);

    m_add = new QPushButton(tr("&Add user…"), this);
    m_disable = new QPushButton(tr("&Disable…"), this);
    m_reset = new QPushButton(tr("&Reset password…"), this);
    auto* side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_disable);
    side->addWidget(m_reset);
    side->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(m_summary);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);

    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_disable);
    setTabOrder(m_disable, m_reset);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersDialog::disableSelected);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetSelectedPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);

    refresh();
    m_table->setFocus();
}

bool UsersDialog::refresh()
{
    const UserAccount* selected = selectedAccount();
    const QString keep = selected ? selected->name : QString();
    try {
        m_accounts = m_session.staff().users();
    } catch (const std::exception& error) {
        m_accounts.clear();
        m_table->setRowCount(0);
        updateButtons();
        access_messages::showRefusal(this, error);
        return false;
    }
    const QLocale locale;
    const QDateTime now = m_session.clock().now();
    m_table->setRowCount(int(m_accounts.size()));
    int enabled = 0;
    for (int row = 0; row < int(m_accounts.size()); ++row) {
        const UserAccount& account = m_accounts[std::size_t(row)];
        m_table->setItem(row, NameColumn, cell(account.name));
        m_table->setItem(row, RoleColumn, cell(access_messages::roleLabel(account.role)));
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
        m_table->setItem(row, StatusColumn, statusItem);
        m_table->setItem(row, CreatedColumn,
                         cell(date_text::show(account.createdAt.toLocalTime().date())));
        m_table->setItem(row, CreatedByColumn, cell(account.createdBy));
        enabled += account.enabled ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%Ln account(s), %1 enabled.", nullptr, int(m_accounts.size()))
                           .arg(locale.toString(enabled)));
    if (keep.isEmpty() || !selectUser(keep)) {
        m_table->clearSelection();
    }
    updateButtons();
    return true;
}

const UserAccount* UsersDialog::selectedAccount() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
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
            m_table->selectRow(row);
            m_table->setCurrentCell(row, NameColumn);
            return true;
        }
    }
    return false;
}

void UsersDialog::updateButtons()
{
    const UserAccount* account = selectedAccount();
    // Your own account is not yours to disable: another manager does that.
    m_disable->setEnabled(account && account->enabled && account->id != m_session.user().id);
    m_reset->setEnabled(account && account->enabled);
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
