#pragma once

#include <QString>
#include <memory>

// Where the desktop keeps the clinic server's password: the desktop's
// keyring (QtKeychain), never the settings file. An interface, so that the
// GUI flow tests can stand in a keyring of their own; the real one is
// QtKeychainPasswords.
class PasswordKeyring
{
public:
    enum class Outcome
    {
        Done,        // read (password set), written or removed
        NotFound,    // nothing kept for this key
        Unavailable, // no keyring on this computer (or it did not answer)
        Failed,      // the keyring refused (error says why)
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString password;
        QString error; // the keyring's own words, for a message
    };

    virtual ~PasswordKeyring() = default;
    // Each call returns once the keyring has answered or given up: it may
    // run the event loop meanwhile, never longer than the implementation's
    // time limit.
    virtual Result read(const QString& key) = 0;
    virtual Result write(const QString& key, const QString& password) = 0;
    virtual Result remove(const QString& key) = 0;
};

// The desktop's keyring through QtKeychain (Secret Service or KWallet on
// Linux, the Keychain on macOS, the Credential Store on Windows), with no
// plain-text fallback: where there is no keyring, the password is not kept.
class QtKeychainPasswords final : public PasswordKeyring
{
public:
    // A keyring that has not answered within `timeoutMs` counts as
    // unavailable (a locked wallet waiting for a prompt nobody sees).
    explicit QtKeychainPasswords(int timeoutMs = 15000);

    Result read(const QString& key) override;
    Result write(const QString& key, const QString& password) override;
    Result remove(const QString& key) override;

private:
    int m_timeoutMs;
};

// The keyring the desktop uses: QtKeychainPasswords unless a test put
// another in its place.
PasswordKeyring& desktopKeyring();
void setDesktopKeyring(std::unique_ptr<PasswordKeyring> keyring);

// The keyring entry of a server location: the URI without its TLS options,
// so one password serves the same user on the same database.
QString keyringKey(const QString& serverLocation);
