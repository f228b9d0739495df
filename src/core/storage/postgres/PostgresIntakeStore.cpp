#include "storage/postgres/PostgresIntakeStore.h"

#include "model/IntakeRecord.h"
#include "rules/SuggestedVersion.h"
#include "storage/AuditCoverage.h"
#include "storage/NameFolding.h"
#include "storage/StorageError.h"
#include "storage/StoredDetails.h"
#include "storage/StoredRows.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresTransaction.h"
#include "util/Clock.h"
#include "util/TextRules.h"
#include "util/Translated.h"

#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

using namespace vocabulary;
using nlohmann::ordered_json;
using namespace stored_rows;

namespace {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QSqlQuery run(const PostgresConnection& connection, const QString& sql, const QVariantList& values,
              const char* doing)
{
    return connection.exec(sql, values, doing);
}

qint64 returnedId(QSqlQuery& query)
{
    if (!query.next()) {
        throw StorageError(StorageError::Kind::Other, "the server returned no id");
    }
    return query.value(0).toLongLong();
}

// A bigint[] literal of `ids`, bound as one value ("{1,2,3}").
QString idArray(const std::vector<qint64>& ids)
{
    QStringList numbers;
    for (const qint64 id : ids) {
        numbers << QString::number(id);
    }
    return QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}');
}

std::string storedText(const QVariant& stored)
{
    return stored.isNull() ? std::string("null") : stored.toString().toStdString();
}

} // namespace

PostgresIntakeStore::PostgresIntakeStore(const PostgresConnection& connection, const Clock& clock)
    : m_connection(connection), m_clock(clock), m_audit(connection, clock)
{}

PostgresIntakeStore::NameCondition PostgresIntakeStore::nameCondition(const QString& words)
{
    if (const std::size_t length = text_rules::characterCount(words);
        length > text_rules::kMaxSearchLength) {
        throw StorageError(
            StorageError::Kind::Invalid,
            "search: " +
                translated::fill(QCoreApplication::translate(
                                     "FieldError", "must be at most %1 characters, got %2"),
                                 text_rules::kMaxSearchLength, length));
    }
    // Each word of the search is the start of a word of the name, as SQLite's
    // FTS5 prefix query matches (IntakeStore::nameSearchQuery). The longest
    // word, likely the rarest, reads its range of client_words' key; each
    // other word must start a word of the name's words (" o brien"). The
    // words are letters and digits only: nothing in them is a LIKE wildcard.
    NameCondition condition;
    const QStringList searched = nameWords(foldedName(words));
    if (searched.isEmpty()) {
        return condition;
    }
    const auto longest =
        std::max_element(searched.begin(), searched.end(),
                         [](const QString& a, const QString& b) { return a.size() < b.size(); });
    condition.clientIds = QStringLiteral("SELECT client_id FROM client_words WHERE word LIKE ?");
    condition.values << *longest + QLatin1Char('%');
    for (auto word = searched.begin(); word != searched.end(); ++word) {
        if (word != longest) {
            condition.clientIds += QStringLiteral(" AND words LIKE ?");
            condition.values << QStringLiteral("% ") + *word + QLatin1Char('%');
        }
    }
    return condition;
}

QString PostgresIntakeStore::wordsColumn(const QStringList& words)
{
    QString column;
    for (const QString& word : words) {
        column += QLatin1Char(' ') + word;
    }
    return column;
}

qint64 PostgresIntakeStore::clientFor(const SuggestedVersion& version, const QString& now,
                                      bool& returning) const
{
    const IntakeRecord& record = version.record;
    const QString key = foldedName(text(record.clientName));
    const QString born = record.dateOfBirth.toString(Qt::ISODate);
    // Two workstations saving the same new client at once make one client;
    // an import making clients goes first or after.
    run(m_connection,
        QStringLiteral("SELECT pg_advisory_xact_lock_shared(?::integer, 0), "
                       "pg_advisory_xact_lock(?::integer, hashtext(?::text || '|' || ?::text))"),
        {kNewClientsLock, kNewClientLock, key, born},
        QT_TRANSLATE_NOOP("StorageDoing", "waiting for the client"));
    QSqlQuery find = run(m_connection,
                         QStringLiteral("SELECT id FROM clients WHERE name_key = ? AND "
                                        "date_of_birth = ? ORDER BY id LIMIT 1"),
                         {key, born}, QT_TRANSLATE_NOOP("StorageDoing", "looking up the client"));
    returning = find.next();
    if (returning) {
        return find.value(0).toLongLong();
    }
    // The client and the words its name is found by, in one statement.
    QString sql = QStringLiteral("WITH client AS (INSERT INTO clients (name, name_key, "
                                 "date_of_birth, phone, email, created_at) VALUES "
                                 "(?, ?, ?, ?, ?, ?) RETURNING id)");
    QVariantList values{text(record.clientName),
                        key,
                        born,
                        record.phone ? QVariant(text(*record.phone)) : nullText(),
                        record.email ? QVariant(text(*record.email)) : nullText(),
                        now};
    const QStringList words = nameWords(key);
    if (!words.isEmpty()) {
        sql += QStringLiteral(", words AS (INSERT INTO client_words (word, client_id, words) "
                              "SELECT w.word, client.id, ? FROM client, (VALUES ") +
               QStringLiteral("(?::text), ").repeated(words.size() - 1) +
               QStringLiteral("(?::text)) AS w (word))");
        values << wordsColumn(words);
        for (const QString& word : words) {
            values << word;
        }
    }
    sql += QStringLiteral(" SELECT id FROM client");
    QSqlQuery insert =
        m_connection.exec(sql, values, QT_TRANSLATE_NOOP("StorageDoing", "saving the client"));
    return returnedId(insert);
}

std::pair<qint64, qint64> PostgresIntakeStore::insertVersion(qint64 intakeId, int number,
                                                             const SuggestedVersion& version,
                                                             const QString& actor,
                                                             const QString& now) const
{
    const Recommendation& result = version.suggestion;
    QSqlQuery insertVersion =
        run(m_connection,
            QStringLiteral("INSERT INTO intake_versions (intake_id, version, record_json, "
                           "created_at, created_by, save_id) VALUES (?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {intakeId, number, text(version.recordJson), now, actor, saveIdOrNull(version.saveId)},
            QT_TRANSLATE_NOOP("StorageDoing", "saving the intake"));
    const qint64 versionId = returnedId(insertVersion);
    QSqlQuery insertSuggestion = run(
        m_connection,
        QStringLiteral("INSERT INTO suggestions (intake_version_id, approach, urgency, pressure, "
                       "result_json, rules_version, rules_sha256, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {versionId, textOrNull(approachWord(result)), textOrNull(urgencyWord(result)),
         textOrNull(pressureWord(result)), text(version.suggestionJson), text(version.rulesVersion),
         text(version.rulesSha256), now},
        QT_TRANSLATE_NOOP("StorageDoing", "saving the suggestion"));
    return {versionId, returnedId(insertSuggestion)};
}

PostgresIntakeStore::StoredRows PostgresIntakeStore::insertIntake(const SuggestedVersion& version,
                                                                  const QString& actor,
                                                                  const QString& now) const
{
    const Recommendation& result = version.suggestion;
    StoredRows rows;
    rows.clientId = clientFor(version, now, rows.returningClient);
    QSqlQuery insert =
        run(m_connection,
            QStringLiteral("INSERT INTO intakes (client_id, created_at, created_by, "
                           "current_version, visit_date, status, approach, urgency, refer_out) "
                           "VALUES (?, ?, ?, 1, ?, 'pending', ?, ?, ?) RETURNING id"),
            {rows.clientId, now, actor, version.record.visitDate.toString(Qt::ISODate),
             textOrNull(approachWord(result)), textOrNull(urgencyWord(result)),
             result.refersOut() ? 1 : 0},
            QT_TRANSLATE_NOOP("StorageDoing", "saving the intake"));
    rows.intakeId = returnedId(insert);
    std::tie(rows.versionId, rows.suggestionId) =
        insertVersion(rows.intakeId, 1, version, actor, now);
    return rows;
}

SavedIntake PostgresIntakeStore::add(const SuggestedVersion& version, const QString& actor)
{
    SavedIntake saved;
    saved.suggestionJson = version.suggestionJson;
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);

    PostgresTransaction transaction(m_connection);
    const StoredRows rows = insertIntake(version, actor, now);
    // The rows' hash is read back in the transaction: exactly as stored.
    m_audit.append(
        actor, QStringLiteral("add"), QStringLiteral("intake %1").arg(rows.intakeId),
        QStringLiteral("client %1 (%2)")
            .arg(rows.clientId)
            .arg(rows.returningClient ? QStringLiteral("returning") : QStringLiteral("new")),
        versionCoverage(rows.versionId, rows.suggestionId));
    transaction.commit();

    saved.intakeId = rows.intakeId;
    saved.clientId = rows.clientId;
    saved.returningClient = rows.returningClient;
    return saved;
}

int PostgresIntakeStore::lockIntake(qint64 intakeId) const
{
    QSqlQuery select = run(
        m_connection, QStringLiteral("SELECT current_version FROM intakes WHERE id = ? FOR UPDATE"),
        {intakeId}, QT_TRANSLATE_NOOP("StorageDoing", "finding the intake"));
    if (!select.next()) {
        throw StorageError(
            StorageError::Kind::NotFound,
            translated::fill(QCoreApplication::translate("StorageError", "there is no intake %1"),
                             intakeId));
    }
    return select.value(0).toInt();
}

SavedIntake PostgresIntakeStore::amend(qint64 intakeId, int expectedVersion,
                                       const SuggestedVersion& version, const QString& actor)
{
    const IntakeRecord& record = version.record;
    const Recommendation& result = version.suggestion;
    SavedIntake saved;
    saved.suggestionJson = version.suggestionJson;
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);

    PostgresTransaction transaction(m_connection);
    const int currentVersion = lockIntake(intakeId);
    requireCurrent(intakeId, expectedVersion, currentVersion, "amend");
    saved.intakeId = intakeId;
    saved.version = currentVersion + 1;
    saved.clientId = clientFor(version, now, saved.returningClient);
    const auto [versionId, suggestionId] =
        insertVersion(intakeId, saved.version, version, actor, now);
    // A changed intake has a new suggestion, which needs its own review.
    run(m_connection,
        QStringLiteral("UPDATE intakes SET current_version = ?, client_id = ?, visit_date = ?, "
                       "status = 'pending', approach = ?, urgency = ?, refer_out = ? WHERE id = ?"),
        {saved.version, saved.clientId, record.visitDate.toString(Qt::ISODate),
         textOrNull(approachWord(result)), textOrNull(urgencyWord(result)),
         result.refersOut() ? 1 : 0, intakeId},
        QT_TRANSLATE_NOOP("StorageDoing", "updating the intake"));
    m_audit.append(actor, QStringLiteral("amend"),
                   QStringLiteral("intake %1 version %2").arg(intakeId).arg(saved.version), {},
                   versionCoverage(versionId, suggestionId));
    transaction.commit();
    return saved;
}

qint64 PostgresIntakeStore::review(qint64 intakeId, const ReviewDecision& decision,
                                   const QString& actor)
{
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);

    PostgresTransaction transaction(m_connection);
    const int currentVersion = lockIntake(intakeId);
    requireCurrent(intakeId, decision.version, currentVersion, "review");
    QSqlQuery suggestion = run(
        m_connection,
        QStringLiteral("SELECT v.id, s.approach, s.pressure FROM intake_versions v "
                       "JOIN suggestions s ON s.intake_version_id = v.id "
                       "WHERE v.intake_id = ? AND v.version = ?"),
        {intakeId, currentVersion}, QT_TRANSLATE_NOOP("StorageDoing", "reading the suggestion"));
    if (!suggestion.next()) {
        throw StorageError(StorageError::Kind::Corrupt,
                           translated::fill(QCoreApplication::translate(
                                                "StorageError", "intake %1 has no suggestion"),
                                            intakeId));
    }
    if (decision.reviewsKnown) {
        // The intake's row lock above keeps another review out until this
        // transaction ends.
        QSqlQuery newest = run(m_connection, QString::fromLatin1(kNewestReviewSql),
                               {suggestion.value(0), suggestion.value(0)},
                               QT_TRANSLATE_NOOP("StorageDoing", "reading the reviews"));
        newest.next();
        requireReviewsKnown(intakeId, currentVersion, decision, newest);
    }
    QVariantList values = {intakeId, suggestion.value(0), actor.trimmed(), now};
    if (decision.accepted) {
        values << QStringLiteral("accepted") << suggestion.value(1) << suggestion.value(2)
               << (decision.reason.trimmed().isEmpty() ? nullText() : QVariant(decision.reason));
    } else {
        values << QStringLiteral("overridden") << textOrNull(wordOf(decision.finalApproach))
               << (decision.finalPressure ? textOrNull(wordOf(*decision.finalPressure))
                                          : nullText())
               << decision.reason;
    }
    values << (decision.sessionNote.isEmpty() ? nullText() : QVariant(decision.sessionNote))
           << saveIdOrNull(decision.saveId);
    QSqlQuery insert =
        run(m_connection,
            QStringLiteral("INSERT INTO reviews (intake_id, intake_version_id, reviewer, "
                           "reviewed_at, decision, final_approach, final_pressure, reason, "
                           "session_note, save_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            values, QT_TRANSLATE_NOOP("StorageDoing", "saving the review"));
    const qint64 reviewId = returnedId(insert);
    run(m_connection, QStringLiteral("UPDATE intakes SET status = 'reviewed' WHERE id = ?"),
        {intakeId}, QT_TRANSLATE_NOOP("StorageDoing", "updating the intake"));
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

// The conditions of list() and count(), on "intakes i".
void appendConditions(const IntakeFilter& filter, QString& sql, QVariantList& values)
{
    if (filter.status) {
        sql += QStringLiteral(" AND i.status = ?");
        values << wordText(wordOf(*filter.status));
    }
    if (filter.approach) {
        sql += QStringLiteral(" AND i.approach = ?");
        values << wordText(wordOf(*filter.approach));
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND i.visit_date >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND i.visit_date <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
}

// The keys of IntakeStore's orders; text byte by byte (the columns are
// COLLATE "C": PostgresSchema) and NULLs first in ascending order, as SQLite
// sorts. Only the approach may be NULL: the other keys keep PostgreSQL's
// default NULL placement, the one their indexes have (read backwards for a
// descending order); saying NULLS FIRST or LAST, or a COLLATE, on them
// would keep the planner from the indexes and sort every intake instead.
QString orderBy(const IntakeFilter& filter)
{
    QStringList keys;
    for (const QString& key : sortKeys(filter.sort)) {
        QString term = key + (filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        if (key == QLatin1String("i.approach")) {
            term +=
                filter.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
        }
        keys << term;
    }
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

// The intakes of up to this many clients are looked up one client after
// another; more, and list() walks its order instead. Each lookup is an index
// probe; a walk reads index entries in order (covering: intakes_by_visit)
// and keeps those of a matching client, about fifty times cheaper per row.
// A walk reads about wanted * intakes / matches entries, so it wins once
// matches^2 exceeds wanted * clients / 50 (IntakeStore's rule, with
// PostgreSQL's costs).
qint64 mostClientsToLookUp(qint64 wanted, qint64 clients)
{
    constexpr double kWalkRowsPerProbe = 50.0;
    return qint64(std::ceil(std::sqrt(double(wanted) * double(clients) / kWalkRowsPerProbe)));
}

} // namespace

std::vector<IntakeSummary> PostgresIntakeStore::list(const IntakeFilter& filter) const
{
    QString conditions;
    QVariantList values;
    appendConditions(filter, conditions, values);
    if (!filter.search.trimmed().isEmpty()) {
        const NameCondition names = nameCondition(filter.search);
        if (names.clientIds.isEmpty()) {
            return {}; // only punctuation: no name matches
        }
        // As IntakeStore::list, two ways: look up the intakes of each
        // matching client and sort them (rare names), or walk the order and
        // keep the intakes of a matching client (common names: it stops
        // after offset + limit rows). PostgreSQL would choose by its
        // estimates, which cannot know how often two words come together;
        // so the matching clients are read first, up to where a walk wins.
        // In client order the matches bunch together: always a lookup.
        const qint64 wanted =
            filter.limit > 0 ? qint64(std::max(filter.offset, 0)) + filter.limit : 0;
        std::optional<std::vector<qint64>> matching;
        if (wanted > 0 && filter.sort != IntakeSort::Client) {
            matching = clientIdsUpTo(names, mostClientsToLookUp(wanted, clientCount()));
        }
        if (matching && matching->empty()) {
            return {};
        }
        if (matching) {
            conditions += QStringLiteral(" AND i.client_id = ANY (?::bigint[])");
            values << idArray(*matching);
        } else if (wanted > 0 && filter.sort != IntakeSort::Client) {
            // Written as an expression, the IN is a hashed filter on the
            // ordered walk rather than a join the planner would sort after.
            conditions += QStringLiteral(" AND (i.client_id IN (") + names.clientIds +
                          QStringLiteral(")) IS TRUE");
            values << names.values;
        } else {
            conditions +=
                QStringLiteral(" AND i.client_id IN (") + names.clientIds + QLatin1Char(')');
            values << names.values;
        }
    }
    // The page's ids first, then only their rows and newest reviews.
    QString page = QStringLiteral("SELECT i.id FROM intakes i");
    if (filter.sort == IntakeSort::Client) {
        page += QStringLiteral(" JOIN clients c ON c.id = i.client_id");
    }
    page += QStringLiteral(" WHERE true") + conditions + orderBy(filter);
    if (filter.limit > 0) {
        page += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    if (filter.offset > 0) {
        page += QStringLiteral(" OFFSET %1").arg(filter.offset);
    }
    QSqlQuery select = run(
        m_connection,
        QStringLiteral("SELECT i.id, c.name, c.date_of_birth, i.visit_date, i.status, i.approach, "
                       "i.urgency, i.refer_out, i.current_version, r.decision, r.reviewer FROM (") +
            page +
            QStringLiteral(") AS page JOIN intakes i ON i.id = page.id "
                           "JOIN clients c ON c.id = i.client_id "
                           "LEFT JOIN reviews r ON r.id = "
                           "(SELECT max(id) FROM reviews WHERE intake_id = i.id)") +
            orderBy(filter),
        values, QT_TRANSLATE_NOOP("StorageDoing", "listing intakes"));
    std::vector<IntakeSummary> rows;
    while (select.next()) {
        rows.push_back(summaryRow(select));
    }
    return rows;
}

std::optional<std::vector<qint64>> PostgresIntakeStore::clientIdsUpTo(const NameCondition& names,
                                                                      qint64 most) const
{
    QVariantList values = names.values;
    values << most + 1;
    QSqlQuery select = run(m_connection,
                           QStringLiteral("SELECT client_id FROM (") + names.clientIds +
                               QStringLiteral(") AS m LIMIT ?"),
                           values, QT_TRANSLATE_NOOP("StorageDoing", "searching clients"));
    std::vector<qint64> ids;
    while (select.next()) {
        ids.push_back(select.value(0).toLongLong());
    }
    if (qint64(ids.size()) > most) {
        return std::nullopt;
    }
    return ids;
}

qint64 PostgresIntakeStore::clientCount() const
{
    // The highest id, from the index: a count would read every client.
    QSqlQuery select = run(m_connection, QStringLiteral("SELECT coalesce(max(id), 0) FROM clients"),
                           {}, QT_TRANSLATE_NOOP("StorageDoing", "counting clients"));
    return select.next() ? std::max<qint64>(select.value(0).toLongLong(), 1) : 1;
}

qint64 PostgresIntakeStore::count(const IntakeFilter& filter) const
{
    QString sql = QStringLiteral("SELECT 1 FROM intakes i WHERE true");
    QVariantList values;
    appendConditions(filter, sql, values);
    if (!filter.search.trimmed().isEmpty()) {
        const NameCondition names = nameCondition(filter.search);
        if (names.clientIds.isEmpty()) {
            return 0;
        }
        sql += QStringLiteral(" AND i.client_id IN (") + names.clientIds + QLatin1Char(')');
        values << names.values;
    }
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    QSqlQuery select =
        run(m_connection, QStringLiteral("SELECT count(*) FROM (") + sql + QStringLiteral(") AS m"),
            values, QT_TRANSLATE_NOOP("StorageDoing", "counting intakes"));
    return select.next() ? select.value(0).toLongLong() : 0;
}

std::vector<PostgresIntakeStore::StoredIntake>
PostgresIntakeStore::readDetails(const std::vector<qint64>& ids, bool parse) const
{
    // Three statements for all of `ids`, whose rows come back grouped by intake.
    const QString array = idArray(ids);
    QSqlQuery intakes =
        run(m_connection,
            QStringLiteral("SELECT i.id, i.status, i.client_id, i.created_at, i.created_by, "
                           "i.current_version, i.refer_out FROM intakes i "
                           "WHERE i.id = ANY (?::bigint[])"),
            {array}, QT_TRANSLATE_NOOP("StorageDoing", "reading the intake"));
    std::vector<StoredIntake> read(ids.size());
    std::unordered_map<qint64, std::size_t> at;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        at.emplace(ids[i], i);
    }
    while (intakes.next()) {
        StoredIntake& intake = read[at.at(intakes.value(0).toLongLong())];
        ordered_json& record = intake.record;
        record["id"] = intakes.value(0).toLongLong();
        record["status"] = intakes.value(1).toString().toStdString();
        record["refer_out"] = intakes.value(6).toInt() == 1;
        record["client_id"] = intakes.value(2).toLongLong();
        record["created_at"] = intakes.value(3).toString().toStdString();
        record["created_by"] = intakes.value(4).toString().toStdString();
        record["versions"] = ordered_json::array();
        intake.currentVersion = intakes.value(5).toInt();
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (read[i].record.is_null()) {
            throw StorageError(
                StorageError::Kind::NotFound,
                translated::fill(
                    QCoreApplication::translate("StorageError", "there is no intake %1"), ids[i]));
        }
    }

    QSqlQuery versions = run(
        m_connection,
        QStringLiteral("SELECT v.intake_id, v.version, v.created_at, v.created_by, "
                       "v.record_json, s.result_json, s.rules_version, s.rules_sha256 "
                       "FROM intake_versions v JOIN suggestions s ON s.intake_version_id = v.id "
                       "WHERE v.intake_id = ANY (?::bigint[]) ORDER BY v.intake_id, v.version"),
        {array}, QT_TRANSLATE_NOOP("StorageDoing", "reading the intake's versions"));
    while (versions.next()) {
        const qint64 intakeId = versions.value(0).toLongLong();
        StoredIntake& intake = read[at.at(intakeId)];
        const int number = versions.value(1).toInt();
        std::string recordText = storedText(versions.value(4));
        std::string suggestionText = storedText(versions.value(5));
        ordered_json version;
        version["version"] = number;
        version["created_at"] = versions.value(2).toString().toStdString();
        version["created_by"] = versions.value(3).toString().toStdString();
        if (parse) {
            version["intake"] = parsedJson(versions.value(4), "record", intakeId, number);
            version["suggestion"] = parsedJson(versions.value(5), "suggestion", intakeId, number);
        } else {
            // Written as stored (storedDetailsText): checked, not built.
            requireJsonObject(recordText, "record", intakeId, number);
            requireJsonObject(suggestionText, "suggestion", intakeId, number);
            version["intake"] = nullptr;
            version["suggestion"] = nullptr;
        }
        version["rules_version"] = versions.value(6).toString().toStdString();
        version["rules_sha256"] = versions.value(7).toString().toStdString();
        if (number == intake.currentVersion) {
            intake.record["intake"] = version["intake"];
            intake.record["suggestion"] = version["suggestion"];
        }
        intake.record["versions"].push_back(std::move(version));
        intake.texts.emplace_back(std::move(recordText), std::move(suggestionText));
    }

    QSqlQuery reviews =
        run(m_connection,
            QStringLiteral("SELECT r.intake_id, r.reviewer, r.reviewed_at, r.decision, "
                           "r.final_approach, r.final_pressure, r.reason, r.session_note, "
                           "v.version FROM reviews r "
                           "JOIN intake_versions v ON v.id = r.intake_version_id "
                           "WHERE r.intake_id = ANY (?::bigint[]) ORDER BY r.intake_id, r.id"),
            {array}, QT_TRANSLATE_NOOP("StorageDoing", "reading the reviews"));
    for (StoredIntake& intake : read) {
        intake.record["reviews"] = ordered_json::array();
    }
    while (reviews.next()) {
        read[at.at(reviews.value(0).toLongLong())].record["reviews"].push_back(
            reviewJson(reviews, 1));
    }
    return read;
}

nlohmann::ordered_json PostgresIntakeStore::details(qint64 intakeId) const
{
    // One snapshot for the three reads, so that an amendment meanwhile is not half seen.
    const PostgresSnapshot snapshot(m_connection,
                                    QT_TRANSLATE_NOOP("StorageDoing", "reading the intake"));
    return std::move(readDetails({intakeId}, true).front().record);
}

std::string PostgresIntakeStore::detailsAsStored(qint64 intakeId) const
{
    return std::move(detailsAsStored(std::vector<qint64>{intakeId}).front());
}

std::vector<std::string> PostgresIntakeStore::detailsAsStored(const std::vector<qint64>& ids) const
{
    const PostgresSnapshot snapshot(m_connection,
                                    QT_TRANSLATE_NOOP("StorageDoing", "reading the intake"));
    std::vector<std::string> texts;
    texts.reserve(ids.size());
    for (const StoredIntake& intake : readDetails(ids, false)) {
        if (intake.texts.empty()) {
            throw StorageError(StorageError::Kind::Corrupt,
                               translated::fill(QCoreApplication::translate(
                                                    "StorageError", "intake %1 has no version"),
                                                intake.record.at("id").dump()));
        }
        texts.push_back(storedDetailsText(intake.record, intake.texts));
    }
    return texts;
}

std::vector<SameDayIntake> PostgresIntakeStore::sameDayIntakes(const QString& name,
                                                               const QDate& born,
                                                               const QDate& visit) const
{
    QSqlQuery select =
        run(m_connection,
            QStringLiteral("SELECT i.id, i.created_at, i.created_by FROM intakes i JOIN clients c "
                           "ON c.id = i.client_id WHERE c.name_key = ? AND c.date_of_birth = ? "
                           "AND i.visit_date = ? ORDER BY i.id"),
            {foldedName(name), born.toString(Qt::ISODate), visit.toString(Qt::ISODate)},
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

std::vector<std::pair<qint64, QString>> PostgresIntakeStore::findClients(const QString& search,
                                                                         int limit) const
{
    const NameCondition names = nameCondition(search);
    if (names.clientIds.isEmpty()) {
        return {};
    }
    QVariantList values = names.values;
    values << limit;
    QSqlQuery select =
        run(m_connection,
            QStringLiteral("SELECT c.id, c.name FROM clients c WHERE c.id IN (") + names.clientIds +
                QLatin1Char(')') + QStringLiteral(" ORDER BY c.name COLLATE \"C\", c.id LIMIT ?"),
            values, QT_TRANSLATE_NOOP("StorageDoing", "searching clients"));
    std::vector<std::pair<qint64, QString>> clients;
    while (select.next()) {
        clients.emplace_back(select.value(0).toLongLong(), select.value(1).toString());
    }
    return clients;
}

std::vector<ClientMatch> PostgresIntakeStore::clients(const QString& condition,
                                                      const QVariantList& values, int limit) const
{
    // Contact details as given on the client's latest intake (ClientDirectory).
    QVariantList all = values;
    all << limit;
    QSqlQuery query = run(
        m_connection,
        QStringLiteral("SELECT c.id, c.name, c.date_of_birth, "
                       "v.record_json::json #>> '{client,phone}', "
                       "v.record_json::json #>> '{client,email}' "
                       "FROM clients c "
                       "LEFT JOIN intakes i ON i.id = (SELECT max(id) FROM intakes "
                       "WHERE client_id = c.id) "
                       "LEFT JOIN intake_versions v ON v.intake_id = i.id "
                       "AND v.version = i.current_version WHERE ") +
            condition +
            QStringLiteral(" ORDER BY c.name COLLATE \"C\", c.date_of_birth COLLATE \"C\", c.id "
                           "LIMIT ?"),
        all, QT_TRANSLATE_NOOP("StorageDoing", "looking up clients"));
    std::vector<ClientMatch> matches;
    while (query.next()) {
        matches.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                           QDate::fromString(query.value(2).toString(), Qt::ISODate),
                           query.value(3).toString(), query.value(4).toString()});
    }
    return matches;
}

std::vector<ClientMatch> PostgresIntakeStore::clientsNamed(const QString& words, int limit) const
{
    const NameCondition names = nameCondition(words);
    if (names.clientIds.isEmpty()) {
        return {};
    }
    return clients(QStringLiteral("c.id IN (") + names.clientIds + QLatin1Char(')'), names.values,
                   limit);
}

std::vector<ClientMatch> PostgresIntakeStore::clientsBornOn(const QDate& born, int limit) const
{
    if (!born.isValid()) {
        return {};
    }
    return clients(QStringLiteral("c.date_of_birth = ?"), {born.toString(Qt::ISODate)}, limit);
}

std::optional<IntakeState> PostgresIntakeStore::state(qint64 intakeId) const
{
    QSqlQuery row = run(m_connection, QString::fromLatin1(kIntakeState), {intakeId},
                        QT_TRANSLATE_NOOP("StorageDoing", "reading where the intake stands"));
    if (!row.next()) {
        return std::nullopt;
    }
    return intakeState(row);
}

std::optional<StoredSave> PostgresIntakeStore::findSave(const QString& saveId) const
{
    for (const bool review : {false, true}) {
        QSqlQuery find =
            run(m_connection, QString::fromLatin1(review ? kFindReviewSave : kFindVersionSave),
                {saveId}, QT_TRANSLATE_NOOP("StorageDoing", "looking up the save"));
        if (find.next()) {
            return review ? reviewSave(find) : versionSave(find);
        }
    }
    return std::nullopt;
}
