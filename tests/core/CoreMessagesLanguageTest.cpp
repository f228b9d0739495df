// The core's messages follow language::apply(); the field paths, the codes
// and the CSV's rows do not.
#include "Harness.h"
#include "SampleIntake.h"
#include "export/CsvRecordRow.h"
#include "security/UserAccounts.h"
#include "storage/AuditCoverage.h"
#include "storage/AuditFallbackLog.h"
#include "storage/BackupCipher.h"
#include "storage/Database.h"
#include "storage/EditConflict.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresLocation.h"
#include "util/Language.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <set>

namespace {

// French for the test, English again after it whatever happens. Qt installs
// translators only with an application object, which this test program
// otherwise does not need.
class InFrench
{
public:
    InFrench()
    {
        if (QCoreApplication::instance() == nullptr) {
            m_application = std::make_unique<QCoreApplication>(m_argc, m_argv);
        }
        language::apply(UiLanguage::French, {QStringLiteral("core")});
    }
    ~InFrench() { language::apply(UiLanguage::English, {QStringLiteral("core")}); }

private:
    int m_argc = 1;
    char m_name[11] = "core_tests";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QCoreApplication> m_application;
};

FieldErrors intensityEleven()
{
    nlohmann::json intake = sampleIntake();
    intake["pain"]["intensity"] = 11;
    return harness::parse(intake).errors;
}

// What a call throws as a StorageError, to look at its words.
template <typename Call> std::string storageMessage(Call call)
{
    try {
        call();
    } catch (const StorageError& error) {
        return error.what();
    }
    FAIL("no StorageError was thrown");
    return {};
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// A covered table with no rows, for audit_coverage::verifyRows.
class NoRows final : public audit_coverage::TableRows
{
public:
    bool next() override { return false; }
    qint64 id() const override { return 0; }
    void addTo(audit_coverage::RowsHasher&) const override {}
};

} // namespace

TEST_CASE("core messages: a field error in French keeps its path", "[language]")
{
    const FieldErrors english = intensityEleven();
    REQUIRE(english.size() == 1);
    CHECK(english[0].toString() == "pain.intensity: must be an integer from 0 to 10, got 11");
    {
        const InFrench french;
        const FieldErrors errors = intensityEleven();
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].path == "pain.intensity");
        CHECK(errors[0].message == "doit être un nombre entier de 0 à 10, valeur reçue\u00a0: 11");
    }
    CHECK(intensityEleven() == english);
}

TEST_CASE("core messages: a storage error in French keeps its kind", "[language]")
{
    const StorageError english =
        StorageError::fromSqliteCode(26, "file is not a database", "reading the schema version");
    CHECK(std::string(english.what()) ==
          "reading the schema version failed: the file is not a Clinic Intake database, or it is "
          "damaged (file is not a database)");
    const InFrench french;
    const StorageError error =
        StorageError::fromSqliteCode(26, "file is not a database", "reading the schema version");
    CHECK(error.kind() == StorageError::Kind::Corrupt);
    CHECK(std::string(error.what()).find("n'est pas une base de données Clinic Intake") !=
          std::string::npos);
}

TEST_CASE("core messages: every CSV column has its own French header", "[language]")
{
    const QStringList english = csv_record::columnNames();
    const QStringList french = csv_record::frenchColumnNames();
    REQUIRE(french.size() == english.size());
    const std::set<QString> distinct(french.begin(), french.end());
    CHECK(distinct.size() == std::size_t(french.size()));
    for (int i = 0; i < french.size(); ++i) {
        INFO(english[i].toStdString());
        CHECK(french[i] != english[i]); // none left without a French header
        CHECK_FALSE(french[i].contains(QLatin1Char(',')));
    }
}

TEST_CASE("core messages: what the program was doing when SQLite or the server failed is in "
          "French",
          "[language]")
{
    const InFrench french;
    const std::string sqlite =
        StorageError::fromSqliteCode(13, "database or disk is full",
                                     QT_TRANSLATE_NOOP("StorageDoing", "saving the intake"))
            .what();
    INFO(sqlite);
    CHECK(sqlite.rfind("enregistrement de la fiche d'accueil\u00a0: échec — le disque est plein",
                       0) == 0);
    CHECK(has(sqlite, "(database or disk is full)")); // SQLite's own words stay

    const QSqlError full(QStringLiteral("driver"), QStringLiteral("could not extend file"),
                         QSqlError::StatementError, QStringLiteral("53100"));
    const std::string server =
        PostgresError::fromSql(full, QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"))
            .what();
    INFO(server);
    CHECK(server.rfind("lecture du journal d'audit\u00a0: échec", 0) == 0);
}

TEST_CASE("core messages: the backup cipher's messages are in French", "[language]")
{
    QByteArray notABackup("plain text, not a backup");
    QBuffer sealed(&notABackup);
    REQUIRE(sealed.open(QIODevice::ReadOnly));
    QByteArray out;
    QBuffer plain(&out);
    REQUIRE(plain.open(QIODevice::WriteOnly));
    const InFrench french;
    const std::string message = storageMessage(
        [&] { BackupCipher::decrypt(sealed, plain, QStringLiteral("une phrase de passe")); });
    CHECK(message == "le fichier n'est pas une sauvegarde chiffrée de Clinic Intake");
}

TEST_CASE("core messages: a database from a newer program is refused in French", "[language]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("newer.sqlite"));
    {
        const Database database(path);
        database.execute(QStringLiteral("PRAGMA user_version = 999"), "test");
    }
    const InFrench french;
    const std::string message = storageMessage([&] { const Database database(path); });
    INFO(message);
    CHECK(has(message, "a été écrite par une version plus récente de Clinic Intake (schéma 999)"));
}

TEST_CASE("core messages: a refused output file is named in French, its field in English",
          "[language]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const InFrench french;
    CHECK(storageMessage([] {
              privatefile::checkOutput(QString(), QString(), ExistingFile::Refuse, "export");
          }) == "export: aucun nom de fichier indiqué");
    const std::string isFolder = storageMessage([&] {
        privatefile::checkOutput(folder.path(), QString(), ExistingFile::Refuse, "backup");
    });
    CHECK(isFolder == "backup: " + folder.path().toStdString() +
                          " est un dossier\u00a0; choisissez un nom de fichier à l'intérieur");
}

TEST_CASE("core messages: the audit coverage check reports in French", "[language]")
{
    const InFrench french;
    const auto problems = audit_coverage::verifyRows(
        [](const QString&) { return std::make_unique<NoRows>(); },
        {{7, QStringLiteral("user add"), QStringLiteral("not a list"), QString()}});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].text.toStdString() ==
          "entrée d'audit 7 (user add)\u00a0: sa liste de lignes couvertes «\u00a0not a "
          "list\u00a0» est illisible\u00a0; elle a été modifiée après avoir été écrite");
}

TEST_CASE("core messages: why the fallback log could not be written is in French", "[language]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString database = folder.filePath(QStringLiteral("clinic.sqlite"));
    // A symbolic link planted at the log's name is never followed.
    REQUIRE(QFile::link(folder.filePath(QStringLiteral("elsewhere.log")),
                        AuditFallbackLog::pathFor(database)));
    const InFrench french;
    CHECK(AuditFallbackLog(database).append({}) == QStringLiteral("c'est un lien symbolique"));
}

TEST_CASE("core messages: a user name's problems are in French", "[language]")
{
    CHECK(UserAccounts::problemWithName(QStringLiteral("  ")) == "a user name cannot be empty");
    const InFrench french;
    CHECK(UserAccounts::problemWithName(QStringLiteral("  ")) ==
          "un nom d'utilisateur ne peut pas être vide");
    CHECK(UserAccounts::problemWithName(QStringLiteral("anne marie")) ==
          "un nom d'utilisateur ne peut contenir que des lettres, des chiffres et . _ @ - (sans "
          "espaces)");
}

TEST_CASE("core messages: an edit or review conflict is in French, its field in English",
          "[language]")
{
    const InFrench french;
    const std::string amended = VersionConflict(7, 1, 2, "amend").what();
    CHECK(amended.rfind("version: ", 0) == 0);
    CHECK(has(amended, "la fiche d'accueil 7"));
    ReviewConflict::NewestReview newest;
    newest.reviewer = QStringLiteral("mona");
    newest.at = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    newest.outcome = ReviewOutcome::Accepted;
    const std::string reviewed = ReviewConflict(7, 2, 0, 2, newest).what();
    CHECK(reviewed.rfind("review: ", 0) == 0);
    CHECK(has(reviewed, "2 révisions"));
    CHECK(has(reviewed, "mona"));
}

TEST_CASE("core messages: an unusable server address says why in French", "[language]")
{
    const InFrench french;
    const std::string message =
        storageMessage([] { PostgresLocation::parse(QStringLiteral("mysql://clinic")); });
    CHECK(has(message, "l'adresse du serveur"));
    CHECK(has(message, "postgresql://"));
    const std::string noDatabase =
        storageMessage([] { PostgresLocation::parse(QStringLiteral("postgresql://server")); });
    CHECK(has(noDatabase, "base de données"));
}
