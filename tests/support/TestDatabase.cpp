#include "TestDatabase.h"

#include "Harness.h"
#include "rules/RuleSetLoader.h"

#include <QSqlQuery>
#include <QVariant>
#include <stdexcept>

TestDatabase::TestDatabase() : m_clock(QDate(2026, 11, 21)), m_engine(RuleSetLoader::builtIn())
{
    if (!m_folder.isValid()) {
        throw std::runtime_error("cannot make a temporary folder");
    }
    reopen();
}

void TestDatabase::reopen()
{
    m_workflow.reset();
    m_audit.reset();
    m_store.reset();
    m_storage.reset();
    m_database.reset();
    m_database = std::make_unique<Database>(path());
    m_storage = std::make_unique<SqliteClinicStorage>(*m_database, m_clock);
    m_store = std::make_unique<IntakeStore>(*m_database, m_clock);
    m_audit = std::make_unique<AuditLog>(*m_database, m_clock);
    m_workflow = std::make_unique<IntakeWorkflow>(*m_store, *m_audit, m_engine, m_clock);
}

SavedIntake TestDatabase::add(const nlohmann::json& intake, const QString& actor)
{
    const auto parsed = harness::parse(intake);
    if (!parsed.ok()) {
        throw std::invalid_argument("test intake is invalid: " + harness::describe(parsed.errors));
    }
    return m_workflow->add(*parsed.record, actor);
}

qint64 TestDatabase::count(const QString& sql)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next()) {
        throw std::runtime_error("query failed: " + sql.toStdString());
    }
    return query.value(0).toLongLong();
}
