#include "account/SignInDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "account/NewPasswordFields.h"
#include "common/AlertBanner.h"
#include "security/AccessError.h"
#include "security/UserAccounts.h"
#include "storage/StorageError.h"
#include "ui_SignInDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>

SignInDialog::SignInDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    NewPasswordFields::makeSecret(m_ui->passwordEdit);
    m_ui->databaseLabel->setText(m_ui->databaseLabel->text().arg(session.displayLocation()));
    // Designer gives a button box its standard buttons only.
    m_ui->buttons->addButton(m_ui->signInButton, QDialogButtonBox::AcceptRole);
    m_ui->buttons->addButton(m_ui->quitButton, QDialogButtonBox::RejectRole);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_ui->nameEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

QLineEdit* SignInDialog::nameEdit() const
{
    return m_ui->nameEdit;
}

QLineEdit* SignInDialog::passwordEdit() const
{
    return m_ui->passwordEdit;
}

QPushButton* SignInDialog::signInButton() const
{
    return m_ui->signInButton;
}

QString SignInDialog::errorText() const
{
    return m_ui->alertBanner->text();
}

void SignInDialog::accept()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, tr("Type your user name."));
        m_ui->nameEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, tr("Type your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    // Checking a password takes a noticeable moment (Argon2id), on purpose.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_user = m_session.accounts().signIn(name, m_ui->passwordEdit->text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        const auto* access = dynamic_cast<const AccessError*>(&error);
        QString message = access_messages::sentence(error);
        if (access && access->kind() == AccessError::Kind::WrongCredentials) {
            message += QLatin1Char(' ') + tr("Check the user name, and whether Caps Lock is on.");
        } else if (!access) {
            message = tr("The sign-in could not be checked: %1").arg(message);
        }
        m_ui->alertBanner->showMessage(AlertBanner::Kind::Error, message);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_ui->passwordEdit->clear();
    m_ui->alertBanner->clear();
    QDialog::accept();
}
