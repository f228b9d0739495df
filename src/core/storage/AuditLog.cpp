#include "storage/AuditLog.h"

#include "storage/AuditChain.h"
#include "storage/AuditFallbackLog.h"
#include "storage/Database.h"
#include "storage/StoredRows.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QVariant>
#include <nlohmann/json.hpp>
#include <pwd.h>
#include <sqlite3.h>
#include <unistd.h>

using stored_rows::textOrNull;

namespace {

const QString kSelectEntries =
    QStringLiteral("SELECT %1 FROM audit_log ").arg(QLatin1String(audit_chain::kColumns));
// The same for a file from before schema 5 (a backup being checked, which is
// not upgraded): no entry covers rows there.
const QString kSelectOlderEntries = QStringLiteral(
    "SELECT id, at, actor, action, records, details, NULL, NULL, hash FROM audit_log ");

bool entriesCoverRows(const Database& database)
{
    QSqlQuery columns = database.prepare(QStringLiteral(
        "SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'covers'"));
    Database::run(columns, QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
    return columns.next() && columns.value(0).toInt() > 0;
}

} // namespace

AuditLog::AuditLog(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock)
{}

void AuditLog::append(const QString& actor, const QString& action, const QString& records,
                      const QString& details, const audit_coverage::Coverage& covers,
                      const QString& rowsHash) const
{
    if (m_database.isRescue()) {
        // The database cannot be written: the entry goes to the fallback
        // log beside it, and moves into this log at the next sign-in.
        FallbackEntry entry;
        entry.at = m_clock.now();
        entry.actor = actor;
        entry.action = action;
        entry.records = records;
        entry.details = details;
        entry.reason = m_database.rescueReason();
        m_database.noteFallbackProblem(AuditFallbackLog(m_database.path()).append(entry));
        return;
    }
    if (sqlite3_get_autocommit(m_database.sqliteHandle()) == 0) {
        appendInTransaction(actor, action, records, details, covers, rowsHash);
        return;
    }
    WriteTransaction transaction(m_database);
    appendInTransaction(actor, action, records, details, covers, rowsHash);
    transaction.commit();
}

void AuditLog::appendInTransaction(const QString& actor, const QString& action,
                                   const QString& records, const QString& details,
                                   const audit_coverage::Coverage& covers,
                                   const QString& rowsHash) const
{
    // The write lock is held, so the newest entry cannot change until commit.
    QSqlQuery& newest = m_database.cached(
        QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    Database::run(newest, QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
    AuditEntry entry;
    QString previousHash;
    if (newest.next()) {
        entry.id = newest.value(0).toLongLong() + 1;
        previousHash = newest.value(1).toString();
    } else {
        entry.id = 1;
    }
    newest.finish();
    entry.at = m_clock.now();
    entry.actor = actor;
    entry.action = action;
    entry.records = records;
    entry.details = details;
    if (!covers.empty()) {
        // Read back inside this transaction: exactly what the change stored.
        entry.covers = audit_coverage::text(covers);
        entry.rowsHash =
            rowsHash.isEmpty() ? audit_coverage::rowsHash(m_database, covers) : rowsHash;
    }
    entry.hash = entryHash(previousHash, entry);

    QSqlQuery& insert = m_database.cached(
        QStringLiteral("INSERT INTO audit_log (id, at, actor, action, records, details, covers, "
                       "rows_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, entry.id);
    insert.bindValue(1, entry.at.toString(Qt::ISODateWithMs));
    insert.bindValue(2, actor);
    insert.bindValue(3, action);
    insert.bindValue(4, records);
    insert.bindValue(5, details.isEmpty() ? QVariant() : QVariant(details));
    insert.bindValue(6, textOrNull(entry.covers));
    insert.bindValue(7, textOrNull(entry.rowsHash));
    insert.bindValue(8, entry.hash);
    Database::run(insert, QT_TRANSLATE_NOOP("StorageDoing", "writing the audit log"));
}

std::vector<AuditEntry> AuditLog::entries(const QDateTime& since) const
{
    QSqlQuery select =
        m_database.prepare(kSelectEntries + QStringLiteral("WHERE at >= ? ORDER BY id"));
    // An empty text, not NULL: nothing compares as greater than NULL.
    select.addBindValue(since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs)
                                        : QStringLiteral(""));
    Database::run(select, QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
    std::vector<AuditEntry> entries;
    while (select.next()) {
        entries.push_back(audit_chain::entryFrom(select));
    }
    return entries;
}

namespace {

// The log and the rows it covers are read in one snapshot: a change another
// program commits meanwhile is seen whole (rows and entry) or not at all.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database& database)
        : m_database(database), m_own(sqlite3_get_autocommit(database.sqliteHandle()) != 0)
    {
        if (m_own) {
            m_database.execute(QStringLiteral("BEGIN"),
                               QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
        }
    }
    ~ReadSnapshot()
    {
        if (m_own) {
            QSqlQuery end(m_database.connection());
            end.exec(QStringLiteral("ROLLBACK")); // nothing was written
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    const Database& m_database;
    bool m_own;
};

} // namespace

AuditChainReport AuditLog::verifyChain(const Database& database)
{
    const ReadSnapshot snapshot(database);
    return verifyChainInSnapshot(database);
}

AuditChainReport AuditLog::verifyChainInSnapshot(const Database& database)
{
    // By the columns, not the schema version a file claims: dropping them
    // breaks the hash of every entry that had them.
    const bool coverRows = entriesCoverRows(database);
    QSqlQuery select = database.prepare((coverRows ? kSelectEntries : kSelectOlderEntries) +
                                        QStringLiteral("ORDER BY id"));
    select.setForwardOnly(true);
    Database::run(select, QT_TRANSLATE_NOOP("StorageDoing", "reading the audit log"));
    audit_coverage::OpenTable rows;
    if (coverRows) {
        rows = [&database](const QString& table) {
            return audit_coverage::openTable(database, table);
        };
    }
    return audit_chain::verify(
        [&select](AuditEntry& entry) {
            if (!select.next()) {
                return false;
            }
            entry = audit_chain::entryFrom(select);
            return true;
        },
        rows);
}

QString AuditLog::entryHash(const QString& previousHash, const AuditEntry& entry)
{
    // A JSON array keeps the fields apart: no two different entries give the
    // same text, whatever their fields contain.
    nlohmann::json fields = {previousHash.toStdString(),
                             entry.id,
                             entry.at.toUTC().toString(Qt::ISODateWithMs).toStdString(),
                             entry.actor.toStdString(),
                             entry.action.toStdString(),
                             entry.records.toStdString(),
                             entry.details.toStdString()};
    // The rows an entry covers (schema 5) are part of it; entries that cover
    // none hash as they always did.
    if (!entry.covers.isEmpty() || !entry.rowsHash.isEmpty()) {
        fields.push_back(entry.covers.toStdString());
        fields.push_back(entry.rowsHash.toStdString());
    }
    const std::string text = fields.dump();
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256)
            .toHex());
}

QString AuditLog::defaultActor()
{
    if (const passwd* account = getpwuid(getuid()); account != nullptr && account->pw_name) {
        return QString::fromLocal8Bit(account->pw_name);
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
