// Issue 10, major 8: a database that cannot be written (read-only file,
// folder or mount, full disk) can still be backed up, exported and checked
// by a manager. The access is not in the database's audit log (it cannot be
// written): it is recorded in an owner-only fallback log beside it, and the
// next sign-in on a writable database moves those entries into the audit log.
//
// File modes do not stop root, and these tests may run as root: the tool
// runs in a private mount namespace (unshare -m) where the database file or
// its folder is a read-only bind mount, or a small full tmpfs holds a copy.
// Without mount namespaces, a non-root run falls back on file modes; root
// then skips with a warning.
#include "CliRunner.h"
#include "TestStaff.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

const QString kPasswordVariable = QStringLiteral("CLINIC_INTAKE_PASSWORD=");

enum class Unwritable
{
    File,   // the database file is read-only
    Folder, // its folder is read-only (nothing can be created beside it)
    Disk,   // the disk it is on is full
};

QStringList unsharePrefix()
{
    // Root makes a mount namespace of its own; anyone else maps to root in
    // a user namespace first.
    return geteuid() == 0 ? QStringList{QStringLiteral("-m")}
                          : QStringList{QStringLiteral("-r"), QStringLiteral("-m")};
}

bool mountsWork()
{
    static const bool works = [] {
        QTemporaryDir folder;
        QProcess probe;
        probe.start(QStringLiteral("unshare"),
                    unsharePrefix() + QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                  QStringLiteral("mount -t tmpfs -o size=1m "
                                                                 "tmpfs \"$0\""),
                                                  folder.path()});
        return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
               probe.exitCode() == 0;
    }();
    return works;
}

bool canMake(Unwritable how)
{
    if (mountsWork()) {
        return true;
    }
    return how != Unwritable::Disk && geteuid() != 0;
}

// $0 is made a read-only bind mount, then the tool runs ("$@").
const QString kReadOnlyMount = QStringLiteral(
    "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" \"$0\" && exec \"$@\"");
// $0 becomes a small tmpfs holding a copy of the database, then is filled up.
const QString kFullDisk = QStringLiteral(
    "mount -t tmpfs -o size=4m tmpfs \"$0\" && cp \"$RESCUE_SOURCE\" \"$0/\" && "
    "{ dd if=/dev/zero of=\"$0/filler\" bs=4096 2>/dev/null; true; } && exec \"$@\"");

// A database with the three test accounts and one intake, in a folder of its own.
class Clinic
{
public:
    Clinic()
    {
        {
            const Database database(path());
            test_staff::createIn(database, SystemClock());
        }
        const Run added =
            as(test_staff::kFrontDesk, {QStringLiteral("add"), golden("01-complete-plain.json")});
        REQUIRE(added.exitCode == 0);
    }

    QString folder() const { return m_folder.path(); }
    QString path() const { return m_folder.filePath(QStringLiteral("clinic.sqlite")); }
    QString fallbackPath() const { return path() + QStringLiteral(".audit-fallback.log"); }
    QString elsewhere(const char* name) const
    {
        return m_elsewhere.filePath(QString::fromLatin1(name));
    }

    Run as(const QString& user, const QStringList& arguments, QString password = {}) const
    {
        if (password.isNull()) {
            password = test_staff::passwordOf(user);
        }
        return runCli(QStringList{QStringLiteral("--db"), path(), QStringLiteral("--user"), user} +
                          arguments,
                      {}, {kPasswordVariable + password});
    }

    // The same while the database cannot be written.
    Run asWhenUnwritable(Unwritable how, const QString& user, const QStringList& arguments,
                         QString password = {}) const
    {
        if (password.isNull()) {
            password = test_staff::passwordOf(user);
        }
        QStringList environment{kPasswordVariable + password};
        if (how == Unwritable::Disk) {
            const QString full = m_folder.filePath(QStringLiteral("full"));
            REQUIRE(QDir().mkpath(full));
            environment << QStringLiteral("RESCUE_SOURCE=") + path();
            return runCliThrough(
                QStringLiteral("unshare"),
                unsharePrefix() +
                    QStringList{QStringLiteral("sh"), QStringLiteral("-c"), kFullDisk, full},
                QStringList{QStringLiteral("--db"), full + QStringLiteral("/clinic.sqlite"),
                            QStringLiteral("--user"), user} +
                    arguments,
                {}, environment);
        }
        const QString target = how == Unwritable::File ? path() : folder();
        const QStringList database{QStringLiteral("--db"), path(), QStringLiteral("--user"), user};
        if (mountsWork()) {
            return runCliThrough(QStringLiteral("unshare"),
                                 unsharePrefix() + QStringList{QStringLiteral("sh"),
                                                               QStringLiteral("-c"), kReadOnlyMount,
                                                               target},
                                 database + arguments, {}, environment);
        }
        const auto before = QFile::permissions(target);
        QFile::setPermissions(target, how == Unwritable::File ? QFile::ReadOwner
                                                              : QFile::ReadOwner | QFile::ExeOwner);
        const Run run = runCli(database + arguments, {}, environment);
        QFile::setPermissions(target, before);
        return run;
    }

    QVariant value(const QString& sql) const
    {
        const Database database(path(), Database::Mode::ReadOnly);
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(sql));
        return query.next() ? query.value(0) : QVariant();
    }

    void execute(const QString& sql) const
    {
        const Database database(path());
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(sql));
    }

private:
    QTemporaryDir m_folder;
    QTemporaryDir m_elsewhere;
};

std::vector<nlohmann::json> fallbackEntries(const QString& path)
{
    std::vector<nlohmann::json> entries;
    for (const auto& line : Run::lines(readFile(path))) {
        entries.push_back(nlohmann::json::parse(line));
    }
    return entries;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

qint64 intakesIn(const QString& path)
{
    const Database database(path, Database::Mode::ReadOnly);
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM intakes")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("attack: a manager backs up, exports and checks a read-only database file, "
          "the access logged beside it and moved into the audit log at the next sign-in",
          "[sqlite]")
{
    if (!canMake(Unwritable::File)) {
        WARN("skipped: running as root without mount namespaces, a file cannot be made "
             "unwritable");
        return;
    }
    const Clinic clinic;
    const qint64 entriesBefore =
        clinic.value(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

    const Run backup =
        clinic.asWhenUnwritable(Unwritable::File, test_staff::kManager,
                                {QStringLiteral("backup"), clinic.elsewhere("rescued.sqlite")});
    INFO(backup.err);
    REQUIRE(backup.exitCode == 0);
    CHECK(contains(backup.err, "warning: the database cannot be written ("));
    CHECK(contains(backup.err, "this access is not in its audit log; it is recorded in " +
                                   clinic.fallbackPath().toStdString()));
    CHECK(intakesIn(clinic.elsewhere("rescued.sqlite")) == 1);

    const Run exported = clinic.asWhenUnwritable(
        Unwritable::File, test_staff::kManager,
        {QStringLiteral("export"), QStringLiteral("-o"), clinic.elsewhere("rescued.csv")});
    INFO(exported.err);
    CHECK(exported.exitCode == 0);
    CHECK(QFileInfo(clinic.elsewhere("rescued.csv")).size() > 0);

    const Run checked =
        clinic.asWhenUnwritable(Unwritable::File, test_staff::kManager, {QStringLiteral("check")});
    INFO(checked.err);
    CHECK(checked.exitCode == 0);
    CHECK(contains(checked.out, "ok: "));

    // Nothing reached the database's own audit log.
    CHECK(clinic.value(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() ==
          entriesBefore);

    // The fallback log: owner-only, one JSON object a line, real time.
    struct stat status
    {};
    REQUIRE(::lstat(QFile::encodeName(clinic.fallbackPath()).constData(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);
    const auto entries = fallbackEntries(clinic.fallbackPath());
    std::vector<std::string> actions;
    for (const auto& entry : entries) {
        actions.push_back(entry.at("action").get<std::string>());
        CHECK(entry.at("actor") == "mona");
        CHECK(!entry.at("reason").get<std::string>().empty());
        const QDateTime at = QDateTime::fromString(
            QString::fromStdString(entry.at("time").get<std::string>()), Qt::ISODateWithMs);
        CHECK(std::abs(at.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    }
    CHECK(std::count(actions.begin(), actions.end(), "login") == 3);
    CHECK(std::count(actions.begin(), actions.end(), "backup") == 1);
    CHECK(std::count(actions.begin(), actions.end(), "export") == 1);

    // The next sign-in on the writable database moves them into the audit log.
    const Run audit = clinic.as(test_staff::kManager, {QStringLiteral("audit")});
    INFO(audit.err);
    REQUIRE(audit.exitCode == 0);
    CHECK(!contains(audit.err, "warning"));
    CHECK(!QFileInfo::exists(clinic.fallbackPath()));
    CHECK(clinic
              .value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'rescue "
                                    "backup' AND details LIKE '%could not be written%'"))
              .toLongLong() == 1);
    CHECK(
        clinic.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'rescue %'"))
            .toLongLong() == qint64(entries.size()));
    // Once only, and the chain holds.
    REQUIRE(clinic.as(test_staff::kManager, {QStringLiteral("check")}).exitCode == 0);
    CHECK(
        clinic.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'rescue %'"))
            .toLongLong() == qint64(entries.size()));
}

TEST_CASE("attack: commands that write are refused on a database that cannot be written",
          "[sqlite]")
{
    if (!canMake(Unwritable::File)) {
        WARN("skipped: running as root without mount namespaces");
        return;
    }
    const Clinic clinic;
    const Run added =
        clinic.asWhenUnwritable(Unwritable::File, test_staff::kFrontDesk,
                                {QStringLiteral("add"), golden("01-complete-plain.json")});
    CHECK(added.exitCode == 1);
    CHECK(contains(added.err, "cannot be written"));
    CHECK(contains(added.err, "add changes the database"));
    const Run review = clinic.asWhenUnwritable(
        Unwritable::File, test_staff::kTherapist,
        {QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--accept")});
    CHECK(review.exitCode == 1);
    CHECK(contains(review.err, "review changes the database"));
    const Run users = clinic.asWhenUnwritable(Unwritable::File, test_staff::kManager,
                                              {QStringLiteral("users"), QStringLiteral("add"),
                                               QStringLiteral("newbie"), QStringLiteral("--role"),
                                               QStringLiteral("therapist")});
    CHECK(users.exitCode == 1);
    CHECK(contains(users.err, "cannot be written"));
    // Reading commands work for the roles that may use them.
    const Run list =
        clinic.asWhenUnwritable(Unwritable::File, test_staff::kFrontDesk, {QStringLiteral("list")});
    INFO(list.err);
    CHECK(list.exitCode == 0);
    const Run show = clinic.asWhenUnwritable(Unwritable::File, test_staff::kTherapist,
                                             {QStringLiteral("show"), QStringLiteral("1")});
    INFO(show.err);
    CHECK(show.exitCode == 0);
}

TEST_CASE("attack: the rescue access keeps the roles, the lockout and the password", "[sqlite]")
{
    if (!canMake(Unwritable::File)) {
        WARN("skipped: running as root without mount namespaces");
        return;
    }
    const Clinic clinic;
    // Front desk may not back up, rescue or not.
    const Run frontDesk =
        clinic.asWhenUnwritable(Unwritable::File, test_staff::kFrontDesk,
                                {QStringLiteral("backup"), clinic.elsewhere("front.sqlite")});
    CHECK(frontDesk.exitCode == 3);
    CHECK(!QFileInfo::exists(clinic.elsewhere("front.sqlite")));

    // A wrong password: refused, and the warning says it was not counted.
    const Run wrong = clinic.asWhenUnwritable(
        Unwritable::File, test_staff::kManager,
        {QStringLiteral("backup"), clinic.elsewhere("wrong.sqlite")}, QStringLiteral("guess-1234"));
    CHECK(wrong.exitCode == 3);
    CHECK(contains(wrong.err, "not counted"));
    CHECK(!QFileInfo::exists(clinic.elsewhere("wrong.sqlite")));

    // A lockout recorded in the database holds in rescue mode too.
    clinic.execute(
        QStringLiteral("UPDATE users SET failed_attempts = 7, locked_until = '%1' "
                       "WHERE name = 'mona'")
            .arg(QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODateWithMs)));
    const Run locked =
        clinic.asWhenUnwritable(Unwritable::File, test_staff::kManager,
                                {QStringLiteral("backup"), clinic.elsewhere("locked.sqlite")});
    CHECK(locked.exitCode == 3);
    CHECK(!QFileInfo::exists(clinic.elsewhere("locked.sqlite")));
}

TEST_CASE("attack: in a read-only folder the warning says that not even the fallback log "
          "could be written",
          "[sqlite]")
{
    if (!canMake(Unwritable::Folder)) {
        WARN("skipped: running as root without mount namespaces");
        return;
    }
    const Clinic clinic;
    const Run backup =
        clinic.asWhenUnwritable(Unwritable::Folder, test_staff::kManager,
                                {QStringLiteral("backup"), clinic.elsewhere("rescued.sqlite")});
    INFO(backup.err);
    REQUIRE(backup.exitCode == 0);
    CHECK(contains(backup.err, "warning: the database cannot be written ("));
    CHECK(contains(backup.err, "could not be recorded in " + clinic.fallbackPath().toStdString()));
    CHECK(intakesIn(clinic.elsewhere("rescued.sqlite")) == 1);
    CHECK(!QFileInfo::exists(clinic.fallbackPath()));
}

TEST_CASE("attack: a symlink planted at the fallback log's name is not followed", "[sqlite]")
{
    if (!canMake(Unwritable::File)) {
        WARN("skipped: running as root without mount namespaces");
        return;
    }
    const Clinic clinic;
    const QString target = clinic.elsewhere("victim.txt");
    {
        QFile victim(target);
        REQUIRE(victim.open(QIODevice::WriteOnly));
        victim.write("precious\n");
    }
    REQUIRE(QFile::link(target, clinic.fallbackPath()));
    const Run backup =
        clinic.asWhenUnwritable(Unwritable::File, test_staff::kManager,
                                {QStringLiteral("backup"), clinic.elsewhere("rescued.sqlite")});
    INFO(backup.err);
    CHECK(backup.exitCode == 0);
    CHECK(contains(backup.err, "could not be recorded in"));
    CHECK(readFile(target) == "precious\n");
    CHECK(QFileInfo(clinic.fallbackPath()).isSymLink());
}

TEST_CASE("attack: a full disk does not keep a manager from backing up", "[sqlite]")
{
    if (!canMake(Unwritable::Disk)) {
        WARN("skipped: mounting a small tmpfs is not permitted here, so a full disk cannot be "
             "made; only the read-only cases are tested");
        return;
    }
    const Clinic clinic;
    const Run backup =
        clinic.asWhenUnwritable(Unwritable::Disk, test_staff::kManager,
                                {QStringLiteral("backup"), clinic.elsewhere("rescued.sqlite")});
    INFO(backup.err);
    REQUIRE(backup.exitCode == 0);
    CHECK(contains(backup.err, "warning: the database cannot be written ("));
    CHECK(intakesIn(clinic.elsewhere("rescued.sqlite")) == 1);
}

TEST_CASE("attack: a long import does not make another sign-in fail as busy: it waits and "
          "says so",
          "[sqlite]")
{
    const Clinic clinic;
    // This test holds the write lock, as an import does, for longer than the
    // 10 s busy timeout, and lets go while the tool's sign-in waits.
    sqlite3* holder = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(clinic.path()).constData(), &holder,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    std::thread release([holder] {
        std::this_thread::sleep_for(std::chrono::seconds(12));
        sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
    });
    const Run list = clinic.as(test_staff::kManager, {QStringLiteral("list")});
    release.join();
    sqlite3_close(holder);
    INFO(list.err);
    CHECK(list.exitCode == 0);
    CHECK(contains(list.err, "waiting for another program (an import?) to finish"));
    CHECK(contains(list.out, "ID\tVISIT"));
}

namespace {

// Runs the tool as the unprivileged user "nobody" (the test runs as root).
Run asNobody(const Clinic& clinic, const QString& user, const QStringList& arguments)
{
    return runCliThrough(
        QStringLiteral("runuser"),
        {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")},
        QStringList{QStringLiteral("--db"), clinic.path(), QStringLiteral("--user"), user} +
            arguments,
        {}, {kPasswordVariable + test_staff::passwordOf(user)});
}

bool nobodyWorks()
{
    QProcess probe;
    probe.start(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("nobody"),
                                            QStringLiteral("--"), QStringLiteral("true")});
    return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
           probe.exitCode() == 0;
}

void giveToNobody(const QString& path)
{
    REQUIRE(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
}

void writeSidecar(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
}

} // namespace

TEST_CASE("attack: a stale -shm and -wal left by an earlier run as another user no longer "
          "block the database",
          "[sqlite]")
{
    if (geteuid() != 0 || !nobodyWorks()) {
        WARN("skipped: needs root and runuser to leave files of another user behind");
        return;
    }
    const Clinic clinic;
    giveToNobody(clinic.folder());
    giveToNobody(clinic.path());
    // Root's run left an index and an empty log that nobody cannot write.
    writeSidecar(clinic.path() + QStringLiteral("-shm"), QByteArray(32768, '\0'));
    writeSidecar(clinic.path() + QStringLiteral("-wal"), QByteArray());

    const Run added = asNobody(clinic, test_staff::kFrontDesk,
                               {QStringLiteral("add"), golden("01-complete-plain.json")});
    INFO(added.err);
    CHECK(added.exitCode == 0);
    CHECK(!contains(added.err, "warning"));
    CHECK(intakesIn(clinic.path()) == 2);
}

namespace {

// The clinic's folder and file belong to nobody, with a -wal of 100 bytes
// that may hold saved changes beside the file; its path.
QString leaveStaleWal(const Clinic& clinic)
{
    giveToNobody(clinic.folder());
    giveToNobody(clinic.path());
    const QString wal = clinic.path() + QStringLiteral("-wal");
    writeSidecar(wal, QByteArray(100, 'x'));
    return wal;
}

} // namespace

TEST_CASE("attack: a stale -wal that may hold saved changes is never removed, the error says "
          "what to do",
          "[sqlite]")
{
    if (geteuid() != 0 || !nobodyWorks()) {
        WARN("skipped: needs root and runuser to leave files of another user behind");
        return;
    }
    const Clinic clinic;
    const QString wal = leaveStaleWal(clinic);
    const Run added = asNobody(clinic, test_staff::kFrontDesk,
                               {QStringLiteral("add"), golden("01-complete-plain.json")});
    CHECK(added.exitCode == 1);
    CHECK(contains(added.err, "-wal file " + wal.toStdString()));
    CHECK(contains(added.err, "may hold saved changes"));
    CHECK(contains(added.err, "give it the same owner and permissions as the database file"));
    CHECK(QFileInfo(wal).size() == 100);
}

// The CLI tells a stale -wal from other read-only failures by the error's
// type, so in French it still says what to do (and not "read-only file").
TEST_CASE("attack: in French, a stale -wal is named and what to do is said, as in English",
          "[sqlite][language]")
{
    if (geteuid() != 0 || !nobodyWorks()) {
        WARN("skipped: needs root and runuser to leave files of another user behind");
        return;
    }
    const Clinic clinic;
    const QString wal = leaveStaleWal(clinic);
    const Run added = asNobody(clinic, test_staff::kFrontDesk,
                               {QStringLiteral("--lang"), QStringLiteral("fr"),
                                QStringLiteral("add"), golden("01-complete-plain.json")});
    INFO(added.err);
    CHECK(added.exitCode == 1);
    CHECK(contains(added.err, "le fichier -wal de la base de données, " + wal.toStdString() +
                                  ", ne peut pas être écrit par cet utilisateur"));
    CHECK(contains(added.err, "il peut contenir des modifications enregistrées"));
    CHECK(contains(added.err, "donnez-lui le même propriétaire et les mêmes permissions"));
    CHECK(!contains(added.err, "fichier, dossier ou disque en lecture seule"));
    CHECK(QFileInfo(wal).size() == 100);
}
