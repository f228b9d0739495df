#include "storage/postgres/PostgresVerifier.h"

#include "storage/AuditTrail.h"
#include "storage/NameFolding.h"
#include "storage/postgres/PostgresAuditTrail.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresCursor.h"
#include "storage/postgres/PostgresIntakeStore.h"
#include "storage/postgres/PostgresTransaction.h"
#include "util/Translated.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <set>

namespace {

QSqlQuery catalog(const PostgresConnection& connection, const QString& sql, const char* doing)
{
    QSqlQuery query = connection.prepare(sql);
    PostgresConnection::run(query, doing);
    return query;
}

// Each row's name and description, as "KIND name" in the shape.
void addObjects(stored_checks::SchemaShape& shape, const PostgresConnection& connection,
                const QString& kind, const QString& sql)
{
    QSqlQuery objects =
        catalog(connection, sql, QT_TRANSLATE_NOOP("StorageDoing", "reading the schema"));
    while (objects.next()) {
        shape[kind + QLatin1Char(' ') + objects.value(0).toString()] = objects.value(1).toString();
    }
}

// Ours, not an extension's (an extension such as pg_trgm, which a server
// may have for other uses, puts its functions in public).
const char* const kNotExtension =
    "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass "
    "AND e.objid = c.oid AND e.deptype = 'e')";

// What grantApplicationRole gives, by table: privileges on the whole table,
// and UPDATE of some columns.
const std::set<QString>& tablesReadAndAppended()
{
    static const std::set<QString> tables = {
        QStringLiteral("clients"),     QStringLiteral("client_words"),
        QStringLiteral("intakes"),     QStringLiteral("intake_versions"),
        QStringLiteral("suggestions"), QStringLiteral("reviews"),
        QStringLiteral("audit_log"),   QStringLiteral("users")};
    return tables;
}

bool columnUpdateGranted(const QString& table, const QString& column)
{
    static const std::set<QString> intakes = {
        QStringLiteral("current_version"), QStringLiteral("client_id"),
        QStringLiteral("visit_date"),      QStringLiteral("status"),
        QStringLiteral("approach"),        QStringLiteral("urgency"),
        QStringLiteral("refer_out")};
    static const std::set<QString> users = {
        QStringLiteral("enabled"), QStringLiteral("password_hash"),
        QStringLiteral("failed_attempts"), QStringLiteral("locked_until")};
    if (table == QLatin1String("intakes")) {
        return intakes.count(column) > 0;
    }
    return table == QLatin1String("users") && users.count(column) > 0;
}

bool tablePrivilegeGranted(const QString& table, QChar kind, const QString& privilege)
{
    if (kind == QLatin1Char('S')) {
        return privilege == QLatin1String("USAGE");
    }
    if (kind != QLatin1Char('r')) {
        return false;
    }
    if (table == QLatin1String("schema_version")) {
        return privilege == QLatin1String("SELECT");
    }
    if (table == QLatin1String("claims")) {
        // Presence the program keeps itself: rows come and go.
        return privilege == QLatin1String("SELECT") || privilege == QLatin1String("INSERT") ||
               privilege == QLatin1String("UPDATE") || privilege == QLatin1String("DELETE");
    }
    return tablesReadAndAppended().count(table) > 0 &&
           (privilege == QLatin1String("SELECT") || privilege == QLatin1String("INSERT"));
}

QString wider(const QString& who, const QString& what)
{
    if (who == QLatin1String("PUBLIC")) {
        return QCoreApplication::translate("CheckFinding",
                                           "grant: PUBLIC may %1; only the owner and the "
                                           "program's role may use a Clinic Intake database")
            .arg(what);
    }
    return QCoreApplication::translate(
               "CheckFinding",
               "grant: %1 may %2, more than Clinic Intake grants the program's role")
        .arg(who, what);
}

std::string utf8(const QVariant& value)
{
    return value.toString().toStdString();
}

} // namespace

PostgresVerifier::PostgresVerifier(const PostgresConnection& connection, const RuleEngine& engine)
    : m_connection(connection), m_engine(engine)
{}

std::vector<QString> PostgresVerifier::problems(AuditChainReport* chainReport) const
{
    const PostgresSnapshot snapshot(m_connection,
                                    QT_TRANSLATE_NOOP("StorageDoing", "checking the database"));
    std::vector<QString> problems;
    const bool tableMissing = checkSchema(problems);
    checkGrants(problems);
    // A table that is not there cannot be read: the rest would only fail.
    if (tableMissing) {
        return problems;
    }
    checkReferences(problems);
    checkRecords(problems);
    checkDerived(problems);
    stored_checks::addChain(PostgresAuditTrail::verifyChain(m_connection), problems, chainReport);
    return problems;
}

stored_checks::SchemaShape PostgresVerifier::shapeOf(const PostgresConnection& connection)
{
    stored_checks::SchemaShape shape;
    const char* const doing = QT_TRANSLATE_NOOP("StorageDoing", "reading the schema");
    // Tables (and anything else made in public), their columns in order.
    QSqlQuery relations = catalog(
        connection,
        QStringLiteral(
            "SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN "
            "'view' WHEN 'm' THEN 'view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'table' "
            "ELSE 'relation' END, c.relname, (SELECT string_agg(a.attname || ' ' || "
            "format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' "
            "ELSE '' END || CASE WHEN a.attcollation <> (SELECT typcollation FROM pg_type "
            "WHERE oid = a.atttypid) THEN ' collate ' || (SELECT collname FROM pg_collation "
            "WHERE oid = a.attcollation) ELSE '' END || CASE a.attidentity WHEN 'd' THEN "
            "' identity' WHEN 'a' THEN "
            "' always identity' ELSE '' END || coalesce(' default ' || "
            "pg_get_expr(d.adbin, d.adrelid), ''), ', ' ORDER BY a.attnum) "
            "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid "
            "AND d.adnum = a.attnum WHERE a.attrelid = c.oid AND a.attnum > 0 "
            "AND NOT a.attisdropped) FROM pg_class c WHERE c.relnamespace = "
            "'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND %1")
            .arg(QLatin1String(kNotExtension)),
        doing);
    while (relations.next()) {
        const QString kind = relations.value(0).toString();
        shape[kind + QLatin1Char(' ') + relations.value(1).toString()] =
            kind == QLatin1String("sequence") ? QString() : relations.value(2).toString();
    }
    addObjects(shape, connection, QStringLiteral("index"),
               QStringLiteral("SELECT c.relname, pg_get_indexdef(c.oid) FROM pg_index x JOIN "
                              "pg_class c ON c.oid = x.indexrelid WHERE c.relnamespace = "
                              "'public'::regnamespace AND %1")
                   .arg(QLatin1String(kNotExtension)));
    addObjects(shape, connection, QStringLiteral("constraint"),
               QStringLiteral("SELECT t.relname || '.' || k.conname, pg_get_constraintdef(k.oid) "
                              "FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid "
                              "WHERE t.relnamespace = 'public'::regnamespace"));
    // Whether each trigger fires is checkSchema's: here what it is.
    addObjects(shape, connection, QStringLiteral("trigger"),
               QStringLiteral("SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN "
                              "pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = "
                              "'public'::regnamespace AND NOT t.tgisinternal"));
    // The function behind the append-only triggers: replaced by one that
    // lets a change through, every trigger would still be there.
    addObjects(
        shape, connection, QStringLiteral("function"),
        QStringLiteral("SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || "
                       "')', l.lanname || ' ' || md5(p.prosrc) || CASE WHEN p.prosecdef THEN "
                       "' security definer' ELSE '' END FROM pg_proc p JOIN pg_language l "
                       "ON l.oid = p.prolang WHERE p.pronamespace = 'public'::regnamespace "
                       "AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = "
                       "'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')"));
    return shape;
}

bool PostgresVerifier::checkSchema(std::vector<QString>& problems) const
{
    const bool tableMissing =
        stored_checks::compareSchema(expectedShape(), shapeOf(m_connection), problems);
    // A disabled trigger lets every change through while it is there.
    QSqlQuery triggers =
        catalog(m_connection,
                QStringLiteral("SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c "
                               "ON c.oid = t.tgrelid WHERE c.relnamespace = 'public'::regnamespace "
                               "AND NOT t.tgisinternal AND t.tgenabled NOT IN ('O', 'A') "
                               "ORDER BY t.tgname"),
                QT_TRANSLATE_NOOP("StorageDoing", "reading the schema"));
    while (triggers.next()) {
        problems.push_back(QStringLiteral("schema: trigger %1 is disabled: %2 can be changed "
                                          "(ALTER TABLE %2 ENABLE TRIGGER %1)")
                               .arg(triggers.value(0).toString(), triggers.value(1).toString()));
    }
    return tableMissing;
}

void PostgresVerifier::checkGrants(std::vector<QString>& problems) const
{
    const char* const doing = QT_TRANSLATE_NOOP("StorageDoing", "reading the grants");
    // Privileges of anyone but the owner (PUBLIC has grantee 0, no name).
    QSqlQuery tables = catalog(
        m_connection,
        QStringLiteral("SELECT c.relname, c.relkind, pg_get_userbyid(a.grantee), "
                       "a.privilege_type, a.grantee = 0 FROM pg_class c, aclexplode(c.relacl) a "
                       "WHERE c.relnamespace = 'public'::regnamespace AND a.grantee <> c.relowner "
                       "ORDER BY 1, 3, 4"),
        doing);
    while (tables.next()) {
        const QString who =
            tables.value(4).toBool() ? QStringLiteral("PUBLIC") : tables.value(2).toString();
        const QString table = tables.value(0).toString();
        const QString privilege = tables.value(3).toString();
        const QString kindText = tables.value(1).toString();
        const QChar kind = kindText.isEmpty() ? QChar() : kindText.front();
        if (who == QLatin1String("PUBLIC") || !tablePrivilegeGranted(table, kind, privilege)) {
            problems.push_back(
                wider(who, QStringLiteral("%1 on %2 %3")
                               .arg(privilege,
                                    kind == QLatin1Char('S') ? QStringLiteral("sequence")
                                                             : QStringLiteral("table"),
                                    table)));
        }
    }
    QSqlQuery columns = catalog(
        m_connection,
        QStringLiteral("SELECT c.relname, t.attname, pg_get_userbyid(a.grantee), "
                       "a.privilege_type, a.grantee = 0 FROM pg_class c JOIN pg_attribute t "
                       "ON t.attrelid = c.oid, aclexplode(t.attacl) a WHERE c.relnamespace = "
                       "'public'::regnamespace AND a.grantee <> c.relowner ORDER BY 1, 3, 2, 4"),
        doing);
    while (columns.next()) {
        const QString who =
            columns.value(4).toBool() ? QStringLiteral("PUBLIC") : columns.value(2).toString();
        const QString table = columns.value(0).toString();
        const QString column = columns.value(1).toString();
        const QString privilege = columns.value(3).toString();
        if (who == QLatin1String("PUBLIC") || privilege != QLatin1String("UPDATE") ||
            !columnUpdateGranted(table, column)) {
            problems.push_back(
                wider(who, QStringLiteral("%1 (%2) on table %3").arg(privilege, column, table)));
        }
    }
    // The schema, the database and the trigger function.
    QSqlQuery others =
        catalog(m_connection,
                QStringLiteral(
                    "SELECT 'schema public', pg_get_userbyid(a.grantee), a.privilege_type, "
                    "a.grantee = 0 FROM pg_namespace n, aclexplode(coalesce(n.nspacl, "
                    "acldefault('n', n.nspowner))) a WHERE n.nspname = "
                    "'public' AND a.grantee <> n.nspowner AND NOT (a.privilege_type = 'USAGE' AND "
                    "a.grantee <> 0) "
                    "UNION ALL SELECT 'database ' || d.datname, pg_get_userbyid(a.grantee), "
                    "a.privilege_type, a.grantee = 0 FROM pg_database d, "
                    "aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a "
                    "WHERE d.datname = current_database() AND a.grantee <> d.datdba AND NOT "
                    "(a.privilege_type = 'CONNECT' AND a.grantee <> 0) "
                    "UNION ALL SELECT 'function ' || p.proname, pg_get_userbyid(a.grantee), "
                    "a.privilege_type, a.grantee = 0 FROM pg_proc p, aclexplode(coalesce(p.proacl, "
                    "acldefault('f', p.proowner))) a "
                    "WHERE p.pronamespace = 'public'::regnamespace AND p.proname = "
                    "'clinic_refuse_change' AND a.grantee <> p.proowner ORDER BY 1, 2, 3"),
                doing);
    while (others.next()) {
        const QString who =
            others.value(3).toBool() ? QStringLiteral("PUBLIC") : others.value(1).toString();
        problems.push_back(
            wider(who, QStringLiteral("%1 on %2")
                           .arg(others.value(2).toString(), others.value(0).toString())));
    }
    // A member of the owner's role may do all the owner may.
    QSqlQuery members = catalog(
        m_connection,
        QStringLiteral("SELECT DISTINCT pg_get_userbyid(m.member), pg_get_userbyid(m.roleid) "
                       "FROM pg_auth_members m JOIN pg_class c ON c.relowner = m.roleid "
                       "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' "
                       "ORDER BY 1"),
        doing);
    while (members.next()) {
        problems.push_back(
            wider(members.value(0).toString(),
                  QStringLiteral("act as %1, the owner of the tables (a member of its role)")
                      .arg(members.value(1).toString())));
    }
}

void PostgresVerifier::checkReferences(std::vector<QString>& problems) const
{
    // The foreign keys hold while they are there; schema reports one that is not.
    struct Reference
    {
        const char* table;
        const char* column;
        const char* parent;
    };
    const Reference references[] = {{"intakes", "client_id", "clients"},
                                    {"intake_versions", "intake_id", "intakes"},
                                    {"suggestions", "intake_version_id", "intake_versions"},
                                    {"reviews", "intake_id", "intakes"},
                                    {"reviews", "intake_version_id", "intake_versions"}};
    stored_checks::Listing missing(problems);
    for (const Reference& reference : references) {
        PostgresCursor rows(m_connection,
                            QStringLiteral("SELECT t.id FROM %1 t WHERE NOT EXISTS (SELECT 1 "
                                           "FROM %3 p WHERE p.id = t.%2) ORDER BY t.id")
                                .arg(QLatin1String(reference.table),
                                     QLatin1String(reference.column),
                                     QLatin1String(reference.parent)),
                            {}, QT_TRANSLATE_NOOP("StorageDoing", "checking references"));
        while (rows.next()) {
            missing.add(stored_checks::missingReference(rows.value(0).toString(),
                                                        QLatin1String(reference.table),
                                                        QLatin1String(reference.parent)));
        }
    }
}

void PostgresVerifier::checkRecords(std::vector<QString>& problems) const
{
    PostgresCursor rows(m_connection,
                        QStringLiteral("SELECT v.intake_id, v.version, v.record_json, s.id, "
                                       "s.approach, s.urgency, s.pressure, s.result_json, "
                                       "s.rules_sha256, s.rules_version FROM intake_versions v "
                                       "LEFT JOIN suggestions s ON s.intake_version_id = v.id "
                                       "ORDER BY v.id"),
                        {}, QT_TRANSLATE_NOOP("StorageDoing", "checking the stored records"));
    stored_checks::RecordCheck records(m_engine, problems);
    std::string record;
    std::string approach;
    std::string urgency;
    std::string pressure;
    std::string result;
    std::string sha256;
    std::string rulesVersion;
    while (rows.next()) {
        record = utf8(rows.value(2));
        approach = utf8(rows.value(4));
        urgency = utf8(rows.value(5));
        pressure = utf8(rows.value(6));
        result = utf8(rows.value(7));
        sha256 = utf8(rows.value(8));
        rulesVersion = utf8(rows.value(9));
        stored_checks::StoredVersion version;
        version.intakeId = rows.value(0).toLongLong();
        version.version = rows.value(1).toLongLong();
        version.recordJson = record;
        version.hasSuggestion = !rows.value(3).isNull();
        version.approach = approach;
        version.urgency = urgency;
        version.pressure = pressure;
        version.resultJson = result;
        version.rulesSha256 = sha256;
        version.rulesVersion = rulesVersion;
        records.check(version);
    }
}

void PostgresVerifier::checkDerived(std::vector<QString>& problems) const
{
    // The intakes table is the list's index: each row must say what its
    // history says (DatabaseVerifier's query, in PostgreSQL's words).
    PostgresCursor intakes(
        m_connection,
        QStringLiteral(
            "SELECT i.id, i.current_version, (SELECT max(version) FROM intake_versions WHERE "
            "intake_id = i.id), s.approach IS NOT DISTINCT FROM i.approach AND s.urgency IS NOT "
            "DISTINCT FROM i.urgency AND i.refer_out = CASE WHEN s.approach IS NOT DISTINCT FROM "
            "'refer_out' THEN 1 ELSE 0 END, i.status = CASE WHEN EXISTS (SELECT 1 FROM reviews r "
            "WHERE r.intake_id = i.id AND r.intake_version_id = v.id) THEN 'reviewed' ELSE "
            "'pending' END, s.id FROM intakes i LEFT JOIN intake_versions v ON v.intake_id = i.id "
            "AND v.version = i.current_version LEFT JOIN suggestions s ON s.intake_version_id = "
            "v.id ORDER BY i.id"),
        {}, QT_TRANSLATE_NOOP("StorageDoing", "checking the intakes"));
    stored_checks::DerivedCheck derived(problems);
    while (intakes.next()) {
        stored_checks::IntakeListRow row;
        row.intakeId = intakes.value(0).toLongLong();
        row.hasCurrent = !intakes.value(5).isNull();
        row.currentVersion = intakes.value(1).toString();
        row.newestVersion = intakes.value(2).toString();
        row.approachMatches = intakes.value(3).toBool();
        row.statusMatches = intakes.value(4).toBool();
        derived.check(row);
    }

    PostgresCursor twice(m_connection, QString::fromLatin1(stored_checks::kSaveIdsStoredTwice), {},
                         QT_TRANSLATE_NOOP("StorageDoing", "checking the save ids"));
    stored_checks::Listing shared(problems);
    while (twice.next()) {
        shared.add(stored_checks::saveIdStoredTwice(
            twice.value(0).toString(), twice.value(1).toString(), twice.value(2).toString()));
    }

    // client_words is the name search's index: a client whose words are
    // wrong or missing is not found by a search for its name.
    PostgresCursor clients(
        m_connection,
        // Grouped once and merged: client_words has no index by client, so
        // a LATERAL look-up per client read the whole table each time (25
        // minutes at 100,000 clients against 0.6 s).
        QStringLiteral("SELECT c.id, c.name_key, w.indexed, w.words FROM clients c LEFT JOIN "
                       "(SELECT client_id, string_agg(word, ' ' ORDER BY word) AS indexed, "
                       "string_agg(DISTINCT words, '|') AS words FROM client_words GROUP BY "
                       "client_id) w ON w.client_id = c.id ORDER BY c.id"),
        {}, QT_TRANSLATE_NOOP("StorageDoing", "checking the name search index"));
    stored_checks::Listing wrong(problems);
    while (clients.next()) {
        const QStringList words = nameWords(clients.value(1).toString());
        QStringList expected = words;
        std::sort(expected.begin(), expected.end()); // byte order, as COLLATE "C" sorts
        const QString stored = clients.value(2).toString();
        const bool wordsRight = words.isEmpty() || clients.value(3).toString() ==
                                                       PostgresIntakeStore::wordsColumn(words);
        if (stored != expected.join(QLatin1Char(' ')) || !wordsRight) {
            wrong.add(
                QStringLiteral("name search: client %1 is indexed under \"%2\", but its "
                               "name has the words \"%3\" (a search for its name would "
                               "miss it)")
                    .arg(clients.value(0).toString(), stored, expected.join(QLatin1Char(' '))));
        }
    }
}
