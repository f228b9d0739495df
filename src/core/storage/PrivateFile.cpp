#include "storage/PrivateFile.h"

#include "storage/StorageError.h"
#include "util/Translated.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr auto kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr int kSuffixLength = 12;
const QString kTemporaryEnd = QStringLiteral(".tmp");
const char* const kSidecars[] = {"-wal", "-shm", "-journal"};

QString randomSuffix()
{
    static const char* const kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString suffix;
    for (int i = 0; i < kSuffixLength; ++i) {
        suffix += QLatin1Char(kDigits[QRandomGenerator::system()->bounded(36)]);
    }
    return suffix;
}

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

bool sameFile(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// The database's own files, as named and as resolved.
QStringList databaseFiles(const QString& databasePath)
{
    QStringList bases;
    const QFileInfo database(databasePath);
    bases << QDir::cleanPath(database.absoluteFilePath());
    const QString canonical = database.canonicalFilePath();
    if (!canonical.isEmpty()) {
        bases << canonical;
    }
    const QString folder = QFileInfo(database.absolutePath()).canonicalFilePath();
    if (!folder.isEmpty()) {
        bases << folder + QLatin1Char('/') + database.fileName();
    }
    QStringList files;
    for (const QString& base : bases) {
        files << base;
        for (const char* sidecar : kSidecars) {
            files << base + QLatin1String(sidecar);
        }
    }
    files.removeDuplicates();
    return files;
}

} // namespace

PrivateTempFile::PrivateTempFile(const QString& folder, const QString& prefix)
{
    const QDir dir(folder);
    for (int attempt = 0; attempt < 100; ++attempt) {
        m_path = dir.absoluteFilePath(prefix + randomSuffix() + kTemporaryEnd);
        m_file.setFileName(m_path);
        // Created with 0600 (the umask can only take bits away): never
        // readable by others. NewOnly (O_EXCL) never follows a symlink.
        if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
            if (lock()) {
                return;
            }
            // Cleared away by another program's start in the instant
            // before the lock: the name is no longer ours.
            m_file.close();
            continue;
        }
        if (QFileInfo::exists(m_path)) {
            continue; // taken: try another name
        }
        break;
    }
    m_path.clear(); // nothing of ours to remove
    // The folder, not the temporary name: that name means nothing to anyone.
    throw StorageError(StorageError::Kind::ReadOnly,
                       translated::fill(QCoreApplication::translate(
                                            "PrivateFile", "cannot create a file in %1: %2"),
                                        dir.absolutePath(), m_file.errorString()));
}

bool PrivateTempFile::lock()
{
    const int fd = ::open(encoded(m_path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    struct stat mine
    {};
    struct stat opened
    {};
    if (fd < 0 || ::fstat(m_file.handle(), &mine) != 0 || ::fstat(fd, &opened) != 0 ||
        !sameFile(mine, opened)) {
        if (fd >= 0) {
            ::close(fd);
        }
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        ::close(fd); // a cleaner holds it, about to remove it
        return false;
    }
    // (A file system without flock: the file is kept as if locked.)
    struct stat named
    {};
    if (::lstat(encoded(m_path).constData(), &named) != 0 || !sameFile(named, mine)) {
        ::close(fd);
        return false;
    }
    m_lock = fd;
    return true;
}

PrivateTempFile::~PrivateTempFile()
{
    if (m_file.isOpen()) {
        m_file.close();
    }
    if (!m_keep && !m_path.isEmpty()) {
        privatefile::removeWithSidecars(m_path);
    }
    if (m_lock >= 0) {
        ::close(m_lock); // only now: the file is gone or in place
    }
}

void PrivateTempFile::finish(const char* doing)
{
    if (!m_file.isOpen()) {
        return;
    }
    if (!m_file.flush()) {
        privatefile::throwWriteError(m_file, doing);
    }
    if (::fsync(m_file.handle()) != 0) {
        const int error = errno;
        throw StorageError(
            error == ENOSPC ? StorageError::Kind::DiskFull : StorageError::Kind::ReadOnly,
            translated::fill(QCoreApplication::translate("StorageError", "%1 failed: %2"),
                             translated::doing(doing), privatefile::describeErrno(error)));
    }
    m_file.close();
    if (m_file.error() != QFileDevice::NoError) { // e.g. a network share reporting at close
        privatefile::throwWriteError(m_file, doing);
    }
}

void PrivateTempFile::moveTo(const QString& destination)
{
    finish(QT_TRANSLATE_NOOP("StorageDoing", "writing the file"));
    privatefile::moveNoReplace(m_path, destination,
                               QT_TRANSLATE_NOOP("StorageDoing", "putting the file in place"));
    m_keep = true;
    privatefile::syncFolder(QFileInfo(destination).absolutePath());
}

namespace {

QString partialPrefix(const QString& destination)
{
    return QLatin1Char('.') + QFileInfo(destination).fileName() + QStringLiteral(".partial-");
}

// The folder to write the temporary file in, once the destination is allowed.
QString checkedFolder(const QString& destination, const QString& databasePath,
                      ExistingFile existing, const char* what)
{
    privatefile::checkOutput(destination, databasePath, existing, what);
    const QFileInfo info(destination);
    if (!QFileInfo(info.absolutePath()).isDir()) {
        throw StorageError(
            StorageError::Kind::ReadOnly,
            std::string(what) + ": " +
                translated::fill(QCoreApplication::translate("PrivateFile",
                                                             "the folder %1 of %2 does not exist"),
                                 info.absolutePath(), destination));
    }
    // What an earlier run for the same name left when it was killed.
    privatefile::removeStaleTemporaries(info.absolutePath(), {partialPrefix(destination)});
    return info.absolutePath();
}

} // namespace

OutputFile::OutputFile(const QString& destination, const QString& databasePath,
                       ExistingFile existing, const char* what)
    : m_destination(destination), m_databasePath(databasePath), m_existing(existing), m_what(what),
      m_temp(checkedFolder(destination, databasePath, existing, what), partialPrefix(destination))
{}

void OutputFile::commit()
{
    const std::string doing =
        translated::fill(QCoreApplication::translate("StorageDoing", "writing %1"), m_destination);
    m_temp.finish(doing.c_str());
    // Again right before the rename: the name may have changed meanwhile.
    privatefile::checkOutput(m_destination, m_databasePath, m_existing, m_what);
    if (m_existing == ExistingFile::Replace) {
        // rename() replaces the name itself: a symlink planted there since
        // is replaced, never followed.
        if (std::rename(encoded(m_temp.path()).constData(), encoded(m_destination).constData()) !=
            0) {
            const int error = errno;
            throw StorageError(
                StorageError::Kind::ReadOnly,
                std::string(m_what) + ": " +
                    translated::fill(
                        QCoreApplication::translate("PrivateFile", "cannot put %1 in place: %2"),
                        m_destination, privatefile::describeErrno(error)));
        }
        m_temp.release();
        privatefile::syncFolder(QFileInfo(m_destination).absolutePath());
        return;
    }
    m_temp.moveTo(m_destination);
}

namespace privatefile {

void checkOutput(const QString& destination, const QString& databasePath, ExistingFile existing,
                 const char* what)
{
    // Each reason is a whole sentence with the file in it (%1), so that
    // French can place it.
    const auto refuse = [&](const QString& why) {
        throw StorageError(StorageError::Kind::Invalid,
                           std::string(what) + ": " + translated::fill(why, destination));
    };
    const QString isDatabase = QCoreApplication::translate(
        "PrivateFile", "%1 is the clinic's database or one of its files; choose another file name");
    if (destination.isEmpty()) {
        throw StorageError(
            StorageError::Kind::Invalid,
            std::string(what) + ": " +
                translated::fill(QCoreApplication::translate("PrivateFile", "no file name given")));
    }
    // By name: as given, and with its folder resolved.
    const QFileInfo info(destination);
    QStringList names{QDir::cleanPath(info.absoluteFilePath())};
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (!folder.isEmpty()) {
        names << folder + QLatin1Char('/') + info.fileName();
    }
    const QStringList database = databaseFiles(databasePath);
    for (const QString& name : names) {
        if (!databasePath.isEmpty() && database.contains(name)) {
            refuse(isDatabase);
        }
    }

    struct stat there
    {};
    if (::lstat(encoded(destination).constData(), &there) != 0) {
        return; // nothing there (or an unusable folder, which the writing reports)
    }
    if (S_ISLNK(there.st_mode)) {
        refuse(QCoreApplication::translate(
            "PrivateFile",
            "%1 is a symbolic link; name the file itself or choose another file name"));
    }
    if (S_ISDIR(there.st_mode)) {
        refuse(
            QCoreApplication::translate("PrivateFile", "%1 is a folder; choose a file name in it"));
    }
    if (!S_ISREG(there.st_mode)) {
        refuse(QCoreApplication::translate("PrivateFile",
                                           "%1 is not a regular file (a device, pipe or socket); "
                                           "only regular files are written"));
    }
    // By identity: a hard link to the database has a name of its own.
    for (const QString& file : database) {
        struct stat held
        {};
        if (::stat(encoded(file).constData(), &held) == 0 && sameFile(held, there)) {
            refuse(isDatabase);
        }
    }
    if (existing == ExistingFile::Refuse) {
        refuse(QCoreApplication::translate("PrivateFile",
                                           "%1 already exists; choose another file name"));
    }
}

void moveNoReplace(const QString& from, const QString& to, const char* doing)
{
    const auto exists = [&] {
        throw StorageError(
            StorageError::Kind::Invalid,
            translated::fill(QCoreApplication::translate("PrivateFile", "%1: %2 already exists"),
                             translated::doing(doing), to));
    };
#if defined(__linux__) && defined(RENAME_NOREPLACE)
    // One step: nothing planted at `to` meanwhile is ever replaced.
    if (::renameat2(AT_FDCWD, encoded(from).constData(), AT_FDCWD, encoded(to).constData(),
                    RENAME_NOREPLACE) == 0) {
        return;
    }
    if (errno == EEXIST) {
        exists();
    }
    if (errno != EINVAL && errno != ENOSYS) {
        const int error = errno;
        throw StorageError(StorageError::Kind::ReadOnly,
                           translated::fill(QCoreApplication::translate(
                                                "PrivateFile", "%1: cannot put %2 in place: %3"),
                                            translated::doing(doing), to, describeErrno(error)));
    }
    // Not supported by this file system: check, then rename.
#endif
    struct stat there
    {};
    if (::lstat(encoded(to).constData(), &there) == 0) {
        exists();
    }
    if (std::rename(encoded(from).constData(), encoded(to).constData()) != 0) {
        const int error = errno;
        throw StorageError(StorageError::Kind::ReadOnly,
                           translated::fill(QCoreApplication::translate(
                                                "PrivateFile", "%1: cannot put %2 in place: %3"),
                                            translated::doing(doing), to, describeErrno(error)));
    }
}

void syncFolder(const QString& folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd); // best effort: some file systems (e.g. FAT) refuse it
        ::close(fd);
    }
}

void removeWithSidecars(const QString& path)
{
    QFile::remove(path);
    for (const char* sidecar : kSidecars) {
        QFile::remove(path + QLatin1String(sidecar));
    }
}

void removeStaleTemporaries(const QString& folder, const QStringList& prefixes)
{
    const QDir dir(folder);
    const QStringList names =
        dir.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QString& name : names) {
        const bool ours = std::any_of(prefixes.begin(), prefixes.end(), [&](const QString& prefix) {
            return name.size() == prefix.size() + kSuffixLength + kTemporaryEnd.size() &&
                   name.startsWith(prefix) && name.endsWith(kTemporaryEnd);
        });
        if (!ours) {
            continue;
        }
        const QString path = dir.absoluteFilePath(name);
        const int fd =
            ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0) {
            continue;
        }
        struct stat opened
        {};
        struct stat named
        {};
        // Unlocked: its program is gone. Ours (same user) and still at its name.
        if (::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode) && opened.st_uid == ::getuid() &&
            ::flock(fd, LOCK_EX | LOCK_NB) == 0 &&
            ::lstat(encoded(path).constData(), &named) == 0 && sameFile(opened, named)) {
            removeWithSidecars(path);
        }
        ::close(fd);
    }
}

void createOwnerOnlyFolder(const QString& folder)
{
    // The missing folders, outermost first.
    QStringList missing;
    QString at = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    struct stat there
    {};
    while (::lstat(encoded(at).constData(), &there) != 0) {
        missing.prepend(at);
        const QString up = QFileInfo(at).path();
        if (up == at) {
            break;
        }
        at = up;
    }
    for (const QString& path : missing) {
        if (::mkdir(encoded(path).constData(), 0700) != 0) {
            const int error = errno;
            if (error == EEXIST) {
                continue; // made meanwhile by someone else: not ours to change
            }
            throw StorageError(
                StorageError::Kind::ReadOnly,
                translated::fill(
                    QCoreApplication::translate("PrivateFile", "cannot create the folder %1: %2"),
                    path, describeErrno(error)));
        }
        // The umask may have taken bits even from the owner.
        ::chmod(encoded(path).constData(), 0700);
    }
}

void throwWriteError(const QFileDevice& file, const std::string& doing)
{
    // Qt does not always say why (a buffered write reports "Unknown error"):
    // errno, still that of the failed call, does.
    const int saved = errno;
    const bool full = file.error() == QFileDevice::ResourceError || saved == ENOSPC;
    std::string error = file.errorString().toStdString();
    if (saved != 0 && (error.empty() || file.errorString() == QLatin1String("Unknown error"))) {
        error = std::strerror(saved);
    }
    const std::string why =
        full ? translated::fill(
                   QCoreApplication::translate(
                       "PrivateFile",
                       "the disk is full (%1); free some space or choose another drive"),
                   error)
             : error;
    throw StorageError(
        full ? StorageError::Kind::DiskFull : StorageError::Kind::ReadOnly,
        file.fileName().isEmpty()
            ? translated::fill(QCoreApplication::translate("StorageError", "%1 failed: %2"),
                               translated::doing(doing), why)
            : translated::fill(QCoreApplication::translate("PrivateFile", "%1 failed: %2: %3"),
                               translated::doing(doing), file.fileName(), why));
}

StorageError withoutTemporaryName(const StorageError& error, const QString& temporary,
                                  const QString& shown)
{
    std::string message = error.what();
    // The whole path first, then the bare file name (a message may give either).
    for (const QString& name : {temporary, QFileInfo(temporary).fileName()}) {
        const std::string from = name.toStdString();
        const std::string to =
            name == temporary ? shown.toStdString() : QFileInfo(shown).fileName().toStdString();
        if (from.empty()) {
            continue;
        }
        for (std::size_t at = message.find(from); at != std::string::npos;
             at = message.find(from, at + to.size())) {
            message.replace(at, from.size(), to);
        }
    }
    return StorageError(error.kind(), message, error.sqliteCode());
}

std::string describeErrno(int error)
{
    const std::string text = std::strerror(error);
    return error == ENOSPC
               ? translated::fill(QCoreApplication::translate("PrivateFile",
                                                              "the disk is full (%1); free some "
                                                              "space or choose another drive"),
                                  text)
               : text;
}

} // namespace privatefile
