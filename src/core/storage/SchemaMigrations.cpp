#include "storage/SchemaMigrations.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NameFolding.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "util/SystemClock.h"
#include "util/Translated.h"

#include <QStringList>
#include <utility>
#include <vector>

namespace {

// Version 1: the records. Standard SQL apart from INTEGER PRIMARY KEY
// (an identity column elsewhere) and the trigger syntax.
const char* const kVersion1 = R"SQL(
CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    phone TEXT,
    email TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX clients_by_name ON clients(name, date_of_birth);

CREATE TABLE intakes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    current_version INTEGER NOT NULL,
    visit_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'reviewed')),
    approach TEXT NOT NULL,
    urgency TEXT,
    refer_out INTEGER NOT NULL CHECK (refer_out IN (0, 1))
);
CREATE INDEX intakes_by_visit ON intakes(visit_date);
CREATE INDEX intakes_by_status ON intakes(status, visit_date);
CREATE INDEX intakes_by_approach ON intakes(approach, visit_date);
CREATE INDEX intakes_by_client ON intakes(client_id);

CREATE TABLE intake_versions (
    id INTEGER PRIMARY KEY,
    intake_id INTEGER NOT NULL REFERENCES intakes(id),
    version INTEGER NOT NULL,
    record_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (intake_id, version)
);

CREATE TABLE suggestions (
    id INTEGER PRIMARY KEY,
    intake_version_id INTEGER NOT NULL UNIQUE REFERENCES intake_versions(id),
    approach TEXT NOT NULL,
    urgency TEXT,
    pressure TEXT,
    result_json TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    rules_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    intake_id INTEGER NOT NULL REFERENCES intakes(id),
    intake_version_id INTEGER NOT NULL REFERENCES intake_versions(id),
    reviewer TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'overridden')),
    final_approach TEXT NOT NULL,
    final_pressure TEXT,
    reason TEXT,
    session_note TEXT,
    CHECK (decision = 'accepted' OR length(trim(coalesce(reason, ''))) > 0)
);
CREATE INDEX reviews_by_intake ON reviews(intake_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    records TEXT NOT NULL,
    details TEXT
);
CREATE INDEX audit_by_time ON audit_log(at);
)SQL";

// What was stored stays as it was: history tables refuse UPDATE and DELETE.
QStringList appendOnlyTriggers()
{
    QStringList statements;
    for (const char* table : {"audit_log", "intake_versions", "suggestions", "reviews"}) {
        for (const char* verb : {"UPDATE", "DELETE"}) {
            statements << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN "
                                         "SELECT RAISE(ABORT, '%1 is append-only'); END")
                              .arg(QLatin1String(table), QString::fromLatin1(verb).toLower(),
                                   QLatin1String(verb));
        }
    }
    return statements;
}

// Version 2: accent-insensitive client matching and search. SQLite-only:
// FTS5 (the PostgreSQL schema has a table of the names' words instead).
const char* const kVersion2 = R"SQL(
ALTER TABLE clients ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX clients_by_key ON clients(name_key, date_of_birth);
DROP INDEX clients_by_name;
DROP INDEX intakes_by_visit;
CREATE INDEX intakes_by_visit ON intakes(visit_date, client_id);
)SQL";

// Created once the existing names are folded; 'rebuild' then indexes them.
// New clients are indexed by IntakeStore::indexClientNames, once per
// transaction: a per-row trigger makes FTS5 flush at every statement.
const char* const kVersion2Search = R"SQL(
CREATE VIRTUAL TABLE client_names USING fts5(
    name_key, content='clients', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO client_names(client_names) VALUES ('rebuild');
CREATE TRIGGER client_names_update AFTER UPDATE OF name_key ON clients BEGIN
    INSERT INTO client_names(client_names, rowid, name_key) VALUES ('delete', old.id, old.name_key);
    INSERT INTO client_names(rowid, name_key) VALUES (new.id, new.name_key);
END;
CREATE TRIGGER client_names_delete AFTER DELETE ON clients BEGIN
    INSERT INTO client_names(client_names, rowid, name_key) VALUES ('delete', old.id, old.name_key);
END;
)SQL";

// Version 3: staff accounts and a tamper-evident audit log. Accounts are
// disabled, never deleted, so the audit log's names always mean someone.
const char* const kVersion3 = R"SQL(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('front_desk', 'therapist', 'manager')),
    password_hash TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
);
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'users are disabled, never deleted');
END;
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
)SQL";

// Version 4: clinic-intake/2. A suggestion may have no approach ("screening
// incomplete": questions not asked and nothing that calls for a referral), so
// the approach columns of intakes and suggestions accept NULL. SQLite cannot
// drop a NOT NULL constraint: each table is rebuilt (new table, rows copied
// with their ids, old table dropped, new one renamed, its indexes and
// triggers recreated as they were). The records themselves (record_json,
// result_json), the reviews and the audit log are not touched: stored
// records keep the format they were stored in.
const char* const kVersion4Intakes = R"SQL(
CREATE TABLE intakes_v4 (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    current_version INTEGER NOT NULL,
    visit_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'reviewed')),
    approach TEXT,
    urgency TEXT,
    refer_out INTEGER NOT NULL CHECK (refer_out IN (0, 1)),
    CHECK (approach IS NOT NULL OR (urgency IS NULL AND refer_out = 0))
);
)SQL";

const char* const kVersion4Suggestions = R"SQL(
CREATE TABLE suggestions_v4 (
    id INTEGER PRIMARY KEY,
    intake_version_id INTEGER NOT NULL UNIQUE REFERENCES intake_versions(id),
    approach TEXT,
    urgency TEXT,
    pressure TEXT,
    result_json TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    rules_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (approach IS NOT NULL OR (urgency IS NULL AND pressure IS NULL))
);
)SQL";

// Version 5: each audit entry names the rows it wrote and carries their hash
// (see AuditCoverage.h), so the chain vouches for the history tables and the
// accounts, not only for itself. Entries written before keep their hashes.
const char* const kVersion5 = R"SQL(
ALTER TABLE audit_log ADD COLUMN covers TEXT;
ALTER TABLE audit_log ADD COLUMN rows_hash TEXT;
)SQL";

// Version 6: save ids. A save (a new intake, an amendment, a review) carries
// an id the program makes; the database holds each one once, so the same
// save sent twice (a double click, a retry after a lost connection) is
// stored once. NULL for rows stored before and for imports. The id lives on
// the row the save makes (an add's and an amendment's version, a review):
// one INSERT stores both, so no save is stored without its id. SQLite cannot
// add a UNIQUE column: a unique index does the same (NULLs are distinct).
// Also PostgresSchema's step 6, word for word.
const char* const kVersion6 = R"SQL(
ALTER TABLE intake_versions ADD COLUMN save_id TEXT;
CREATE UNIQUE INDEX intake_versions_by_save_id ON intake_versions(save_id);
ALTER TABLE reviews ADD COLUMN save_id TEXT;
CREATE UNIQUE INDEX reviews_by_save_id ON reviews(save_id);
)SQL";

// Version 7: claims, who has an intake open for review (IntakeClaims.h).
// Presence, not a record: rows come and go, nothing audits them, and no
// foreign key ties them to an intake, so a claim never waits for a clinical
// write's lock (or the reverse). `expires_at` is the file's heartbeat
// deadline, `connection` the server's backend pid holding the claim's
// advisory lock; each backend leaves the other's column NULL. Also
// PostgresSchema's step 7, word for word.
const char* const kVersion7 = R"SQL(
CREATE TABLE claims (
    intake_id BIGINT NOT NULL,
    holder TEXT NOT NULL,
    user_name TEXT NOT NULL,
    since TEXT NOT NULL,
    expires_at TEXT,
    connection INTEGER,
    PRIMARY KEY (intake_id, holder)
);
)SQL";

void executeScript(const Database& database, const QString& script)
{
    // Qt runs one statement per exec; triggers contain ';' inside BEGIN ... END.
    QString statement;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        statement += line + QLatin1Char('\n');
        const QString trimmed = line.trimmed();
        const bool insideTrigger = statement.contains(QLatin1String("CREATE TRIGGER"));
        const bool ends =
            insideTrigger ? trimmed == QLatin1String("END;") : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            database.execute(statement.trimmed(),
                             QT_TRANSLATE_NOOP("StorageDoing", "updating the database layout"));
            statement.clear();
        }
    }
}

void foldExistingNames(const Database& database)
{
    QSqlQuery names = database.prepare(QStringLiteral("SELECT id, name FROM clients"));
    Database::run(names, QT_TRANSLATE_NOOP("StorageDoing", "reading client names"));
    QSqlQuery update =
        database.prepare(QStringLiteral("UPDATE clients SET name_key = ? WHERE id = ?"));
    while (names.next()) {
        update.bindValue(0, foldedName(names.value(1).toString()));
        update.bindValue(1, names.value(0));
        Database::run(update, QT_TRANSLATE_NOOP("StorageDoing", "indexing client names"));
    }
}

// Entries written before version 3 get their hashes now, so the chain covers
// the whole log. The append-only trigger steps aside for this one update.
void chainExistingAuditEntries(const Database& database)
{
    database.execute(QStringLiteral("DROP TRIGGER audit_log_no_update"),
                     QT_TRANSLATE_NOOP("StorageDoing", "updating the database layout"));
    QSqlQuery entries = database.prepare(QStringLiteral(
        "SELECT id, at, actor, action, records, details FROM audit_log ORDER BY id"));
    Database::run(entries, QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
    QSqlQuery update =
        database.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"));
    QString previousHash;
    while (entries.next()) {
        AuditEntry entry;
        entry.id = entries.value(0).toLongLong();
        entry.at = QDateTime::fromString(entries.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = entries.value(2).toString();
        entry.action = entries.value(3).toString();
        entry.records = entries.value(4).toString();
        entry.details = entries.value(5).toString();
        previousHash = AuditLog::entryHash(previousHash, entry);
        update.bindValue(0, previousHash);
        update.bindValue(1, entry.id);
        Database::run(update, QT_TRANSLATE_NOOP("StorageDoing", "chaining the audit log"));
    }
    database.execute(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                     QT_TRANSLATE_NOOP("StorageDoing", "updating the database layout"));
}

qint64 rowCount(const Database& database, const QString& table)
{
    QSqlQuery count = database.prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    Database::run(count, QT_TRANSLATE_NOOP("StorageDoing", "counting rows"));
    return count.next() ? count.value(0).toLongLong() : -1;
}

// Replaces `table` by `rebuilt` (already created, same columns in the same
// order, looser constraints): copies every row with its id, then puts the
// table's own indexes and triggers back exactly as they were. Runs inside the
// step's transaction with foreign keys off (see migrateTo).
void rebuildTable(const Database& database, const QString& table, const QString& rebuilt,
                  const QString& columns)
{
    QSqlQuery schema = database.prepare(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN "
                       "('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"));
    schema.addBindValue(table);
    Database::run(schema, QT_TRANSLATE_NOOP("StorageDoing", "reading the database layout"));
    QStringList recreate;
    while (schema.next()) {
        recreate << schema.value(0).toString();
    }
    // Append-only tables refuse DELETE; their triggers go with the table and
    // come back below.
    database.execute(
        QStringLiteral("INSERT INTO %1 (%3) SELECT %3 FROM %2").arg(rebuilt, table, columns),
        QT_TRANSLATE_NOOP("StorageDoing", "copying the records"));
    const qint64 before = rowCount(database, table);
    database.execute(QStringLiteral("DROP TABLE ") + table,
                     QT_TRANSLATE_NOOP("StorageDoing", "updating the database layout"));
    database.execute(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(rebuilt, table),
                     QT_TRANSLATE_NOOP("StorageDoing", "updating the database layout"));
    for (const QString& statement : recreate) {
        database.execute(statement,
                         QT_TRANSLATE_NOOP("StorageDoing", "updating the database layout"));
    }
    if (rowCount(database, table) != before) {
        throw StorageError(StorageError::Kind::Corrupt,
                           translated::fill(QCoreApplication::translate(
                                                "SchemaMigrations",
                                                "updating the database layout lost rows of %1"),
                                            table));
    }
}

// The rows already stored are vouched for from the upgrade on: one entry for
// the history tables, one for each account (an account's newest entry is the
// one checked against it). A new, empty database gets no entry.
void coverExistingRows(const Database& database)
{
    const SystemClock clock;
    const AuditLog audit(database, clock);
    const QString actor = AuditLog::defaultActor();
    const audit_coverage::Coverage history = audit_coverage::allHistoryRows(database);
    if (!history.empty()) {
        audit.append(actor, QStringLiteral("schema upgrade"), QStringLiteral("all intakes"),
                     QStringLiteral("schema 5: the records, suggestions and reviews stored "
                                    "before are covered from here on"),
                     history);
    }
    QSqlQuery accounts = database.prepare(QStringLiteral("SELECT id, name FROM users ORDER BY id"));
    Database::run(accounts, QT_TRANSLATE_NOOP("StorageDoing", "reading the user accounts"));
    std::vector<std::pair<qint64, QString>> found;
    while (accounts.next()) {
        found.emplace_back(accounts.value(0).toLongLong(), accounts.value(1).toString());
    }
    for (const auto& [id, name] : found) {
        audit.append(actor, QStringLiteral("schema upgrade"), QStringLiteral("user %1").arg(name),
                     QStringLiteral("schema 5: the account as it was is covered from here on"),
                     {{QStringLiteral("users"), id, id}});
    }
}

// An existing database records who changed its layout and when; a new,
// empty one gets no entry (its first entries are its own).
void auditUpgradeStep(const Database& database, const QString& what)
{
    if (rowCount(database, QStringLiteral("audit_log")) == 0) {
        return;
    }
    const SystemClock clock;
    const AuditLog audit(database, clock);
    audit.append(AuditLog::defaultActor(), QStringLiteral("schema upgrade"),
                 QStringLiteral("database"), what);
}

void requireForeignKeysHold(const Database& database)
{
    QSqlQuery check = database.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    Database::run(check, QT_TRANSLATE_NOOP("StorageDoing", "checking references"));
    if (check.next()) {
        throw StorageError(
            StorageError::Kind::Corrupt,
            translated::fill(
                QCoreApplication::translate("SchemaMigrations",
                                            "updating the database layout broke a reference in %1"),
                check.value(0).toString()));
    }
}

void applyStep(const Database& database, int version)
{
    WriteTransaction transaction(database);
    if (version == 1) {
        executeScript(database, QString::fromUtf8(kVersion1));
        for (const QString& trigger : appendOnlyTriggers()) {
            database.execute(trigger,
                             QT_TRANSLATE_NOOP("StorageDoing", "updating the database layout"));
        }
    } else if (version == 2) {
        executeScript(database, QString::fromUtf8(kVersion2));
        foldExistingNames(database);
        executeScript(database, QString::fromUtf8(kVersion2Search));
    } else if (version == 3) {
        executeScript(database, QString::fromUtf8(kVersion3));
        chainExistingAuditEntries(database);
    } else if (version == 4) {
        executeScript(database, QString::fromUtf8(kVersion4Intakes));
        rebuildTable(database, QStringLiteral("intakes"), QStringLiteral("intakes_v4"),
                     QStringLiteral("id, client_id, created_at, created_by, current_version, "
                                    "visit_date, status, approach, urgency, refer_out"));
        executeScript(database, QString::fromUtf8(kVersion4Suggestions));
        rebuildTable(database, QStringLiteral("suggestions"), QStringLiteral("suggestions_v4"),
                     QStringLiteral("id, intake_version_id, approach, urgency, pressure, "
                                    "result_json, rules_version, rules_sha256, created_at"));
        requireForeignKeysHold(database);
    } else if (version == 5) {
        executeScript(database, QString::fromUtf8(kVersion5));
        coverExistingRows(database);
    } else if (version == 6) {
        executeScript(database, QString::fromUtf8(kVersion6));
        auditUpgradeStep(database,
                         QStringLiteral("schema 6: new intakes, amendments and reviews keep their "
                                        "save id; nothing stored before is changed"));
    } else if (version == 7) {
        executeScript(database, QString::fromUtf8(kVersion7));
        auditUpgradeStep(database,
                         QStringLiteral("schema 7: who has an intake open for review is shown "
                                        "(claims, not audited); nothing stored before is changed"));
    }
    database.execute(QStringLiteral("PRAGMA user_version = %1").arg(version),
                     QT_TRANSLATE_NOOP("StorageDoing", "recording the schema version"));
    transaction.commit();
}

} // namespace

void SchemaMigrations::migrate(Database& database, bool readOnly)
{
    const int version = database.schemaVersion();
    if (version > kCurrentVersion) {
        // Not a refused request (exit 2) but a program too old for the file.
        throw StorageError(StorageError::Kind::Other,
                           translated::fill(QCoreApplication::translate(
                                                "SchemaMigrations",
                                                "the database %1 was written by a newer Clinic "
                                                "Intake (schema %2); update the program"),
                                            database.path(), version));
    }
    if (version < kCurrentVersion && readOnly) {
        throw StorageError(
            StorageError::Kind::ReadOnly,
            translated::fill(QCoreApplication::translate(
                "SchemaMigrations", "the database needs an update, but it is opened read-only")));
    }
    migrateTo(database, kCurrentVersion);
}

void SchemaMigrations::migrateTo(Database& database, int version)
{
    const int from = database.schemaVersion();
    if (from >= version) {
        return;
    }
    // Rebuilding a table that others refer to (step 4) needs foreign keys
    // off: SQLite only switches them outside a transaction. Each step that
    // rebuilds checks every reference itself before it commits.
    database.execute(QStringLiteral("PRAGMA foreign_keys = OFF"),
                     QT_TRANSLATE_NOOP("StorageDoing", "updating the database layout"));
    try {
        for (int step = from + 1; step <= version; ++step) {
            applyStep(database, step);
        }
    } catch (...) {
        database.execute(QStringLiteral("PRAGMA foreign_keys = ON"),
                         QT_TRANSLATE_NOOP("StorageDoing", "setting up"));
        throw;
    }
    database.execute(QStringLiteral("PRAGMA foreign_keys = ON"),
                     QT_TRANSLATE_NOOP("StorageDoing", "setting up"));
}
