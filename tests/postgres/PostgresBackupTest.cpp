// Moving a clinic between a file and a server: a backup of either restores
// into the other, every row and the audit chain unchanged, the move audited.
#include "storage/postgres/PostgresBackup.h"

#include "BothBackends.h"
#include "IntakeGenerator.h"
#include "security/UserAccounts.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/SchemaMigrations.h"
#include "storage/postgres/PostgresTransaction.h"
#include "storage/postgres/PostgresTransfer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <iostream>

using namespace both_backends;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
constexpr auto kOwnerOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

BackupCipher cheapCipher()
{
    return BackupCipher(BackupCipher::KeyCost::minimal());
}

// A clinic on a file: `imported` generated intakes (one import), a few
// added one by one, amended and reviewed, and two accounts.
void fillClinic(TestDatabase& clinic, int imported)
{
    IntakeGenerator generator(12);
    if (imported > 0) {
        auto batch = clinic.storage().startImport(QStringLiteral("desk"),
                                                  clinic.clock().now().toString(Qt::ISODateWithMs));
        for (int i = 0; i < imported; ++i) {
            batch->add(clinic.engine().suggestVersion(recordOf(generator.next())));
        }
        batch->finish(std::size_t(imported));
    }
    json awkward = intakeFor("Zoë Núñez-O'Brien", "1975-04-02", "2026-11-19");
    awkward["notes"] = "line one\nline\ttwo \\N \\\\ 'quoted' \"double\" ✓";
    const SavedIntake zoe = clinic.add(awkward, QStringLiteral("Ana"));
    const SavedIntake other = clinic.add(generator.next(), QStringLiteral("Ana"));
    clinic.workflow().amend(zoe.intakeId,
                            recordOf(intakeFor("Zoë Núñez-O'Brien", "1975-04-02", "2026-11-20")),
                            QStringLiteral("Ben"));
    ReviewDecision referral;
    referral.accepted = false;
    referral.finalApproach = vocabulary::Approach::ReferOut;
    referral.reason = QStringLiteral("needs a doctor first");
    referral.sessionNote = QStringLiteral("called the GP");
    referral.version = 1;
    clinic.workflow().review(other.intakeId, referral, QStringLiteral("Tess"));
    const auto accounts = clinic.storage().accounts(clinic.clock(), PasswordHasher::Cost::Minimal);
    accounts->createFirstManager(QStringLiteral("Mona"), QStringLiteral("manager password 1"),
                                 QStringLiteral("os"));
    accounts->add(QStringLiteral("Tess"), Role::Therapist, QStringLiteral("therapist password 1"),
                  QStringLiteral("Mona"));
}

// Every row of a table as SQLite's quote() gives it: the value and its type,
// every text byte for byte.
std::vector<std::string> rowsOf(const Database& file, const QString& table)
{
    QSqlQuery info = file.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    Database::run(info, "reading columns");
    QStringList quoted;
    while (info.next()) {
        quoted << QStringLiteral("quote(%1)").arg(info.value(1).toString());
    }
    QSqlQuery select = file.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                        .arg(quoted.join(QStringLiteral(" || ',' || ")), table));
    select.setForwardOnly(true);
    Database::run(select, "reading rows");
    std::vector<std::string> rows;
    while (select.next()) {
        rows.push_back(select.value(0).toString().toStdString());
    }
    return rows;
}

// The rows of every table of `copy` equal those of `original`, except the
// entries `copy`'s audit log has after the original's.
void requireSameRows(const Database& original, const Database& copy, std::size_t moreEntries)
{
    for (const QString& table : postgres_transfer::tables()) {
        INFO(table.toStdString());
        const auto before = rowsOf(original, table);
        auto after = rowsOf(copy, table);
        if (table == QLatin1String("audit_log")) {
            REQUIRE(after.size() == before.size() + moreEntries);
            after.resize(before.size());
        }
        REQUIRE(after.size() == before.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            if (after[i] != before[i]) {
                FAIL("row " << i << " differs:\n" << before[i] << "\n" << after[i]);
            }
        }
    }
}

std::vector<AuditEntry> serverEntries(const PostgresConnection& connection, const Clock& clock)
{
    return PostgresAuditTrail(connection, clock).entries();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

TEST_CASE("postgres backup: a 10,000-record clinic moves from a file to the server and back "
          "with every row and the audit chain unchanged")
{
    REQUIRE_PG_SERVER(server);
    QElapsedTimer timer;
    timer.start();
    TestDatabase clinic;
    fillClinic(clinic, 10000);
    const qint64 filled = timer.restart();
    const QTemporaryDir work;
    const QString fromFile = work.filePath(QStringLiteral("from-file.sqlite"));
    DatabaseMaintenance(clinic.database()).backup(fromFile, clinic.audit(), QStringLiteral("Mona"));

    // As the program connects: the application role (INSERT, no UPDATE on history).
    PgClinicDatabase onServer(*server);
    const auto connection = onServer.connect();
    const QString workFolder = work.filePath(QStringLiteral("work"));
    const RestoreResult restored = PostgresBackup::restore(
        fromFile, std::nullopt, *connection, clinic.clock(), QStringLiteral("Mona"), workFolder);
    const qint64 restoreTime = timer.restart();
    CHECK_FALSE(restored.encrypted);
    CHECK(restored.backupSchemaVersion == SchemaMigrations::kCurrentVersion);
    CHECK(restored.keptAs.isEmpty());
    const auto entries = serverEntries(*connection, clinic.clock());
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == QLatin1String("restore"));
    CHECK(entries.back().actor == QLatin1String("Mona"));
    CHECK(entries.back().details.startsWith(QStringLiteral("from ") +
                                            QFileInfo(fromFile).absoluteFilePath()));
    CHECK(filesIn(workFolder).isEmpty());

    // The server's next ids follow on from the copied ones.
    PostgresIntakeStore serverStore(*connection, clinic.clock());
    const SuggestedVersion next = clinic.engine().suggestVersion(
        recordOf(intakeFor("New Client", "1990-01-01", "2026-11-21")));
    const SavedIntake added = serverStore.add(next, QStringLiteral("Ana"));
    CHECK(added.intakeId == clinic.count(QStringLiteral("SELECT max(id) FROM intakes")) + 1);
    CHECK(added.clientId == clinic.count(QStringLiteral("SELECT max(id) FROM clients")) + 1);

    const QString fromServer = work.filePath(QStringLiteral("from-server.sqlite"));
    const PostgresAuditTrail serverAudit(*connection, clinic.clock());
    PostgresBackup::backup(*connection, serverAudit, fromServer, QStringLiteral("Mona"));
    const qint64 backupTime = timer.restart();
    std::cout << "10,000 records: made in " << filled << " ms; restored into the server in "
              << restoreTime << " ms; backed up from it in " << backupTime << " ms\n";
    CHECK(serverEntries(*connection, clinic.clock()).back().action == QLatin1String("backup"));

    // The server's backup is the file's, plus the restore, the add and their entries.
    const Database original(fromFile, Database::Mode::ReadOnly);
    const Database copy(fromServer, Database::Mode::MustExist);
    CHECK(copy.schemaVersion() == SchemaMigrations::kCurrentVersion);
    CHECK(DatabaseRestore::verify(fromServer) == SchemaMigrations::kCurrentVersion);
    const AuditChainReport chain = AuditLog::verifyChain(copy);
    CHECK(chain.intact());
    CHECK(chain.problem.toStdString().empty());
    CHECK(DatabaseMaintenance(copy).check(clinic.engine()).empty());
    const IntakeStore copyStore(copy, clinic.clock());
    CHECK(copyStore.detailsAsStored(added.intakeId) == serverStore.detailsAsStored(added.intakeId));
    // Everything else row by row (the add's rows are the newest of their tables).
    for (const QString& table : postgres_transfer::tables()) {
        const auto rows = rowsOf(original, table);
        auto copied = rowsOf(copy, table);
        INFO(table.toStdString());
        if (table == QLatin1String("users")) {
            CHECK(copied == rows);
            continue;
        }
        const std::size_t more = table == QLatin1String("audit_log") ? 2 // restore, add
                                 : table == QLatin1String("reviews") ? 0
                                                                     : 1;
        REQUIRE(copied.size() == rows.size() + more);
        copied.resize(rows.size());
        CHECK(copied == rows);
    }
    // SQLite's name index, which the server does not have, is rebuilt.
    const IntakeStore originalStore(original, clinic.clock());
    CHECK(describe(copyStore.clientsNamed(QStringLiteral("zoe nunez"), 10)) ==
          describe(originalStore.clientsNamed(QStringLiteral("zoe nunez"), 10)));
    CHECK(copyStore.clientsNamed(QStringLiteral("new client"), 10).size() == 1);
}

TEST_CASE("postgres backup: the owner and the application role can both restore and back up")
{
    REQUIRE_PG_SERVER(server);
    const bool asOwner = GENERATE(false, true);
    INFO((asOwner ? "owner" : "application role"));
    TestDatabase clinic;
    fillClinic(clinic, 20);
    const QTemporaryDir work;
    const QString fromFile = work.filePath(QStringLiteral("from-file.sqlite"));
    DatabaseMaintenance(clinic.database()).backup(fromFile, clinic.audit(), QStringLiteral("Mona"));

    PgClinicDatabase onServer(*server);
    const auto connection = asOwner ? onServer.connectAsOwner() : onServer.connect();
    PostgresBackup::restore(fromFile, std::nullopt, *connection, clinic.clock(),
                            QStringLiteral("Mona"), work.filePath(QStringLiteral("work")));
    PostgresIntakeStore serverStore(*connection, clinic.clock());
    const SavedIntake added =
        serverStore.add(clinic.engine().suggestVersion(
                            recordOf(intakeFor("New Client", "1990-01-01", "2026-11-21"))),
                        QStringLiteral("Ana"));
    CHECK(added.intakeId == clinic.count(QStringLiteral("SELECT max(id) FROM intakes")) + 1);

    const QString fromServer = work.filePath(QStringLiteral("from-server.sqlite"));
    PostgresBackup::backup(*connection, PostgresAuditTrail(*connection, clinic.clock()), fromServer,
                           QStringLiteral("Mona"));
    const Database original(fromFile, Database::Mode::ReadOnly);
    const Database copy(fromServer, Database::Mode::ReadOnly);
    CHECK(AuditLog::verifyChain(copy).intact());
    CHECK(rowsOf(copy, QStringLiteral("users")) == rowsOf(original, QStringLiteral("users")));
    CHECK(rowsOf(copy, QStringLiteral("intakes")).size() ==
          rowsOf(original, QStringLiteral("intakes")).size() + 1);
}

TEST_CASE("postgres backup: an encrypted backup of a file restores into a server, and the "
          "server's encrypted backup into a file")
{
    REQUIRE_PG_SERVER(server);
    TestDatabase clinic;
    fillClinic(clinic, 50);
    const QTemporaryDir work;
    const QString workFolder = work.filePath(QStringLiteral("work"));
    // The same rows as the encrypted backup, which has one audit entry more (this backup's).
    const QString plain = work.filePath(QStringLiteral("plain.sqlite"));
    DatabaseMaintenance(clinic.database()).backup(plain, clinic.audit(), QStringLiteral("Mona"));
    const QString sealed = work.filePath(QStringLiteral("clinic.backup"));
    DatabaseMaintenance(clinic.database())
        .backupEncrypted(sealed, kPassphrase, clinic.audit(), QStringLiteral("Mona"),
                         cheapCipher());

    PgClinicDatabase onServer(*server);
    const auto connection = onServer.connect();
    // A wrong passphrase is refused and leaves the database empty, so that it can be tried again.
    CHECK_THAT(refusal(
                   [&] {
                       PostgresBackup::restore(sealed, QStringLiteral("wrong passphrase"),
                                               *connection, clinic.clock(), QStringLiteral("Mona"),
                                               workFolder);
                   },
                   StorageError::Kind::Corrupt),
               Catch::Contains("passphrase"));
    CHECK(refusal(
              [&] {
                  PostgresBackup::restore(sealed, std::nullopt, *connection, clinic.clock(),
                                          QStringLiteral("Mona"), workFolder);
              },
              StorageError::Kind::Invalid) ==
          "restore: the backup is encrypted; its passphrase is needed");
    CHECK(postgres_transfer::rowsPresent(*connection).isEmpty());

    const RestoreResult result = PostgresBackup::restore(
        sealed, kPassphrase, *connection, clinic.clock(), QStringLiteral("Mona"), workFolder);
    CHECK(result.encrypted);
    CHECK(filesIn(workFolder).isEmpty());
    CHECK(serverEntries(*connection, clinic.clock())
              .back()
              .details.contains(QStringLiteral("(encrypted)")));

    // Back to a file through an encrypted backup of the server and DatabaseRestore.
    const QString fromServer = work.filePath(QStringLiteral("server.backup"));
    PostgresBackup::backupEncrypted(*connection, fromServer, kPassphrase,
                                    PostgresAuditTrail(*connection, clinic.clock()),
                                    QStringLiteral("Mona"), cheapCipher(), workFolder);
    CHECK(BackupCipher::isEncryptedBackup(fromServer));
    CHECK(QFile::permissions(fromServer) == kOwnerOnly);
    CHECK(filesIn(workFolder).isEmpty());
    const auto entries = serverEntries(*connection, clinic.clock());
    CHECK(entries.back().action == QLatin1String("backup"));
    CHECK(entries.back().details ==
          QStringLiteral("to %1, encrypted").arg(QFileInfo(fromServer).absoluteFilePath()));

    const QString restoredFile = work.filePath(QStringLiteral("restored/clinic.sqlite"));
    DatabaseRestore::restore(fromServer, kPassphrase, restoredFile, clinic.clock(),
                             QStringLiteral("Mona"));
    const Database original(plain, Database::Mode::ReadOnly);
    const Database restored(restoredFile, Database::Mode::MustExist);
    CHECK(AuditLog::verifyChain(restored).intact());
    // The plain backup's entry, the restore into the server, the restore into the file.
    requireSameRows(original, restored, 3);
}

TEST_CASE("postgres backup: a restore into a server database that holds records is refused "
          "and writes nothing but the failure")
{
    REQUIRE_PG_SERVER(server);
    TestDatabase clinic;
    fillClinic(clinic, 10);
    const QTemporaryDir work;
    const QString backup = work.filePath(QStringLiteral("clinic.sqlite"));
    DatabaseMaintenance(clinic.database()).backup(backup, clinic.audit(), QStringLiteral("Mona"));

    PgClinicDatabase onServer(*server);
    const auto connection = onServer.connect();
    PostgresBackup::restore(backup, std::nullopt, *connection, clinic.clock(),
                            QStringLiteral("Mona"), work.filePath(QStringLiteral("work")));
    const QStringList before = postgres_transfer::rowsPresent(*connection);
    const auto entriesBefore = serverEntries(*connection, clinic.clock());

    const std::string message = refusal(
        [&] {
            PostgresBackup::restore(backup, std::nullopt, *connection, clinic.clock(),
                                    QStringLiteral("Mona"), work.filePath(QStringLiteral("work")));
        },
        StorageError::Kind::Invalid);
    CHECK_THAT(message, Catch::Contains("is not empty: it holds clients (") &&
                            Catch::Contains("intakes (12 rows), intake_versions (13 rows)") &&
                            Catch::Contains("Nothing was written"));
    const auto entriesAfter = serverEntries(*connection, clinic.clock());
    REQUIRE(entriesAfter.size() == entriesBefore.size() + 1);
    CHECK(describe(std::vector<AuditEntry>(entriesAfter.begin(), entriesAfter.end() - 1)) ==
          describe(entriesBefore));
    CHECK(entriesAfter.back().action == QLatin1String("restore failed"));
    CHECK(entriesAfter.back().details.toStdString() ==
          "from " + QFileInfo(backup).absoluteFilePath().toStdString() + ": " + message);
    QStringList expected = before;
    expected.replaceInStrings(QStringLiteral("audit_log (%1 rows)").arg(entriesBefore.size()),
                              QStringLiteral("audit_log (%1 rows)").arg(entriesAfter.size()));
    CHECK(postgres_transfer::rowsPresent(*connection) == expected);
}

TEST_CASE("postgres backup: a damaged backup is refused and the server is left as it was")
{
    REQUIRE_PG_SERVER(server);
    TestDatabase clinic;
    fillClinic(clinic, 200);
    const QTemporaryDir work;
    const QString backup = work.filePath(QStringLiteral("clinic.sqlite"));
    DatabaseMaintenance(clinic.database()).backup(backup, clinic.audit(), QStringLiteral("Mona"));
    // Damaged in the middle: a page of records overwritten.
    const QString damaged = work.filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(backup, damaged));
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() / 2));
        file.write(QByteArray(4096, '\x5a'));
    }
    // A backup whose stored record was changed behind the audit log's back.
    const QString altered = work.filePath(QStringLiteral("altered.sqlite"));
    REQUIRE(QFile::copy(backup, altered));
    {
        const Database file(altered, Database::Mode::MustExist);
        file.execute(QStringLiteral("DROP TRIGGER intake_versions_no_update"), "test");
        file.execute(QStringLiteral("UPDATE intake_versions SET created_by = 'Eve' WHERE id = 3"),
                     "test");
    }

    SECTION("into an empty database: it stays empty, so that the restore can be retried")
    {
        PgClinicDatabase onServer(*server);
        const auto connection = onServer.connect();
        for (const QString& path : {damaged, altered}) {
            INFO(path.toStdString());
            refusal(
                [&] {
                    PostgresBackup::restore(path, std::nullopt, *connection, clinic.clock(),
                                            QStringLiteral("Mona"),
                                            work.filePath(QStringLiteral("work")));
                },
                StorageError::Kind::Corrupt);
            CHECK(postgres_transfer::rowsPresent(*connection).isEmpty());
        }
        CHECK(filesIn(work.filePath(QStringLiteral("work"))).isEmpty());
        PostgresBackup::restore(backup, std::nullopt, *connection, clinic.clock(),
                                QStringLiteral("Mona"), work.filePath(QStringLiteral("work")));
    }
    SECTION("into a database that holds records: refused and recorded there")
    {
        PgClinicDatabase onServer(*server);
        const auto connection = onServer.connect();
        PostgresBackup::restore(backup, std::nullopt, *connection, clinic.clock(),
                                QStringLiteral("Mona"), work.filePath(QStringLiteral("work")));
        const QStringList before = postgres_transfer::rowsPresent(*connection);
        const std::string message = refusal(
            [&] {
                PostgresBackup::restore(altered, std::nullopt, *connection, clinic.clock(),
                                        QStringLiteral("Mona"),
                                        work.filePath(QStringLiteral("work")));
            },
            StorageError::Kind::Corrupt);
        CHECK_THAT(message, Catch::StartsWith("the backup does not pass check"));
        const auto entries = serverEntries(*connection, clinic.clock());
        CHECK(entries.back().action == QLatin1String("restore failed"));
        CHECK(entries.back().details.contains(QFileInfo(altered).absoluteFilePath()));
        CHECK(postgres_transfer::rowsPresent(*connection).size() == before.size());
    }
}

TEST_CASE("postgres backup: a backup of a server is audited there, and refused when DEST exists")
{
    REQUIRE_PG_SERVER(server);
    TestDatabase clinic;
    fillClinic(clinic, 5);
    const QTemporaryDir work;
    const QString fromFile = work.filePath(QStringLiteral("clinic.sqlite"));
    DatabaseMaintenance(clinic.database()).backup(fromFile, clinic.audit(), QStringLiteral("Mona"));
    PgClinicDatabase onServer(*server);
    const auto connection = onServer.connect();
    const QString workFolder = work.filePath(QStringLiteral("work"));
    PostgresBackup::restore(fromFile, std::nullopt, *connection, clinic.clock(),
                            QStringLiteral("Mona"), workFolder);
    const PostgresAuditTrail audit(*connection, clinic.clock());

    const QString destination = work.filePath(QStringLiteral("usb/server.sqlite"));
    QDir().mkpath(work.filePath(QStringLiteral("usb")));
    PostgresBackup::backup(*connection, audit, destination, QStringLiteral("Tess"));
    CHECK(QFile::permissions(destination) == kOwnerOnly);
    // Nothing but the backup beside DEST: no temporary file, no -journal.
    CHECK(filesIn(work.filePath(QStringLiteral("usb"))) ==
          QStringList{QStringLiteral("server.sqlite")});
    auto entries = serverEntries(*connection, clinic.clock());
    CHECK(entries.back().action == QLatin1String("backup"));
    CHECK(entries.back().actor == QLatin1String("Tess"));
    CHECK(entries.back().details ==
          QStringLiteral("to %1").arg(QFileInfo(destination).absoluteFilePath()));
    const std::size_t count = entries.size();
    QFile file(destination);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();

    CHECK_THAT(refusal(
                   [&] {
                       PostgresBackup::backup(*connection, audit, destination,
                                              QStringLiteral("Tess"));
                   },
                   StorageError::Kind::Invalid),
               Catch::Contains(destination.toStdString()));
    CHECK_THAT(refusal(
                   [&] {
                       PostgresBackup::backupEncrypted(*connection, destination, kPassphrase, audit,
                                                       QStringLiteral("Tess"), cheapCipher(),
                                                       workFolder);
                   },
                   StorageError::Kind::Invalid),
               Catch::Contains(destination.toStdString()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == written);
    CHECK(serverEntries(*connection, clinic.clock()).size() == count);
    CHECK(filesIn(work.filePath(QStringLiteral("usb"))) ==
          QStringList{QStringLiteral("server.sqlite")});
    CHECK(filesIn(workFolder).isEmpty());
}

TEST_CASE("postgres backup: the comparison after a move finds a changed record, a missing row "
          "and a changed audit entry")
{
    REQUIRE_PG_SERVER(server);
    TestDatabase clinic;
    fillClinic(clinic, 20);
    const QTemporaryDir work;
    const QString backup = work.filePath(QStringLiteral("clinic.sqlite"));
    DatabaseMaintenance(clinic.database()).backup(backup, clinic.audit(), QStringLiteral("Mona"));
    PgClinicDatabase onServer(*server);
    const auto connection = onServer.connect();
    const Database file(backup, Database::Mode::MustExist);
    {
        PostgresTransaction transaction(*connection);
        postgres_transfer::copyToServer(file, *connection);
        transaction.commit();
    }
    CHECK(postgres_transfer::differences(file, *connection).empty());

    // What the application role may change: an intake's list columns.
    connection->execute(QStringLiteral("UPDATE intakes SET status = 'reviewed' WHERE id = 4"),
                        "test");
    const auto owner = onServer.connectAsOwner();
    owner->execute(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"), "test");
    owner->execute(QStringLiteral("UPDATE audit_log SET actor = 'Eve' WHERE id = 2"), "test");
    owner->execute(QStringLiteral("ALTER TABLE reviews DISABLE TRIGGER USER"), "test");
    owner->execute(QStringLiteral("DELETE FROM reviews"), "test");
    std::vector<std::string> found;
    for (const QString& problem : postgres_transfer::differences(file, *connection)) {
        found.push_back(problem.toStdString());
    }
    CHECK(found ==
          std::vector<std::string>{
              "reviews: 1 rows expected on the server, 0 there",
              "audit_log: entry 2 differs",
              "audit_log: the server's chain breaks at entry 2",
              "intake 4 differs",
              "intake " +
                  std::to_string(clinic.count(QStringLiteral("SELECT intake_id FROM reviews"))) +
                  " differs",
          });
}
