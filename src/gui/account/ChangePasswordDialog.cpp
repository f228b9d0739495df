#include "account/ChangePasswordDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session),
      m_new(this, tr("&New password:"), tr("&Confirm new password:"), tr("New password"))
{
    setWindowTitle(tr("Change your password"));
    auto* who =
        new QLabel(tr("Signed in as <b>%1</b>.").arg(session.user().name.toHtmlEscaped()), this);

    m_current = NewPasswordFields::secretEdit(this, tr("Current password"));
    auto* currentLabel = new QLabel(tr("C&urrent password:"), this);
    currentLabel->setBuddy(m_current);
    auto* rules = new QLabel(access_messages::passwordRules(), this);
    rules->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(currentLabel, m_current);
    m_new.addRows(*form);
    form->addRow(QString(), rules);
    m_error = new AlertBanner(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* change = buttons->addButton(tr("C&hange password"), QDialogButtonBox::AcceptRole);
    change->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_new.placeAfterInTabOrder(m_current);
    m_current->setFocus();
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->text();
}

void ChangePasswordDialog::accept()
{
    if (m_current->text().isEmpty()) {
        m_error->showMessage(AlertBanner::Kind::Error, tr("Type your current password."));
        m_current->setFocus();
        return;
    }
    if (!m_new.acceptable(*m_error)) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session.staff().changeOwnPassword(m_current->text(), m_new.text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_error->showMessage(AlertBanner::Kind::Error, access_messages::sentence(error));
        const auto* access = dynamic_cast<const AccessError*>(&error);
        if (access && access->kind() == AccessError::Kind::WrongCredentials) {
            m_current->clear();
            m_current->setFocus();
        }
        return;
    }
    m_current->clear();
    m_new.clear();
    QDialog::accept();
}
