// The accounts on a clinic server: the rows the rules of UserAccounts keep,
// as the program's application role, and the lockout counter under
// attempts from many workstations at once.
#include "storage/postgres/PostgresAccountStore.h"

#include "PgTestServer.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresSchema.h"

#include <catch2/catch.hpp>
#include <thread>
#include <vector>

namespace {

// A clinic database made by its owner, and the application role it grants.
struct ServerClinic
{
    explicit ServerClinic(const PgTestServer& server)
        : application(server, QStringLiteral("application password")),
          owner(server, QStringLiteral("owner password")), database(server, owner.name())
    {
        const PostgresConnection ownerConnection(
            server.socketLocation(database.name(), owner.name()), owner.password());
        PostgresSchema::create(ownerConnection);
        PostgresSchema::grantApplicationRole(ownerConnection, application.name());
    }

    std::unique_ptr<PostgresConnection> connect(const PgTestServer& server) const
    {
        return std::make_unique<PostgresConnection>(
            server.socketLocation(database.name(), application.name()), application.password());
    }

    ScratchRole application;
    ScratchRole owner;
    ScratchDatabase database;
};

const QDateTime kNoon(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

} // namespace

TEST_CASE("postgres accounts: the application role adds, finds, disables and re-passwords "
          "accounts, and never deletes one")
{
    REQUIRE_PG_SERVER(server);
    const ServerClinic clinic(*server);
    const auto connection = clinic.connect(*server);
    const PostgresAccountStore accounts(*connection);

    CHECK(accounts.empty());
    qint64 mona = 0;
    {
        const auto transaction = accounts.beginWrite();
        mona = accounts.insert(QStringLiteral("mona"), Role::Manager, "hash-1", kNoon,
                               QStringLiteral("os-user"));
        accounts.insert(QStringLiteral("ben"), Role::Therapist, "hash-2", kNoon,
                        QStringLiteral("mona"));
        transaction->commit();
    }
    {
        // Not committed: nothing of it is kept.
        const auto transaction = accounts.beginWrite();
        accounts.insert(QStringLiteral("dora"), Role::FrontDesk, "hash-3", kNoon,
                        QStringLiteral("mona"));
    }
    const auto all = accounts.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == QStringLiteral("ben")); // by name
    CHECK(all[1].role == Role::Manager);
    CHECK(all[1].createdAt == kNoon);
    CHECK(accounts.enabledManagers() == 1);
    CHECK(accounts.passwordHash(mona) == "hash-1");

    {
        const auto transaction = accounts.beginWrite();
        accounts.setLockState(mona, {6, kNoon.addSecs(60)});
        transaction->commit();
    }
    CHECK(accounts.find(mona)->failedAttempts == 6);
    CHECK(accounts.find(mona)->lockedUntil == kNoon.addSecs(60));
    {
        const auto transaction = accounts.beginWrite();
        accounts.setPasswordHash(mona, "hash-new", true); // a reset lifts the lockout
        accounts.disable(all[0].id);
        transaction->commit();
    }
    CHECK(accounts.passwordHash(mona) == "hash-new");
    CHECK(accounts.find(mona)->failedAttempts == 0);
    CHECK_FALSE(accounts.find(mona)->lockedUntil.isValid());
    CHECK_FALSE(accounts.find(all[0].id)->enabled);
    CHECK_FALSE(accounts.find(999).has_value());

    QSqlQuery remove(connection->connection());
    CHECK_FALSE(remove.exec(QStringLiteral("DELETE FROM users")));
    CHECK(accounts.list().size() == 2);
}

TEST_CASE("postgres accounts: attempts counted from many workstations at once all count")
{
    REQUIRE_PG_SERVER(server);
    const ServerClinic clinic(*server);
    qint64 ben = 0;
    {
        const auto connection = clinic.connect(*server);
        const PostgresAccountStore accounts(*connection);
        const auto transaction = accounts.beginWrite();
        ben = accounts.insert(QStringLiteral("ben"), Role::Therapist, "hash", kNoon,
                              QStringLiteral("mona"));
        transaction->commit();
    }
    // Each workstation reads the count and writes it plus one, as a sign-in
    // attempt does (UserAccounts::startAttempt). Without the lock two of
    // them read the same count and one attempt is lost.
    constexpr int kWorkstations = 6;
    constexpr int kAttemptsEach = 15;
    std::vector<std::thread> workstations;
    std::vector<std::string> failures(kWorkstations);
    for (int w = 0; w < kWorkstations; ++w) {
        workstations.emplace_back([&, w] {
            try {
                const auto connection = clinic.connect(*server);
                const PostgresAccountStore accounts(*connection);
                for (int i = 0; i < kAttemptsEach; ++i) {
                    const auto transaction = accounts.beginWrite();
                    const LockState state = accounts.lockState(ben);
                    std::this_thread::yield(); // room for another workstation to interleave
                    accounts.setLockState(ben, {state.failures + 1, state.lockedUntil});
                    transaction->commit();
                }
            } catch (const std::exception& error) {
                failures[std::size_t(w)] = error.what();
            }
        });
    }
    for (auto& workstation : workstations) {
        workstation.join();
    }
    for (const auto& failure : failures) {
        CHECK(failure.empty());
    }
    const auto connection = clinic.connect(*server);
    CHECK(PostgresAccountStore(*connection).find(ben)->failedAttempts ==
          kWorkstations * kAttemptsEach);
}
