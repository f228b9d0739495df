#include "ClinicSession.h"

#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "util/Clock.h"

ClinicSession::ClinicSession(const QString& databasePath, std::unique_ptr<Clock> clock)
    : m_path(databasePath), m_clock(std::move(clock)),
      m_engine(std::make_unique<RuleEngine>(RuleSetLoader::builtIn())),
      m_database(std::make_unique<Database>(databasePath)),
      m_store(std::make_unique<IntakeStore>(*m_database, *m_engine, *m_clock)),
      m_audit(std::make_unique<AuditLog>(*m_database, *m_clock))
{}

ClinicSession::~ClinicSession() = default;

QString ClinicSession::actor() const
{
    return AuditLog::defaultActor();
}
