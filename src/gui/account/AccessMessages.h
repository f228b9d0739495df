#pragma once

#include "security/PasswordHasher.h"
#include "security/Role.h"

#include <QString>
#include <exception>

class QWidget;

// The words the account dialogs and pages use for what the core refused.
namespace access_messages {

// The core's message as a sentence: "wrong user name or password" becomes
// "Wrong user name or password."
QString sentence(const std::exception& error);

// A message box for a refusal (AccessError) or a failure (StorageError);
// nothing was changed, and the box says so.
void showRefusal(QWidget* parent, const std::exception& error);

// "Front desk", "Therapist", "Manager".
QString roleLabel(Role role);

// What a new password and a new user name must be, for the dialogs that ask.
QString passwordRules();
QString userNameRules();

// What is wrong with a new password and its confirmation, or nothing.
QString
problemWithNewPassword(const QString& password, const QString& confirmation,
                       PasswordHasher::SecretKind kind = PasswordHasher::SecretKind::Password);

} // namespace access_messages
