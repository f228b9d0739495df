#pragma once

#include "security/PasswordHasher.h"

#include <QString>
#include <functional>
#include <memory>

class ClinicSession;
class Clock;
class PasswordKeyring;
class QWidget;

// Opens the clinic's records at start, as the desktop does: a file at once;
// a server with the password from the keyring, else asked for
// (ServerPasswordDialog, "remember on this computer"); a password the server
// refuses is asked for again with the reason in plain words, and a
// remembered one that no longer works is asked for too. A password is kept
// only in the keyring, and only when asked to.
//
// Returns null when the user cancelled. Throws StorageError (PostgresError
// for a server) for everything else that keeps the records from opening.
std::unique_ptr<ClinicSession>
openDesktopSession(const QString& location, PasswordKeyring& keyring,
                   const std::function<std::unique_ptr<Clock>()>& makeClock,
                   PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive,
                   QWidget* parent = nullptr);
