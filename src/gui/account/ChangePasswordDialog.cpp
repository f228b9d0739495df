#include "account/ChangePasswordDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "ui_ChangePasswordDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

ChangePasswordDialog::ChangePasswordDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::ChangePasswordDialog>())
{
    m_ui->setupUi(this);
    NewPasswordFields::makeSecret(m_ui->currentEdit);
    m_new = NewPasswordFields(m_ui->newEdit, m_ui->confirmEdit);
    m_ui->whoLabel->setText(m_ui->whoLabel->text().arg(session.user().name.toHtmlEscaped()));
    m_ui->rulesLabel->setText(access_messages::passwordRules());
    // Designer gives a button box its standard buttons only.
    m_ui->buttons->addButton(m_ui->changeButton, QDialogButtonBox::AcceptRole);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_ui->currentEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QLineEdit* ChangePasswordDialog::currentEdit() const
{
    return m_ui->currentEdit;
}

QString ChangePasswordDialog::errorText() const
{
    return m_ui->alertBanner->text();
}

void ChangePasswordDialog::accept()
{
    if (m_ui->currentEdit->text().isEmpty()) {
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, tr("Type your current password."));
        m_ui->currentEdit->setFocus();
        return;
    }
    if (!m_new.acceptable(*m_ui->alertBanner)) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session.staff().changeOwnPassword(m_ui->currentEdit->text(), m_new.text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, access_messages::sentence(error));
        const auto* access = dynamic_cast<const AccessError*>(&error);
        if (access && access->kind() == AccessError::Kind::WrongCredentials) {
            m_ui->currentEdit->clear();
            m_ui->currentEdit->setFocus();
        }
        return;
    }
    m_ui->currentEdit->clear();
    m_new.clear();
    QDialog::accept();
}
