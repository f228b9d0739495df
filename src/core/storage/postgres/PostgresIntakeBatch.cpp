#include "storage/postgres/PostgresIntakeBatch.h"

#include "model/IntakeRecord.h"
#include "rules/SuggestedVersion.h"
#include "storage/NameFolding.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresAuditTrail.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresCopy.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresIntakeStore.h"

#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

using namespace vocabulary;

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), std::size_t(bytes.size())};
}

template <typename Word> std::optional<std::string_view> wordOrNull(const std::optional<Word>& word)
{
    return word ? std::optional(wordOf(*word)) : std::nullopt;
}

void addRange(audit_coverage::Coverage& coverage, const QString& table, qint64 id)
{
    if (!coverage.empty() && coverage.back().last + 1 == id) {
        coverage.back().last = id;
    } else {
        coverage.push_back({table, id, id});
    }
}

// A version's row, the columns of its COPY in order: into the COPY's rows
// or the audit entry's hash (postgres_copy::Rows, audit_coverage::RowsHasher).
template <typename Columns>
void versionColumns(Columns& columns, qint64 id, qint64 intakeId, const SuggestedVersion& version,
                    std::string_view now, std::string_view actor)
{
    columns.integer(id).integer(intakeId).integer(1).text(version.recordJson).text(now).text(actor);
}

template <typename Columns>
void suggestionColumns(Columns& columns, qint64 id, qint64 versionId,
                       const SuggestedVersion& version, std::string_view now)
{
    const Recommendation& result = version.suggestion;
    columns.integer(id)
        .integer(versionId)
        .optionalText(wordOrNull(result.approach))
        .optionalText(wordOrNull(result.urgency))
        .optionalText(wordOrNull(result.pressure))
        .text(version.suggestionJson)
        .text(version.rulesVersion)
        .text(version.rulesSha256)
        .text(now);
}

// A text[] literal of the values, each quoted, for ?::text[].
QString textArray(const QStringList& values)
{
    QString array = QStringLiteral("{");
    for (const QString& value : values) {
        if (array.size() > 1) {
            array += QLatin1Char(',');
        }
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        array += QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return array + QLatin1Char('}');
}

std::vector<qint64> column(QSqlQuery& query, int index)
{
    std::vector<qint64> ids;
    while (query.next()) {
        ids.push_back(query.value(index).toLongLong());
    }
    return ids;
}

} // namespace

PostgresIntakeBatch::PostgresIntakeBatch(const PostgresConnection& connection,
                                         const PostgresAuditTrail& audit, const QString& actor,
                                         const QString& now)
    : m_connection(connection), m_audit(audit), m_actor(actor), m_now(now),
      m_transaction(connection), m_copies(connection)
{
    // New clients of the import are made while no workstation makes one.
    m_connection.exec(
        QStringLiteral("SELECT pg_advisory_xact_lock(?::integer, 0)"),
        {PostgresIntakeStore::kNewClientsLock},
        QT_TRANSLATE_NOOP("StorageDoing", "waiting for the other workstations' new clients"));
    QSqlQuery sequences = m_connection.exec(
        QStringLiteral("SELECT pg_get_serial_sequence('clients', 'id')::regclass::oid, "
                       "pg_get_serial_sequence('intakes', 'id')::regclass::oid, "
                       "pg_get_serial_sequence('intake_versions', 'id')::regclass::oid, "
                       "pg_get_serial_sequence('suggestions', 'id')::regclass::oid"),
        {}, QT_TRANSLATE_NOOP("StorageDoing", "finding the tables' id sequences"));
    if (!sequences.next()) {
        throw StorageError(StorageError::Kind::Corrupt, "the tables' id sequences are missing");
    }
    m_sequences = {sequences.value(0).toLongLong(), sequences.value(1).toLongLong(),
                   sequences.value(2).toLongLong(), sequences.value(3).toLongLong()};
}

PostgresIntakeBatch::~PostgresIntakeBatch() = default;

void PostgresIntakeBatch::add(const SuggestedVersion& version)
{
    m_pending.push_back(version);
    if (m_pending.size() >= kChunk) {
        flush();
    }
}

std::vector<qint64> PostgresIntakeBatch::newClientIds(std::size_t count) const
{
    if (count == 0) {
        return {};
    }
    QSqlQuery select = m_connection.exec(
        QStringLiteral("SELECT nextval(%1::oid::regclass) FROM generate_series(1, ?::integer)")
            .arg(m_sequences.clients),
        {qint64(count)}, QT_TRANSLATE_NOOP("StorageDoing", "numbering the imported clients"));
    std::vector<qint64> ids = column(select, 0);
    std::sort(ids.begin(), ids.end()); // rows are written in id order
    return ids;
}

PostgresIntakeBatch::NewIds PostgresIntakeBatch::newIntakeIds(std::size_t count) const
{
    QSqlQuery select = m_connection.exec(
        QStringLiteral("SELECT nextval(%1::oid::regclass), nextval(%2::oid::regclass), "
                       "nextval(%3::oid::regclass) FROM generate_series(1, ?::integer)")
            .arg(m_sequences.intakes)
            .arg(m_sequences.versions)
            .arg(m_sequences.suggestions),
        {qint64(count)}, QT_TRANSLATE_NOOP("StorageDoing", "numbering the imported intakes"));
    NewIds ids;
    ids.intakes.reserve(count);
    ids.versions.reserve(count);
    ids.suggestions.reserve(count);
    while (select.next()) {
        ids.intakes.push_back(select.value(0).toLongLong());
        ids.versions.push_back(select.value(1).toLongLong());
        ids.suggestions.push_back(select.value(2).toLongLong());
    }
    // Rows are written (and hashed) in id order.
    for (std::vector<qint64>* table : {&ids.intakes, &ids.versions, &ids.suggestions}) {
        std::sort(table->begin(), table->end());
    }
    return ids;
}

void PostgresIntakeBatch::lookUpClients(const QStringList& keys, const QStringList& births)
{
    if (keys.isEmpty()) {
        return;
    }
    // Each client by its oldest row, as add finds it; one index probe per
    // name and birth date, whatever the planner would guess from the
    // statistics of a table the import is filling.
    QSqlQuery find = m_connection.exec(
        QStringLiteral("SELECT k.name_key, k.date_of_birth, f.id FROM unnest(?::text[], "
                       "?::text[]) AS k (name_key, date_of_birth) CROSS JOIN LATERAL (SELECT "
                       "min(c.id) AS id FROM clients c WHERE c.name_key = k.name_key AND "
                       "c.date_of_birth = k.date_of_birth) f WHERE f.id IS NOT NULL"),
        {textArray(keys), textArray(births)},
        QT_TRANSLATE_NOOP("StorageDoing", "looking up the clients"));
    while (find.next()) {
        m_clients.insert(find.value(0).toString() + QLatin1Char('\n') + find.value(1).toString(),
                         find.value(2).toLongLong());
    }
}

void PostgresIntakeBatch::flush()
{
    if (m_pending.empty()) {
        return;
    }
    const std::size_t count = m_pending.size();
    std::vector<QString> clientKeys(count); // folded name '\n' birth date
    QStringList unknownKeys;
    QStringList unknownBirths;
    for (std::size_t i = 0; i < count; ++i) {
        const IntakeRecord& record = m_pending[i].record;
        const QString key = foldedName(text(record.clientName));
        const QString born = record.dateOfBirth.toString(Qt::ISODate);
        clientKeys[i] = key + QLatin1Char('\n') + born;
        if (!m_clients.contains(clientKeys[i])) {
            m_clients.insert(clientKeys[i], 0); // looked up below
            unknownKeys << key;
            unknownBirths << born;
        }
    }
    // The connection is the COPY queue's until the last chunk is stored.
    m_copies.waitUntilDone();
    lookUpClients(unknownKeys, unknownBirths);
    // New clients in the order they first appear, as one add after another.
    std::vector<std::size_t> firstOfNew;
    for (std::size_t i = 0; i < count; ++i) {
        if (m_clients.value(clientKeys[i]) == 0) {
            m_clients.insert(clientKeys[i], -1); // numbered below
            firstOfNew.push_back(i);
        }
    }
    const std::vector<qint64> clientIds = newClientIds(firstOfNew.size());
    const NewIds ids = newIntakeIds(count);
    postgres_copy::Rows clients(7);
    postgres_copy::Rows words(3);
    for (std::size_t n = 0; n < firstOfNew.size(); ++n) {
        const std::size_t i = firstOfNew[n];
        const IntakeRecord& record = m_pending[i].record;
        m_clients.insert(clientKeys[i], clientIds[n]);
        const QString key = clientKeys[i].left(clientKeys[i].indexOf(QLatin1Char('\n')));
        clients.integer(clientIds[n])
            .text(record.clientName)
            .text(key)
            .text(record.dateOfBirth.toString(Qt::ISODate))
            .optionalText(record.phone ? std::optional<std::string_view>(*record.phone)
                                       : std::nullopt)
            .optionalText(record.email ? std::optional<std::string_view>(*record.email)
                                       : std::nullopt)
            .text(m_now);
        const QStringList nameWordList = nameWords(key);
        const QString wordsColumn = PostgresIntakeStore::wordsColumn(nameWordList);
        for (const QString& word : nameWordList) {
            words.text(word).integer(clientIds[n]).text(wordsColumn);
        }
    }
    m_copies.send("clients", "id, name, name_key, date_of_birth, phone, email, created_at",
                  std::move(clients), QT_TRANSLATE_NOOP("StorageDoing", "importing the clients"));
    m_copies.send("client_words", "word, client_id, words", std::move(words),
                  QT_TRANSLATE_NOOP("StorageDoing", "indexing the imported clients' names"));

    // Each table's rows are sent as soon as they are made.
    const QByteArray actor = m_actor.toUtf8();
    const QByteArray now = m_now.toUtf8();
    postgres_copy::Rows intakes(10);
    for (std::size_t i = 0; i < count; ++i) {
        const SuggestedVersion& version = m_pending[i];
        const Recommendation& result = version.suggestion;
        const QByteArray visitDate = version.record.visitDate.toString(Qt::ISODate).toLatin1();
        intakes.integer(ids.intakes[i])
            .integer(m_clients.value(clientKeys[i]))
            .text(view(now))
            .text(view(actor))
            .integer(1)
            .text(view(visitDate))
            .text(std::string_view("pending"))
            .optionalText(wordOrNull(result.approach))
            .optionalText(wordOrNull(result.urgency))
            .integer(result.refersOut() ? 1 : 0);
        m_stored.firstIntakeId = m_stored.firstIntakeId ? m_stored.firstIntakeId : ids.intakes[i];
        m_stored.lastIntakeId = ids.intakes[i];
    }
    m_copies.send("intakes",
                  "id, client_id, created_at, created_by, current_version, visit_date, status, "
                  "approach, urgency, refer_out",
                  std::move(intakes), QT_TRANSLATE_NOOP("StorageDoing", "importing the intakes"));

    postgres_copy::Rows versions(6);
    for (std::size_t i = 0; i < count; ++i) {
        const SuggestedVersion& version = m_pending[i];
        // Each column as sent is hashed: what the server stores (AuditCoverage.h).
        versionColumns(versions, ids.versions[i], ids.intakes[i], version, view(now), view(actor));
        versionColumns(m_versionHash, ids.versions[i], ids.intakes[i], version, view(now),
                       view(actor));
        addRange(m_versions, QStringLiteral("intake_versions"), ids.versions[i]);
    }
    m_copies.send("intake_versions", "id, intake_id, version, record_json, created_at, created_by",
                  std::move(versions),
                  QT_TRANSLATE_NOOP("StorageDoing", "importing the intakes' versions"));

    postgres_copy::Rows suggestions(9);
    for (std::size_t i = 0; i < count; ++i) {
        const SuggestedVersion& version = m_pending[i];
        suggestionColumns(suggestions, ids.suggestions[i], ids.versions[i], version, view(now));
        suggestionColumns(m_suggestionHash, ids.suggestions[i], ids.versions[i], version,
                          view(now));
        addRange(m_suggestions, QStringLiteral("suggestions"), ids.suggestions[i]);
    }
    m_copies.send("suggestions",
                  "id, intake_version_id, approach, urgency, pressure, result_json, "
                  "rules_version, rules_sha256, created_at",
                  std::move(suggestions),
                  QT_TRANSLATE_NOOP("StorageDoing", "importing the suggestions"));
    m_pending.clear();
}

IntakeBatch::Stored PostgresIntakeBatch::finish(std::size_t lines)
{
    flush();
    m_copies.waitUntilDone();
    audit_coverage::Coverage covers = m_versions;
    covers.insert(covers.end(), m_suggestions.begin(), m_suggestions.end());
    const QString rowsHash =
        covers.empty()
            ? QString()
            : audit_coverage::combine({{QStringLiteral("intake_versions"), m_versionHash.digest()},
                                       {QStringLiteral("suggestions"), m_suggestionHash.digest()}});
    m_audit.append(
        m_actor, QStringLiteral("import"),
        QStringLiteral("intakes %1-%2").arg(m_stored.firstIntakeId).arg(m_stored.lastIntakeId),
        QStringLiteral("%1 lines").arg(lines), covers, rowsHash);
    m_transaction.commit();
    return m_stored;
}
