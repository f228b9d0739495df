#include "SeededClinic.h"

#include "Harness.h"
#include "IntakeGenerator.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "util/FixedClock.h"

#include <catch2/catch.hpp>
#include <stdexcept>

SeededClinic::SeededClinic()
{
    const FixedClock clock(QDate(2026, 11, 21));
    const auto storage = m_database.open(clock);
    test_staff::createIn(*storage, clock);
    const auto parsed = harness::parse(IntakeGenerator(7).next());
    REQUIRE(parsed.ok());
    const RuleEngine engine(RuleSetLoader::builtIn());
    storage->intakes().add(engine.suggestVersion(*parsed.record), test_staff::kFrontDesk);
    try {
        storage->backup(file("earlier.sqlite"), test_staff::kManager);
    } catch (const std::exception& error) {
        // Only the tests that use the backup fail (earlierBackup()).
        m_backupError = error.what();
    }
}

QString SeededClinic::earlierBackup() const
{
    if (!m_backupError.empty()) {
        FAIL("the seeded clinic's backup failed: " << m_backupError);
    }
    return file("earlier.sqlite");
}

Run SeededClinic::as(const QString& user, const QStringList& arguments, const std::string& input,
                     QStringList environment) const
{
    environment << QStringLiteral("CLINIC_INTAKE_PASSWORD=") + test_staff::passwordOf(user)
                << m_database.cliEnvironment();
    return runCli(QStringList{QStringLiteral("--db"), location(), QStringLiteral("--user"), user} +
                      arguments,
                  input, environment);
}

qint64 SeededClinic::count(const QString& sql, const QString& bound) const
{
    return m_database.count(sql, bound);
}
