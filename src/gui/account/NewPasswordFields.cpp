#include "account/NewPasswordFields.h"

#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "security/PasswordHasher.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

NewPasswordFields::NewPasswordFields(QWidget* parent, const QString& label,
                                     const QString& confirmLabel, const QString& accessibleName,
                                     Kind kind)
    : m_kind(kind), m_edit(secretEdit(parent, accessibleName)),
      m_confirm(secretEdit(
          parent,
          QCoreApplication::translate("NewPasswordFields", "%1 again").arg(accessibleName))),
      m_label(new QLabel(label, parent)), m_confirmLabel(new QLabel(confirmLabel, parent))
{
    m_label->setBuddy(m_edit);
    m_confirmLabel->setBuddy(m_confirm);
}

void NewPasswordFields::addRows(QFormLayout& form) const
{
    form.addRow(m_label, m_edit);
    form.addRow(m_confirmLabel, m_confirm);
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

void NewPasswordFields::placeAfterInTabOrder(QWidget* previous) const
{
    QWidget::setTabOrder(previous, m_edit);
    QWidget::setTabOrder(m_edit, m_confirm);
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

QLineEdit* NewPasswordFields::secretEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(PasswordHasher::kMaximumLength);
    return edit;
}
