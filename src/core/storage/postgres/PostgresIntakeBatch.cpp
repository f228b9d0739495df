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

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

template <typename Word> QVariant wordOrNull(const std::optional<Word>& word)
{
    if (!word) {
        return nullText();
    }
    const std::string_view text = wordOf(*word);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void addRange(audit_coverage::Coverage& coverage, const QString& table, qint64 id)
{
    if (!coverage.empty() && coverage.back().last + 1 == id) {
        coverage.back().last = id;
    } else {
        coverage.push_back({table, id, id});
    }
}

} // namespace

PostgresIntakeBatch::PostgresIntakeBatch(const PostgresConnection& connection,
                                         const PostgresAuditTrail& audit, const QString& actor,
                                         const QString& now, Method method)
    : m_connection(connection), m_audit(audit), m_actor(actor), m_now(now), m_method(method),
      m_transaction(connection)
{
    // New clients of the import are made while no workstation makes one.
    QSqlQuery lock =
        m_connection.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?::integer, 0)"));
    lock.addBindValue(PostgresIntakeStore::kNewClientsLock);
    PostgresConnection::run(lock, "waiting for the other workstations' new clients");
}

PostgresIntakeBatch::~PostgresIntakeBatch() = default;

void PostgresIntakeBatch::add(const SuggestedVersion& version)
{
    m_pending.push_back(version);
    if (m_pending.size() >= kChunk) {
        flush();
    }
}

std::vector<qint64> PostgresIntakeBatch::newIds(const char* table, std::size_t count) const
{
    std::vector<qint64> ids;
    if (count == 0) {
        return ids;
    }
    QSqlQuery select =
        m_connection.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM "
                                            "generate_series(1, ?::integer)"));
    select.addBindValue(QString::fromLatin1(table));
    select.addBindValue(qint64(count));
    select.setForwardOnly(true);
    PostgresConnection::run(select, "numbering the imported rows");
    ids.reserve(count);
    while (select.next()) {
        ids.push_back(select.value(0).toLongLong());
    }
    // Rows are written (and hashed) in id order.
    std::sort(ids.begin(), ids.end());
    return ids;
}

void PostgresIntakeBatch::flush()
{
    if (m_pending.empty()) {
        return;
    }
    const std::size_t count = m_pending.size();
    std::vector<QString> keys(count);
    std::vector<QString> borns(count);
    QStringList unknown;
    QVariantList unknownValues;
    for (std::size_t i = 0; i < count; ++i) {
        const IntakeRecord& record = m_pending[i].record;
        keys[i] = foldedName(text(record.clientName));
        borns[i] = record.dateOfBirth.toString(Qt::ISODate);
        const QString key = keys[i] + QLatin1Char('\n') + borns[i];
        if (!m_clients.contains(key)) {
            m_clients.insert(key, 0); // looked up below
            unknown << QStringLiteral("(?, ?)");
            unknownValues << keys[i] << borns[i];
        }
    }
    // The clients already stored, each by its oldest row as add finds it.
    if (!unknown.isEmpty()) {
        QSqlQuery find = m_connection.prepare(
            QStringLiteral("SELECT c.name_key, c.date_of_birth, min(c.id) FROM clients c "
                           "JOIN (VALUES ") +
            unknown.join(QLatin1Char(',')) +
            QStringLiteral(") AS k (name_key, date_of_birth) ON c.name_key = k.name_key AND "
                           "c.date_of_birth = k.date_of_birth GROUP BY 1, 2"));
        for (const QVariant& value : unknownValues) {
            find.addBindValue(value);
        }
        find.setForwardOnly(true);
        PostgresConnection::run(find, "looking up the clients");
        while (find.next()) {
            m_clients.insert(find.value(0).toString() + QLatin1Char('\n') +
                                 find.value(1).toString(),
                             find.value(2).toLongLong());
        }
    }
    // New clients in the order they first appear, as one add after another.
    std::vector<std::size_t> firstOfNew;
    for (std::size_t i = 0; i < count; ++i) {
        const QString key = keys[i] + QLatin1Char('\n') + borns[i];
        if (m_clients.value(key) == 0) {
            m_clients.insert(key, -1); // numbered below
            firstOfNew.push_back(i);
        }
    }
    const std::vector<qint64> clientIds = newIds("clients", firstOfNew.size());
    std::vector<QVariant> clients;
    std::vector<QVariant> words;
    for (std::size_t n = 0; n < firstOfNew.size(); ++n) {
        const std::size_t i = firstOfNew[n];
        const IntakeRecord& record = m_pending[i].record;
        m_clients.insert(keys[i] + QLatin1Char('\n') + borns[i], clientIds[n]);
        clients.insert(clients.end(),
                       {clientIds[n], text(record.clientName), keys[i], borns[i],
                        record.phone ? QVariant(text(*record.phone)) : nullText(),
                        record.email ? QVariant(text(*record.email)) : nullText(), m_now});
        const QStringList nameWordList = nameWords(keys[i]);
        const QString column = PostgresIntakeStore::wordsColumn(nameWordList);
        for (const QString& word : nameWordList) {
            words.insert(words.end(), {word, clientIds[n], column});
        }
    }
    writeRows("clients", "id, name, name_key, date_of_birth, phone, email, created_at", 7, clients);
    writeRows("client_words", "word, client_id, words", 3, words);

    const std::vector<qint64> intakeIds = newIds("intakes", count);
    const std::vector<qint64> versionIds = newIds("intake_versions", count);
    const std::vector<qint64> suggestionIds = newIds("suggestions", count);
    std::vector<QVariant> intakes;
    std::vector<QVariant> versions;
    std::vector<QVariant> suggestions;
    intakes.reserve(count * 10);
    versions.reserve(count * 6);
    suggestions.reserve(count * 9);
    const QByteArray actor = m_actor.toUtf8();
    const QByteArray now = m_now.toUtf8();
    const std::string_view actorText(actor.constData(), std::size_t(actor.size()));
    const std::string_view nowText(now.constData(), std::size_t(now.size()));
    for (std::size_t i = 0; i < count; ++i) {
        const SuggestedVersion& version = m_pending[i];
        const Recommendation& result = version.suggestion;
        const qint64 clientId = m_clients.value(keys[i] + QLatin1Char('\n') + borns[i]);
        intakes.insert(intakes.end(), {intakeIds[i], clientId, m_now, m_actor, 1,
                                       version.record.visitDate.toString(Qt::ISODate),
                                       QStringLiteral("pending"), wordOrNull(result.approach),
                                       wordOrNull(result.urgency), result.refersOut() ? 1 : 0});
        versions.insert(versions.end(),
                        {versionIds[i], intakeIds[i], 1, text(version.recordJson), m_now, m_actor});
        suggestions.insert(suggestions.end(),
                           {suggestionIds[i], versionIds[i], wordOrNull(result.approach),
                            wordOrNull(result.urgency), wordOrNull(result.pressure),
                            text(version.suggestionJson), text(version.rulesVersion),
                            text(version.rulesSha256), m_now});
        // Each column as sent: what the server stores (AuditCoverage.h).
        m_versionHash.integer(versionIds[i])
            .integer(intakeIds[i])
            .integer(1)
            .text(version.recordJson)
            .text(nowText)
            .text(actorText);
        const auto word = [](const auto& value) -> std::optional<std::string_view> {
            return value ? std::optional(wordOf(*value)) : std::nullopt;
        };
        m_suggestionHash.integer(suggestionIds[i])
            .integer(versionIds[i])
            .optionalText(word(result.approach))
            .optionalText(word(result.urgency))
            .optionalText(word(result.pressure))
            .text(version.suggestionJson)
            .text(version.rulesVersion)
            .text(version.rulesSha256)
            .text(nowText);
        addRange(m_versions, QStringLiteral("intake_versions"), versionIds[i]);
        addRange(m_suggestions, QStringLiteral("suggestions"), suggestionIds[i]);
        m_stored.firstIntakeId = m_stored.firstIntakeId ? m_stored.firstIntakeId : intakeIds[i];
        m_stored.lastIntakeId = intakeIds[i];
    }
    writeRows("intakes",
              "id, client_id, created_at, created_by, current_version, visit_date, status, "
              "approach, urgency, refer_out",
              10, intakes);
    writeRows("intake_versions", "id, intake_id, version, record_json, created_at, created_by", 6,
              versions);
    writeRows("suggestions",
              "id, intake_version_id, approach, urgency, pressure, result_json, rules_version, "
              "rules_sha256, created_at",
              9, suggestions);
    m_pending.clear();
}

void PostgresIntakeBatch::writeRows(const char* table, const char* columns, int columnCount,
                                    const std::vector<QVariant>& values) const
{
    if (values.empty()) {
        return;
    }
    if (m_method == Method::Copy) {
        copyRows(table, columns, columnCount, values);
    } else {
        insertRows(table, columns, columnCount, values);
    }
}

void PostgresIntakeBatch::copyRows(const char* table, const char* columns, int columnCount,
                                   const std::vector<QVariant>& values) const
{
    postgres_copy::copyRows(m_connection, table, columns, columnCount, values,
                            std::string("importing into ") + table);
}

void PostgresIntakeBatch::insertRows(const char* table, const char* columns, int columnCount,
                                     const std::vector<QVariant>& values) const
{
    // Up to 500 rows a statement: one round trip for many rows, and far
    // below the server's 65,535 parameters.
    constexpr std::size_t kRows = 500;
    const std::size_t rows = values.size() / std::size_t(columnCount);
    QString row = QStringLiteral("(") + QStringLiteral("?, ").repeated(columnCount - 1) +
                  QStringLiteral("?)");
    for (std::size_t first = 0; first < rows; first += kRows) {
        const std::size_t n = std::min(kRows, rows - first);
        QStringList tuples;
        for (std::size_t i = 0; i < n; ++i) {
            tuples << row;
        }
        QSqlQuery insert =
            m_connection.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                     .arg(QLatin1String(table), QLatin1String(columns)) +
                                 tuples.join(QLatin1Char(',')));
        const std::size_t begin = first * std::size_t(columnCount);
        for (std::size_t i = begin; i < begin + n * std::size_t(columnCount); ++i) {
            insert.addBindValue(values[i]);
        }
        PostgresConnection::run(insert, "importing intakes");
    }
}

IntakeBatch::Stored PostgresIntakeBatch::finish(std::size_t lines)
{
    flush();
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
