// Issue 10, "files and output": what an attack run did with the files the
// tool writes. An export must never replace the database or anything that is
// not a regular file the user chose to replace; an output that cannot be
// written is a failure, not a success in the audit log; backups and restores
// leave no plain copy behind when killed; a symlinked database is not
// restored over; every folder the program creates is owner-only.
#include "CliRunner.h"
#include "Harness.h"
#include "IntakeGenerator.h"
#include "SeededClinic.h"
#include "TestStaff.h"
#include "export/RecordExporter.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/IntakeStore.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "util/FixedClock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/inotify.h>
#endif

namespace {

const QString kPasswordVariable = QStringLiteral("CLINIC_INTAKE_PASSWORD=");
constexpr auto kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

// A database with the three accounts, one intake and a plain backup
// (earlier.sqlite), in a folder of its own.
class Clinic : public SeededClinic
{
public:
    QStringList arguments(const QStringList& command) const
    {
        return QStringList{QStringLiteral("--db"), location(), QStringLiteral("--user"),
                           test_staff::kManager} +
               command;
    }
    QStringList environment() const
    {
        return database().cliEnvironment() +
               QStringList{kPasswordVariable + test_staff::passwordOf(test_staff::kManager)};
    }

    Run cli(const QStringList& command, QStringList extraEnvironment = {}) const
    {
        return runCli(arguments(command), {}, environment() + extraEnvironment);
    }

    qint64 exports() const
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'"));
    }
    // The database is whole: its intake, its accounts and an intact audit log.
    void requireIntact() const
    {
        CHECK(count(QStringLiteral("SELECT count(*) FROM intakes")) == 1);
        CHECK(count(QStringLiteral("SELECT count(*) FROM users")) == 3);
        const Run check = cli({QStringLiteral("check")});
        CHECK(check.exitCode == 0);
    }

    // Files in the folder, hidden ones included.
    QStringList files() const
    {
        return QDir(folder()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }
};

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void put(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The tool with its standard output going to `outputFile` (e.g. /dev/full).
Run runCliInto(const QString& outputFile, const QStringList& arguments,
               const QStringList& environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.remove(QStringLiteral("CLINIC_INTAKE_PASSWORD"));
    for (const QString& entry : environment) {
        const auto equals = entry.indexOf(QLatin1Char('='));
        variables.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process.setProcessEnvironment(variables);
    process.setChildProcessModifier([] { setsid(); });
    process.setStandardOutputFile(outputFile);
    process.start(QStringLiteral(CLINIC_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), {}, process.readAllStandardError().toStdString()};
}

bool isSymlink(const QString& path)
{
    struct stat info
    {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISLNK(info.st_mode);
}

unsigned modeOf(const QString& path)
{
    struct stat info
    {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

Run exportTo(const Clinic& clinic, const QString& output, bool overwrite = false)
{
    QStringList command{QStringLiteral("export"), QStringLiteral("-o"), output};
    if (overwrite) {
        command << QStringLiteral("--overwrite");
    }
    return clinic.cli(command);
}

// The umask for the length of a test.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_old;
};

} // namespace

TEST_CASE("attack: export -o never replaces the database or its sidecars", "[cli][attack][sqlite]")
{
    Clinic clinic;
    const QByteArray before = contentsOf(clinic.path());
    for (const bool overwrite : {false, true}) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString target = clinic.path() + QLatin1String(suffix);
            const bool existed = QFileInfo::exists(target);
            const Run run = exportTo(clinic, target, overwrite);
            INFO(target.toStdString() << (overwrite ? " --overwrite" : "") << ": " << run.err);
            CHECK(run.exitCode == 2);
            CHECK(run.err.find("database") != std::string::npos);
            CHECK(QFileInfo::exists(target) == existed);
        }
    }
    // Reached by another name: a path with "..", a symlink, a hard link.
    const QString dotted = clinic.folder() + QStringLiteral("/sub/../clinic.sqlite");
    REQUIRE(QDir(clinic.folder()).mkdir(QStringLiteral("sub")));
    const QString symlink = clinic.file("link.csv");
    REQUIRE(QFile::link(clinic.path(), symlink));
    const QString hardLink = clinic.file("hard.csv");
    REQUIRE(::link(QFile::encodeName(clinic.path()).constData(),
                   QFile::encodeName(hardLink).constData()) == 0);
    for (const QString& target : {dotted, symlink, hardLink}) {
        const Run run = exportTo(clinic, target, true);
        INFO(target.toStdString() << ": " << run.err);
        CHECK(run.exitCode == 2);
    }
    CHECK(isSymlink(symlink));
    CHECK(contentsOf(hardLink).size() > 0);
    CHECK(contentsOf(clinic.path()) == before);
    CHECK(clinic.exports() == 0);
    clinic.requireIntact();
}

TEST_CASE("attack: export -o refuses an existing file unless --overwrite is given", "[cli][attack]")
{
    Clinic clinic;
    const QString target = clinic.file("report.csv");
    put(target, "the clinic's own notes\n");

    const Run refused = exportTo(clinic, target);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("report.csv") != std::string::npos);
    CHECK(refused.err.find("--overwrite") != std::string::npos);
    CHECK(contentsOf(target) == "the clinic's own notes\n");
    CHECK(clinic.exports() == 0);

    const Run replaced = exportTo(clinic, target, true);
    CHECK(replaced.exitCode == 0);
    CHECK(contentsOf(target).startsWith("intake_id,"));
    CHECK(modeOf(target) == 0600);
    CHECK(clinic.exports() == 1);
    // Nothing left beside it.
    CHECK(clinic.files().filter(QStringLiteral(".tmp")).isEmpty());
}

TEST_CASE("attack: export -o refuses symlinks and FIFOs and folders and devices", "[cli][attack]")
{
    Clinic clinic;
    const QString victim = clinic.file("victim.txt");
    put(victim, "not yours\n");
    const QString symlink = clinic.file("planted.csv");
    REQUIRE(QFile::link(victim, symlink));
    const QString dangling = clinic.file("dangling.csv");
    REQUIRE(QFile::link(clinic.file("nowhere.txt"), dangling));
    const QString fifo = clinic.file("fifo.csv");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString folder = clinic.file("folder.csv");
    REQUIRE(QDir(clinic.folder()).mkdir(QStringLiteral("folder.csv")));

    QStringList targets{symlink, dangling, fifo, folder};
    // A device only when not root: a regression run as root would replace
    // /dev/null itself (it did, on the day this test was written).
    if (::geteuid() != 0) {
        targets << QStringLiteral("/dev/null");
    }
    for (const QString& target : targets) {
        for (const bool overwrite : {false, true}) {
            const Run run = exportTo(clinic, target, overwrite);
            INFO(target.toStdString() << (overwrite ? " --overwrite" : "") << ": " << run.err);
            CHECK(run.exitCode == 2);
            CHECK(run.err.find(target.toStdString()) != std::string::npos);
        }
    }
    CHECK(isSymlink(symlink));
    CHECK(isSymlink(dangling));
    CHECK_FALSE(QFileInfo::exists(clinic.file("nowhere.txt")));
    CHECK(contentsOf(victim) == "not yours\n");
    CHECK(QFileInfo(folder).isDir());
    CHECK(clinic.exports() == 0);
    CHECK(clinic.files().filter(QStringLiteral(".tmp")).isEmpty());
}

TEST_CASE("attack: export -o /dev/stdout says to leave out -o", "[cli][attack]")
{
    Clinic clinic;
    for (const QString& target : {QStringLiteral("/dev/stdout"), QStringLiteral("/dev/fd/1"),
                                  QStringLiteral("/proc/self/fd/1"), QStringLiteral("-")}) {
        const Run run = exportTo(clinic, target, true);
        INFO(target.toStdString() << ": " << run.err);
        CHECK(run.exitCode == 2);
        CHECK(run.out.empty());
        CHECK(run.err.find("leave out -o") != std::string::npos);
    }
    CHECK(clinic.exports() == 0);
}

TEST_CASE("attack: an export to a full standard output exits 1 and is not audited", "[cli][attack]")
{
    Clinic clinic;
    for (const char* format : {"csv", "json"}) {
        const Run run =
            runCliInto(QStringLiteral("/dev/full"),
                       clinic.arguments({QStringLiteral("export"), QStringLiteral("--format"),
                                         QString::fromLatin1(format)}),
                       clinic.environment());
        INFO(format << ": " << run.err);
        CHECK(run.exitCode == 1);
        CHECK(run.err.find("standard output") != std::string::npos);
        CHECK(run.err.find("disk is full") != std::string::npos);
    }
    CHECK(clinic.exports() == 0);
}

TEST_CASE("attack: every command that cannot write its output exits 1", "[cli][attack]")
{
    Clinic clinic;
    const QList<QStringList> commands = {
        {QStringLiteral("list")},
        {QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("audit")},
        {QStringLiteral("check")},
        {QStringLiteral("users"), QStringLiteral("list")},
        {QStringLiteral("rules"), QStringLiteral("show")},
        {QStringLiteral("recommend"), golden("01-complete-plain.json")},
    };
    for (const QStringList& command : commands) {
        const Run run = runCliInto(QStringLiteral("/dev/full"), clinic.arguments(command),
                                   clinic.environment());
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << run.err);
        CHECK(run.exitCode == 1);
        CHECK(run.err.find("standard output") != std::string::npos);
        CHECK(run.err.find("the disk is full") != std::string::npos);
    }
}

#ifdef __linux__
TEST_CASE("attack: a plain backup appears under its name only when complete", "[cli][attack]")
{
    Clinic clinic;
    // Watch the folder: the backup's own name must never be created and
    // written to; it must arrive whole, by a rename.
    const int watcher = inotify_init1(IN_NONBLOCK);
    REQUIRE(watcher >= 0);
    REQUIRE(inotify_add_watch(watcher, QFile::encodeName(clinic.folder()).constData(),
                              IN_CREATE | IN_MODIFY | IN_MOVED_TO) >= 0);
    const Run run = clinic.cli({QStringLiteral("backup"), clinic.file("backup.sqlite")});
    REQUIRE(run.exitCode == 0);

    bool createdInPlace = false;
    bool movedInPlace = false;
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
        const auto got = ::read(watcher, buffer, sizeof buffer);
        if (got <= 0) {
            break;
        }
        for (char* at = buffer; at < buffer + got;) {
            const auto* event = reinterpret_cast<const inotify_event*>(at);
            if (event->len > 0 && QString::fromLocal8Bit(event->name) == "backup.sqlite") {
                createdInPlace = createdInPlace || (event->mask & (IN_CREATE | IN_MODIFY)) != 0;
                movedInPlace = movedInPlace || (event->mask & IN_MOVED_TO) != 0;
            }
            at += sizeof(inotify_event) + event->len;
        }
    }
    ::close(watcher);
    CHECK_FALSE(createdInPlace);
    CHECK(movedInPlace);
    CHECK(modeOf(clinic.file("backup.sqlite")) == 0600);
    CHECK(clinic.files().filter(QStringLiteral(".tmp")).isEmpty());
}
#endif

TEST_CASE("attack: what a killed plain backup left is cleared when the backup runs again",
          "[cli][attack]")
{
    Clinic clinic;
    // A plain backup killed mid-copy leaves its owner-only temporary beside DEST.
    const QString leftover = clinic.file(".backup.sqlite.partial-0123456789ab.tmp");
    put(leftover, contentsOf(clinic.earlierBackup()).left(4096));
    QFile::setPermissions(leftover, kOwnerOnlyFile);
    const Run run = clinic.cli({QStringLiteral("backup"), clinic.file("backup.sqlite")});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(leftover));
    CHECK(clinic.files().filter(QStringLiteral(".tmp")).isEmpty());
}

// On a server the plain copy is made in this computer's data folder
// (PostgresBackup::defaultWorkFolder), not beside the database file this
// test watches; the server's side is in PostgresBackupTest.
TEST_CASE("attack: a killed encrypted backup leaves no plain copy behind", "[cli][attack][sqlite]")
{
    Clinic clinic;
    const auto plainCopies = [&] {
        return clinic.files().filter(QStringLiteral(".clinic.sqlite.backup-"));
    };
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(QStringLiteral("CLINIC_INTAKE_PASSWORD"),
                     test_staff::passwordOf(test_staff::kManager));
    variables.insert(QStringLiteral("CLINIC_INTAKE_BACKUP_PASSPHRASE"),
                     QStringLiteral("a-long-passphrase"));
    if (clinic.database().onServer()) {
        variables.insert(QStringLiteral("PGPASSWORD"), clinic.database().password());
    }
    process.setProcessEnvironment(variables);
    process.setChildProcessModifier([] { setsid(); });
    process.start(QStringLiteral(CLINIC_CLI_PATH),
                  clinic.arguments({QStringLiteral("backup"), clinic.file("backup.enc"),
                                    QStringLiteral("--encrypt")}));
    REQUIRE(process.waitForStarted());
    // The plain copy exists while the key is derived (about a second): kill
    // the program then, as a power cut or an impatient user would.
    QElapsedTimer waited;
    waited.start();
    while (plainCopies().isEmpty() && process.state() == QProcess::Running &&
           waited.elapsed() < 20000) {
        QThread::msleep(1);
    }
    REQUIRE_FALSE(plainCopies().isEmpty());
    process.kill();
    REQUIRE(process.waitForFinished(10000));
    CHECK_FALSE(QFileInfo::exists(clinic.file("backup.enc")));

    // The next start of the program clears it away.
    const Run next = clinic.cli({QStringLiteral("list")});
    CHECK(next.exitCode == 0);
    CHECK(plainCopies().isEmpty());
    CHECK(clinic.files().filter(QStringLiteral(".tmp")).isEmpty());
}

TEST_CASE("attack: the plain copy of a killed restore is cleared at the next start but a live one "
          "is kept",
          "[cli][attack][sqlite]")
{
    Clinic clinic;
    // What a restore killed while decrypting leaves: its owner-only copy.
    const QString leftover = clinic.file(".clinic.sqlite.restoring-0123456789ab.tmp");
    put(leftover, contentsOf(clinic.earlierBackup()));
    QFile::setPermissions(leftover, kOwnerOnlyFile);
    {
        // One still being written by a program that is running is kept.
        PrivateTempFile live(clinic.folder(), QStringLiteral(".clinic.sqlite.backup-"));
        const Database database(clinic.path(), Database::Mode::MustExist);
        CHECK(QFileInfo::exists(live.path()));
        CHECK_FALSE(QFileInfo::exists(leftover));
    }
    CHECK(clinic.files().filter(QStringLiteral(".tmp")).isEmpty());
}

TEST_CASE("attack: restore onto a symlinked database path is refused", "[cli][attack][sqlite]")
{
    Clinic clinic;
    const QString link = clinic.file("link.sqlite");
    REQUIRE(QFile::link(clinic.path(), link));
    const Run run =
        runCli({QStringLiteral("--db"), link, QStringLiteral("--user"), test_staff::kManager,
                QStringLiteral("restore"), clinic.earlierBackup()},
               {}, clinic.environment());
    INFO(run.err);
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("symbolic link") != std::string::npos);
    CHECK(run.err.find(clinic.path().toStdString()) != std::string::npos); // the real path
    CHECK(isSymlink(link));
    CHECK(QFileInfo(link).canonicalFilePath() == QFileInfo(clinic.path()).canonicalFilePath());
    CHECK(clinic.files().filter(QStringLiteral(".replaced-")).isEmpty());
    clinic.requireIntact();
}

TEST_CASE("attack: every folder the program creates is owner-only whatever the umask",
          "[cli][attack][sqlite]")
{
    Clinic clinic;
    const Umask open(0);
    // A restore into a database path whose folders do not exist yet.
    const QString restored = clinic.folder() + QStringLiteral("/r1/r2/clinic.sqlite");
    const Run run = runCli(
        {QStringLiteral("--db"), restored, QStringLiteral("restore"), clinic.earlierBackup()});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(modeOf(clinic.folder() + QStringLiteral("/r1")) == 0700);
    CHECK(modeOf(clinic.folder() + QStringLiteral("/r1/r2")) == 0700);
    CHECK(modeOf(restored) == 0600);

    // A new database, in the core.
    const QString created = clinic.folder() + QStringLiteral("/n1/n2/clinic.sqlite");
    {
        const Database database(created);
    }
    CHECK(modeOf(clinic.folder() + QStringLiteral("/n1")) == 0700);
    CHECK(modeOf(clinic.folder() + QStringLiteral("/n1/n2")) == 0700);
    CHECK(modeOf(created) == 0600);
}

TEST_CASE("attack: the core export replaces a file only when told and never the database",
          "[cli][attack][sqlite]")
{
    // The GUI's path: the export dialog asks, then passes ExistingFile::Replace.
    Clinic clinic;
    const FixedClock clock(QDate(2026, 11, 21));
    const Database database(clinic.path(), Database::Mode::MustExist);
    const RuleEngine engine(RuleSetLoader::builtIn());
    const IntakeStore store(database, clock);
    const RecordExporter exporter(database, store);

    const QString target = clinic.file("chosen.csv");
    put(target, "last month's\n");
    CHECK_THROWS_AS(exporter.writeFile(target, {}), StorageError);
    CHECK(contentsOf(target) == "last month's\n");
    CHECK(exporter.writeFile(target, {}, {}, ExistingFile::Replace) == 1);
    CHECK(contentsOf(target).startsWith("intake_id,"));

    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        INFO(suffix);
        CHECK_THROWS_AS(exporter.writeFile(clinic.path() + QLatin1String(suffix), {}, {},
                                           ExistingFile::Replace),
                        StorageError);
    }
    CHECK(clinic.files().filter(QStringLiteral(".tmp")).isEmpty());
    clinic.requireIntact();
}
