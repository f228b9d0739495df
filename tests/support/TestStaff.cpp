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

void createIn(const Database& database, const Clock& clock)
{
    UserAccounts accounts(database, clock, PasswordHasher::Cost::Minimal);
    accounts.createFirstManager(kManager, passwordOf(kManager), QStringLiteral("test"));
    accounts.add(kTherapist, Role::Therapist, passwordOf(kTherapist), kManager);
    accounts.add(kFrontDesk, Role::FrontDesk, passwordOf(kFrontDesk), kManager);
}

SignedInUser signIn(const Database& database, const Clock& clock, const QString& name)
{
    return UserAccounts(database, clock, PasswordHasher::Cost::Minimal)
        .signIn(name, passwordOf(name));
}

} // namespace test_staff
