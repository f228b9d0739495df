#include "account/FirstRunDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/UserAccounts.h"
#include "storage/AuditLog.h"
#include "ui_FirstRunDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <stdexcept>

FirstRunDialog::FirstRunDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
    m_password = NewPasswordFields(m_ui->passwordEdit, m_ui->confirmEdit);
    m_ui->intro->setText(m_ui->intro->text().arg(session.displayLocation().toHtmlEscaped()));
    m_ui->rulesLabel->setText(access_messages::userNameRules() + QLatin1Char('\n') +
                              access_messages::passwordRules());
    // Designer gives a button box its standard buttons only.
    m_ui->buttons->addButton(m_ui->createButton, QDialogButtonBox::AcceptRole);
    m_ui->buttons->addButton(m_ui->quitButton, QDialogButtonBox::RejectRole);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_ui->nameEdit->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

QLineEdit* FirstRunDialog::nameEdit() const
{
    return m_ui->nameEdit;
}

QString FirstRunDialog::errorText() const
{
    return m_ui->alertBanner->text();
}

void FirstRunDialog::accept()
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
        // Whoever is logged in to the computer created the account.
        m_session.accounts().createFirstManager(name, m_password.text(), AuditLog::defaultActor());
        // Signed in at once, as a sign-in (audited) rather than by being let in.
        m_user = m_session.accounts().signIn(name, m_password.text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, access_messages::sentence(error));
        return;
    }
    m_password.clear();
    QDialog::accept();
}
