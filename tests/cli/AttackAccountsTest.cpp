// Issue 10, the attack run on sign-in and the clocks: --today may move the
// visit date and nothing else; parallel guesses cannot get past the lockout;
// account names are compared as people read them.
#include "CliRunner.h"
#include "TestBackend.h"
#include "TestStaff.h"
#include "security/PasswordHasher.h"
#include "security/UserAccounts.h"
#include "storage/Database.h"
#include "util/FixedClock.h"
#include "util/SystemClock.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <memory>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

const QString kPasswordVariable = QStringLiteral("CLINIC_INTAKE_PASSWORD=");

// A database with the three test accounts, in a folder of its own.
class Clinic
{
public:
    Clinic() { test_staff::createIn(*m_database.open(SystemClock()), SystemClock()); }

    QString path() const { return m_database.path(); }
    const BackendDatabase& database() const { return m_database; }

    Run as(const QString& user, const QString& password, const QStringList& arguments,
           const std::string& input = {}) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_database.location(),
                                  QStringLiteral("--user"), user} +
                          arguments,
                      input,
                      m_database.cliEnvironment() + QStringList{kPasswordVariable + password});
    }

    QVariant value(const QString& sql) const
    {
        const auto rows = m_database.rows(sql);
        return rows.empty() ? QVariant() : rows.front().front();
    }

    std::vector<QDateTime> times(const QString& sql) const
    {
        std::vector<QDateTime> found;
        for (const auto& row : m_database.rows(sql)) {
            found.push_back(QDateTime::fromString(row.front().toString(), Qt::ISODateWithMs));
        }
        return found;
    }

private:
    BackendDatabase m_database;
};

// Within an hour of the real time now.
bool isRealTime(const QDateTime& moment)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return moment.isValid() && std::abs(moment.secsTo(now)) < 3600;
}

// A complete intake that leaves the visit date to the visit calendar.
std::string withoutVisitDate(const QString& path)
{
    nlohmann::json intake = nlohmann::json::parse(readFile(path));
    intake.erase("visit_date");
    return intake.dump();
}

QStringList withToday(const char* day, QStringList arguments)
{
    return QStringList{QStringLiteral("--today"), QString::fromLatin1(day)} + arguments;
}

// The peak memory (KiB) of one run of the tool signing in as `user`: an
// Argon2id check at the accounts' cost takes 64 MiB, so this tells whether a
// refusal did the work of a check, without timing anything.
long peakKibOfSignIn(const Clinic& clinic, const QString& user, const QString& password)
{
    const QByteArray program = QByteArrayLiteral(CLINIC_CLI_PATH);
    const QByteArray db = clinic.database().location().toLocal8Bit();
    const QByteArray name = user.toUtf8();
    std::vector<char*> argv = {const_cast<char*>(program.constData()),
                               const_cast<char*>("--db"),
                               const_cast<char*>(db.constData()),
                               const_cast<char*>("--user"),
                               const_cast<char*>(name.constData()),
                               const_cast<char*>("list"),
                               nullptr};
    const QByteArray passwordVariable = (kPasswordVariable + password).toUtf8();
    const QByteArray serverPassword = clinic.database().cliEnvironment().join(QString()).toUtf8();
    std::vector<char*> envp = {const_cast<char*>(passwordVariable.constData()), nullptr, nullptr};
    if (!serverPassword.isEmpty()) {
        envp[1] = const_cast<char*>(serverPassword.constData());
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t child = 0;
    const int spawned =
        posix_spawn(&child, program.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(spawned == 0);
    int status = 0;
    rusage usage{};
    REQUIRE(wait4(child, &status, 0, &usage) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 3); // refused
    return usage.ru_maxrss;
}

} // namespace

TEST_CASE("attack: --today 9999-12-31 does not lock the only manager out for ever",
          "[cli][security][attack]")
{
    const Clinic clinic;
    for (int attempt = 0; attempt < UserAccounts::kLockoutThreshold; ++attempt) {
        const Run wrong = clinic.as(test_staff::kManager, QStringLiteral("not-her-password"),
                                    withToday("9999-12-31", {QStringLiteral("list")}));
        REQUIRE(wrong.exitCode == 3);
    }
    const QDateTime lockedUntil = QDateTime::fromString(
        clinic.value(QStringLiteral("SELECT locked_until FROM users WHERE name = 'mona'"))
            .toString(),
        Qt::ISODateWithMs);
    CHECK(isRealTime(lockedUntil)); // 30 seconds from now, not the year 9999
    for (const QDateTime& at : clinic.times(QStringLiteral("SELECT at FROM audit_log"))) {
        CHECK(isRealTime(at));
    }
}

TEST_CASE("attack: --today 2100-01-01 does not lift a lockout", "[cli][security][attack]")
{
    const Clinic clinic;
    for (int attempt = 0; attempt < UserAccounts::kLockoutThreshold; ++attempt) {
        REQUIRE(clinic
                    .as(test_staff::kManager, QStringLiteral("not-her-password"),
                        {QStringLiteral("list")})
                    .exitCode == 3);
    }
    const Run later = clinic.as(test_staff::kManager, test_staff::passwordOf(test_staff::kManager),
                                withToday("2100-01-01", {QStringLiteral("list")}));
    CHECK(later.exitCode == 3);
    CHECK(later.out.empty());
    CHECK(clinic.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login'"))
              .toInt() == 0);
}

TEST_CASE("attack: --today 2019-03-01 sets the visit date but does not back-date the records "
          "or the audit log",
          "[cli][security][attack]")
{
    const Clinic clinic;
    const Run add =
        clinic.as(test_staff::kFrontDesk, test_staff::passwordOf(test_staff::kFrontDesk),
                  withToday("2019-03-01", {QStringLiteral("add"), QStringLiteral("-")}),
                  withoutVisitDate(golden("01-complete-plain.json")));
    REQUIRE(add.exitCode == 0);
    // The visit date is the one --today gave...
    CHECK(clinic.value(QStringLiteral("SELECT visit_date FROM intakes")).toString() ==
          QStringLiteral("2019-03-01"));
    // ...the times are real.
    for (const char* column :
         {"SELECT created_at FROM intakes", "SELECT created_at FROM intake_versions",
          "SELECT created_at FROM suggestions", "SELECT created_at FROM clients",
          "SELECT at FROM audit_log"}) {
        const auto found = clinic.times(QString::fromLatin1(column));
        REQUIRE_FALSE(found.empty());
        for (const QDateTime& at : found) {
            INFO(column);
            CHECK(isRealTime(at));
        }
    }
    const Run review = clinic.as(
        test_staff::kTherapist, test_staff::passwordOf(test_staff::kTherapist),
        withToday("2019-03-01",
                  {QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--override"),
                   QStringLiteral("swedish"), QStringLiteral("--pressure"), QStringLiteral("light"),
                   QStringLiteral("--reason"), QStringLiteral("client prefers it")}));
    INFO(review.err);
    REQUIRE(review.exitCode == 0);
    CHECK(isRealTime(QDateTime::fromString(
        clinic.value(QStringLiteral("SELECT reviewed_at FROM reviews")).toString(),
        Qt::ISODateWithMs)));
}

TEST_CASE("attack: 19 wrong passwords at once are not all checked, the right one then waits",
          "[cli][security][attack]")
{
    const Clinic clinic;
    std::vector<std::unique_ptr<QProcess>> guesses;
    for (int guess = 0; guess < 19; ++guess) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CLINIC_INTAKE_PASSWORD"),
                           QStringLiteral("guess-number-%1").arg(guess));
        if (clinic.database().onServer()) {
            environment.insert(QStringLiteral("PGPASSWORD"), clinic.database().password());
        }
        process->setProcessEnvironment(environment);
        process->setChildProcessModifier([] { setsid(); });
        process->start(QStringLiteral(CLINIC_CLI_PATH),
                       {QStringLiteral("--db"), clinic.database().location(),
                        QStringLiteral("--user"), test_staff::kManager, QStringLiteral("list")});
        guesses.push_back(std::move(process));
    }
    for (const auto& process : guesses) {
        REQUIRE(process->waitForFinished(120000));
        CHECK(process->exitCode() == 3);
    }
    // Only the guesses before the lockout were checked; the others were
    // refused unchecked.
    CHECK(clinic
              .value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login "
                                    "failed'"))
              .toInt() == UserAccounts::kLockoutThreshold);
    CHECK(clinic
              .value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login "
                                    "refused'"))
              .toInt() == 19 - UserAccounts::kLockoutThreshold);

    const Run right = clinic.as(test_staff::kManager, test_staff::passwordOf(test_staff::kManager),
                                {QStringLiteral("list")});
    CHECK(right.exitCode == 3);
    CHECK(clinic.value(QStringLiteral("SELECT failed_attempts FROM users WHERE name = 'mona'"))
              .toInt() == UserAccounts::kLockoutThreshold);
}

TEST_CASE("attack: a lockout looks like a wrong password, an unknown name is audited escaped "
          "and marked as not an account",
          "[cli][security][attack]")
{
    const Clinic clinic;
    const Run unknown = clinic.as(QStringLiteral("zed\x1b[2J") + QString(100, QLatin1Char('z')),
                                  QStringLiteral("anything-at-all"), {QStringLiteral("list")});
    CHECK(unknown.exitCode == 3);
    for (int attempt = 0; attempt < UserAccounts::kLockoutThreshold; ++attempt) {
        clinic.as(test_staff::kTherapist, QStringLiteral("wrong-guess"), {QStringLiteral("list")});
    }
    const Run locked =
        clinic.as(test_staff::kTherapist, test_staff::passwordOf(test_staff::kTherapist),
                  {QStringLiteral("list")});
    CHECK(locked.exitCode == 3);
    CHECK(locked.err == unknown.err); // says nothing of "ben" or of his lockout

    const QString records = clinic
                                .value(QStringLiteral("SELECT records FROM audit_log WHERE "
                                                      "details = 'not an account'"))
                                .toString();
    CHECK(records.startsWith(QStringLiteral("typed name zed\\u001b[2J")));
    CHECK_FALSE(records.contains(QChar(0x1b)));
    CHECK(records.size() < 120);
    CHECK(records.contains(QStringLiteral("(107 characters)")));
}

TEST_CASE("attack: account names match after Unicode normalisation and case folding, mixed "
          "scripts are refused",
          "[security][attack]")
{
    const BackendDatabase database;
    const FixedClock clock(QDate(2026, 11, 21));
    const auto storage = database.open(clock);
    test_staff::Accounts holder(*storage, clock);
    UserAccounts& accounts = holder.get();
    accounts.createFirstManager(QStringLiteral("Ren\u00e9e"), QStringLiteral("her-password-1"),
                                QStringLiteral("os"));
    // "Renée" typed with a combining accent, and in capitals, is the same account.
    CHECK(accounts.find(QStringLiteral("RENE\u0301E")).has_value());
    CHECK(accounts.signIn(QStringLiteral("rene\u0301e"), QStringLiteral("her-password-1")).name ==
          QStringLiteral("Ren\u00e9e"));
    // Full case folding: "STRASSE" is "straße".
    accounts.add(QStringLiteral("stra\u00dfe"), Role::Therapist, QStringLiteral("his-password-1"),
                 QStringLiteral("Ren\u00e9e"));
    CHECK_THROWS_WITH(accounts.add(QStringLiteral("STRASSE"), Role::Therapist,
                                   QStringLiteral("his-password-2"), QStringLiteral("Ren\u00e9e")),
                      Catch::Contains("is taken"));
    // "pаul" with a Cyrillic "а" would look like "paul".
    CHECK(UserAccounts::problemWithName(QStringLiteral("p\u0430ul")).has_value());
    CHECK_FALSE(UserAccounts::problemWithName(QStringLiteral("\u043f\u0430\u0432\u0435\u043b"))
                    .has_value()); // all Cyrillic
    CHECK_FALSE(UserAccounts::problemWithName(QStringLiteral("anna.k2")).has_value());
}

TEST_CASE("attack: passwords are normalised (NFC) and hashes made before still verify",
          "[security][attack]")
{
    const PasswordHasher hasher(PasswordHasher::Cost::Minimal);
    const std::string hash = hasher.hash(QStringLiteral("caf\u00e9-latte-42"));
    CHECK(PasswordHasher::verify(hash, QStringLiteral("cafe\u0301-latte-42")));
    CHECK_FALSE(PasswordHasher::verify(hash, QStringLiteral("cafe-latte-42")));

    // A hash made from the decomposed bytes, as an earlier version stored it.
    const QByteArray decomposed = QStringLiteral("cafe\u0301-latte-42").toUtf8();
    char old[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(old, decomposed.constData(), std::size_t(decomposed.size()),
                              crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN) == 0);
    CHECK(PasswordHasher::verify(old, QStringLiteral("cafe\u0301-latte-42")));
}

TEST_CASE("attack: the unknown-name check costs what a real hash costs without hashing",
          "[security][attack]")
{
    const PasswordHasher hasher(PasswordHasher::Cost::Interactive);
    const std::string real = hasher.hash(QStringLiteral("some-password"));
    const std::string dummy = hasher.unmatchableHash();
    // The same algorithm and cost parameters: everything up to the salt.
    const auto parameters = [](const std::string& hash) {
        return hash.substr(0, hash.find('$', hash.find("p=")));
    };
    CHECK(parameters(dummy) == parameters(real));
    CHECK(dummy.size() == real.size());
    CHECK(dummy != hasher.unmatchableHash()); // a new random salt each time
    CHECK_FALSE(PasswordHasher::verify(dummy, QStringLiteral("some-password")));
}

TEST_CASE("attack: a locked-out account is refused with the work of a check, as an unknown "
          "name is",
          "[cli][security][attack]")
{
    const Clinic clinic;
    for (int attempt = 0; attempt < UserAccounts::kLockoutThreshold; ++attempt) {
        REQUIRE(clinic
                    .as(test_staff::kTherapist, QStringLiteral("not-his-password"),
                        {QStringLiteral("list")})
                    .exitCode == 3);
    }
    const long unknownName =
        peakKibOfSignIn(clinic, QStringLiteral("nobody-here"), QStringLiteral("a-password-1"));
    const long lockedOut =
        peakKibOfSignIn(clinic, test_staff::kTherapist, QStringLiteral("not-his-password"));
    // Argon2id's 64 MiB is most of either figure; a refusal that skipped it
    // would peak tens of megabytes lower.
    CHECK(unknownName > 64 * 1024);
    CHECK(lockedOut > unknownName - 16 * 1024);
    CHECK(clinic
              .value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'login refused'"))
              .toInt() == 1);
}
