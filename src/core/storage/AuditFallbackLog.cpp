#include "storage/AuditFallbackLog.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Translated.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QVariant>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// More than any rescue leaves behind; the rest of a larger file is not read.
constexpr qint64 kMaximumFileSize = 16 * 1024 * 1024;

QString randomId()
{
    QString id;
    for (int i = 0; i < 2; ++i) {
        id += QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16,
                                       QLatin1Char('0'));
    }
    return id;
}

// The audit log's details stay in English, as its actions do.
QString systemError(int error)
{
    if (error == ELOOP) {
        return QStringLiteral("it is a symbolic link");
    }
    return QString::fromLocal8Bit(std::strerror(error));
}

// Why an entry could not be written, for the person at the screen. The
// system's own words (strerror) stay as the system gives them.
QString shownError(int error)
{
    if (error == ELOOP) {
        return QCoreApplication::translate("AuditFallbackLog", "it is a symbolic link");
    }
    return systemError(error);
}

std::string text(const QString& value)
{
    return value.toStdString();
}

QString field(const nlohmann::json& line, const char* name)
{
    const auto found = line.find(name);
    return found != line.end() && found->is_string()
               ? QString::fromStdString(found->get<std::string>())
               : QString();
}

// The file's text when it is a regular file of this user (not followed
// through a symlink), or why it is not used.
bool readOwnFile(const QString& path, QByteArray& content, QString& problem)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        problem = systemError(errno);
        return false;
    }
    struct stat status
    {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) || status.st_uid != ::geteuid()) {
        ::close(fd);
        problem = QStringLiteral("it is not a regular file of this user");
        return false;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        problem = file.errorString();
        return false;
    }
    content = file.read(kMaximumFileSize);
    return true;
}

} // namespace

AuditFallbackLog::AuditFallbackLog(const QString& databasePath) : m_path(pathFor(databasePath)) {}

QString AuditFallbackLog::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".audit-fallback.log");
}

QString AuditFallbackLog::append(FallbackEntry entry) const
{
    if (entry.id.isEmpty()) {
        entry.id = randomId();
    }
    nlohmann::ordered_json line = {
        {"id", text(entry.id)},
        {"time", text(entry.at.toUTC().toString(Qt::ISODateWithMs))},
        {"actor", text(entry.actor)},
        {"action", text(entry.action)},
        {"records", text(entry.records)},
        {"details", text(entry.details)},
        {"reason", text(entry.reason)},
    };
    const std::string bytes =
        line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';

    // O_NOFOLLOW: a symlink planted at the name is never followed;
    // O_NONBLOCK: a FIFO there does not hang the program.
    const int fd = ::open(
        QFile::encodeName(m_path).constData(),
        O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0) {
        return shownError(errno);
    }
    struct stat status
    {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) || status.st_uid != ::geteuid()) {
        ::close(fd);
        return QCoreApplication::translate("AuditFallbackLog",
                                           "it is not a regular file of this user");
    }
    if ((status.st_mode & 0077) != 0) {
        ::fchmod(fd, 0600);
    }
    // One write() per entry, so that appends from several programs do not mix.
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    const int writeError = errno;
    if (written != ssize_t(bytes.size())) {
        // A part of a line (full disk) is taken back. Should that fail too,
        // the write's failure is still what is reported, and moveInto()
        // records a line it cannot read as such in the audit log.
        if (written > 0 && ::ftruncate(fd, status.st_size) != 0) {
            ::close(fd);
            return QStringLiteral("the disk is full");
        }
        ::close(fd);
        return written < 0 ? shownError(writeError)
                           : QCoreApplication::translate("AuditFallbackLog", "the disk is full");
    }
    const bool synced = ::fsync(fd) == 0;
    const int syncError = errno;
    ::close(fd);
    return synced ? QString() : shownError(syncError);
}

std::vector<QString> AuditFallbackLog::moveInto(const Database& database, const AuditLog& audit,
                                                const QString& actor) const
{
    const QFileInfo info(m_path);
    std::vector<QString> claimed;
    // Files claimed by a move that was cut short before its commit.
    const QString movingPrefix = info.fileName() + QStringLiteral(".moving-");
    const QDir folder = info.absoluteDir();
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (name.startsWith(movingPrefix)) {
            claimed.push_back(folder.filePath(name));
        }
    }
    struct stat status
    {};
    if (::lstat(QFile::encodeName(m_path).constData(), &status) == 0) {
        if (!S_ISREG(status.st_mode) || status.st_uid != ::geteuid()) {
            audit.append(actor, QStringLiteral("rescue log ignored"),
                         QStringLiteral("file %1").arg(m_path),
                         QStringLiteral("not a regular file of this user: left where it is, not "
                                        "moved into the audit log"));
        } else {
            const QString claim = m_path + QStringLiteral(".moving-") + randomId();
            if (::rename(QFile::encodeName(m_path).constData(),
                         QFile::encodeName(claim).constData()) == 0) {
                claimed.push_back(claim);
            }
        }
    }

    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-f]{32}$"));
    QSqlQuery& known = database.cached(
        QStringLiteral("SELECT 1 FROM audit_log WHERE action LIKE 'rescue %' AND details LIKE ? "
                       "LIMIT 1"));
    for (const QString& path : claimed) {
        QByteArray content;
        QString problem;
        if (!readOwnFile(path, content, problem)) {
            audit.append(actor, QStringLiteral("rescue log ignored"),
                         QStringLiteral("file %1").arg(path), problem);
            continue;
        }
        int lineNumber = 0;
        for (const QByteArray& bytes : content.split('\n')) {
            ++lineNumber;
            if (bytes.isEmpty()) {
                continue;
            }
            nlohmann::json line;
            try {
                line = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
            } catch (const nlohmann::json::exception&) {
            }
            const QString id = line.is_object() ? field(line, "id") : QString();
            if (!idPattern.match(id).hasMatch()) {
                audit.append(actor, QStringLiteral("rescue unreadable"),
                             QStringLiteral("file %1").arg(path),
                             QStringLiteral("line %1 of the fallback log could not be read")
                                 .arg(lineNumber));
                continue;
            }
            known.bindValue(0, QStringLiteral("rescue entry %1,%").arg(id));
            Database::run(known, QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
            const bool already = known.next();
            known.finish();
            if (already) {
                continue;
            }
            const QString details = field(line, "details");
            audit.append(field(line, "actor"), QStringLiteral("rescue ") + field(line, "action"),
                         field(line, "records"),
                         QStringLiteral("rescue entry %1, recorded at %2 while the database could "
                                        "not be written (%3)%4")
                             .arg(id, field(line, "time"), field(line, "reason"),
                                  details.isEmpty() ? QString() : QStringLiteral(": ") + details));
        }
    }
    return claimed;
}

void AuditFallbackLog::removeClaimed(const std::vector<QString>& claimed)
{
    for (const QString& path : claimed) {
        ::unlink(QFile::encodeName(path).constData());
    }
}
