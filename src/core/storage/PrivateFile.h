#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <string>

class StorageError;

// Files that may hold health records in plain text or a backup on its way to
// its final name: created owner-only (0600) from the first byte, under a
// unique temporary name in a chosen folder, and removed when the object goes
// away (on every path, exceptions included) unless moveTo() put it in place.
//
// While the object lives, the file is locked (flock): a program killed
// before it could remove its file leaves it unlocked, and
// privatefile::removeStaleTemporaries() clears it away at the next start
// without touching one that a running program is still writing.
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
    bool lock();

    QString m_path;
    QFile m_file;
    int m_lock = -1; // a descriptor of our own holding the flock
    bool m_keep = false;
};

// What writing a file over one that is already there may do.
enum class ExistingFile
{
    Refuse, // the name must be free
    Replace // a regular file there is replaced (the user said so)
};

// A file the user asked for (an export, a backup): never the database or one
// of its files, never through a symlink, never over anything but a regular
// file, and over one of those only with ExistingFile::Replace. Written
// owner-only under a temporary name in the destination's folder and renamed
// to its name only when complete (rename replaces a symlink planted at the
// name, never what it points to); a failure or cancel leaves no file, and
// what a killed run for the same name left is removed by the next one.
class OutputFile
{
public:
    // Checks the destination (privatefile::checkOutput) and creates the
    // temporary file. `what` names the file in messages ("export", "backup").
    OutputFile(const QString& destination, const QString& databasePath, ExistingFile existing,
               const char* what);

    QFile& file() { return m_temp.file(); }
    QString temporaryPath() const { return m_temp.path(); }

    // Flushes, fsyncs and closes the file (StorageError on a write error,
    // DiskFull for a full disk); checks the destination again and renames
    // the file to it.
    void commit();

private:
    QString m_destination;
    QString m_databasePath;
    ExistingFile m_existing;
    const char* m_what;
    PrivateTempFile m_temp;
};

namespace privatefile {

// Throws StorageError (Invalid), naming `destination` and `what`, when a new
// file may not be written there: it is, by name or as the same file (a hard
// link), the database at `databasePath` or its -wal, -shm or -journal file;
// it is a symlink; it is there but not a regular file (a folder, FIFO,
// device); or it is a regular file and `existing` is Refuse.
void checkOutput(const QString& destination, const QString& databasePath, ExistingFile existing,
                 const char* what);

// Renames `from` to `to`, refusing when `to` exists; throws StorageError.
void moveNoReplace(const QString& from, const QString& to, const char* doing);

// fsync of a folder, so that a rename in it survives a power cut (POSIX; best effort).
void syncFolder(const QString& folder);

// Removes `path` and SQLite's -wal, -shm and -journal files beside it.
void removeWithSidecars(const QString& path);

// Removes the PrivateTempFiles in `folder` named with one of `prefixes` that
// no running program holds (left by a program that was killed). Best effort.
void removeStaleTemporaries(const QString& folder, const QStringList& prefixes);

// Creates `folder` and each missing folder above it owner-only (0700),
// whatever the umask; throws StorageError when it cannot.
void createOwnerOnlyFolder(const QString& folder);

// A StorageError for a failed write to `file`, with DiskFull when it is one.
[[noreturn]] void throwWriteError(const QFileDevice& file, const std::string& doing);

// `error` with every mention of the temporary file `temporary` (its path,
// or its bare name) replaced by `shown`, the file the user knows: messages
// never name a temporary file.
StorageError withoutTemporaryName(const StorageError& error, const QString& temporary,
                                  const QString& shown);

// "the disk is full" for ENOSPC, else strerror(error).
std::string describeErrno(int error);

} // namespace privatefile
