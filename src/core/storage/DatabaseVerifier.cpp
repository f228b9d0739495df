#include "storage/DatabaseVerifier.h"

#include "rules/RuleEngine.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageError.h"
#include "storage/StoredDataChecks.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace {

// Two equal schemas share their description whatever the order or spacing
// of the SQL that made them (an upgraded database and a new one differ in
// that).
using stored_checks::SchemaShape;

QStringList rowsOf(const Database& database, const QString& sql, int columns)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        throw StorageError::fromSql(query.lastError(),
                                    QT_TRANSLATE_NOOP("StorageDoing", "reading the schema"));
    }
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int column = 0; column < columns; ++column) {
            values << query.value(column).toString();
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

QString simplifiedSql(QString sql)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    sql.replace(spaces, QStringLiteral(" "));
    sql.replace(QStringLiteral(" ("), QStringLiteral("("));
    return sql.trimmed().toLower();
}

SchemaShape shapeOf(const Database& database)
{
    SchemaShape shape;
    QSqlQuery objects(database.connection());
    if (!objects.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                     "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"))) {
        throw StorageError::fromSql(objects.lastError(),
                                    QT_TRANSLATE_NOOP("StorageDoing", "reading the schema"));
    }
    while (objects.next()) {
        const QString type = objects.value(0).toString();
        const QString name = objects.value(1).toString();
        const QString table = objects.value(2).toString();
        QString description;
        if (type == QLatin1String("table")) {
            description =
                rowsOf(database,
                       QStringLiteral("SELECT name, type, \"notnull\", pk FROM "
                                      "pragma_table_info('%1') ORDER BY name")
                           .arg(QString(name).replace(QLatin1Char('\''), QStringLiteral("''"))),
                       4)
                    .join(QLatin1Char(','));
        } else if (type == QLatin1String("index")) {
            // Whether it is UNIQUE counts: the save ids' indexes are what
            // stores a repeated save once.
            const bool unique = simplifiedSql(objects.value(3).toString())
                                    .startsWith(QLatin1String("create unique"));
            description =
                (unique ? QStringLiteral("unique ") : QString()) + table + QLatin1Char(':') +
                rowsOf(database,
                       QStringLiteral("SELECT name FROM pragma_index_info('%1') ORDER BY seqno")
                           .arg(QString(name).replace(QLatin1Char('\''), QStringLiteral("''"))),
                       1)
                    .join(QLatin1Char(','));
        } else {
            description = simplifiedSql(objects.value(3).toString());
        }
        shape[type + QLatin1Char(' ') + name] = description;
    }
    return shape;
}

// The schema this version of the program creates, from a new database in a
// folder of its own (not ":memory:", which Database would take for a file
// name).
const SchemaShape& expectedShape()
{
    static const SchemaShape shape = [] {
        QTemporaryDir folder;
        if (!folder.isValid()) {
            throw StorageError(StorageError::Kind::Other,
                               "check: cannot make a temporary folder to compare the schema with");
        }
        const Database fresh(folder.filePath(QStringLiteral("expected.sqlite")));
        return shapeOf(fresh);
    }();
    return shape;
}

} // namespace

DatabaseVerifier::DatabaseVerifier(const Database& database, const RuleEngine& engine)
    : m_database(database), m_engine(engine)
{}

std::vector<QString> DatabaseVerifier::problems(AuditChainReport* chainReport) const
{
    std::vector<QString> problems;
    checkIntegrity(problems);
    // Only a sound file is worth reading further.
    if (!problems.empty()) {
        return problems;
    }
    checkSchema(problems);
    checkRecords(problems);
    checkDerived(problems);
    // The chain, and every row of the history tables and every account
    // against the entries that cover them; read once (it reads every row).
    stored_checks::addChain(AuditLog::verifyChain(m_database), problems, chainReport);
    return problems;
}

void DatabaseVerifier::checkIntegrity(std::vector<QString>& problems) const
{
    QSqlQuery integrity(m_database.connection());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
        throw StorageError::fromSql(integrity.lastError(),
                                    QT_TRANSLATE_NOOP("StorageDoing", "checking integrity"));
    }
    stored_checks::Listing damage(problems);
    while (integrity.next()) {
        const QString result = integrity.value(0).toString();
        if (result != QLatin1String("ok")) {
            damage.add(QStringLiteral("integrity: ") + result);
        }
    }
    QSqlQuery references(m_database.connection());
    if (!references.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        throw StorageError::fromSql(references.lastError(),
                                    QT_TRANSLATE_NOOP("StorageDoing", "checking references"));
    }
    stored_checks::Listing missing(problems);
    while (references.next()) {
        missing.add(stored_checks::missingReference(references.value(1).toString(),
                                                    references.value(0).toString(),
                                                    references.value(2).toString()));
    }
}

void DatabaseVerifier::checkSchema(std::vector<QString>& problems) const
{
    stored_checks::compareSchema(expectedShape(), shapeOf(m_database), problems);
}

void DatabaseVerifier::checkRecords(std::vector<QString>& problems) const
{
    // Read through SQLite's C interface: the bytes as stored, so that a
    // damaged UTF-8 sequence is seen rather than mended on the way.
    SqliteStatement rows(m_database.sqliteHandle(),
                         "SELECT v.intake_id, v.version, v.record_json, s.id, s.approach, "
                         "s.urgency, s.pressure, s.result_json, s.rules_sha256, s.rules_version "
                         "FROM intake_versions v LEFT JOIN suggestions s "
                         "ON s.intake_version_id = v.id ORDER BY v.id");
    stored_checks::RecordCheck records(m_engine, problems);
    while (rows.step(QT_TRANSLATE_NOOP("StorageDoing", "checking the stored records"))) {
        stored_checks::StoredVersion version;
        version.intakeId = rows.int64At(0);
        version.version = rows.int64At(1);
        version.recordJson = rows.textAt(2);
        version.hasSuggestion = !rows.textAt(3).empty();
        version.approach = rows.textAt(4);
        version.urgency = rows.textAt(5);
        version.pressure = rows.textAt(6);
        version.resultJson = rows.textAt(7);
        version.rulesSha256 = rows.textAt(8);
        version.rulesVersion = rows.textAt(9);
        records.check(version);
    }
}

void DatabaseVerifier::checkDerived(std::vector<QString>& problems) const
{
    // The intakes table is the list's index: each row must say what its
    // history says.
    QSqlQuery intakes(m_database.connection());
    if (!intakes.exec(QStringLiteral(
            "SELECT i.id, i.current_version, "
            "(SELECT max(version) FROM intake_versions WHERE intake_id = i.id), "
            "s.approach IS i.approach AND s.urgency IS i.urgency AND "
            "i.refer_out = (s.approach IS 'refer_out'), "
            "i.status = CASE WHEN EXISTS (SELECT 1 FROM reviews r WHERE r.intake_id = i.id "
            "AND r.intake_version_id = v.id) THEN 'reviewed' ELSE 'pending' END, s.id "
            "FROM intakes i LEFT JOIN intake_versions v ON v.intake_id = i.id "
            "AND v.version = i.current_version "
            "LEFT JOIN suggestions s ON s.intake_version_id = v.id ORDER BY i.id"))) {
        throw StorageError::fromSql(intakes.lastError(),
                                    QT_TRANSLATE_NOOP("StorageDoing", "checking the intakes"));
    }
    stored_checks::DerivedCheck derived(problems);
    QSqlQuery twice(m_database.connection());
    if (!twice.exec(QString::fromLatin1(stored_checks::kSaveIdsStoredTwice))) {
        throw StorageError::fromSql(twice.lastError(),
                                    QT_TRANSLATE_NOOP("StorageDoing", "checking the save ids"));
    }
    stored_checks::Listing shared(problems);
    while (twice.next()) {
        shared.add(stored_checks::saveIdStoredTwice(
            twice.value(0).toString(), twice.value(1).toString(), twice.value(2).toString()));
    }
    while (intakes.next()) {
        stored_checks::IntakeListRow row;
        row.intakeId = intakes.value(0).toLongLong();
        row.hasCurrent = !intakes.value(5).isNull();
        row.currentVersion = intakes.value(1).toString();
        row.newestVersion = intakes.value(2).toString();
        row.approachMatches = intakes.value(3).toInt() == 1;
        row.statusMatches = intakes.value(4).toInt() == 1;
        derived.check(row);
    }
}
