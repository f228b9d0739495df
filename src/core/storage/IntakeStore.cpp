#include "storage/IntakeStore.h"

#include "model/IntakeRecord.h"
#include "rules/SuggestedVersion.h"
#include "storage/ClientDirectory.h"
#include "storage/Database.h"
#include "storage/NameFolding.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageError.h"
#include "storage/StoredDetails.h"
#include "storage/StoredRows.h"
#include "storage/WriteTransaction.h"
#include "util/Clock.h"
#include "util/TextRules.h"
#include "util/Translated.h"

#include <QVariant>
#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

using namespace vocabulary;
using nlohmann::ordered_json;
using namespace stored_rows;

namespace {

void requireIntake(const Database& database, qint64 intakeId, int& currentVersion)
{
    QSqlQuery select =
        database.prepare(QStringLiteral("SELECT current_version FROM intakes WHERE id = ?"));
    select.addBindValue(intakeId);
    Database::run(select, QT_TRANSLATE_NOOP("StorageDoing", "finding the intake"));
    if (!select.next()) {
        throw StorageError(
            StorageError::Kind::NotFound,
            translated::fill(QCoreApplication::translate("StorageError", "there is no intake %1"),
                             intakeId));
    }
    currentVersion = select.value(0).toInt();
}

} // namespace

IntakeStore::IntakeStore(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock), m_audit(database, clock)
{}

void IntakeStore::indexClientNames(qint64 firstClientId) const
{
    QSqlQuery index =
        m_database.prepare(QStringLiteral("INSERT INTO client_names (rowid, name_key) "
                                          "SELECT id, name_key FROM clients WHERE id >= ?"));
    index.addBindValue(firstClientId);
    Database::run(index, QT_TRANSLATE_NOOP("StorageDoing", "indexing client names"));
}

IntakeStore::~IntakeStore() = default;

QString IntakeStore::nameSearchQuery(const QString& words)
{
    // Names have at most 200 characters; a longer search is a pasted mistake.
    if (const std::size_t length = text_rules::characterCount(words);
        length > text_rules::kMaxSearchLength) {
        throw StorageError(
            StorageError::Kind::Invalid,
            "search: " +
                translated::fill(QCoreApplication::translate(
                                     "FieldError", "must be at most %1 characters, got %2"),
                                 text_rules::kMaxSearchLength, length));
    }
    // Quote every word, so nothing typed is read as FTS syntax.
    QStringList terms;
    for (const QString& word : nameWords(foldedName(words))) {
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

// The statements that run once per stored record, prepared once per store.
struct IntakeStore::RecordStatements
{
    explicit RecordStatements(sqlite3* connection)
        : findClient(connection, "SELECT id FROM clients WHERE name_key = ?1 AND "
                                 "date_of_birth = ?2 ORDER BY id LIMIT 1"),
          insertClient(connection, "INSERT INTO clients (name, name_key, date_of_birth, phone, "
                                   "email, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          insertIntake(connection,
                       "INSERT INTO intakes (client_id, created_at, created_by, current_version, "
                       "visit_date, status, approach, urgency, refer_out) "
                       "VALUES (?1, ?2, ?3, 1, ?4, 'pending', ?5, ?6, ?7)"),
          insertVersion(connection, "INSERT INTO intake_versions (intake_id, version, "
                                    "record_json, created_at, created_by, save_id) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          insertSuggestion(connection,
                           "INSERT INTO suggestions (intake_version_id, approach, urgency, "
                           "pressure, result_json, rules_version, rules_sha256, created_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
    {}

    SqliteStatement findClient;
    SqliteStatement insertClient;
    SqliteStatement insertIntake;
    SqliteStatement insertVersion;
    SqliteStatement insertSuggestion;
};

IntakeStore::RecordStatements& IntakeStore::statements() const
{
    if (!m_statements) {
        m_statements = std::make_unique<RecordStatements>(m_database.sqliteHandle());
    }
    return *m_statements;
}

namespace {

void bindOptional(SqliteStatement& statement, int index,
                  const std::optional<std::string_view>& text)
{
    if (text) {
        statement.bind(index, *text);
    } else {
        statement.bindNull(index);
    }
}

std::optional<std::string_view> optionalText(const std::optional<std::string>& text)
{
    return text ? std::optional<std::string_view>(*text) : std::nullopt;
}

} // namespace

QString IntakeStore::RowHashes::rowsHash()
{
    return audit_coverage::combine({{QStringLiteral("intake_versions"), versions.digest()},
                                    {QStringLiteral("suggestions"), suggestions.digest()}});
}

qint64 IntakeStore::clientFor(const IntakeRecord& record, const std::string& now,
                              bool& returning) const
{
    const QByteArray key = foldedName(QString::fromStdString(record.clientName)).toUtf8();
    const QByteArray born = record.dateOfBirth.toString(Qt::ISODate).toUtf8();
    SqliteStatement& find = statements().findClient;
    find.bind(1, std::string_view(key.constData(), std::size_t(key.size())))
        .bind(2, std::string_view(born.constData(), std::size_t(born.size())));
    returning = find.step(QT_TRANSLATE_NOOP("StorageDoing", "looking up the client"));
    const qint64 existing = returning ? find.int64At(0) : 0;
    find.reset();
    if (returning) {
        return existing;
    }
    SqliteStatement& insert = statements().insertClient;
    insert.bind(1, record.clientName)
        .bind(2, std::string_view(key.constData(), std::size_t(key.size())))
        .bind(3, std::string_view(born.constData(), std::size_t(born.size())));
    bindOptional(insert, 4, optionalText(record.phone));
    bindOptional(insert, 5, optionalText(record.email));
    insert.bind(6, now);
    insert.step(QT_TRANSLATE_NOOP("StorageDoing", "saving the client"));
    insert.reset();
    return insert.lastInsertId();
}

std::pair<qint64, qint64> IntakeStore::insertVersion(qint64 intakeId, int number,
                                                     const SuggestedVersion& version,
                                                     const std::string& actor,
                                                     const std::string& now,
                                                     RowHashes* hashes) const
{
    const Recommendation& result = version.suggestion;
    SqliteStatement& insertVersion = statements().insertVersion;
    insertVersion.bind(1, intakeId)
        .bind(2, qint64(number))
        .bind(3, version.recordJson)
        .bind(4, now)
        .bind(5, actor);
    if (version.saveId.empty()) {
        insertVersion.bindNull(6);
    } else {
        insertVersion.bind(6, version.saveId);
    }
    insertVersion.step(QT_TRANSLATE_NOOP("StorageDoing", "saving the intake"));
    insertVersion.reset();
    const qint64 versionId = insertVersion.lastInsertId();

    SqliteStatement& insertSuggestion = statements().insertSuggestion;
    insertSuggestion.bind(1, versionId);
    bindOptional(insertSuggestion, 2, approachWord(result));
    bindOptional(insertSuggestion, 3, urgencyWord(result));
    bindOptional(insertSuggestion, 4, pressureWord(result));
    insertSuggestion.bind(5, version.suggestionJson)
        .bind(6, version.rulesVersion)
        .bind(7, version.rulesSha256)
        .bind(8, now);
    insertSuggestion.step(QT_TRANSLATE_NOOP("StorageDoing", "saving the suggestion"));
    insertSuggestion.reset();
    const qint64 suggestionId = insertSuggestion.lastInsertId();
    if (hashes) {
        // Each column as bound: exactly what SQLite stores (TEXT and INTEGER
        // columns keep text and integers as given).
        hashes->versions.integer(versionId)
            .integer(intakeId)
            .integer(number)
            .text(version.recordJson)
            .text(now)
            .text(actor);
        hashes->suggestions.integer(suggestionId)
            .integer(versionId)
            .optionalText(approachWord(result))
            .optionalText(urgencyWord(result))
            .optionalText(pressureWord(result))
            .text(version.suggestionJson)
            .text(version.rulesVersion)
            .text(version.rulesSha256)
            .text(now);
    }
    return {versionId, suggestionId};
}

IntakeStore::StoredRows IntakeStore::insertIntake(const SuggestedVersion& version,
                                                  const std::string& actor, const std::string& now,
                                                  RowHashes* hashes) const
{
    const IntakeRecord& record = version.record;
    const Recommendation& result = version.suggestion;
    StoredRows rows{};
    rows.clientId = clientFor(record, now, rows.returningClient);

    SqliteStatement& insert = statements().insertIntake;
    const QByteArray visit = record.visitDate.toString(Qt::ISODate).toUtf8();
    insert.bind(1, rows.clientId)
        .bind(2, now)
        .bind(3, actor)
        .bind(4, std::string_view(visit.constData(), std::size_t(visit.size())));
    bindOptional(insert, 5, approachWord(result));
    bindOptional(insert, 6, urgencyWord(result));
    insert.bind(7, qint64(result.refersOut() ? 1 : 0));
    insert.step(QT_TRANSLATE_NOOP("StorageDoing", "saving the intake"));
    insert.reset();
    rows.intakeId = insert.lastInsertId();

    std::tie(rows.versionId, rows.suggestionId) =
        insertVersion(rows.intakeId, 1, version, actor, now, hashes);
    return rows;
}

SavedIntake IntakeStore::add(const SuggestedVersion& version, const QString& actor)
{
    SavedIntake saved;
    saved.suggestionJson = version.suggestionJson;
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);

    WriteTransaction transaction(m_database);
    RowHashes hashes;
    const StoredRows rows = insertIntake(version, actor.toStdString(), now.toStdString(), &hashes);
    if (!rows.returningClient) {
        indexClientNames(rows.clientId);
    }
    m_audit.append(
        actor, QStringLiteral("add"), QStringLiteral("intake %1").arg(rows.intakeId),
        QStringLiteral("client %1 (%2)")
            .arg(rows.clientId)
            .arg(rows.returningClient ? QStringLiteral("returning") : QStringLiteral("new")),
        versionCoverage(rows.versionId, rows.suggestionId), hashes.rowsHash());
    transaction.commit();

    saved.intakeId = rows.intakeId;
    saved.clientId = rows.clientId;
    saved.returningClient = rows.returningClient;
    return saved;
}

SavedIntake IntakeStore::amend(qint64 intakeId, int expectedVersion,
                               const SuggestedVersion& version, const QString& actor)
{
    const IntakeRecord& record = version.record;
    const Recommendation& result = version.suggestion;
    SavedIntake saved;
    saved.suggestionJson = version.suggestionJson;
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);

    WriteTransaction transaction(m_database);
    int currentVersion = 0;
    requireIntake(m_database, intakeId, currentVersion);
    requireCurrent(intakeId, expectedVersion, currentVersion, "amend");
    saved.intakeId = intakeId;
    saved.version = currentVersion + 1;
    saved.clientId = clientFor(record, now.toStdString(), saved.returningClient);
    if (!saved.returningClient) {
        indexClientNames(saved.clientId);
    }
    RowHashes hashes;
    const auto [versionId, suggestionId] = insertVersion(
        intakeId, saved.version, version, actor.toStdString(), now.toStdString(), &hashes);

    // A changed intake has a new suggestion, which needs its own review.
    QSqlQuery update = m_database.prepare(QStringLiteral(
        "UPDATE intakes SET current_version = ?, client_id = ?, visit_date = ?, "
        "status = 'pending', approach = ?, urgency = ?, refer_out = ? WHERE id = ?"));
    update.addBindValue(saved.version);
    update.addBindValue(saved.clientId);
    update.addBindValue(record.visitDate.toString(Qt::ISODate));
    update.addBindValue(textOrNull(approachWord(result)));
    update.addBindValue(textOrNull(urgencyWord(result)));
    update.addBindValue(result.refersOut() ? 1 : 0);
    update.addBindValue(intakeId);
    Database::run(update, QT_TRANSLATE_NOOP("StorageDoing", "updating the intake"));
    m_audit.append(actor, QStringLiteral("amend"),
                   QStringLiteral("intake %1 version %2").arg(intakeId).arg(saved.version), {},
                   versionCoverage(versionId, suggestionId), hashes.rowsHash());
    transaction.commit();
    return saved;
}

qint64 IntakeStore::review(qint64 intakeId, const ReviewDecision& decision, const QString& actor)
{
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);

    WriteTransaction transaction(m_database);
    int currentVersion = 0;
    requireIntake(m_database, intakeId, currentVersion);
    requireCurrent(intakeId, decision.version, currentVersion, "review");
    QSqlQuery suggestion = m_database.prepare(
        QStringLiteral("SELECT v.id, s.approach, s.pressure FROM intake_versions v "
                       "JOIN suggestions s ON s.intake_version_id = v.id "
                       "WHERE v.intake_id = ? AND v.version = ?"));
    suggestion.addBindValue(intakeId);
    suggestion.addBindValue(currentVersion);
    Database::run(suggestion, QT_TRANSLATE_NOOP("StorageDoing", "reading the suggestion"));
    if (!suggestion.next()) {
        throw StorageError(StorageError::Kind::Corrupt,
                           translated::fill(QCoreApplication::translate(
                                                "StorageError", "intake %1 has no suggestion"),
                                            intakeId));
    }
    if (decision.reviewsKnown) {
        QSqlQuery newest = m_database.prepare(QString::fromLatin1(kNewestReviewSql));
        newest.addBindValue(suggestion.value(0));
        newest.addBindValue(suggestion.value(0));
        Database::run(newest, QT_TRANSLATE_NOOP("StorageDoing", "reading the reviews"));
        newest.next();
        requireReviewsKnown(intakeId, currentVersion, decision, newest);
    }

    QSqlQuery insert = m_database.prepare(QStringLiteral(
        "INSERT INTO reviews (intake_id, intake_version_id, reviewer, reviewed_at, decision, "
        "final_approach, final_pressure, reason, session_note, save_id) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)"));
    insert.addBindValue(intakeId);
    insert.addBindValue(suggestion.value(0));
    insert.addBindValue(actor.trimmed());
    insert.addBindValue(now);
    if (decision.accepted) {
        insert.addBindValue(QStringLiteral("accepted"));
        insert.addBindValue(suggestion.value(1));
        insert.addBindValue(suggestion.value(2));
        insert.addBindValue(decision.reason.trimmed().isEmpty() ? QVariant()
                                                                : QVariant(decision.reason));
    } else {
        insert.addBindValue(QStringLiteral("overridden"));
        insert.addBindValue(textOrNull(wordOf(decision.finalApproach)));
        insert.addBindValue(decision.finalPressure ? textOrNull(wordOf(*decision.finalPressure))
                                                   : QVariant());
        insert.addBindValue(decision.reason);
    }
    insert.addBindValue(decision.sessionNote.isEmpty() ? QVariant()
                                                       : QVariant(decision.sessionNote));
    insert.addBindValue(saveIdOrNull(decision.saveId));
    Database::run(insert, QT_TRANSLATE_NOOP("StorageDoing", "saving the review"));
    const qint64 reviewId = insert.lastInsertId().toLongLong();

    QSqlQuery update =
        m_database.prepare(QStringLiteral("UPDATE intakes SET status = 'reviewed' WHERE id = ?"));
    update.addBindValue(intakeId);
    Database::run(update, QT_TRANSLATE_NOOP("StorageDoing", "updating the intake"));
    m_audit.append(actor.trimmed(), QStringLiteral("review"),
                   QStringLiteral("intake %1 version %2").arg(intakeId).arg(currentVersion),
                   decision.accepted ? QStringLiteral("accepted")
                                     : QStringLiteral("overridden: ") +
                                           QString::fromUtf8(wordOf(decision.finalApproach).data()),
                   {{QStringLiteral("reviews"), reviewId, reviewId}});
    transaction.commit();
    return reviewId;
}

namespace {

bool hasDates(const IntakeFilter& filter)
{
    return filter.from.isValid() || filter.to.isValid();
}

bool hasListConditions(const IntakeFilter& filter)
{
    return filter.status || filter.approach || hasDates(filter);
}

// The conditions that list() may check row by row while walking the sort
// order, instead of narrowing through their own index and sorting: those
// that the sort order's index does not serve, on a column that does not
// follow that order. Visit dates follow the id order (intakes are entered
// around their visit) and are the second key of the status and approach
// orders (indexes on status or approach, then visit date), so only the
// client order walks past them.
bool walkPastStatus(const IntakeFilter& filter)
{
    return filter.status && (filter.sort == IntakeSort::Approach || filter.sort == IntakeSort::Id ||
                             filter.sort == IntakeSort::Client);
}

bool walkPastApproach(const IntakeFilter& filter)
{
    return filter.approach && (filter.sort == IntakeSort::Status || filter.sort == IntakeSort::Id ||
                               filter.sort == IntakeSort::Client);
}

bool walkPastDates(const IntakeFilter& filter)
{
    return hasDates(filter) && filter.sort == IntakeSort::Client;
}

// The conditions of list() and count() other than the name search. With
// `walk`, a unary + keeps SQLite from narrowing through the index of a
// condition it can walk past, so that it walks the sort order instead.
void appendConditions(const IntakeFilter& filter, bool walk, QString& sql, QVariantList& values)
{
    const auto term = [walk](bool walkPast, const char* column, const char* comparison) {
        return QStringLiteral(" AND ") + QLatin1String(walk && walkPast ? "+" : "") +
               QLatin1String(column) + QLatin1String(comparison);
    };
    if (filter.status) {
        sql += term(walkPastStatus(filter), "i.status", " = ?");
        values << wordText(wordOf(*filter.status));
    }
    if (filter.approach) {
        sql += term(walkPastApproach(filter), "i.approach", " = ?");
        values << wordText(wordOf(*filter.approach));
    }
    if (filter.from.isValid()) {
        sql += term(walkPastDates(filter), "i.visit_date", " >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += term(walkPastDates(filter), "i.visit_date", " <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
}

// Every key runs the same way, so that SQLite can walk an index (intakes by
// status, approach or visit date; clients by folded name, then their intakes)
// in either direction instead of sorting every matching row for one page.
QString orderBy(const IntakeFilter& filter)
{
    const QStringList keys = sortKeys(filter.sort);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + keys.join(direction + QStringLiteral(", ")) + direction;
}

} // namespace

std::vector<IntakeSummary> IntakeStore::list(const IntakeFilter& filter) const
{
    const qint64 offset = std::max(filter.offset, 0);
    const qint64 wanted = filter.limit > 0 ? offset + filter.limit : 0;
    // A condition the sort order can walk past gets the same choice as the
    // name search below: look up the matching rows and sort them when few
    // match, walk the order and skip the others when many do.
    const bool walkConditions = manyMatch(filter, wanted);
    QString conditions;
    QVariantList values;
    appendConditions(filter, walkConditions, conditions, values);
    if (!filter.search.trimmed().isEmpty()) {
        const QString query = nameSearchQuery(filter.search);
        if (query.isEmpty()) {
            return {}; // only punctuation: no name matches
        }
        // Two ways to answer: look up the intakes of each matching client and
        // sort them, or walk the intakes in the order asked for (newest first
        // unless told otherwise) and keep those of a matching client. The
        // first wins for rare names, the second for common ones (it stops
        // after offset + limit rows); the unary + keeps SQLite from using the
        // client index when the second is meant.
        //
        // In client order the matches bunch together (every name that
        // starts with "a"), so a walk could read nearly every client before
        // the first of them: that order always looks them up.
        const qint64 matches =
            wanted > 0 && filter.sort != IntakeSort::Client ? matchingClients(query) : 0;
        const bool walkNames = matches * matches > wanted * clientCount();
        conditions += walkNames ? QStringLiteral(" AND +i.client_id IN ")
                                : QStringLiteral(" AND i.client_id IN ");
        conditions += QStringLiteral("(SELECT rowid FROM client_names WHERE client_names MATCH ?)");
        values << query;
    }
    // The client order is a walk through the clients by name and each one's
    // intakes; SQLite only takes the clients first when told to (CROSS JOIN).
    const bool clientsFirst = filter.sort == IntakeSort::Client && wanted > 0 &&
                              filter.search.trimmed().isEmpty() &&
                              (walkConditions || !hasListConditions(filter));
    // The page's ids first, from the indexes alone where they hold what the
    // order and the conditions need (skipping `offset` rows costs little
    // then), and only then the rows themselves.
    QString page = QStringLiteral("SELECT i.id FROM ");
    if (clientsFirst) {
        page += QStringLiteral("clients c CROSS JOIN intakes i ON i.client_id = c.id");
    } else if (filter.sort == IntakeSort::Client) {
        page += QStringLiteral("intakes i JOIN clients c ON c.id = i.client_id");
    } else {
        page += QStringLiteral("intakes i");
    }
    page += QStringLiteral(" WHERE 1 = 1") + conditions + orderBy(filter);
    if (filter.limit > 0) {
        page += QStringLiteral(" LIMIT %1").arg(filter.limit);
    } else if (offset > 0) {
        page += QStringLiteral(" LIMIT -1"); // SQLite: no limit, but OFFSET needs one
    }
    if (offset > 0) {
        page += QStringLiteral(" OFFSET %1").arg(offset);
    }
    const QString sql =
        QStringLiteral("SELECT i.id, c.name, c.date_of_birth, i.visit_date, i.status, i.approach, "
                       "i.urgency, i.refer_out, i.current_version, r.decision, r.reviewer FROM (") +
        page +
        QStringLiteral(") AS page CROSS JOIN intakes i ON i.id = page.id "
                       "JOIN clients c ON c.id = i.client_id "
                       // Only the page's rows look up their newest review.
                       "LEFT JOIN reviews r ON r.id = "
                       "(SELECT max(id) FROM reviews WHERE intake_id = i.id)") +
        orderBy(filter);
    QSqlQuery select = m_database.prepare(sql);
    for (const QVariant& value : values) {
        select.addBindValue(value);
    }
    select.setForwardOnly(true);
    Database::run(select, QT_TRANSLATE_NOOP("StorageDoing", "listing intakes"));
    std::vector<IntakeSummary> rows;
    while (select.next()) {
        rows.push_back(summaryRow(select));
    }
    return rows;
}

bool IntakeStore::manyMatch(const IntakeFilter& filter, qint64 wanted) const
{
    IntakeFilter walkable;
    if (walkPastStatus(filter)) {
        walkable.status = filter.status;
    }
    if (walkPastApproach(filter)) {
        walkable.approach = filter.approach;
    }
    if (walkPastDates(filter)) {
        walkable.from = filter.from;
        walkable.to = filter.to;
    }
    if (wanted <= 0 || !hasListConditions(walkable)) {
        return false; // everything is read anyway, or nothing to walk past
    }
    // A walk reads about wanted * intakes / matches rows, a lookup about
    // `matches`: walk when matches^2 > wanted * intakes. Counting stops there.
    const double enough = std::ceil(std::sqrt(double(wanted) * double(intakeCount())));
    walkable.limit = int(std::min(enough, double(std::numeric_limits<int>::max())));
    return count(walkable) >= walkable.limit;
}

qint64 IntakeStore::count(const IntakeFilter& filter) const
{
    // Every intake has its client (a foreign key), so no join is needed.
    QString sql = QStringLiteral("SELECT 1 FROM intakes i WHERE 1 = 1");
    QVariantList values;
    appendConditions(filter, false, sql, values);
    if (!filter.search.trimmed().isEmpty()) {
        const QString query = nameSearchQuery(filter.search);
        if (query.isEmpty()) {
            return 0;
        }
        // Counting visits every matching row in any order, so looking up the
        // intakes of each matching client is never worse than a walk.
        sql += QStringLiteral(
            " AND i.client_id IN (SELECT rowid FROM client_names WHERE client_names MATCH ?)");
        values << query;
    }
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    QSqlQuery select =
        m_database.prepare(QStringLiteral("SELECT count(*) FROM (") + sql + QStringLiteral(")"));
    for (const QVariant& value : values) {
        select.addBindValue(value);
    }
    Database::run(select, QT_TRANSLATE_NOOP("StorageDoing", "counting intakes"));
    return select.next() ? select.value(0).toLongLong() : 0;
}

qint64 IntakeStore::matchingClients(const QString& ftsQuery) const
{
    QSqlQuery& count = m_database.cached(
        QStringLiteral("SELECT count(*) FROM client_names WHERE client_names MATCH ?"));
    count.bindValue(0, ftsQuery);
    Database::run(count, QT_TRANSLATE_NOOP("StorageDoing", "searching clients"));
    const qint64 matches = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    return matches;
}

qint64 IntakeStore::intakeCount() const
{
    QSqlQuery& count = m_database.cached(QStringLiteral("SELECT max(id) FROM intakes"));
    Database::run(count, QT_TRANSLATE_NOOP("StorageDoing", "counting intakes"));
    const qint64 intakes = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    return std::max<qint64>(intakes, 1);
}

qint64 IntakeStore::clientCount() const
{
    QSqlQuery& count = m_database.cached(QStringLiteral("SELECT max(id) FROM clients"));
    Database::run(count, QT_TRANSLATE_NOOP("StorageDoing", "counting clients"));
    const qint64 clients = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    return std::max<qint64>(clients, 1);
}

std::vector<std::pair<qint64, QString>> IntakeStore::findClients(const QString& search,
                                                                 int limit) const
{
    const QString query = nameSearchQuery(search);
    if (query.isEmpty()) {
        return {};
    }
    QSqlQuery select = m_database.prepare(
        QStringLiteral("SELECT c.id, c.name FROM clients c WHERE c.id IN (SELECT rowid FROM "
                       "client_names WHERE client_names MATCH ?) ORDER BY c.name LIMIT ?"));
    select.addBindValue(query);
    select.addBindValue(limit);
    Database::run(select, QT_TRANSLATE_NOOP("StorageDoing", "searching clients"));
    std::vector<std::pair<qint64, QString>> clients;
    while (select.next()) {
        clients.emplace_back(select.value(0).toLongLong(), select.value(1).toString());
    }
    return clients;
}

std::vector<SameDayIntake> IntakeStore::sameDayIntakes(const QString& name, const QDate& born,
                                                       const QDate& visit) const
{
    QSqlQuery select = m_database.prepare(QStringLiteral(
        "SELECT i.id, i.created_at, i.created_by FROM intakes i JOIN clients c ON c.id = "
        "i.client_id WHERE c.name_key = ? AND c.date_of_birth = ? AND i.visit_date = ? "
        "ORDER BY i.id"));
    select.addBindValue(foldedName(name));
    select.addBindValue(born.toString(Qt::ISODate));
    select.addBindValue(visit.toString(Qt::ISODate));
    Database::run(select,
                  QT_TRANSLATE_NOOP("StorageDoing", "looking for the client's intakes of the day"));
    std::vector<SameDayIntake> found;
    while (select.next()) {
        SameDayIntake intake;
        intake.intakeId = select.value(0).toLongLong();
        intake.createdAt = QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs);
        intake.createdBy = select.value(2).toString();
        found.push_back(intake);
    }
    return found;
}

ordered_json IntakeStore::details(qint64 intakeId) const
{
    QSqlQuery intake = m_database.prepare(QStringLiteral(
        "SELECT i.id, i.status, i.client_id, i.created_at, i.created_by, i.current_version, "
        "i.refer_out FROM intakes i WHERE i.id = ?"));
    intake.addBindValue(intakeId);
    Database::run(intake, QT_TRANSLATE_NOOP("StorageDoing", "reading the intake"));
    if (!intake.next()) {
        throw StorageError(
            StorageError::Kind::NotFound,
            translated::fill(QCoreApplication::translate("StorageError", "there is no intake %1"),
                             intakeId));
    }
    ordered_json record;
    record["id"] = intake.value(0).toLongLong();
    record["status"] = intake.value(1).toString().toStdString();
    record["refer_out"] = intake.value(6).toInt() == 1;
    record["client_id"] = intake.value(2).toLongLong();
    record["created_at"] = intake.value(3).toString().toStdString();
    record["created_by"] = intake.value(4).toString().toStdString();
    const int currentVersion = intake.value(5).toInt();

    QSqlQuery versions = m_database.prepare(QStringLiteral(
        "SELECT v.version, v.created_at, v.created_by, v.record_json, s.result_json, "
        "s.rules_version, s.rules_sha256 FROM intake_versions v "
        "JOIN suggestions s ON s.intake_version_id = v.id WHERE v.intake_id = ? "
        "ORDER BY v.version"));
    versions.addBindValue(intakeId);
    Database::run(versions, QT_TRANSLATE_NOOP("StorageDoing", "reading the intake's versions"));
    record["versions"] = ordered_json::array();
    while (versions.next()) {
        ordered_json version;
        version["version"] = versions.value(0).toInt();
        version["created_at"] = versions.value(1).toString().toStdString();
        version["created_by"] = versions.value(2).toString().toStdString();
        version["intake"] =
            parsedJson(versions.value(3), "record", intakeId, versions.value(0).toInt());
        version["suggestion"] =
            parsedJson(versions.value(4), "suggestion", intakeId, versions.value(0).toInt());
        version["rules_version"] = versions.value(5).toString().toStdString();
        version["rules_sha256"] = versions.value(6).toString().toStdString();
        if (version["version"] == currentVersion) {
            record["intake"] = version["intake"];
            record["suggestion"] = version["suggestion"];
        }
        record["versions"].push_back(std::move(version));
    }

    QSqlQuery reviews = m_database.prepare(QStringLiteral(
        "SELECT r.reviewer, r.reviewed_at, r.decision, r.final_approach, r.final_pressure, "
        "r.reason, r.session_note, v.version FROM reviews r "
        "JOIN intake_versions v ON v.id = r.intake_version_id WHERE r.intake_id = ? "
        "ORDER BY r.id"));
    reviews.addBindValue(intakeId);
    Database::run(reviews, QT_TRANSLATE_NOOP("StorageDoing", "reading the reviews"));
    record["reviews"] = ordered_json::array();
    while (reviews.next()) {
        record["reviews"].push_back(reviewJson(reviews, 0));
    }
    return record;
}

namespace {

// Stored JSON text as it is, or "null" if a row somehow has none.
std::string storedText(const QVariant& text)
{
    return text.isNull() ? std::string("null") : text.toString().toStdString();
}

} // namespace

std::string IntakeStore::detailsAsStored(qint64 intakeId) const
{
    // details() gives the shape and every value but the stored texts.
    const ordered_json record = details(intakeId);
    QSqlQuery versions = m_database.prepare(
        QStringLiteral("SELECT v.version, v.record_json, s.result_json FROM intake_versions v "
                       "JOIN suggestions s ON s.intake_version_id = v.id WHERE v.intake_id = ? "
                       "ORDER BY v.version"));
    versions.addBindValue(intakeId);
    Database::run(versions, QT_TRANSLATE_NOOP("StorageDoing", "reading the intake's versions"));
    std::vector<std::pair<std::string, std::string>> texts; // record, suggestion, by position
    std::vector<int> numbers;
    while (versions.next()) {
        numbers.push_back(versions.value(0).toInt());
        texts.emplace_back(storedText(versions.value(1)), storedText(versions.value(2)));
    }
    const auto& versionList = record.at("versions");
    if (texts.size() != versionList.size() || texts.empty()) {
        throw StorageError(
            StorageError::Kind::Corrupt,
            translated::fill(
                QCoreApplication::translate("StorageError", "intake %1 changed while it was read"),
                intakeId));
    }
    // The current version is the newest one.
    return storedDetailsText(record, texts);
}

std::vector<ClientMatch> IntakeStore::clientsNamed(const QString& words, int limit) const
{
    return ClientDirectory(m_database).byName(words, limit);
}

std::vector<ClientMatch> IntakeStore::clientsBornOn(const QDate& born, int limit) const
{
    return ClientDirectory(m_database).byDateOfBirth(born, limit);
}

std::optional<IntakeState> IntakeStore::state(qint64 intakeId) const
{
    QSqlQuery row = m_database.prepare(QString::fromLatin1(kIntakeState));
    row.addBindValue(intakeId);
    Database::run(row, QT_TRANSLATE_NOOP("StorageDoing", "reading where the intake stands"));
    if (!row.next()) {
        return std::nullopt;
    }
    return intakeState(row);
}

std::optional<StoredSave> IntakeStore::findSave(const QString& saveId) const
{
    for (const bool review : {false, true}) {
        QSqlQuery find =
            m_database.prepare(QString::fromLatin1(review ? kFindReviewSave : kFindVersionSave));
        find.addBindValue(saveId);
        Database::run(find, QT_TRANSLATE_NOOP("StorageDoing", "looking up the save"));
        if (find.next()) {
            return review ? reviewSave(find) : versionSave(find);
        }
    }
    return std::nullopt;
}
