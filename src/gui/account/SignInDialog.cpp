#include "account/SignInDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "account/NewPasswordFields.h"
#include "common/AlertBanner.h"
#include "security/AccessError.h"
#include "security/UserAccounts.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Sign in — Clinic Intake"));

    auto* heading = new QLabel(tr("<h2>Clinic Intake</h2>"), this);
    auto* database = new QLabel(tr("Database: %1").arg(session.displayLocation()), this);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    database->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("User name"));
    m_name->setMaxLength(64);
    m_password = NewPasswordFields::secretEdit(this, tr("Password"));

    auto* nameLabel = new QLabel(tr("&User name:"), this);
    nameLabel->setBuddy(m_name);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    auto* form = new QFormLayout;
    form->addRow(nameLabel, m_name);
    form->addRow(passwordLabel, m_password);

    m_error = new AlertBanner(this);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    auto* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setAccessibleName(tr("Quit Clinic Intake"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(database);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    setTabOrder(m_name, m_password);
    setTabOrder(m_password, m_signIn);
    setTabOrder(m_signIn, quit);
    m_name->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->text();
}

void SignInDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_error->showMessage(AlertBanner::Kind::Error, tr("Type your user name."));
        m_name->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_error->showMessage(AlertBanner::Kind::Error, tr("Type your password."));
        m_password->setFocus();
        return;
    }
    // Checking a password takes a noticeable moment (Argon2id), on purpose.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_user = m_session.accounts().signIn(name, m_password->text());
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
        m_error->showMessage(AlertBanner::Kind::Error, message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    m_error->clear();
    QDialog::accept();
}
