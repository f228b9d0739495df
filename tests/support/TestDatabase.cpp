#include "TestDatabase.h"

#include "Harness.h"
#include "rules/RuleSetLoader.h"
#include "storage/sqlite/SqliteClinicStorage.h"

#include <QSqlQuery>
#include <QVariant>
#include <stdexcept>

TestDatabase::TestDatabase() : m_clock(QDate(2026, 11, 21)), m_engine(RuleSetLoader::builtIn())
{
    reopen();
}

void TestDatabase::reopen()
{
    m_workflow.reset();
    m_storage.reset();
    m_audit.reset();
    m_store.reset();
    m_database.reset();
    if (m_backend.onServer()) {
        m_storage = m_backend.open(m_clock);
    } else {
        m_database = std::make_unique<Database>(m_backend.path());
        m_storage = std::make_unique<SqliteClinicStorage>(*m_database, m_clock);
        m_store = std::make_unique<IntakeStore>(*m_database, m_clock);
        m_audit = std::make_unique<AuditLog>(*m_database, m_clock);
    }
    m_workflow = std::make_unique<IntakeWorkflow>(m_storage->intakes(), m_storage->audit(),
                                                  m_engine, m_clock);
}

Database& TestDatabase::database()
{
    test_backend::requireSqlite("TestDatabase::database()");
    return *m_database;
}

IntakeStore& TestDatabase::store()
{
    test_backend::requireSqlite("TestDatabase::store()");
    return *m_store;
}

AuditLog& TestDatabase::audit()
{
    test_backend::requireSqlite("TestDatabase::audit()");
    return *m_audit;
}

SavedIntake TestDatabase::add(const nlohmann::json& intake, const QString& actor)
{
    const auto parsed = harness::parse(intake);
    if (!parsed.ok()) {
        throw std::invalid_argument("test intake is invalid: " + harness::describe(parsed.errors));
    }
    return m_workflow->add(*parsed.record, actor);
}

void TestDatabase::tamper(const QString& sql)
{
    if (m_backend.onServer()) {
        m_backend.executeAsOwner(sql);
    } else {
        m_database->execute(sql, "tampering");
    }
}

qint64 TestDatabase::count(const QString& sql)
{
    if (m_backend.onServer()) {
        return m_backend.count(sql);
    }
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next()) {
        throw std::runtime_error("query failed: " + sql.toStdString());
    }
    return query.value(0).toLongLong();
}
