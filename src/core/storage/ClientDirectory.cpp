#include "storage/ClientDirectory.h"

#include "storage/Database.h"
#include "storage/IntakeStore.h"

#include <QVariant>

ClientDirectory::ClientDirectory(const Database& database) : m_database(database) {}

std::vector<ClientMatch> ClientDirectory::byName(const QString& words, int limit) const
{
    const QString query = IntakeStore::nameSearchQuery(words);
    if (query.isEmpty()) {
        return {};
    }
    return select(QStringLiteral("c.id IN (SELECT rowid FROM client_names WHERE client_names "
                                 "MATCH ?)"),
                  query, limit);
}

std::vector<ClientMatch> ClientDirectory::byDateOfBirth(const QDate& born, int limit) const
{
    if (!born.isValid()) {
        return {};
    }
    return select(QStringLiteral("c.date_of_birth = ?"), born.toString(Qt::ISODate), limit);
}

std::vector<ClientMatch> ClientDirectory::select(const QString& condition, const QVariant& value,
                                                 int limit) const
{
    // Contact details as given on the client's latest intake.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT c.id, c.name, c.date_of_birth, "
                       "json_extract(v.record_json, '$.client.phone'), "
                       "json_extract(v.record_json, '$.client.email') "
                       "FROM clients c "
                       "LEFT JOIN intakes i ON i.id = (SELECT max(id) FROM intakes "
                       "WHERE client_id = c.id) "
                       "LEFT JOIN intake_versions v ON v.intake_id = i.id "
                       "AND v.version = i.current_version "
                       "WHERE ") +
        condition + QStringLiteral(" ORDER BY c.name, c.date_of_birth LIMIT ?"));
    query.addBindValue(value);
    query.addBindValue(limit);
    Database::run(query, QT_TRANSLATE_NOOP("StorageDoing", "looking up clients"));
    std::vector<ClientMatch> matches;
    while (query.next()) {
        matches.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                           QDate::fromString(query.value(2).toString(), Qt::ISODate),
                           query.value(3).toString(), query.value(4).toString()});
    }
    return matches;
}
