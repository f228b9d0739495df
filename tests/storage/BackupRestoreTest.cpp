// Encrypted backups and verified restores: a backup comes back with the same
// records; a damaged or altered backup, or a wrong passphrase, is refused
// before anything is replaced; the replaced database is kept.
// The tests with database files are [sqlite]: they back up and restore files
// through DatabaseMaintenance and DatabaseRestore (restore swaps files). The
// cipher's own tests run on both backends.
#include "Harness.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/AuditLog.h"
#include "storage/BackupCipher.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/DatabaseRestore.h"
#include "storage/IntakeStore.h"
#include "storage/SchemaMigrations.h"
#include "storage/StorageError.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/FixedClock.h"
#include "workflow/IntakeWorkflow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>
#include <catch2/catch.hpp>
#include <functional>
#include <sodium.h>

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
const FixedClock kClock(QDate(2026, 11, 21)); // noon UTC
constexpr auto kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                            QFile::WriteUser; // Qt reports the owner twice on Unix

// Cheap Argon2 for the tests; production uses BackupCipher::KeyCost::strong().
const BackupCipher& cheapCipher()
{
    static const BackupCipher cipher(BackupCipher::KeyCost::minimal());
    return cipher;
}

// Adds `count` generated intakes (and one review) to the database at `path`, then closes it.
void fill(const QString& path, int count, std::uint64_t seed)
{
    const RuleEngine engine(RuleSetLoader::builtIn());
    const Database database(path);
    SqliteClinicStorage storage(database, kClock);
    const auto result = harness::importGenerated(storage, engine, kClock, count, seed);
    REQUIRE(result.imported == static_cast<std::size_t>(count));
    IntakeWorkflow(storage.intakes(), storage.audit(), engine, kClock)
        .review(1, ReviewDecision{}, QStringLiteral("Ana Lima"));
}

// Every row of the record tables, as text: equal dumps are equal records.
QString dump(const QString& path)
{
    const Database database(path, Database::Mode::MustExist);
    QString text;
    for (const char* table : {"clients", "intakes", "intake_versions", "suggestions", "reviews"}) {
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
        text += QLatin1String(table) + QLatin1Char('\n');
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column) {
                text += query.value(column).toString() + QLatin1Char('|');
            }
            text += QLatin1Char('\n');
        }
    }
    return text;
}

std::vector<AuditEntry> auditOf(const QString& path)
{
    const Database database(path, Database::Mode::MustExist);
    return AuditLog(database, kClock).entries();
}

void backupEncrypted(const QString& databasePath, const QString& destination,
                     const QString& passphrase = kPassphrase)
{
    const Database database(databasePath, Database::Mode::MustExist);
    DatabaseMaintenance(database).backupEncrypted(
        destination, passphrase, AuditLog(database, kClock), QStringLiteral("ana"), cheapCipher());
}

void backupPlain(const QString& databasePath, const QString& destination)
{
    const Database database(databasePath, Database::Mode::MustExist);
    DatabaseMaintenance(database).backup(destination, AuditLog(database, kClock),
                                         QStringLiteral("ana"));
}

RestoreResult restore(const QString& backup, const std::optional<QString>& passphrase,
                      const QString& databasePath)
{
    return DatabaseRestore::restore(backup, passphrase, databasePath, kClock,
                                    QStringLiteral("bruno"));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Files a backup or restore leaves behind while at work (none must survive it).
QStringList leftovers(const QString& folder)
{
    QStringList found;
    const auto entries = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : entries) {
        if (name.contains(QLatin1String(".restoring-")) ||
            name.contains(QLatin1String(".backup-")) || name.contains(QLatin1String(".partial-")) ||
            name.endsWith(QLatin1String(".tmp"))) {
            found << name;
        }
    }
    return found;
}

QStringList keptFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.replaced-*")}, QDir::Files);
}

// Runs `action`, which must throw a StorageError of `kind` whose message contains `text`.
void expectRefused(const std::function<void()>& action, StorageError::Kind kind,
                   const std::string& text)
{
    try {
        action();
        FAIL("not refused; expected: " << text);
    } catch (const StorageError& error) {
        INFO(error.what());
        CHECK(error.kind() == kind);
        CHECK_THAT(error.what(), Catch::Contains(text));
    }
}

void writeBigEndian(QByteArray& bytes, int offset, std::uint64_t value, int size)
{
    for (int i = size - 1; i >= 0; --i, value >>= 8) {
        bytes[offset + i] = static_cast<char>(value & 0xFF);
    }
}

constexpr int kHeaderBytes = 69;
constexpr int kSealedChunk = BackupCipher::kChunkSize + 17;

// A clinic database with records, and an encrypted backup of it on a "stick".
struct Fixture
{
    QTemporaryDir source;
    QTemporaryDir clinic; // where the database being replaced lives
    QTemporaryDir stick;
    QString sourcePath = source.filePath(QStringLiteral("clinic.sqlite"));
    QString livePath = clinic.filePath(QStringLiteral("clinic.sqlite"));
    QString backupPath = stick.filePath(QStringLiteral("clinic.backup"));
    QString liveDump;

    explicit Fixture(int intakes = 300)
    {
        fill(sourcePath, intakes, 7);
        backupEncrypted(sourcePath, backupPath);
        fill(livePath, 5, 8);
        liveDump = dump(livePath);
    }

    // The live database is as it was, and nothing was left behind.
    void checkUntouched()
    {
        CHECK(dump(livePath) == liveDump);
        CHECK(keptFiles(clinic.path()).isEmpty());
        CHECK(leftovers(clinic.path()).isEmpty());
        CHECK(leftovers(stick.path()).isEmpty());
    }
};

} // namespace

TEST_CASE("an encrypted backup restores to the same records", "[storage][backup][sqlite]")
{
    QTemporaryDir source;
    QTemporaryDir stick;
    QTemporaryDir elsewhere;
    const QString sourcePath = source.filePath(QStringLiteral("clinic.sqlite"));
    const QString backupPath = stick.filePath(QStringLiteral("clinic.backup"));
    fill(sourcePath, 40, 1);
    backupEncrypted(sourcePath, backupPath);

    // Owner-only, encrypted (no SQLite header, no names in clear), and no
    // plain copy left beside the database or the backup.
    CHECK(QFileInfo(backupPath).permissions() == kOwnerOnly);
    CHECK(BackupCipher::isEncryptedBackup(backupPath));
    const QByteArray sealed = readAll(backupPath);
    CHECK_FALSE(sealed.contains("SQLite format 3"));
    CHECK_FALSE(sealed.contains("CREATE TABLE"));
    CHECK(leftovers(source.path()).isEmpty());
    CHECK(leftovers(stick.path()).isEmpty());
    const auto sourceAudit = auditOf(sourcePath);
    REQUIRE_FALSE(sourceAudit.empty());
    CHECK(sourceAudit.back().action == QLatin1String("backup"));
    CHECK(sourceAudit.back().details.contains(QLatin1String("encrypted")));

    // Restored where there is no database yet: installed, nothing kept.
    const QString restoredPath = elsewhere.filePath(QStringLiteral("new/clinic.sqlite"));
    const RestoreResult result = restore(backupPath, kPassphrase, restoredPath);
    CHECK(result.encrypted);
    CHECK(result.keptAs.isEmpty());
    CHECK(result.backupSchemaVersion == SchemaMigrations::kCurrentVersion);
    CHECK(dump(restoredPath) == dump(sourcePath));
    CHECK(QFileInfo(restoredPath).permissions() == kOwnerOnly);
    CHECK(leftovers(QFileInfo(restoredPath).absolutePath()).isEmpty());

    // Its audit log: the source's entries up to the backup, then the restore.
    const auto restoredAudit = auditOf(restoredPath);
    REQUIRE(restoredAudit.size() == sourceAudit.size()); // without "backup", with "restore"
    for (std::size_t i = 0; i + 1 < sourceAudit.size(); ++i) {
        CHECK(restoredAudit[i].action == sourceAudit[i].action);
    }
    CHECK(restoredAudit.back().action == QLatin1String("restore"));
    CHECK(restoredAudit.back().actor == QLatin1String("bruno"));
    CHECK(restoredAudit.back().records == QLatin1String("whole database"));
    CHECK(restoredAudit.back().details.contains(QFileInfo(backupPath).absoluteFilePath()));
    CHECK(restoredAudit.back().details.contains(QLatin1String("encrypted")));

    // And the restored database passes the full check.
    const Database restored(restoredPath, Database::Mode::MustExist);
    CHECK(DatabaseMaintenance(restored).check().empty());
}

TEST_CASE("restore keeps the database it replaces, and that one still opens",
          "[storage][backup][sqlite]")
{
    Fixture fixture(40);
    const QString backupDump = dump(fixture.sourcePath);
    REQUIRE(backupDump != fixture.liveDump);

    const RestoreResult first = restore(fixture.backupPath, kPassphrase, fixture.livePath);
    CHECK(first.keptAs == fixture.livePath + QStringLiteral(".replaced-20261121-120000"));
    CHECK(dump(fixture.livePath) == backupDump);
    CHECK(dump(first.keptAs) == fixture.liveDump);
    CHECK(QFileInfo(first.keptAs).permissions() == kOwnerOnly);
    CHECK(leftovers(fixture.clinic.path()).isEmpty());
    // The kept database was closed cleanly: one file, no -wal or -shm beside it.
    CHECK_FALSE(QFileInfo::exists(first.keptAs + QStringLiteral("-wal")));
    const auto audit = auditOf(fixture.livePath);
    CHECK(audit.back().details.contains(first.keptAs));

    // The same second again: a second kept copy, not one overwritten.
    const RestoreResult second = restore(fixture.backupPath, kPassphrase, fixture.livePath);
    CHECK(second.keptAs == first.keptAs + QStringLiteral("-2"));
    CHECK(dump(first.keptAs) == fixture.liveDump);
    CHECK(dump(fixture.livePath) == backupDump);
}

TEST_CASE("a wrong passphrase is refused and nothing is replaced", "[storage][backup][sqlite]")
{
    Fixture fixture(5);
    expectRefused([&] { restore(fixture.backupPath, QStringLiteral("wrong"), fixture.livePath); },
                  StorageError::Kind::Corrupt, "damaged or the passphrase is wrong");
    fixture.checkUntouched();

    expectRefused([&] { restore(fixture.backupPath, std::nullopt, fixture.livePath); },
                  StorageError::Kind::Invalid, "passphrase is needed");
    expectRefused([&] { restore(fixture.backupPath, QString(), fixture.livePath); },
                  StorageError::Kind::Invalid, "passphrase is needed");
    fixture.checkUntouched();
}

TEST_CASE("an altered, cut or extended encrypted backup is refused", "[storage][backup][sqlite]")
{
    Fixture fixture; // 300 intakes: several chunks
    const QByteArray original = readAll(fixture.backupPath);
    REQUIRE(original.size() > kHeaderBytes + 3 * kSealedChunk);
    QByteArray changed = original;
    std::string expected;
    auto kind = StorageError::Kind::Corrupt;

    SECTION("a flipped byte in the middle")
    {
        changed[changed.size() / 2] = static_cast<char>(changed[changed.size() / 2] ^ 0x01);
        expected = "fails its authentication";
    }
    SECTION("a flipped byte in the first chunk")
    {
        changed[kHeaderBytes + 100] = static_cast<char>(changed[kHeaderBytes + 100] ^ 0x80);
        expected = "damaged or the passphrase is wrong";
    }
    SECTION("cut at a chunk boundary: the final chunk is missing")
    {
        changed.truncate(kHeaderBytes + 2 * kSealedChunk);
        expected = "ends before its last part";
    }
    SECTION("cut inside the last chunk")
    {
        changed.chop(5);
        expected = "ends inside part";
    }
    SECTION("a whole chunk taken out of the middle")
    {
        changed.remove(kHeaderBytes + kSealedChunk, kSealedChunk);
        expected = "fails its authentication";
    }
    SECTION("two chunks swapped")
    {
        const QByteArray second = changed.mid(kHeaderBytes + kSealedChunk, kSealedChunk);
        const QByteArray third = changed.mid(kHeaderBytes + 2 * kSealedChunk, kSealedChunk);
        changed.replace(kHeaderBytes + kSealedChunk, kSealedChunk, third);
        changed.replace(kHeaderBytes + 2 * kSealedChunk, kSealedChunk, second);
        expected = "fails its authentication";
    }
    SECTION("cut right after the header")
    {
        changed.truncate(kHeaderBytes);
        expected = "ends before its last part";
    }
    SECTION("cut inside the header")
    {
        changed.truncate(40);
        expected = "ends inside its header";
    }
    SECTION("bytes after the final chunk")
    {
        changed.append("trailing garbage");
        expected = "bytes after its end";
    }
    SECTION("the salt changed")
    {
        changed[29] = static_cast<char>(changed[29] ^ 0x01);
        expected = "damaged or the passphrase is wrong";
    }
    SECTION("the chunk size in the header changed (authenticated as additional data)")
    {
        writeBigEndian(changed, 25, BackupCipher::kChunkSize * 2, 4);
        expected = "damaged or the passphrase is wrong";
    }
    SECTION("a later format version")
    {
        changed[8] = 2;
        expected = "newer Clinic Intake";
        kind = StorageError::Kind::Invalid;
    }
    SECTION("format version 0, which no version writes: damaged, not newer")
    {
        changed[8] = 0;
        expected = "its header gives format 0";
    }
    SECTION("the magic changed: then it is no database either")
    {
        changed[0] = 'X';
        expected = "not a Clinic Intake database";
    }
    writeAll(fixture.backupPath, changed);
    expectRefused([&] { restore(fixture.backupPath, kPassphrase, fixture.livePath); }, kind,
                  expected);
    fixture.checkUntouched();
}

TEST_CASE("a header asking for absurd key costs is refused before any allocation",
          "[storage][backup][sqlite]")
{
    Fixture fixture(5);
    QByteArray changed = readAll(fixture.backupPath);
    SECTION("memlimit of 1 TiB")
    {
        writeBigEndian(changed, 17, std::uint64_t(1) << 40, 8);
    }
    SECTION("memlimit just over 1 GiB")
    {
        writeBigEndian(changed, 17, (std::uint64_t(1) << 30) + 1, 8);
    }
    SECTION("opslimit of 2^40")
    {
        writeBigEndian(changed, 9, std::uint64_t(1) << 40, 8);
    }
    SECTION("opslimit of 0")
    {
        writeBigEndian(changed, 9, 0, 8);
    }
    SECTION("a chunk of 4 GiB - 1")
    {
        writeBigEndian(changed, 25, 0xFFFFFFFFu, 4);
    }
    writeAll(fixture.backupPath, changed);
    QElapsedTimer timer;
    timer.start();
    // "out of bounds", not "not enough memory": refused before Argon2 ran.
    expectRefused([&] { restore(fixture.backupPath, kPassphrase, fixture.livePath); },
                  StorageError::Kind::Corrupt, "out of bounds");
    CHECK(timer.elapsed() < 1000);
    fixture.checkUntouched();
}

TEST_CASE("a plain backup restores", "[storage][backup][sqlite]")
{
    Fixture fixture(20);
    const QString plainPath = fixture.stick.filePath(QStringLiteral("plain.sqlite"));
    backupPlain(fixture.sourcePath, plainPath);
    CHECK_FALSE(BackupCipher::isEncryptedBackup(plainPath));

    const RestoreResult result = restore(plainPath, std::nullopt, fixture.livePath);
    CHECK_FALSE(result.encrypted);
    CHECK_FALSE(result.keptAs.isEmpty());
    CHECK(dump(fixture.livePath) == dump(fixture.sourcePath));
    CHECK(dump(result.keptAs) == fixture.liveDump);
    CHECK(QFileInfo(fixture.livePath).permissions() == kOwnerOnly);
    CHECK(leftovers(fixture.clinic.path()).isEmpty());
    // The backup itself is left as it was (no -wal or -shm created beside it).
    CHECK(QDir(fixture.stick.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("a plain copy of a database file in WAL mode restores", "[storage][backup][sqlite]")
{
    Fixture fixture(20);
    // The closed source database, copied as a file: its header says WAL.
    const QString copyPath = fixture.stick.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::copy(fixture.sourcePath, copyPath));
    REQUIRE(readAll(copyPath).at(18) == 2);
    restore(copyPath, std::nullopt, fixture.livePath);
    CHECK(dump(fixture.livePath) == dump(fixture.sourcePath));
    CHECK(leftovers(fixture.clinic.path()).isEmpty());
    CHECK(QDir(fixture.stick.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("a database SQLite cannot read is replaced and kept with its sidecars",
          "[storage][backup][sqlite]")
{
    Fixture fixture(20);
    writeAll(fixture.livePath, QByteArray(8192, 'x'));
    writeAll(fixture.livePath + QStringLiteral("-wal"), "an old log");
    const RestoreResult result = restore(fixture.backupPath, kPassphrase, fixture.livePath);
    CHECK(dump(fixture.livePath) == dump(fixture.sourcePath));
    CHECK(readAll(result.keptAs) == QByteArray(8192, 'x'));
    CHECK(readAll(result.keptAs + QStringLiteral("-wal")) == "an old log");
    CHECK(leftovers(fixture.clinic.path()).isEmpty());
}

TEST_CASE("a damaged or foreign plain backup is refused, the database untouched",
          "[storage][backup][sqlite]")
{
    Fixture fixture(200);
    const QString plainPath = fixture.stick.filePath(QStringLiteral("plain.sqlite"));
    backupPlain(fixture.sourcePath, plainPath);
    std::string expected;
    auto kind = StorageError::Kind::Corrupt;

    SECTION("pages overwritten: the integrity check fails")
    {
        QByteArray bytes = readAll(plainPath);
        const int pageSize =
            (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
        REQUIRE(bytes.size() > 40 * pageSize);
        // Garbage over the middle of a run of b-tree pages.
        for (int i = 20 * pageSize; i < 20 * pageSize + 3 * pageSize; ++i) {
            bytes[i] = static_cast<char>(0xA5);
        }
        writeAll(plainPath, bytes);
        expected = "damaged";
    }
    SECTION("not a SQLite file at all")
    {
        writeAll(plainPath, QByteArray(8192, 'x'));
        expected = "not a Clinic Intake database";
    }
    SECTION("an empty file")
    {
        writeAll(plainPath, QByteArray());
        expected = "not a Clinic Intake database";
    }
    SECTION("another program's SQLite database")
    {
        QFile::remove(plainPath);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                           QStringLiteral("other-program"));
            other.setDatabaseName(plainPath);
            REQUIRE(other.open());
            QSqlQuery query(other);
            REQUIRE(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
        expected = "not a Clinic Intake database (it has no clients table)";
    }
    SECTION("a backup from a newer Clinic Intake")
    {
        {
            const Database database(plainPath, Database::Mode::MustExist);
            database.execute(QStringLiteral("PRAGMA user_version = 99"), "test");
        }
        kind = StorageError::Kind::Invalid;
        expected = "newer Clinic Intake";
    }
    SECTION("broken references")
    {
        {
            const Database database(plainPath, Database::Mode::MustExist);
            database.execute(QStringLiteral("PRAGMA foreign_keys = OFF"), "test");
            database.execute(QStringLiteral("UPDATE intakes SET client_id = 999999 WHERE id = 3"),
                             "test");
        }
        expected = "points to a missing clients row";
    }
    expectRefused([&] { restore(plainPath, std::nullopt, fixture.livePath); }, kind, expected);
    fixture.checkUntouched();
}

TEST_CASE("restore refuses while the database is open elsewhere", "[storage][backup][sqlite]")
{
    Fixture fixture(5);
    {
        const Database stillOpen(fixture.livePath, Database::Mode::MustExist);
        expectRefused([&] { restore(fixture.backupPath, kPassphrase, fixture.livePath); },
                      StorageError::Kind::Busy, "still open in another program");
    }
    fixture.checkUntouched();
}

TEST_CASE("restore refuses a missing backup and the database itself", "[storage][backup][sqlite]")
{
    Fixture fixture(5);
    expectRefused(
        [&] {
            restore(fixture.stick.filePath(QStringLiteral("absent")), kPassphrase,
                    fixture.livePath);
        },
        StorageError::Kind::NotFound, "no backup file");
    expectRefused([&] { restore(fixture.livePath, std::nullopt, fixture.livePath); },
                  StorageError::Kind::Invalid, "the database itself");
    fixture.checkUntouched();
}

TEST_CASE("an encrypted backup refuses an existing destination and an empty passphrase",
          "[storage][backup][sqlite]")
{
    Fixture fixture(5);
    const QByteArray before = readAll(fixture.backupPath);
    expectRefused([&] { backupEncrypted(fixture.sourcePath, fixture.backupPath); },
                  StorageError::Kind::Invalid, "already exists");
    CHECK(readAll(fixture.backupPath) == before);
    const QString other = fixture.stick.filePath(QStringLiteral("other.backup"));
    expectRefused([&] { backupEncrypted(fixture.sourcePath, other, QString()); },
                  StorageError::Kind::Invalid, "passphrase is empty");
    CHECK_FALSE(QFileInfo::exists(other));
    CHECK(leftovers(fixture.source.path()).isEmpty());
    CHECK(leftovers(fixture.stick.path()).isEmpty());
}

TEST_CASE("a backup that fails halfway leaves no plain copy behind", "[storage][backup][sqlite]")
{
    Fixture fixture(5);
    // The copy is made, then the encrypted file cannot be created.
    const QString nowhere = fixture.stick.filePath(QStringLiteral("no/such/folder/clinic.backup"));
    expectRefused([&] { backupEncrypted(fixture.sourcePath, nowhere); },
                  StorageError::Kind::ReadOnly, "cannot create a file in");
    CHECK(leftovers(fixture.source.path()).isEmpty());
    CHECK(QDir(fixture.source.path()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("the cipher round-trips files of every size around its chunks", "[storage][backup]")
{
    QTemporaryDir folder;
    const QString plain = folder.filePath(QStringLiteral("plain"));
    const QString sealed = folder.filePath(QStringLiteral("sealed"));
    const QString opened = folder.filePath(QStringLiteral("opened"));
    const auto size = GENERATE(0, 1, BackupCipher::kChunkSize - 1, BackupCipher::kChunkSize,
                               BackupCipher::kChunkSize + 1, 3 * BackupCipher::kChunkSize, 200001);
    QByteArray content(size, Qt::Uninitialized);
    randombytes_buf(content.data(), static_cast<size_t>(content.size()));
    writeAll(plain, content);

    cheapCipher().encryptFile(plain, sealed, kPassphrase);
    const qint64 chunks = size / BackupCipher::kChunkSize + 1; // the last one padded
    CHECK(QFileInfo(sealed).size() == kHeaderBytes + chunks * kSealedChunk);
    CHECK(QFileInfo(sealed).permissions() == kOwnerOnly);
    BackupCipher::decryptFile(sealed, opened, kPassphrase);
    CHECK(readAll(opened) == content);
    CHECK(QFileInfo(opened).permissions() == kOwnerOnly);
    CHECK(leftovers(folder.path()).isEmpty());
}

TEST_CASE("the cipher reads its cost from the file and normalises the passphrase",
          "[storage][backup]")
{
    QTemporaryDir folder;
    const QString plain = folder.filePath(QStringLiteral("plain"));
    const QString sealed = folder.filePath(QStringLiteral("sealed"));
    const QString opened = folder.filePath(QStringLiteral("opened"));
    writeAll(plain, "health records");
    // Encrypted at the interactive cost; decrypted without being told it.
    const BackupCipher interactive(BackupCipher::KeyCost::interactive());
    const QString composed = QStringLiteral("Zo\u00EB N\u00FA\u00F1ez");
    const QString decomposed = QStringLiteral("Zoe\u0308 Nu\u0301n\u0303ez");
    interactive.encryptFile(plain, sealed, composed);
    BackupCipher::decryptFile(sealed, opened, decomposed);
    CHECK(readAll(opened) == "health records");

    // A failed decryption leaves nothing behind.
    QFile::remove(opened);
    expectRefused([&] { BackupCipher::decryptFile(sealed, opened, QStringLiteral("Zoe Nunez")); },
                  StorageError::Kind::Corrupt, "damaged or the passphrase is wrong");
    CHECK_FALSE(QFileInfo::exists(opened));
    CHECK(leftovers(folder.path()).isEmpty());
}

TEST_CASE("backups use Argon2id at the MODERATE cost unless told otherwise", "[storage][backup]")
{
    const BackupCipher production;
    CHECK(production.cost().opsLimit == crypto_pwhash_OPSLIMIT_MODERATE);
    CHECK(production.cost().memLimit == crypto_pwhash_MEMLIMIT_MODERATE);
    CHECK_THROWS_AS(BackupCipher(BackupCipher::KeyCost{3, std::uint64_t(2) << 30}), StorageError);
    CHECK_THROWS_AS(BackupCipher(BackupCipher::KeyCost{0, 1 << 20}), StorageError);
}

// Not run by default: `storage_tests "[benchmark]"` prints the timings.
TEST_CASE("backup cipher timings", "[.][benchmark]")
{
    QTemporaryDir folder;
    for (const auto& [name, cost] :
         {std::pair{"strong (MODERATE)", BackupCipher::KeyCost::strong()},
          std::pair{"interactive", BackupCipher::KeyCost::interactive()}}) {
        const QString plain = folder.filePath(QStringLiteral("tiny"));
        const QString sealed = folder.filePath(QStringLiteral("tiny.sealed"));
        QFile::remove(sealed);
        writeAll(plain, "x");
        QElapsedTimer timer;
        timer.start();
        BackupCipher(cost).encryptFile(plain, sealed, kPassphrase);
        WARN("key derivation, " << name << ": " << timer.elapsed() << " ms");
    }

    constexpr qint64 kSize = 100 * 1000 * 1000;
    const QString plain = folder.filePath(QStringLiteral("big"));
    {
        QFile file(plain);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 written = 0; written < kSize; written += block.size()) {
            randombytes_buf(block.data(), static_cast<size_t>(block.size()));
            file.write(block.constData(), std::min<qint64>(block.size(), kSize - written));
        }
    }
    const QString sealed = folder.filePath(QStringLiteral("big.sealed"));
    const QString opened = folder.filePath(QStringLiteral("big.opened"));
    QElapsedTimer timer;
    timer.start();
    cheapCipher().encryptFile(plain, sealed, kPassphrase);
    const double encryptSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    BackupCipher::decryptFile(sealed, opened, kPassphrase);
    const double decryptSeconds = timer.nsecsElapsed() / 1e9;
    WARN("encrypt 100 MB: " << encryptSeconds << " s, " << 100 / encryptSeconds << " MB/s");
    WARN("decrypt 100 MB: " << decryptSeconds << " s, " << 100 / decryptSeconds << " MB/s");
    CHECK(QFileInfo(opened).size() == kSize);
}

// Not run by default: `storage_tests "[benchmark-restore]"`: a backup and a
// restore of a database of about 100 MB, end to end, at the production cost.
TEST_CASE("encrypted backup and restore of a large database", "[.][benchmark-restore]")
{
    QTemporaryDir source;
    QTemporaryDir stick;
    QTemporaryDir target;
    const QString sourcePath = source.filePath(QStringLiteral("clinic.sqlite"));
    const QString backupPath = stick.filePath(QStringLiteral("clinic.backup"));
    const QString restoredPath = target.filePath(QStringLiteral("clinic.sqlite"));
    QElapsedTimer timer;
    timer.start();
    fill(sourcePath, 40000, 3);
    const double megabytes = QFileInfo(sourcePath).size() / 1e6;
    WARN("filled " << megabytes << " MB in " << timer.elapsed() << " ms");
    timer.restart();
    {
        const Database database(sourcePath, Database::Mode::MustExist);
        DatabaseMaintenance(database).backupEncrypted(
            backupPath, kPassphrase, AuditLog(database, kClock), QStringLiteral("ana"));
    }
    WARN("backupEncrypted (MODERATE): " << timer.elapsed() << " ms");
    timer.restart();
    restore(backupPath, kPassphrase, restoredPath);
    WARN("restore (decrypt, verify, install, audit): " << timer.elapsed() << " ms");
    CHECK(dump(restoredPath) == dump(sourcePath));
}
