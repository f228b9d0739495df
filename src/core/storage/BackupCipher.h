#pragma once

#include <QString>
#include <cstdint>

class QIODevice;

// Backups sealed with a passphrase: Argon2id (libsodium's crypto_pwhash)
// turns the passphrase and a random salt into a key, and libsodium's
// secretstream (XChaCha20-Poly1305) encrypts and authenticates the file in
// chunks of 64 KiB, so a backup of any size streams through a small buffer.
//
// File layout (integers big-endian), version 1:
//   offset size
//        0    8  magic "CIBACKUP"
//        8    1  format version (1)
//        9    8  Argon2id opslimit
//       17    8  Argon2id memlimit, in bytes
//       25    4  plaintext bytes per chunk (65536)
//       29   16  salt
//       45   24  secretstream header
//       69       chunks of 65536 + 17 bytes each (secretstream adds a tag
//                byte and a 16-byte MAC), the 69 header bytes as additional
//                data of every one. Full chunks of the plaintext are
//                TAG_MESSAGE; the rest (0 to 65535 bytes) is padded to a full
//                chunk (ISO/IEC 7816-4, sodium_pad) and is the one TAG_FINAL
//                chunk. Every chunk has the same length, so a file cut short
//                or with bytes after its end is told exactly; the size of the
//                file gives away the database's only to the next 64 KiB.
// Encrypted size: 69 + (plaintext / 65536 + 1) * 65553 bytes.
// The cost is in the file so that it can be raised later; files whose cost
// is out of bounds (memlimit over 1 GiB, opslimit over 16, chunks over
// 16 MiB) are refused before any memory is set aside for them.
//
// Failures throw StorageError: Corrupt for a damaged, cut short, extended or
// altered file and for a wrong passphrase. These two cannot be told apart:
// a wrong key and a damaged first chunk fail the same authentication (the
// messages say so); damage after the first chunk is reported as damage.
class BackupCipher
{
public:
    // How costly deriving the key is, for whoever holds the file and guesses passphrases.
    struct KeyCost
    {
        std::uint64_t opsLimit = 0;
        std::uint64_t memLimit = 0; // bytes

        // crypto_pwhash_*_MODERATE: 3 passes over 256 MiB (about a second).
        // What backups use: a backup can end up on a lost USB stick, where
        // it can be attacked offline for as long as someone likes.
        static KeyCost strong();
        // crypto_pwhash_*_INTERACTIVE: 2 passes over 64 MiB.
        static KeyCost interactive();
        // crypto_pwhash_*_MIN: no protection at all against guessing; tests only.
        static KeyCost minimal();
    };

    static constexpr int kChunkSize = 64 * 1024;
    static constexpr std::uint64_t kMaxMemLimit = std::uint64_t(1) << 30; // 1 GiB
    static constexpr std::uint64_t kMaxOpsLimit = 16;

    // Throws StorageError (Invalid) when the cost is out of the bounds above.
    explicit BackupCipher(KeyCost cost = KeyCost::strong());

    const KeyCost& cost() const { return m_cost; }

    // Encrypts SOURCE into DESTINATION, which must not exist: written under a
    // temporary name beside it (owner-only, 0600) and renamed when complete.
    // The passphrase must not be empty; it is used as NFC-normalised UTF-8,
    // so that it is the same however the keyboard composed its accents.
    void encryptFile(const QString& source, const QString& destination,
                     const QString& passphrase) const;
    // Decrypts SOURCE into DESTINATION (must not exist; owner-only, written
    // under a temporary name and renamed only once everything is authenticated).
    static void decryptFile(const QString& source, const QString& destination,
                            const QString& passphrase);

    // The same between open devices. decrypt() writes each chunk as it
    // authenticates it: when it throws, what it wrote is incomplete and
    // must be thrown away.
    void encrypt(QIODevice& plain, QIODevice& sealed, const QString& passphrase) const;
    static void decrypt(QIODevice& sealed, QIODevice& plain, const QString& passphrase);

    // Throws StorageError (Invalid, "passphrase: ...") for a passphrase of
    // more than text_rules::kMaxPassphraseLength characters; encrypt() calls it.
    static void requireAcceptablePassphrase(const QString& passphrase);

    // Whether the file starts with the magic of an encrypted backup (it says
    // nothing about whether the rest is intact).
    static bool isEncryptedBackup(const QString& path);

private:
    KeyCost m_cost;
};
