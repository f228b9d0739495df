#include "account/ResetPasswordDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/StaffSession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ResetPasswordDialog::ResetPasswordDialog(ClinicSession& session, const QString& userName,
                                         QWidget* parent)
    : QDialog(parent), m_session(session), m_userName(userName)
{
    setWindowTitle(tr("Reset the password of %1").arg(userName));
    auto* intro = new QLabel(tr("A new password for <b>%1</b>. Their old password stops working "
                                "and any lockout is lifted.")
                                 .arg(userName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    m_password->setMaxLength(256);
    m_confirm = new QLineEdit(this);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("New password again"));
    m_confirm->setMaxLength(256);
    auto* passwordLabel = new QLabel(tr("&New password:"), this);
    passwordLabel->setBuddy(m_password);
    auto* confirmLabel = new QLabel(tr("&Confirm password:"), this);
    confirmLabel->setBuddy(m_confirm);
    auto* rules = new QLabel(access_messages::passwordRules(), this);
    rules->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(passwordLabel, m_password);
    form->addRow(confirmLabel, m_confirm);
    form->addRow(QString(), rules);
    m_error = new AlertBanner(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* reset = buttons->addButton(tr("&Reset password"), QDialogButtonBox::AcceptRole);
    reset->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    setTabOrder(m_password, m_confirm);
    m_password->setFocus();
}

QString ResetPasswordDialog::errorText() const
{
    return m_error->text();
}

void ResetPasswordDialog::accept()
{
    const QString problem =
        access_messages::problemWithNewPassword(m_password->text(), m_confirm->text());
    if (!problem.isEmpty()) {
        m_error->showMessage(AlertBanner::Kind::Error, problem);
        m_confirm->clear();
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session.staff().resetPassword(m_userName, m_password->text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_error->showMessage(AlertBanner::Kind::Error, access_messages::sentence(error));
        return;
    }
    m_password->clear();
    m_confirm->clear();
    QDialog::accept();
}
