#include "SeededClinic.h"

#include "Harness.h"
#include "IntakeGenerator.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/IntakeStore.h"
#include "util/FixedClock.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>

SeededClinic::SeededClinic()
{
    const FixedClock clock(QDate(2026, 11, 21));
    const Database database(path());
    test_staff::createIn(database, clock);
    const auto parsed = harness::parse(IntakeGenerator(7).next());
    REQUIRE(parsed.ok());
    const RuleEngine engine(RuleSetLoader::builtIn());
    IntakeStore(database, clock).add(engine.suggestVersion(*parsed.record), test_staff::kFrontDesk);
    DatabaseMaintenance(database).backup(file("earlier.sqlite"), AuditLog(database, clock),
                                         test_staff::kManager);
}

Run SeededClinic::as(const QString& user, const QStringList& arguments, const std::string& input,
                     QStringList environment) const
{
    environment << QStringLiteral("CLINIC_INTAKE_PASSWORD=") + test_staff::passwordOf(user);
    return runCli(QStringList{QStringLiteral("--db"), path(), QStringLiteral("--user"), user} +
                      arguments,
                  input, environment);
}

qint64 SeededClinic::count(const QString& sql, const QString& bound) const
{
    const Database database(path(), Database::Mode::MustExist);
    QSqlQuery query(database.connection());
    query.prepare(sql);
    if (!bound.isNull()) {
        query.addBindValue(bound);
    }
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}
