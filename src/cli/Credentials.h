#pragma once

#include <QString>
#include <optional>
#include <string>

// Where the command-line tool gets passwords: from an environment variable
// (for scripts), or typed at the terminal with echo off. Never from an
// option, where `ps` and the shell history would show it.
namespace credentials {

inline constexpr const char* kPasswordVariable = "CLINIC_INTAKE_PASSWORD";
inline constexpr const char* kNewPasswordVariable = "CLINIC_INTAKE_NEW_PASSWORD";
inline constexpr const char* kBackupPassphraseVariable = "CLINIC_INTAKE_BACKUP_PASSPHRASE";

// The variable's value, or the answer typed at the terminal after `prompt`;
// nothing when the variable is unset and there is no terminal.
std::optional<QString> secret(const char* variable, const std::string& prompt);

// A new secret: the variable's value, or typed twice at the terminal (the two
// must match). Throws AccessError BadPassword when neither is possible or the
// two differ.
QString newSecret(const char* variable, const std::string& prompt);

} // namespace credentials
