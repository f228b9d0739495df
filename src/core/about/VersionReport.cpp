#include "VersionReport.h"

#include "rules/RuleSetLoader.h"
#include "storage/SchemaMigrations.h"
#include "storage/postgres/PostgresSchema.h"

#include <QtGlobal>
#include <libpq-fe.h>
#include <sqlite3.h>

static_assert(SchemaMigrations::kCurrentVersion == PostgresSchema::kCurrentVersion,
              "--version names one schema for both backends");

namespace version_report {

QString programVersion()
{
    return QStringLiteral(CLINIC_INTAKE_VERSION);
}

QStringList lines(const QString& programName)
{
    QString rules;
    try {
        rules = QString::fromStdString(RuleSetLoader::builtIn()->version) +
                QStringLiteral(" (built in)");
    } catch (const std::exception& error) {
        // --version still answers; the broken rules are the news.
        rules = QStringLiteral("unreadable (%1)").arg(QString::fromUtf8(error.what()));
    }
    const int libpq = PQlibVersion(); // 150018 for 15.18
    const QString qtRun = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    return {
        programName + QLatin1Char(' ') + programVersion(),
        QStringLiteral("rules: ") + rules,
        QStringLiteral("database schema: %1").arg(SchemaMigrations::kCurrentVersion),
        QStringLiteral("Qt: ") + qtRun +
            (qtRun == qtBuilt ? QString() : QStringLiteral(" (built with %1)").arg(qtBuilt)),
        QStringLiteral("SQLite: ") + QString::fromLatin1(sqlite3_libversion()),
        QStringLiteral("libpq: %1.%2").arg(libpq / 10000).arg(libpq % 10000),
    };
}

} // namespace version_report
