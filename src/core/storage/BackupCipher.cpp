#include "storage/BackupCipher.h"

#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "util/TextRules.h"
#include "util/Translated.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <array>
#include <sodium.h>
#include <string>

namespace {

using Stream = crypto_secretstream_xchacha20poly1305_state;

constexpr char kMagic[8] = {'C', 'I', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr std::uint8_t kFormatVersion = 1;
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kHeaderBytes = 8 + 1 + 8 + 8 + 4 + kSaltBytes + kStreamHeaderBytes; // 69
constexpr int kAddedBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr std::uint32_t kMinChunk = 1;
constexpr std::uint32_t kMaxChunk = 16u << 20;

static_assert(kSaltBytes == 16 && kStreamHeaderBytes == 24 && kHeaderBytes == 69,
              "the file layout documented in BackupCipher.h");
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == 32, "a 256-bit key");

StorageError corrupt(const std::string& message)
{
    return StorageError(StorageError::Kind::Corrupt, message);
}

StorageError wrongOrDamaged()
{
    return corrupt(translated::fill(QCoreApplication::translate(
        "BackupCipher", "the backup is damaged or the passphrase is wrong (the two cannot be told "
                        "apart: check the passphrase first)")));
}

void ensureSodium()
{
    if (sodium_init() < 0) {
        throw StorageError(StorageError::Kind::Other,
                           translated::fill(QCoreApplication::translate(
                               "BackupCipher", "the encryption library cannot start")));
    }
}

// Secrets that are wiped when they go out of scope, on every path.
struct Key
{
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> bytes{};
    Key() = default;
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    ~Key() { sodium_memzero(bytes.data(), bytes.size()); }
};

struct StreamState
{
    Stream state{};
    StreamState() = default;
    StreamState(const StreamState&) = delete;
    StreamState& operator=(const StreamState&) = delete;
    ~StreamState() { sodium_memzero(&state, sizeof state); }
};

// A buffer of plaintext, wiped when done with.
struct WipedBuffer
{
    QByteArray bytes;
    explicit WipedBuffer(qsizetype size) : bytes(size, Qt::Uninitialized) {}
    WipedBuffer(const WipedBuffer&) = delete;
    WipedBuffer& operator=(const WipedBuffer&) = delete;
    ~WipedBuffer() { sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size())); }
};

bool costInBounds(std::uint64_t opsLimit, std::uint64_t memLimit)
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= BackupCipher::kMaxOpsLimit &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= BackupCipher::kMaxMemLimit;
}

void deriveKey(Key& key, const QString& passphrase, const unsigned char* salt,
               std::uint64_t opsLimit, std::uint64_t memLimit)
{
    if (passphrase.isEmpty()) {
        throw StorageError(StorageError::Kind::Invalid,
                           translated::fill(QCoreApplication::translate(
                               "BackupCipher", "the backup passphrase is empty")));
    }
    WipedBuffer secret(0);
    secret.bytes = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    if (crypto_pwhash(key.bytes.data(), key.bytes.size(), secret.bytes.constData(),
                      static_cast<unsigned long long>(secret.bytes.size()), salt,
                      static_cast<unsigned long long>(opsLimit), static_cast<size_t>(memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw StorageError(StorageError::Kind::Other,
                           translated::fill(QCoreApplication::translate(
                                                "BackupCipher", "not enough memory to derive the "
                                                                "backup key (it needs %1 MiB)"),
                                            memLimit >> 20));
    }
}

void putBigEndian(QByteArray& out, std::uint64_t value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
        out.append(static_cast<char>((value >> shift) & 0xFF));
    }
}

std::uint64_t getBigEndian(const QByteArray& in, int offset, int bytes)
{
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) {
        value = (value << 8) | static_cast<unsigned char>(in.at(offset + i));
    }
    return value;
}

// Reads until `buffer` is full or the device ends; returns the bytes read.
// `doing` is marked with QT_TRANSLATE_NOOP("StorageDoing", ...).
qint64 readFully(QIODevice& device, char* buffer, qint64 size, const char* doing)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 got = device.read(buffer + total, size - total);
        if (got < 0) {
            throw StorageError(
                StorageError::Kind::Other,
                translated::fill(QCoreApplication::translate("StorageError", "%1 failed: %2"),
                                 translated::doing(doing), device.errorString()));
        }
        if (got == 0) {
            if (!device.waitForReadyRead(-1)) {
                break; // the end (files never wait)
            }
            continue;
        }
        total += got;
    }
    return total;
}

void writeFully(QIODevice& device, const char* data, qint64 size, const char* doing)
{
    if (device.write(data, size) != size) {
        if (auto* file = qobject_cast<QFileDevice*>(&device)) {
            privatefile::throwWriteError(*file, doing);
        }
        throw StorageError(
            StorageError::Kind::Other,
            translated::fill(QCoreApplication::translate("StorageError", "%1 failed: %2"),
                             translated::doing(doing), device.errorString()));
    }
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

void openForReading(QFile& file)
{
    if (!file.open(QIODevice::ReadOnly)) {
        throw StorageError(
            QFileInfo::exists(file.fileName()) ? StorageError::Kind::Other
                                               : StorageError::Kind::NotFound,
            translated::fill(QCoreApplication::translate("BackupCipher", "cannot read %1: %2"),
                             file.fileName(), file.errorString()));
    }
}

} // namespace

BackupCipher::KeyCost BackupCipher::KeyCost::strong()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

BackupCipher::KeyCost BackupCipher::KeyCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

BackupCipher::KeyCost BackupCipher::KeyCost::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

BackupCipher::BackupCipher(KeyCost cost) : m_cost(cost)
{
    ensureSodium();
    if (!costInBounds(cost.opsLimit, cost.memLimit)) {
        throw StorageError(
            StorageError::Kind::Invalid,
            translated::fill(QCoreApplication::translate(
                                 "BackupCipher",
                                 "the backup key cost is out of bounds (opslimit %1, memlimit %2)"),
                             cost.opsLimit, cost.memLimit));
    }
}

void BackupCipher::requireAcceptablePassphrase(const QString& passphrase)
{
    // Bounded like every text typed in; only new backups are held to it, so
    // that any backup made before can still be opened.
    if (const std::size_t length = text_rules::characterCount(passphrase);
        length > text_rules::kMaxPassphraseLength) {
        throw StorageError(
            StorageError::Kind::Invalid,
            "passphrase: " +
                translated::fill(QCoreApplication::translate(
                                     "FieldError", "must be at most %1 characters, got %2"),
                                 text_rules::kMaxPassphraseLength, length));
    }
}

void BackupCipher::encrypt(QIODevice& plain, QIODevice& sealed, const QString& passphrase) const
{
    requireAcceptablePassphrase(passphrase);
    ensureSodium();
    QByteArray header(kMagic, sizeof kMagic);
    header.append(static_cast<char>(kFormatVersion));
    putBigEndian(header, m_cost.opsLimit, 8);
    putBigEndian(header, m_cost.memLimit, 8);
    putBigEndian(header, kChunkSize, 4);
    std::array<unsigned char, kSaltBytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    header.append(reinterpret_cast<const char*>(salt.data()), kSaltBytes);

    Key key;
    deriveKey(key, passphrase, salt.data(), m_cost.opsLimit, m_cost.memLimit);
    StreamState stream;
    std::array<unsigned char, kStreamHeaderBytes> streamHeader{};
    crypto_secretstream_xchacha20poly1305_init_push(&stream.state, streamHeader.data(),
                                                    key.bytes.data());
    header.append(reinterpret_cast<const char*>(streamHeader.data()), kStreamHeaderBytes);
    writeFully(sealed, header.constData(), header.size(),
               QT_TRANSLATE_NOOP("StorageDoing", "writing the encrypted backup"));

    // Full chunks go out as they are; the first short one (possibly empty)
    // is padded to full size and is the last. So every part has the same
    // length and the end is exact: nothing can be cut off or added unseen.
    WipedBuffer chunk(kChunkSize);
    QByteArray out(kChunkSize + kAddedBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 got =
            readFully(plain, chunk.bytes.data(), kChunkSize,
                      QT_TRANSLATE_NOOP("StorageDoing", "reading the database copy"));
        unsigned char tag = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        if (got < kChunkSize) {
            tag = crypto_secretstream_xchacha20poly1305_TAG_FINAL;
            size_t padded = 0;
            sodium_pad(&padded, bytes(chunk.bytes), static_cast<size_t>(got), kChunkSize,
                       kChunkSize);
        }
        unsigned long long outSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &stream.state, bytes(out), &outSize, bytes(chunk.bytes), kChunkSize, bytes(header),
            static_cast<unsigned long long>(header.size()), tag);
        writeFully(sealed, out.constData(), static_cast<qint64>(outSize),
                   QT_TRANSLATE_NOOP("StorageDoing", "writing the encrypted backup"));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            return;
        }
    }
}

void BackupCipher::decrypt(QIODevice& sealed, QIODevice& plain, const QString& passphrase)
{
    ensureSodium();
    QByteArray header(kHeaderBytes, Qt::Uninitialized);
    const qint64 headerSize = readFully(sealed, header.data(), kHeaderBytes,
                                        QT_TRANSLATE_NOOP("StorageDoing", "reading the backup"));
    if (headerSize < qint64(sizeof kMagic) ||
        header.left(sizeof kMagic) != QByteArray(kMagic, sizeof kMagic)) {
        throw corrupt(translated::fill(QCoreApplication::translate(
            "BackupCipher", "the file is not an encrypted Clinic Intake backup")));
    }
    if (headerSize < kHeaderBytes) {
        throw corrupt(translated::fill(QCoreApplication::translate(
            "BackupCipher", "the encrypted backup is cut short: it ends inside its header")));
    }
    const int version = static_cast<unsigned char>(header.at(8));
    if (version == 0) {
        throw corrupt(translated::fill(QCoreApplication::translate(
            "BackupCipher",
            "the backup is damaged: its header gives format 0, which no Clinic Intake writes")));
    }
    if (version != kFormatVersion) {
        throw StorageError(
            StorageError::Kind::Invalid,
            translated::fill(QCoreApplication::translate(
                                 "BackupCipher", "the backup was encrypted by a newer Clinic "
                                                 "Intake (format %1); update the program"),
                             version));
    }
    const std::uint64_t opsLimit = getBigEndian(header, 9, 8);
    const std::uint64_t memLimit = getBigEndian(header, 17, 8);
    const std::uint64_t chunkSize = getBigEndian(header, 25, 4);
    // Checked before anything is allocated: a crafted header must not make
    // us reserve gigabytes or compute for hours.
    if (!costInBounds(opsLimit, memLimit) || chunkSize < kMinChunk || chunkSize > kMaxChunk) {
        throw corrupt(translated::fill(
            QCoreApplication::translate("BackupCipher",
                                        "the backup is damaged: its header asks for settings out "
                                        "of bounds (opslimit %1, memlimit %2, chunk %3 bytes)"),
            opsLimit, memLimit, chunkSize));
    }
    const auto* salt = bytes(header) + 29;
    const auto* streamHeader = bytes(header) + 29 + kSaltBytes;

    Key key;
    deriveKey(key, passphrase, salt, opsLimit, memLimit);
    StreamState stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&stream.state, streamHeader,
                                                        key.bytes.data()) != 0) {
        throw wrongOrDamaged();
    }

    const qint64 sealedChunk = static_cast<qint64>(chunkSize) + kAddedBytes;
    QByteArray in(sealedChunk, Qt::Uninitialized);
    WipedBuffer out(static_cast<qsizetype>(chunkSize));
    for (qint64 chunk = 0;; ++chunk) {
        const qint64 got = readFully(sealed, in.data(), sealedChunk,
                                     QT_TRANSLATE_NOOP("StorageDoing", "reading the backup"));
        if (got < sealedChunk) { // every part is full size, the last one too
            throw corrupt(
                got == 0 ? translated::fill(QCoreApplication::translate(
                               "BackupCipher", "the backup is incomplete: it ends before its last "
                                               "part (cut short while it was written or copied?)"))
                         : translated::fill(
                               QCoreApplication::translate(
                                   "BackupCipher",
                                   "the backup is incomplete: it ends inside part %1 (cut short?)"),
                               chunk + 1));
        }
        unsigned long long outSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &stream.state, bytes(out.bytes), &outSize, &tag, bytes(in),
                static_cast<unsigned long long>(got), bytes(header),
                static_cast<unsigned long long>(header.size())) != 0) {
            if (chunk == 0) {
                throw wrongOrDamaged();
            }
            throw corrupt(translated::fill(
                QCoreApplication::translate("BackupCipher",
                                            "the backup is damaged: part %1 (from byte %2) fails "
                                            "its authentication; it was altered"),
                chunk + 1, kHeaderBytes + chunk * sealedChunk));
        }
        size_t size = static_cast<size_t>(outSize);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL &&
            sodium_unpad(&size, bytes(out.bytes), size, chunkSize) != 0) {
            throw corrupt(translated::fill(QCoreApplication::translate(
                "BackupCipher", "the backup is damaged: its last part has no valid padding")));
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE &&
            tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            throw corrupt(translated::fill(
                QCoreApplication::translate("BackupCipher",
                                            "the backup is damaged: part %1 is of an unknown kind"),
                chunk + 1));
        }
        writeFully(plain, out.bytes.constData(), static_cast<qint64>(size),
                   QT_TRANSLATE_NOOP("StorageDoing", "writing the decrypted backup"));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            char extra = 0;
            if (readFully(sealed, &extra, 1,
                          QT_TRANSLATE_NOOP("StorageDoing", "reading the backup")) != 0) {
                throw corrupt(translated::fill(QCoreApplication::translate(
                    "BackupCipher", "the backup has bytes after its end: it was altered or "
                                    "something was appended to it")));
            }
            return;
        }
    }
}

void BackupCipher::encryptFile(const QString& source, const QString& destination,
                               const QString& passphrase) const
{
    if (QFileInfo::exists(destination)) {
        throw StorageError(
            StorageError::Kind::Invalid,
            "backup: " + translated::fill(QCoreApplication::translate(
                                              "BackupCipher", "%1 already exists; choose a new "
                                                              "file name"),
                                          destination));
    }
    QFile in(source);
    openForReading(in);
    const QFileInfo target(destination);
    PrivateTempFile out(target.absolutePath(),
                        QLatin1Char('.') + target.fileName() + QStringLiteral(".partial-"));
    try {
        encrypt(in, out.file(), passphrase);
        out.finish(QT_TRANSLATE_NOOP("StorageDoing", "writing the encrypted backup"));
        out.moveTo(destination);
    } catch (const StorageError& error) {
        // Named by the file the user chose, never the temporary one.
        throw privatefile::withoutTemporaryName(error, out.path(), destination);
    }
}

void BackupCipher::decryptFile(const QString& source, const QString& destination,
                               const QString& passphrase)
{
    if (QFileInfo::exists(destination)) {
        throw StorageError(
            StorageError::Kind::Invalid,
            translated::fill(QCoreApplication::translate(
                                 "BackupCipher", "%1 already exists; choose a new file name"),
                             destination));
    }
    QFile in(source);
    openForReading(in);
    const QFileInfo target(destination);
    PrivateTempFile out(target.absolutePath(),
                        QLatin1Char('.') + target.fileName() + QStringLiteral(".partial-"));
    try {
        decrypt(in, out.file(), passphrase);
        out.finish(QT_TRANSLATE_NOOP("StorageDoing", "writing the decrypted backup"));
        out.moveTo(destination);
    } catch (const StorageError& error) {
        // Named by the file the user chose, never the temporary one.
        throw privatefile::withoutTemporaryName(error, out.path(), destination);
    }
}

bool BackupCipher::isEncryptedBackup(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.read(sizeof kMagic) == QByteArray(kMagic, sizeof kMagic);
}
