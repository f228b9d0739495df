#include "account/ResetPasswordDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/StaffSession.h"
#include "ui_ResetPasswordDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

ResetPasswordDialog::ResetPasswordDialog(ClinicSession& session, const QString& userName,
                                         QWidget* parent)
    : QDialog(parent), m_session(session), m_userName(userName),
      m_ui(std::make_unique<Ui::ResetPasswordDialog>())
{
    m_ui->setupUi(this);
    m_password = NewPasswordFields(m_ui->passwordEdit, m_ui->confirmEdit);
    setWindowTitle(windowTitle().arg(userName));
    m_ui->intro->setText(m_ui->intro->text().arg(userName.toHtmlEscaped()));
    m_ui->rulesLabel->setText(access_messages::passwordRules());
    // Designer gives a button box its standard buttons only.
    m_ui->buttons->addButton(m_ui->resetButton, QDialogButtonBox::AcceptRole);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_ui->passwordEdit->setFocus();
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

QString ResetPasswordDialog::errorText() const
{
    return m_ui->alertBanner->text();
}

void ResetPasswordDialog::accept()
{
    if (!m_password.acceptable(*m_ui->alertBanner)) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session.staff().resetPassword(m_userName, m_password.text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, access_messages::sentence(error));
        return;
    }
    m_password.clear();
    QDialog::accept();
}
