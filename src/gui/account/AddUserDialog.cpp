#include "account/AddUserDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <stdexcept>

AddUserDialog::AddUserDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session),
      m_password(this, tr("&Password:"), tr("&Confirm password:"), tr("First password"))
{
    setWindowTitle(tr("Add a user"));

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("User name"));
    m_name->setMaxLength(64);
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("Front desk — enters intakes, finds returning clients"),
                    int(Role::FrontDesk));
    m_role->addItem(tr("Therapist — also reviews suggestions, writes session notes"),
                    int(Role::Therapist));
    m_role->addItem(tr("Manager — also exports, audit log, backups, users"), int(Role::Manager));

    auto* nameLabel = new QLabel(tr("&User name:"), this);
    nameLabel->setBuddy(m_name);
    auto* roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    auto* rules = new QLabel(access_messages::userNameRules() + QLatin1Char('\n') +
                                 access_messages::passwordRules() + QLatin1Char('\n') +
                                 tr("Hand the password over in person; the user can change "
                                    "it from Account > Change password."),
                             this);
    rules->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(nameLabel, m_name);
    form->addRow(roleLabel, m_role);
    m_password.addRows(*form);
    form->addRow(QString(), rules);
    m_error = new AlertBanner(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* add = buttons->addButton(tr("&Add user"), QDialogButtonBox::AcceptRole);
    add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    setTabOrder(m_name, m_role);
    m_password.placeAfterInTabOrder(m_role);
    m_name->setFocus();
}

QString AddUserDialog::errorText() const
{
    return m_error->text();
}

void AddUserDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (const auto problem = UserAccounts::problemWithName(name)) {
        m_error->showMessage(AlertBanner::Kind::Error,
                             access_messages::sentence(std::runtime_error(*problem)));
        m_name->setFocus();
        return;
    }
    if (!m_password.acceptable(*m_error)) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session.staff().addUser(name, Role(m_role->currentData().toInt()), m_password.text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_error->showMessage(AlertBanner::Kind::Error, access_messages::sentence(error));
        return;
    }
    m_password.clear();
    QDialog::accept();
}
