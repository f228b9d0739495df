// Issue 10, "files and output", on the desktop application's side: the
// folders it creates are owner-only whatever the umask.
#include "AppSettings.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/stat.h>

namespace {

unsigned modeOf(const QString& path)
{
    struct stat info
    {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

} // namespace

TEST_CASE("attack: the settings folder is created owner-only whatever the umask", "[gui][attack]")
{
    QTemporaryDir folder;
    const mode_t old = ::umask(0);
    {
        AppSettings settings(folder.filePath(QStringLiteral("s1/s2/settings.ini")));
        settings.setDatabasePath(folder.filePath(QStringLiteral("clinic.sqlite")));
    } // written when it goes away
    ::umask(old);
    CHECK(modeOf(folder.filePath(QStringLiteral("s1"))) == 0700);
    CHECK(modeOf(folder.filePath(QStringLiteral("s1/s2"))) == 0700);
}
