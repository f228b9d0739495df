#pragma once

#include "security/SignedInUser.h"
#include "security/UserAccounts.h"
#include "storage/sqlite/SqliteClinicStorage.h"

#include <QString>
#include <memory>

class ClinicStorage;
class Clock;
class Database;

// The three accounts the tests sign in as, one per role, with cheap
// (minimum-cost) Argon2id hashes so that a test can sign in hundreds of times.
namespace test_staff {

inline const QString kManager = QStringLiteral("mona");
inline const QString kTherapist = QStringLiteral("ben");
inline const QString kFrontDesk = QStringLiteral("dora");

// Each user's password is their name followed by "-password".
QString passwordOf(const QString& name);
QString nameFor(Role role);

// The accounts of a clinic's storage (on either backend) or of an SQLite
// database, with cheap hashes for new passwords (and, for an SQLite
// database, the storage they are kept in, which must live as long as they do).
class Accounts
{
public:
    Accounts(const ClinicStorage& storage, const Clock& clock);
    Accounts(const Database& database, const Clock& clock);
    UserAccounts& get() { return *m_accounts; }

private:
    std::unique_ptr<SqliteClinicStorage> m_storage;
    std::unique_ptr<UserAccounts> m_accounts;
};

// Creates the three accounts in a database that has none.
void createIn(const ClinicStorage& storage, const Clock& clock);
void createIn(const Database& database, const Clock& clock);

SignedInUser signIn(const ClinicStorage& storage, const Clock& clock, const QString& name);
SignedInUser signIn(const Database& database, const Clock& clock, const QString& name);

} // namespace test_staff
