#include "ClinicSession.h"

#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <stdexcept>

ClinicSession::ClinicSession(const QString& databasePath, std::unique_ptr<Clock> clock,
                             PasswordHasher::Cost passwordCost)
    : m_path(databasePath), m_passwordCost(passwordCost), m_clock(std::move(clock)),
      m_engine(std::make_unique<RuleEngine>(RuleSetLoader::builtIn())),
      m_database(std::make_unique<Database>(databasePath)),
      m_accounts(std::make_unique<UserAccounts>(*m_database, *m_clock, passwordCost))
{}

ClinicSession::~ClinicSession() = default;

void ClinicSession::begin(const SignedInUser& user)
{
    m_staff =
        std::make_unique<StaffSession>(*m_database, *m_engine, *m_clock, user, m_passwordCost);
}

void ClinicSession::signOut(const QString& details)
{
    if (!m_staff) {
        return;
    }
    const QString name = m_staff->user().name;
    m_staff.reset();
    // The session is over whether or not the entry can be written.
    try {
        AuditLog(*m_database, *m_clock)
            .append(name, QStringLiteral("logout"), QStringLiteral("user %1").arg(name), details);
    } catch (const std::exception&) {
    }
}

StaffSession& ClinicSession::staff() const
{
    if (!m_staff) {
        throw std::logic_error("nobody is signed in");
    }
    return *m_staff;
}

const SignedInUser& ClinicSession::user() const
{
    return staff().user();
}

QString ClinicSession::actor() const
{
    return user().name;
}
