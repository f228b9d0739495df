#pragma once

#include <QString>
#include <optional>
#include <string>

// Argon2id password hashes through libsodium (crypto_pwhash_str). The hash
// string carries its own salt and cost, so a stored hash verifies whatever
// cost it was made with. Passwords are hashed in Unicode normal form C, so
// the same password typed on another keyboard matches.
class PasswordHasher
{
public:
    enum class Cost
    {
        Interactive, // libsodium's interactive limits: 64 MiB, about 0.1-0.3 s here
        Minimal,     // libsodium's minimum limits; for tests only
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    // Throws std::runtime_error when the hash cannot be computed (out of memory).
    std::string hash(const QString& password) const;
    static bool verify(const std::string& storedHash, const QString& password);
    // A well-formed hash string of this cost that no password matches, made
    // without hashing (a random salt and digest): checking a password against
    // it takes as long as against a real account's hash, so a sign-in with an
    // unknown name is no faster, even in a new process.
    std::string unmatchableHash() const;

    // What is wrong with a new password, or nothing: at least 8 characters,
    // at most 256 (a longer one is a paste accident, and costs time to hash).
    // What the secret is for, so that the message names it: a staff
    // member's password, or the passphrase of an encrypted backup (the same
    // rule of length for both).
    enum class SecretKind
    {
        Password,
        Passphrase,
    };
    static std::optional<std::string> problemWith(const QString& password,
                                                  SecretKind kind = SecretKind::Password);

    static constexpr int kMinimumLength = 8;
    static constexpr int kMaximumLength = 256;

private:
    Cost m_cost;
};
