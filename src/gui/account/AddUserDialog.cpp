#include "account/AddUserDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "ui_AddUserDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <iterator>
#include <stdexcept>

namespace {

// The role of each item of the form's role list, in its order.
constexpr Role kRoles[] = {Role::FrontDesk, Role::Therapist, Role::Manager};

} // namespace

AddUserDialog::AddUserDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::AddUserDialog>())
{
    m_ui->setupUi(this);
    m_password = NewPasswordFields(m_ui->passwordEdit, m_ui->confirmEdit);
    for (int i = 0; i < m_ui->roleCombo->count() && i < int(std::size(kRoles)); ++i) {
        m_ui->roleCombo->setItemData(i, int(kRoles[i]));
    }
    m_ui->rulesLabel->setText(access_messages::userNameRules() + QLatin1Char('\n') +
                              access_messages::passwordRules() + QLatin1Char('\n') +
                              tr("Hand the password over in person; the user can change "
                                 "it from Account > Change password."));
    // Designer gives a button box its standard buttons only.
    m_ui->buttons->addButton(m_ui->addButton, QDialogButtonBox::AcceptRole);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_ui->nameEdit->setFocus();
}

AddUserDialog::~AddUserDialog() = default;

QLineEdit* AddUserDialog::nameEdit() const
{
    return m_ui->nameEdit;
}

QComboBox* AddUserDialog::roleCombo() const
{
    return m_ui->roleCombo;
}

QString AddUserDialog::errorText() const
{
    return m_ui->alertBanner->text();
}

void AddUserDialog::accept()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (const auto problem = UserAccounts::problemWithName(name)) {
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error,
                                       access_messages::sentence(std::runtime_error(*problem)));
        m_ui->nameEdit->setFocus();
        return;
    }
    if (!m_password.acceptable(*m_ui->alertBanner)) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session.staff().addUser(name, Role(m_ui->roleCombo->currentData().toInt()),
                                  m_password.text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, access_messages::sentence(error));
        return;
    }
    m_password.clear();
    QDialog::accept();
}
