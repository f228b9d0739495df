#include "security/PasswordHasher.h"

#include <QCoreApplication>
#include <cstring>
#include <sodium.h>
#include <stdexcept>

namespace {

void initialiseSodium()
{
    if (sodium_init() < 0) {
        throw std::runtime_error("the cryptography library (libsodium) could not start");
    }
}

unsigned long long opsLimit(PasswordHasher::Cost cost)
{
    return cost == PasswordHasher::Cost::Minimal ? crypto_pwhash_OPSLIMIT_MIN
                                                 : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

std::size_t memLimit(PasswordHasher::Cost cost)
{
    return cost == PasswordHasher::Cost::Minimal ? crypto_pwhash_MEMLIMIT_MIN
                                                 : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

bool verifyBytes(const std::string& storedHash, const QString& password)
{
    QByteArray utf8 = password.toUtf8();
    const bool matches =
        crypto_pwhash_str_verify(storedHash.c_str(), utf8.constData(),
                                 static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return matches;
}

} // namespace

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost)
{
    initialiseSodium();
}

std::string PasswordHasher::hash(const QString& password) const
{
    QByteArray utf8 = password.normalized(QString::NormalizationForm_C).toUtf8();
    char stored[crypto_pwhash_STRBYTES];
    const int result =
        crypto_pwhash_str(stored, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          opsLimit(m_cost), memLimit(m_cost));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    if (result != 0) {
        throw std::runtime_error("hashing the password failed (out of memory)");
    }
    return std::string(stored);
}

bool PasswordHasher::verify(const std::string& storedHash, const QString& password)
{
    initialiseSodium();
    if (storedHash.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    const QString normalised = password.normalized(QString::NormalizationForm_C);
    if (verifyBytes(storedHash, normalised)) {
        return true;
    }
    // A hash made before passwords were normalised, from a password typed
    // in another form, still verifies as typed.
    return normalised != password && verifyBytes(storedHash, password);
}

std::string PasswordHasher::unmatchableHash() const
{
    initialiseSodium();
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char digest[32];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(digest, sizeof digest);
    const auto base64 = [](const unsigned char* bytes, std::size_t size) {
        std::string text(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL_NO_PADDING),
                         '\0');
        sodium_bin2base64(text.data(), text.size(), bytes, size,
                          sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
        text.resize(std::strlen(text.c_str()));
        return text;
    };
    // libsodium's own format: memory in KiB, passes, one lane.
    return "$argon2id$v=19$m=" + std::to_string(memLimit(m_cost) / 1024) +
           ",t=" + std::to_string(opsLimit(m_cost)) + ",p=1$" + base64(salt, sizeof salt) + "$" +
           base64(digest, sizeof digest);
}

std::optional<std::string> PasswordHasher::problemWith(const QString& password, SecretKind kind)
{
    const bool passphrase = kind == SecretKind::Passphrase;
    if (password.size() < kMinimumLength) {
        return (passphrase ? QCoreApplication::translate(
                                 "PasswordHasher", "a passphrase needs at least %1 characters")
                           : QCoreApplication::translate("PasswordHasher",
                                                         "a password needs at least %1 characters"))
            .arg(kMinimumLength)
            .toStdString();
    }
    if (password.size() > kMaximumLength) {
        return (passphrase ? QCoreApplication::translate(
                                 "PasswordHasher", "a passphrase can have at most %1 characters")
                           : QCoreApplication::translate(
                                 "PasswordHasher", "a password can have at most %1 characters"))
            .arg(kMaximumLength)
            .toStdString();
    }
    if (password.trimmed().isEmpty()) {
        return (passphrase ? QCoreApplication::translate("PasswordHasher",
                                                         "a passphrase cannot be only spaces")
                           : QCoreApplication::translate("PasswordHasher",
                                                         "a password cannot be only spaces"))
            .toStdString();
    }
    return std::nullopt;
}
