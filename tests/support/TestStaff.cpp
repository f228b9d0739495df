#include "TestStaff.h"

#include "security/UserAccounts.h"

namespace test_staff {

QString passwordOf(const QString& name)
{
    return name + QStringLiteral("-password");
}

QString nameFor(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return kFrontDesk;
    case Role::Therapist:
        return kTherapist;
    case Role::Manager:
        break;
    }
    return kManager;
}

Accounts::Accounts(const ClinicStorage& storage, const Clock& clock)
    : m_accounts(storage.accounts(clock, PasswordHasher::Cost::Minimal))
{}

Accounts::Accounts(const Database& database, const Clock& clock)
    : m_storage(std::make_unique<SqliteClinicStorage>(database, clock)),
      m_accounts(m_storage->accounts(clock, PasswordHasher::Cost::Minimal))
{}

namespace {

void createWith(UserAccounts& accounts)
{
    accounts.createFirstManager(kManager, passwordOf(kManager), QStringLiteral("test"));
    accounts.add(kTherapist, Role::Therapist, passwordOf(kTherapist), kManager);
    accounts.add(kFrontDesk, Role::FrontDesk, passwordOf(kFrontDesk), kManager);
}

} // namespace

void createIn(const ClinicStorage& storage, const Clock& clock)
{
    createWith(Accounts(storage, clock).get());
}

void createIn(const Database& database, const Clock& clock)
{
    createWith(Accounts(database, clock).get());
}

SignedInUser signIn(const ClinicStorage& storage, const Clock& clock, const QString& name)
{
    return Accounts(storage, clock).get().signIn(name, passwordOf(name));
}

SignedInUser signIn(const Database& database, const Clock& clock, const QString& name)
{
    return Accounts(database, clock).get().signIn(name, passwordOf(name));
}

} // namespace test_staff
