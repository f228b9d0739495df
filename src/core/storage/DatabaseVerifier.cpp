#include "storage/DatabaseVerifier.h"

#include "rules/Recommendation.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSet.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageError.h"
#include "util/SystemClock.h"
#include "validation/IntakeParser.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <map>
#include <nlohmann/json.hpp>

namespace {

// At most this many problems of one kind are listed; a damaged file can
// have a million, and the first ones say what happened.
constexpr std::size_t kMaxListed = 20;

// What the schema of a database is made of, by kind and name, each with a
// description that two equal schemas share whatever the order or spacing
// of the SQL that made them (an upgraded database and a new one differ in
// that).
using SchemaShape = std::map<QString, QString>; // "table clients" -> description

QStringList rowsOf(const Database& database, const QString& sql, int columns)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        throw StorageError::fromSql(query.lastError(), "reading the schema");
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
        throw StorageError::fromSql(objects.lastError(), "reading the schema");
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
            description =
                table + QLatin1Char(':') +
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

void add(std::vector<QString>& problems, std::size_t& listed, const QString& problem)
{
    if (listed < kMaxListed) {
        problems.push_back(problem);
    } else if (listed == kMaxListed) {
        problems.push_back(QStringLiteral("(more problems of this kind are not listed)"));
    }
    ++listed;
}

QString textOf(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string jsonWord(const nlohmann::json& document, const char* key)
{
    const auto found = document.find(key);
    return found != document.end() && found->is_string() ? found->get<std::string>()
                                                         : std::string();
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
    const AuditChainReport chain = AuditLog::verifyChain(m_database);
    problems.insert(problems.end(), chain.problems.begin(), chain.problems.end());
    if (chainReport) {
        *chainReport = chain;
    }
    return problems;
}

void DatabaseVerifier::checkIntegrity(std::vector<QString>& problems) const
{
    QSqlQuery integrity(m_database.connection());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
        throw StorageError::fromSql(integrity.lastError(), "checking integrity");
    }
    std::size_t listed = 0;
    while (integrity.next()) {
        const QString result = integrity.value(0).toString();
        if (result != QLatin1String("ok")) {
            add(problems, listed, QStringLiteral("integrity: ") + result);
        }
    }
    QSqlQuery references(m_database.connection());
    if (!references.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        throw StorageError::fromSql(references.lastError(), "checking references");
    }
    listed = 0;
    while (references.next()) {
        add(problems, listed,
            QStringLiteral("reference: row %1 of %2 points to a missing %3 row")
                .arg(references.value(1).toString(), references.value(0).toString(),
                     references.value(2).toString()));
    }
}

void DatabaseVerifier::checkSchema(std::vector<QString>& problems) const
{
    const SchemaShape& expected = expectedShape();
    const SchemaShape found = shapeOf(m_database);
    for (const auto& [object, description] : expected) {
        const auto here = found.find(object);
        if (here == found.end()) {
            problems.push_back(
                QStringLiteral("schema: %1 is missing (this version creates it)").arg(object));
        } else if (here->second != description) {
            problems.push_back(
                QStringLiteral("schema: %1 is not what this version creates").arg(object));
        }
    }
    for (const auto& [object, description] : found) {
        if (expected.count(object) == 0) {
            problems.push_back(
                QStringLiteral("schema: %1 does not belong in a Clinic Intake database")
                    .arg(object));
        }
    }
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
    const SystemClock clock; // every stored record has its visit date
    // Control characters were allowed before issue 10: a record that holds
    // them is as it was stored, not damaged.
    const IntakeParser parser(clock, IntakeParser::ControlCharacters::AcceptAsStored);
    const RuleSet& rules = m_engine.ruleSet();
    std::size_t listed = 0;
    while (rows.step("checking the stored records")) {
        const QString where =
            QStringLiteral("intake %1 version %2").arg(rows.int64At(0)).arg(rows.int64At(1));
        const IntakeParseResult parsed = parser.parse(rows.textAt(2));
        if (!parsed.ok()) {
            const FieldError& first = parsed.errors.front();
            add(problems, listed,
                QStringLiteral("%1: the stored record is damaged (%2: %3)")
                    .arg(where, QString::fromStdString(first.path),
                         QString::fromStdString(first.message)));
        }
        if (rows.textAt(3).empty()) {
            add(problems, listed, QStringLiteral("%1: its suggestion is missing").arg(where));
            continue;
        }
        const std::string_view stored = rows.textAt(7);
        const nlohmann::json suggestion = nlohmann::json::parse(stored, nullptr, false);
        if (suggestion.is_discarded() || !suggestion.is_object()) {
            add(problems, listed,
                QStringLiteral("%1: the stored suggestion is damaged (not a JSON object)")
                    .arg(where));
            continue;
        }
        if (jsonWord(suggestion, "approach") != rows.textAt(4) ||
            jsonWord(suggestion, "urgency") != rows.textAt(5) ||
            jsonWord(suggestion, "pressure") != rows.textAt(6)) {
            add(problems, listed,
                QStringLiteral("%1: the suggestion's approach, urgency or pressure differs from "
                               "its stored text")
                    .arg(where));
            continue;
        }
        // The rules in force made it: they must give it again.
        if (parsed.ok() && rows.textAt(8) == rules.sourceSha256) {
            const std::string again =
                m_engine.recommend(*parsed.record).toJson(rules, *parsed.record);
            if (again != stored) {
                add(problems, listed,
                    QStringLiteral("%1: the stored suggestion is not what rules %2 give for the "
                                   "stored record (it says %3)")
                        .arg(where, textOf(rows.textAt(9)),
                             QString::fromStdString(jsonWord(suggestion, "approach"))));
            }
        }
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
        throw StorageError::fromSql(intakes.lastError(), "checking the intakes");
    }
    std::size_t listed = 0;
    while (intakes.next()) {
        const QString intake = QStringLiteral("intake %1").arg(intakes.value(0).toLongLong());
        if (intakes.value(5).isNull()) {
            add(problems, listed,
                intake + QStringLiteral(": its current version or suggestion is missing"));
        } else if (intakes.value(1).toLongLong() != intakes.value(2).toLongLong()) {
            add(problems, listed,
                intake + QStringLiteral(": the current version is %1, its newest is %2")
                             .arg(intakes.value(1).toString(), intakes.value(2).toString()));
        } else if (intakes.value(3).toInt() != 1) {
            add(problems, listed,
                intake + QStringLiteral(": the approach in the list is not its suggestion's"));
        } else if (intakes.value(4).toInt() != 1) {
            add(problems, listed,
                intake + QStringLiteral(": the status in the list does not match its reviews"));
        }
    }
}
