#include "security/PasswordHasher.h"

#include <sodium.h>
#include <stdexcept>

namespace {

void initialiseSodium()
{
    if (sodium_init() < 0) {
        throw std::runtime_error("the cryptography library (libsodium) could not start");
    }
}

} // namespace

PasswordHasher::PasswordHasher(Cost cost) : m_cost(cost)
{
    initialiseSodium();
}

std::string PasswordHasher::hash(const QString& password) const
{
    QByteArray utf8 = password.toUtf8();
    char stored[crypto_pwhash_STRBYTES];
    const bool minimal = m_cost == Cost::Minimal;
    const int result = crypto_pwhash_str(
        stored, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
        minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
        minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE);
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
    QByteArray utf8 = password.toUtf8();
    const bool matches =
        crypto_pwhash_str_verify(storedHash.c_str(), utf8.constData(),
                                 static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return matches;
}

std::optional<std::string> PasswordHasher::problemWith(const QString& password)
{
    if (password.size() < kMinimumLength) {
        return "a password needs at least " + std::to_string(kMinimumLength) + " characters";
    }
    if (password.size() > kMaximumLength) {
        return "a password can have at most " + std::to_string(kMaximumLength) + " characters";
    }
    if (password.trimmed().isEmpty()) {
        return "a password cannot be only spaces";
    }
    return std::nullopt;
}
