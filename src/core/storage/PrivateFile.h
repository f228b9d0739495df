#pragma once

#include <QFile>
#include <QString>
#include <string>

// Files that may hold health records in plain text or a backup on its way to
// its final name: created owner-only (0600) from the first byte, under a
// unique temporary name in a chosen folder, and removed when the object goes
// away (on every path, exceptions included) unless moveTo() put it in place.
class PrivateTempFile
{
public:
    // Creates and opens (write-only) `<folder>/<prefix>XXXXXXXXXXXX.tmp`.
    // Throws StorageError when the folder cannot be written.
    PrivateTempFile(const QString& folder, const QString& prefix);
    ~PrivateTempFile();
    PrivateTempFile(const PrivateTempFile&) = delete;
    PrivateTempFile& operator=(const PrivateTempFile&) = delete;

    QString path() const { return m_path; }
    QFile& file() { return m_file; }

    // Flushes, fsyncs and closes; throws StorageError on a write error
    // (e.g. a full disk), naming `doing`.
    void finish(const char* doing);

    // Renames the (finished) file to `destination`, which must not exist, in
    // the same folder or file system; syncs the folder. Afterwards the file
    // is no longer removed by the destructor.
    void moveTo(const QString& destination);

    // The file at path() is no longer this object's to remove.
    void release() { m_keep = true; }

private:
    QString m_path;
    QFile m_file;
    bool m_keep = false;
};

namespace privatefile {

// Renames `from` to `to`, refusing when `to` exists; throws StorageError.
void moveNoReplace(const QString& from, const QString& to, const char* doing);

// fsync of a folder, so that a rename in it survives a power cut (POSIX; best effort).
void syncFolder(const QString& folder);

// Removes `path` and SQLite's -wal, -shm and -journal files beside it.
void removeWithSidecars(const QString& path);

// A StorageError for a failed write to `file`, with DiskFull when it is one.
[[noreturn]] void throwWriteError(const QFileDevice& file, const std::string& doing);

} // namespace privatefile
