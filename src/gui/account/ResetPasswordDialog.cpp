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
    : QDialog(parent), m_session(session), m_userName(userName),
      m_password(this, tr("&New password:"), tr("&Confirm password:"), tr("New password"))
{
    setWindowTitle(tr("Reset the password of %1").arg(userName));
    auto* intro = new QLabel(tr("A new password for <b>%1</b>. Their old password stops working "
                                "and any lockout is lifted.")
                                 .arg(userName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto* rules = new QLabel(access_messages::passwordRules(), this);
    rules->setWordWrap(true);

    auto* form = new QFormLayout;
    m_password.addRows(*form);
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
    m_password.edit()->setFocus();
}

QString ResetPasswordDialog::errorText() const
{
    return m_error->text();
}

void ResetPasswordDialog::accept()
{
    if (!m_password.acceptable(*m_error)) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session.staff().resetPassword(m_userName, m_password.text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_error->showMessage(AlertBanner::Kind::Error, access_messages::sentence(error));
        return;
    }
    m_password.clear();
    QDialog::accept();
}
