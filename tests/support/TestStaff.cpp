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

Accounts::Accounts(const Database& database, const Clock& clock)
    : m_storage(database, clock),
      m_accounts(m_storage.accounts(clock, PasswordHasher::Cost::Minimal))
{}

void createIn(const Database& database, const Clock& clock)
{
    Accounts holder(database, clock);
    UserAccounts& accounts = holder.get();
    accounts.createFirstManager(kManager, passwordOf(kManager), QStringLiteral("test"));
    accounts.add(kTherapist, Role::Therapist, passwordOf(kTherapist), kManager);
    accounts.add(kFrontDesk, Role::FrontDesk, passwordOf(kFrontDesk), kManager);
}

SignedInUser signIn(const Database& database, const Clock& clock, const QString& name)
{
    return Accounts(database, clock).get().signIn(name, passwordOf(name));
}

} // namespace test_staff
