#include "account/NewPasswordFields.h"

#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/PasswordHasher.h"

#include <QLineEdit>

NewPasswordFields::NewPasswordFields(QLineEdit* edit, QLineEdit* confirm, Kind kind)
    : m_kind(kind), m_edit(edit), m_confirm(confirm)
{
    makeSecret(m_edit);
    makeSecret(m_confirm);
}

QString NewPasswordFields::text() const
{
    return m_edit->text();
}

void NewPasswordFields::setEnabled(bool enabled) const
{
    m_edit->setEnabled(enabled);
    m_confirm->setEnabled(enabled);
}

void NewPasswordFields::clear() const
{
    m_edit->clear();
    m_confirm->clear();
}

bool NewPasswordFields::acceptable(AlertBanner& error) const
{
    const QString problem = access_messages::problemWithNewPassword(
        m_edit->text(), m_confirm->text(),
        m_kind == Kind::Passphrase ? PasswordHasher::SecretKind::Passphrase
                                   : PasswordHasher::SecretKind::Password);
    if (problem.isEmpty()) {
        return true;
    }
    error.showMessage(AlertBanner::Kind::Error, problem);
    m_confirm->clear();
    m_edit->setFocus();
    m_edit->selectAll();
    return false;
}

void NewPasswordFields::makeSecret(QLineEdit* edit)
{
    // The form says Password too; the limit is the core's.
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(PasswordHasher::kMaximumLength);
}
