#pragma once

#include "security/PasswordHasher.h"

#include <QString>
#include <functional>
#include <memory>

class AppSettings;
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
// A server is first reached on a thread of its own (the window is not
// frozen while the network decides), then opened on the calling thread.
//
// Returns null when the user cancelled. Throws StorageError (PostgresError
// for a server) for everything else that keeps the records from opening.
std::unique_ptr<ClinicSession>
openDesktopSession(const QString& location, PasswordKeyring& keyring,
                   const std::function<std::unique_ptr<Clock>()>& makeClock,
                   PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive,
                   QWidget* parent = nullptr);

// What the desktop does at start: openDesktopSession at `location`; when
// the records cannot be opened (a server that does not answer, a wrong
// address), a message in words to pass on (openingProblemText) with Try
// again, Settings… (SettingsDialog before sign-in: where the records are)
// and Quit. After Settings the location kept there is tried. A location
// changed this way is written to the audit log of the records that then
// open. Returns null when the user quit.
std::unique_ptr<ClinicSession>
startDesktopSession(QString location, AppSettings& settings, PasswordKeyring& keyring,
                    const std::function<std::unique_ptr<Clock>()>& makeClock,
                    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive);

// The start's message for records that could not be opened at `location`
// because of `problem` (the storage's own plain words).
QString openingProblemText(const QString& location, const QString& problem);
