// Opening, creating and upgrading the database file.
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "rules/RuleSetLoader.h"
#include "storage/SchemaMigrations.h"
#include "storage/SqliteLibrary.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <catch2/catch.hpp>

namespace {

QString pragma(const Database& database, const char* name)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("a new database and its folder are created owner-only", "[storage][sqlite]")
{
    QTemporaryDir parent;
    const QString path = parent.filePath(QStringLiteral("new/folder/clinic.sqlite"));
    {
        const Database database(path);
        CHECK(database.schemaVersion() == SchemaMigrations::kCurrentVersion);
    }
    CHECK(QFileInfo(path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const auto folder = QFileInfo(parent.filePath(QStringLiteral("new/folder"))).permissions();
    CHECK((folder & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                     QFile::WriteOther | QFile::ExeOther)) == 0);
}

TEST_CASE("the database runs with foreign keys, WAL and synchronous=FULL", "[storage][sqlite]")
{
    TestDatabase test;
    CHECK(pragma(test.database(), "foreign_keys") == QLatin1String("1"));
    CHECK(pragma(test.database(), "journal_mode") == QLatin1String("wal"));
    CHECK(pragma(test.database(), "synchronous") == QLatin1String("2")); // FULL
    CHECK(pragma(test.database(), "user_version") ==
          QString::number(SchemaMigrations::kCurrentVersion));
}

TEST_CASE("a missing database is not created where it must exist", "[storage][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("absent.sqlite"));
    CHECK_THROWS_AS(Database(path, Database::Mode::MustExist), StorageError);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a file that is not a database is refused with a clear message", "[storage][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    try {
        Database database(path);
        FAIL("opened a text file as a database");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Corrupt);
        CHECK(std::string(error.what()).find("not a Clinic Intake database") != std::string::npos);
    }
}

TEST_CASE("a database from a newer program is refused, not damaged", "[storage][sqlite]")
{
    TestDatabase test;
    test.database().execute(QStringLiteral("PRAGMA user_version = 99"), "test");
    CHECK_THROWS_WITH(test.reopen(), Catch::Contains("written by a newer Clinic Intake"));
    // A failure (exit 1 in the CLI), not a refused request.
    try {
        test.reopen();
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Other);
    }
}

TEST_CASE("a database written by schema version 1 is upgraded with its records",
          "[storage][sqlite]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.sqlite"));
    QProcess sqlite;
    sqlite.setStandardInputFile(QStringLiteral(CLINIC_FIXTURES_DIR "/clinic-v1.sql"));
    sqlite.start(QStringLiteral("sqlite3"), {path});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);

    const FixedClock clock(QDate(2026, 11, 21));
    const RuleEngine engine(RuleSetLoader::builtIn());
    const Database database(path);
    CHECK(database.schemaVersion() == SchemaMigrations::kCurrentVersion);
    const IntakeStore store(database, clock);

    // The old records are all there, with their review.
    const auto details = store.details(1);
    CHECK(details.at("intake").at("client").at("name") == "Zoë Núñez");
    CHECK(details.at("reviews").size() == 1);
    CHECK(details.at("reviews").at(0).at("reviewer") == "Ana Lima");
    CHECK(store.details(2).at("suggestion").at("approach") == "refer_out");

    // And the new search finds them without accents.
    IntakeFilter filter;
    filter.search = QStringLiteral("zoe nunez");
    const auto rows = store.list(filter);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].id == 1);
}

TEST_CASE("Qt's SQLite driver and the program's own SQLite calls use one SQLite library",
          "[storage][sqlite]")
{
    QTemporaryDir folder;
    const Database database(folder.filePath(QStringLiteral("clinic.sqlite")));
    const sqlite_library::Sharing sharing = sqlite_library::inspect(database.connection());
    INFO("ours: " << sharing.ownLibrary << " " << sharing.ownVersion);
    INFO("driver: " << sharing.driverPlugin << " " << sharing.driverVersion);
    // Debian's plugin is a shared object of its own, linked with the system
    // libsqlite3 that this program is linked with too.
    CHECK(sharing.driverPlugin.find("libqsqlite") != std::string::npos);
    CHECK(sharing.ownLibrary.find("libsqlite3") != std::string::npos);
    CHECK_FALSE(sharing.ownVersion.empty());
    CHECK(sharing.driverVersion == sharing.ownVersion);
    CHECK(sharing.shared);
}
