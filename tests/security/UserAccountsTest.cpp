// Accounts: Argon2id hashes, sign-in and its growing lockout, disabled
// accounts, the rules for names and passwords; every attempt audited.
#include "security/UserAccounts.h"

#include "AdjustableClock.h"
#include "TestDatabase.h"
#include "security/AccessError.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

namespace {

struct Accounts
{
    TestDatabase test;
    AdjustableClock clock{QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<UserAccounts> owned{
        test.storage().accounts(clock, PasswordHasher::Cost::Minimal)};
    UserAccounts& accounts = *owned;

    Accounts()
    {
        accounts.createFirstManager(QStringLiteral("mona"), QStringLiteral("mona-password"),
                                    QStringLiteral("os-user"));
        accounts.add(QStringLiteral("ben"), Role::Therapist, QStringLiteral("ben-password"),
                     QStringLiteral("mona"));
    }

    AccessError::Kind failure(const QString& name, const QString& password)
    {
        try {
            accounts.signIn(name, password);
        } catch (const AccessError& error) {
            return error.kind();
        }
        FAIL("the sign-in was let through");
        return AccessError::Kind::NotAllowed;
    }

    qint64 audited(const QString& action)
    {
        return test.count(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action));
    }
};

} // namespace

TEST_CASE("accounts: passwords are stored as Argon2id hashes and verified", "[security]")
{
    PasswordHasher hasher(PasswordHasher::Cost::Minimal);
    const std::string hash = hasher.hash(QStringLiteral("correct horse"));
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("correct horse") == std::string::npos);
    CHECK(PasswordHasher::verify(hash, QStringLiteral("correct horse")));
    CHECK_FALSE(PasswordHasher::verify(hash, QStringLiteral("correct horsE")));
    CHECK(hasher.hash(QStringLiteral("correct horse")) != hash); // salted
    CHECK_FALSE(PasswordHasher::verify("not a hash", QStringLiteral("x")));
    // The interactive cost is what the application uses.
    CHECK(PasswordHasher().hash(QStringLiteral("correct horse")).find("m=65536") !=
          std::string::npos);
}

TEST_CASE("accounts: sign-in works, is audited, and ignores the name's case", "[security]")
{
    Accounts a;
    const SignedInUser user =
        a.accounts.signIn(QStringLiteral("Ben"), QStringLiteral("ben-password"));
    CHECK(user.name == QStringLiteral("ben"));
    CHECK(user.role == Role::Therapist);
    CHECK(a.audited(QStringLiteral("login")) == 1);
}

TEST_CASE("accounts: five failures lock the account for a time that grows", "[security]")
{
    Accounts a;
    const QString wrong = QStringLiteral("not-the-password");
    for (int attempt = 1; attempt <= 4; ++attempt) {
        CHECK(a.failure(QStringLiteral("ben"), wrong) == AccessError::Kind::WrongCredentials);
    }
    // The fifth failure locks for 30 seconds: even the right password waits.
    CHECK(a.failure(QStringLiteral("ben"), wrong) == AccessError::Kind::WrongCredentials);
    CHECK(a.failure(QStringLiteral("ben"), QStringLiteral("ben-password")) ==
          AccessError::Kind::LockedOut);
    a.clock.advance(29);
    CHECK(a.failure(QStringLiteral("ben"), QStringLiteral("ben-password")) ==
          AccessError::Kind::LockedOut);
    a.clock.advance(2);
    // The sixth failure locks for 60 seconds, the seventh for 120.
    CHECK(a.failure(QStringLiteral("ben"), wrong) == AccessError::Kind::WrongCredentials);
    a.clock.advance(59);
    CHECK(a.failure(QStringLiteral("ben"), QStringLiteral("ben-password")) ==
          AccessError::Kind::LockedOut);
    a.clock.advance(2);
    CHECK(a.accounts.signIn(QStringLiteral("ben"), QStringLiteral("ben-password")).name ==
          QStringLiteral("ben"));
    // A success starts the count again.
    CHECK(a.accounts.find(QStringLiteral("ben"))->failedAttempts == 0);
    CHECK(a.audited(QStringLiteral("login failed")) == 6);
    CHECK(a.audited(QStringLiteral("login refused")) == 3);

    CHECK(UserAccounts::lockoutDelay(4).count() == 0);
    CHECK(UserAccounts::lockoutDelay(5).count() == 30);
    CHECK(UserAccounts::lockoutDelay(7).count() == 120);
    CHECK(UserAccounts::lockoutDelay(50).count() == 15 * 60);
}

TEST_CASE("accounts: a lockout of one user leaves the others alone, a reset lifts it", "[security]")
{
    Accounts a;
    for (int attempt = 0; attempt < 5; ++attempt) {
        a.failure(QStringLiteral("ben"), QStringLiteral("guess"));
    }
    CHECK(a.accounts.signIn(QStringLiteral("mona"), QStringLiteral("mona-password")).role ==
          Role::Manager);
    a.accounts.resetPassword(QStringLiteral("ben"), QStringLiteral("ben-new-password"),
                             QStringLiteral("mona"));
    CHECK(a.accounts.signIn(QStringLiteral("ben"), QStringLiteral("ben-new-password")).name ==
          QStringLiteral("ben"));
}

TEST_CASE("accounts: unknown users and disabled accounts are refused", "[security]")
{
    Accounts a;
    CHECK(a.failure(QStringLiteral("nobody"), QStringLiteral("whatever1")) ==
          AccessError::Kind::WrongCredentials);
    a.accounts.disable(QStringLiteral("ben"), QStringLiteral("mona"));
    CHECK(a.failure(QStringLiteral("ben"), QStringLiteral("ben-password")) ==
          AccessError::Kind::Disabled);
    // A wrong password on a disabled account says only "wrong".
    CHECK(a.failure(QStringLiteral("ben"), QStringLiteral("guess-guess")) ==
          AccessError::Kind::WrongCredentials);
    CHECK_THROWS_AS(a.accounts.disable(QStringLiteral("mona"), QStringLiteral("mona")),
                    StorageError);
    CHECK(a.accounts.list().size() == 2);
}

TEST_CASE("accounts: names and passwords are checked", "[security]")
{
    Accounts a;
    CHECK_THROWS_WITH(a.accounts.add(QStringLiteral("two words"), Role::FrontDesk,
                                     QStringLiteral("long enough"), QStringLiteral("mona")),
                      Catch::Contains("user name: a user name can have letters"));
    CHECK_THROWS_WITH(a.accounts.add(QStringLiteral("sam"), Role::FrontDesk,
                                     QStringLiteral("short"), QStringLiteral("mona")),
                      "password: a password needs at least 8 characters");
    CHECK_THROWS_WITH(a.accounts.add(QString(65, QLatin1Char('a')), Role::FrontDesk,
                                     QStringLiteral("long enough"), QStringLiteral("mona")),
                      Catch::Contains("at most 64 characters"));
    CHECK_THROWS_WITH(a.accounts.add(QStringLiteral("MONA"), Role::FrontDesk,
                                     QStringLiteral("long enough"), QStringLiteral("mona")),
                      Catch::Contains("is taken"));
    CHECK_THROWS_WITH(a.accounts.createFirstManager(QStringLiteral("eve"),
                                                    QStringLiteral("long enough"),
                                                    QStringLiteral("os-user")),
                      Catch::Contains("already has user accounts"));
    CHECK(a.accounts.list().size() == 2);
}

TEST_CASE("accounts: changing one's own password needs the current one", "[security]")
{
    Accounts a;
    const SignedInUser ben =
        a.accounts.signIn(QStringLiteral("ben"), QStringLiteral("ben-password"));
    CHECK_THROWS_AS(a.accounts.changeOwnPassword(ben, QStringLiteral("wrong-one"),
                                                 QStringLiteral("ben-second-pw")),
                    AccessError);
    a.accounts.changeOwnPassword(ben, QStringLiteral("ben-password"),
                                 QStringLiteral("ben-second-pw"));
    CHECK(a.failure(QStringLiteral("ben"), QStringLiteral("ben-password")) ==
          AccessError::Kind::WrongCredentials);
    CHECK(a.accounts.signIn(QStringLiteral("ben"), QStringLiteral("ben-second-pw")).id == ben.id);
}
