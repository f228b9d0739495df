#include "storage/PrivateFile.h"

#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr auto kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

QString randomSuffix()
{
    static const char* const kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString suffix;
    for (int i = 0; i < 12; ++i) {
        suffix += QLatin1Char(kDigits[QRandomGenerator::system()->bounded(36)]);
    }
    return suffix;
}

} // namespace

PrivateTempFile::PrivateTempFile(const QString& folder, const QString& prefix)
{
    const QDir dir(folder);
    for (int attempt = 0; attempt < 100; ++attempt) {
        m_path = dir.absoluteFilePath(prefix + randomSuffix() + QStringLiteral(".tmp"));
        m_file.setFileName(m_path);
        // Created with 0600 (the umask can only take bits away): never readable by others.
        if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
            return;
        }
        if (QFileInfo::exists(m_path)) {
            continue; // taken: try another name
        }
        break;
    }
    const QString path = m_path;
    m_path.clear(); // nothing of ours to remove
    throw StorageError(StorageError::Kind::ReadOnly, "cannot create a temporary file " +
                                                         path.toStdString() + ": " +
                                                         m_file.errorString().toStdString());
}

PrivateTempFile::~PrivateTempFile()
{
    if (m_file.isOpen()) {
        m_file.close();
    }
    if (!m_keep && !m_path.isEmpty()) {
        privatefile::removeWithSidecars(m_path);
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
        throw StorageError(errno == ENOSPC ? StorageError::Kind::DiskFull
                                           : StorageError::Kind::ReadOnly,
                           std::string(doing) + " failed: " + std::strerror(errno));
    }
    m_file.close();
}

void PrivateTempFile::moveTo(const QString& destination)
{
    finish("writing the file");
    privatefile::moveNoReplace(m_path, destination, "putting the file in place");
    m_keep = true;
    privatefile::syncFolder(QFileInfo(destination).absolutePath());
}

namespace privatefile {

void moveNoReplace(const QString& from, const QString& to, const char* doing)
{
    if (QFileInfo::exists(to)) {
        throw StorageError(StorageError::Kind::Invalid,
                           std::string(doing) + ": " + to.toStdString() + " already exists");
    }
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        throw StorageError(StorageError::Kind::ReadOnly,
                           std::string(doing) + ": cannot rename " + from.toStdString() + " to " +
                               to.toStdString() + ": " + std::strerror(errno));
    }
}

void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd); // best effort: some file systems (e.g. FAT) refuse it
        ::close(fd);
    }
}

void removeWithSidecars(const QString& path)
{
    QFile::remove(path);
    for (const char* sidecar : {"-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(sidecar));
    }
}

void throwWriteError(const QFileDevice& file, const std::string& doing)
{
    const bool full = file.error() == QFileDevice::ResourceError;
    throw StorageError(full ? StorageError::Kind::DiskFull : StorageError::Kind::ReadOnly,
                       doing + " failed: " + file.fileName().toStdString() + ": " +
                           file.errorString().toStdString());
}

} // namespace privatefile
