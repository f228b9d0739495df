#include "ClinicSession.h"

#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "storage/ClinicStorage.h"
#include "storage/StorageFactory.h"
#include "storage/postgres/PostgresLocation.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <exception>
#include <stdexcept>

ClinicSession::ClinicSession(const QString& location, const QString& serverPassword,
                             std::unique_ptr<Clock> clock, PasswordHasher::Cost passwordCost)
    : m_location(location), m_serverPassword(serverPassword), m_passwordCost(passwordCost),
      m_clock(std::move(clock)), m_engine(std::make_unique<RuleEngine>(RuleSetLoader::builtIn()))
{
    open(false);
}

ClinicSession::ClinicSession(const QString& location, std::unique_ptr<Clock> clock,
                             PasswordHasher::Cost passwordCost)
    : ClinicSession(location, QString(), std::move(clock), passwordCost)
{}

ClinicSession::~ClinicSession() = default;

void ClinicSession::open(bool mustExist)
{
    auto storage =
        openClinicStorage(m_location, m_serverPassword, *m_clock,
                          mustExist ? StorageOpening::MustExist : StorageOpening::CreateIfMissing);
    m_accounts = storage->accounts(*m_clock, m_passwordCost);
    m_storage = std::move(storage);
}

bool ClinicSession::isServer() const
{
    return isServerLocation(m_location);
}

QString ClinicSession::displayLocation() const
{
    if (!isServer()) {
        return QDir::toNativeSeparators(m_location);
    }
    // Parsed when the session opened, so it parses here too.
    const PostgresLocation server = PostgresLocation::parse(m_location);
    const QString host = server.host().isEmpty() ? QStringLiteral("localhost") : server.host();
    return QCoreApplication::translate("ClinicSession", "Clinic server: %1@%2/%3")
        .arg(server.user(), host, server.database());
}

std::unique_ptr<ClinicStorage> StorageAddress::open(const Clock& clock) const
{
    return openClinicStorage(location, serverPassword, clock, StorageOpening::MustExist);
}

ClinicStorage& ClinicSession::storage() const
{
    return *m_storage;
}

void ClinicSession::withDatabaseClosed(const std::function<void()>& work)
{
    if (isServer()) {
        throw std::logic_error("a server database is not closed for a restore");
    }
    if (m_staff) {
        throw std::logic_error("sign out before closing the database");
    }
    m_accounts.reset();
    m_storage.reset();
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
    // Whatever this session had open for review is no longer open.
    try {
        m_storage->claims().releaseAll();
    } catch (const std::exception&) {
    }
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

void ClinicSession::reconnect()
{
    storage().reconnect();
}
