// What happens when things go wrong: a crash mid-write, a full disk, a
// read-only database, two programs writing at once.
#include "IntakeGenerator.h"
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "export/RecordExporter.h"
#include "storage/BackupCipher.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "validation/IntakeParser.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>
#include <random>
#include <sys/resource.h>

namespace {

std::vector<qint64> printedIds(QProcess& process)
{
    std::vector<qint64> ids;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        bool ok = false;
        const qint64 id = line.toLongLong(&ok);
        if (ok) { // a line cut off by the kill has no newline and is skipped by split
            ids.push_back(id);
        }
    }
    return ids;
}

} // namespace

TEST_CASE("killed at random moments, no intake whose id was printed is lost",
          "[storage][crash][sqlite]")
{
    TestDatabase test;
    const QString path = test.path();
    std::mt19937 random(1121);
    std::vector<qint64> promised;
    constexpr int kKills = 50;
    for (int round = 0; round < kKills; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CLINIC_STORAGE_WRITER), {path, QString::number(round + 1)});
        REQUIRE(writer.waitForStarted());
        QThread::msleep(std::uniform_int_distribution<int>(5, 120)(random));
        writer.kill(); // SIGKILL: no chance to clean up
        REQUIRE(writer.waitForFinished());
        const auto ids = printedIds(writer);
        promised.insert(promised.end(), ids.begin(), ids.end());

        // Each time: the database is sound and every promised intake is there.
        test.reopen();
        const auto problems = DatabaseMaintenance(test.database()).check();
        INFO("round " << round);
        INFO((problems.empty() ? QString() : problems.front()).toStdString());
        REQUIRE(problems.empty());
        for (const qint64 id : ids) {
            CHECK_NOTHROW(test.intakes().details(id));
        }
    }
    INFO("intakes promised over all rounds: " << promised.size());
    CHECK(promised.size() > 0);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) >= qint64(promised.size()));
    // Every stored intake is whole: a version and a suggestion each.
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM suggestions")) ==
          test.count(QStringLiteral("SELECT count(*) FROM intakes")));
}

TEST_CASE("a full disk gives a clear error and leaves nothing half-written", "[storage][sqlite]")
{
    TestDatabase test;
    // SQLite reports SQLITE_FULL once the file may not grow: a disk that fills up.
    const qint64 pages = test.count(QStringLiteral("PRAGMA page_count"));
    test.database().execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2), "test");
    IntakeGenerator generator(3);
    nlohmann::json big = sampleIntake();
    big["notes"] = std::string(3900, 'n');
    bool filled = false;
    for (int i = 0; i < 200 && !filled; ++i) {
        const qint64 before = test.count(QStringLiteral("SELECT count(*) FROM intakes"));
        try {
            test.add(big);
        } catch (const StorageError& error) {
            filled = true;
            CHECK(error.kind() == StorageError::Kind::DiskFull);
            CHECK(std::string(error.what()).find("the disk is full") != std::string::npos);
            CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == before);
            CHECK(test.count(QStringLiteral("SELECT count(*) FROM intake_versions")) == before);
            CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log")) == before);
        }
    }
    CHECK(filled);
    CHECK(DatabaseMaintenance(test.database()).check().empty());
}

TEST_CASE("a read-only database gives a clear error and changes nothing", "[storage][sqlite]")
{
    TestDatabase test;
    test.add(sampleIntake());
    const Database readOnly(test.path(), Database::Mode::ReadOnly);
    IntakeStore store(readOnly, test.clock());
    CHECK(store.list({}).size() == 1); // reading still works
    const auto record = *IntakeParser(test.clock()).parse(sampleIntake().dump()).record;
    try {
        store.add(test.engine().suggestVersion(record), QStringLiteral("desk"));
        FAIL("wrote to a read-only database");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::ReadOnly);
        CHECK(std::string(error.what()).find("cannot be written") != std::string::npos);
    }
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 1);
}

TEST_CASE("two programs writing at once both succeed, nothing lost",
          "[storage][concurrency][sqlite]")
{
    TestDatabase test;
    constexpr int kEach = 60;
    QProcess frontDesk;
    QProcess therapist;
    frontDesk.start(QStringLiteral(CLINIC_STORAGE_WRITER),
                    {test.path(), QStringLiteral("11"), QString::number(kEach)});
    therapist.start(QStringLiteral(CLINIC_STORAGE_WRITER),
                    {test.path(), QStringLiteral("22"), QString::number(kEach)});
    // Meanwhile this process writes too.
    IntakeGenerator generator(33);
    for (int i = 0; i < kEach; ++i) {
        test.add(generator.next());
    }
    REQUIRE(frontDesk.waitForFinished(120000));
    REQUIRE(therapist.waitForFinished(120000));
    INFO(frontDesk.readAllStandardError().toStdString()
         << therapist.readAllStandardError().toStdString());
    CHECK(frontDesk.exitCode() == 0);
    CHECK(therapist.exitCode() == 0);
    CHECK(printedIds(frontDesk).size() == std::size_t(kEach));
    CHECK(printedIds(therapist).size() == std::size_t(kEach));
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 3 * kEach);
    CHECK(DatabaseMaintenance(test.database()).check().empty());
}

TEST_CASE("check reports a damaged database", "[storage][sqlite]")
{
    TestDatabase test;
    test.add(sampleIntake());
    // Break a reference behind the program's back (foreign keys off for this connection).
    test.database().execute(QStringLiteral("PRAGMA foreign_keys = OFF"), "test");
    test.database().execute(QStringLiteral("UPDATE intakes SET client_id = 77"), "test");
    const auto problems = DatabaseMaintenance(test.database()).check();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("clients")));
}

namespace {

// What a message about a file the user chose must not show: the name of
// the temporary file it is written under first.
bool namesATemporaryFile(const std::string& message)
{
    return message.find(".partial-") != std::string::npos ||
           message.find(".tmp") != std::string::npos;
}

// Files may grow to `bytes` only while this lives (SIGXFSZ ignored: a write
// past it fails with EFBIG, as on a file system that refuses to grow).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_signal = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_signal);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_signal)(int) = nullptr;
};

} // namespace

TEST_CASE("a failed export or backup names the chosen file, never its temporary one",
          "[storage][files]")
{
    TestDatabase test;
    IntakeGenerator generator(7);
    for (int i = 0; i < 40; ++i) {
        test.add(generator.next());
    }
    const auto failure = [](const std::function<void()>& act) {
        try {
            act();
        } catch (const StorageError& error) {
            return std::string(error.what());
        }
        return std::string();
    };

    // A folder nothing can be created in (even by root): the temporary file
    // cannot be made.
    if (QFileInfo(QStringLiteral("/proc")).isDir()) {
        const QString csv = QStringLiteral("/proc/clinic-export.csv");
        const std::string exported =
            failure([&] { test.storage().exportToFile(csv, {}, {}, ExistingFile::Refuse); });
        INFO(exported);
        CHECK_FALSE(exported.empty());
        CHECK_FALSE(namesATemporaryFile(exported));
        CHECK(exported.find("/proc") != std::string::npos);

        const std::string plain = failure([&] {
            test.storage().backup(QStringLiteral("/proc/clinic-backup.sqlite"),
                                  QStringLiteral("ana"));
        });
        INFO(plain);
        CHECK_FALSE(plain.empty());
        CHECK_FALSE(namesATemporaryFile(plain));

        const std::string encrypted = failure([&] {
            test.storage().backupEncrypted(QStringLiteral("/proc/clinic-backup.sqlite.encrypted"),
                                           QStringLiteral("correct horse battery staple"),
                                           QStringLiteral("ana"),
                                           BackupCipher(BackupCipher::KeyCost::minimal()));
        });
        INFO(encrypted);
        CHECK_FALSE(encrypted.empty());
        CHECK_FALSE(namesATemporaryFile(encrypted));
    } else {
        WARN("no /proc here: the unwritable-folder cases are left out");
    }

    // A write that fails half-way (the file may not grow): the chosen name,
    // no file left behind.
    const QString csv = QDir(test.folder()).filePath(QStringLiteral("november.csv"));
    std::string cutShort;
    {
        const FileSizeLimit limit(2048);
        cutShort = failure([&] { test.storage().exportToFile(csv, {}, {}, ExistingFile::Refuse); });
    }
    INFO(cutShort);
    CHECK_FALSE(cutShort.empty());
    CHECK_FALSE(namesATemporaryFile(cutShort));
    CHECK(cutShort.find("november.csv") != std::string::npos);
    CHECK_FALSE(QFileInfo::exists(csv));
    CHECK(QDir(test.folder())
              .entryList(QStringList{QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}
