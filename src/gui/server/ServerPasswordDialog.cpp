#include "server/ServerPasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ServerPasswordDialog::ServerPasswordDialog(const QString& where, const QString& reason,
                                           bool keyringAvailable, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Clinic server password — Clinic Intake"));
    auto* intro = new QLabel(
        tr("The clinic's records are on the server:<br><b>%1</b>").arg(where.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reason = new QLabel(reason, this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setVisible(!reason.isEmpty());
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Server password"));
    auto* passwordLabel = new QLabel(tr("Server &password:"), this);
    passwordLabel->setBuddy(m_password);

    m_remember = new QCheckBox(tr("&Remember on this computer"), this);
    auto* keyringNote = new QLabel(this);
    keyringNote->setWordWrap(true);
    if (keyringAvailable) {
        m_remember->setChecked(true);
        keyringNote->setText(tr("Kept in this computer's keyring, never in a settings file."));
    } else {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        keyringNote->setText(tr("This computer has no keyring, so Clinic Intake cannot remember "
                                "the password: it asks for it at every start."));
    }
    keyringNote->setObjectName(QStringLiteral("keyringNote"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), keyringNote);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

bool ServerPasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}
