#include "account/FirstRunDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/UserAccounts.h"
#include "storage/AuditLog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <stdexcept>

FirstRunDialog::FirstRunDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session),
      m_password(this, tr("&Password:"), tr("&Confirm password:"), tr("Password"))
{
    setWindowTitle(tr("New database — Clinic Intake"));

    auto* intro = new QLabel(
        tr("<h2>Create the manager's account</h2>"
           "<p>This database has no user accounts yet:</p><p><b>%1</b></p>"
           "<p>Its first account is the clinic manager's. The manager then adds the front "
           "desk and the therapists (Account &gt; Users).</p>")
            .arg(session.displayLocation().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Manager's user name"));
    m_name->setMaxLength(64);

    auto* nameLabel = new QLabel(tr("&User name:"), this);
    nameLabel->setBuddy(m_name);
    auto* rules = new QLabel(access_messages::userNameRules() + QLatin1Char('\n') +
                                 access_messages::passwordRules(),
                             this);
    rules->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(nameLabel, m_name);
    m_password.addRows(*form);
    form->addRow(QString(), rules);

    m_error = new AlertBanner(this);

    auto* buttons = new QDialogButtonBox(this);
    auto* create = buttons->addButton(tr("C&reate and sign in"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    m_password.placeAfterInTabOrder(m_name);
    m_name->setFocus();
}

QString FirstRunDialog::errorText() const
{
    return m_error->text();
}

void FirstRunDialog::accept()
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
        // Whoever is logged in to the computer created the account.
        m_session.accounts().createFirstManager(name, m_password.text(), AuditLog::defaultActor());
        // Signed in at once, as a sign-in (audited) rather than by being let in.
        m_user = m_session.accounts().signIn(name, m_password.text());
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_error->showMessage(AlertBanner::Kind::Error, access_messages::sentence(error));
        return;
    }
    m_password.clear();
    QDialog::accept();
}
