#include "ClinicSession.h"

#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/Clock.h"

#include <exception>
#include <stdexcept>

ClinicSession::ClinicSession(const QString& databasePath, std::unique_ptr<Clock> clock,
                             PasswordHasher::Cost passwordCost)
    : m_path(databasePath), m_passwordCost(passwordCost), m_clock(std::move(clock)),
      m_engine(std::make_unique<RuleEngine>(RuleSetLoader::builtIn()))
{
    open(false);
}

ClinicSession::~ClinicSession() = default;

void ClinicSession::open(bool mustExist)
{
    auto database = std::make_unique<Database>(m_path, mustExist ? Database::Mode::MustExist
                                                                 : Database::Mode::CreateIfMissing);
    auto storage = std::make_unique<SqliteClinicStorage>(*database, *m_clock);
    m_accounts = storage->accounts(*m_clock, m_passwordCost);
    m_database = std::move(database);
    m_storage = std::move(storage);
}

ClinicStorage& ClinicSession::storage() const
{
    return *m_storage;
}

void ClinicSession::withDatabaseClosed(const std::function<void()>& work)
{
    if (m_staff) {
        throw std::logic_error("sign out before closing the database");
    }
    m_accounts.reset();
    m_storage.reset();
    m_database.reset();
    std::exception_ptr failure;
    try {
        work();
    } catch (...) {
        failure = std::current_exception();
    }
    // The file was there when the session began and a restore never leaves
    // the name empty: a missing one now is a problem to report, not a
    // reason to start an empty database.
    open(true);
    if (failure) {
        std::rethrow_exception(failure);
    }
}

void ClinicSession::begin(const SignedInUser& user)
{
    m_staff = std::make_unique<StaffSession>(*m_storage, *m_engine, *m_clock, user, m_passwordCost);
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
        m_storage->audit().append(name, QStringLiteral("logout"),
                                  QStringLiteral("user %1").arg(name), details);
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
