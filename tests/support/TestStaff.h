#pragma once

#include "security/SignedInUser.h"

#include <QString>

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

// Creates the three accounts in a database that has none.
void createIn(const Database& database, const Clock& clock);

SignedInUser signIn(const Database& database, const Clock& clock, const QString& name);

} // namespace test_staff
