#include "storage/postgres/PostgresAuditCoverage.h"

#include "storage/StorageError.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresCursor.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <algorithm>
#include <optional>

namespace postgres_coverage {

namespace {

class CursorRows final : public audit_coverage::TableRows
{
public:
    CursorRows(const PostgresConnection& connection, const QString& table)
        : m_rows(connection,
                 QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                     .arg(QLatin1String(audit_coverage::coveredColumns(table)), table),
                 {}, QT_TRANSLATE_NOOP("StorageDoing", "reading the rows the audit log covers"))
    {}

    bool next() override
    {
        if (!m_rows.next()) {
            return false;
        }
        m_columns = m_rows.columnCount();
        return true;
    }
    qint64 id() const override { return m_rows.value(0).toLongLong(); }
    void addTo(audit_coverage::RowsHasher& hash) const override
    {
        for (int column = 0; column < m_columns; ++column) {
            addValue(hash, m_rows.value(column));
        }
    }

private:
    PostgresCursor m_rows;
    int m_columns = 0;
};

} // namespace

std::unique_ptr<audit_coverage::TableRows> openTable(const PostgresConnection& connection,
                                                     const QString& table)
{
    if (audit_coverage::tables().end() ==
        std::find(audit_coverage::tables().begin(), audit_coverage::tables().end(), table)) {
        throw StorageError(StorageError::Kind::Invalid,
                           "the audit log covers no table " + table.toStdString());
    }
    return std::make_unique<CursorRows>(connection, table);
}

void addValue(audit_coverage::RowsHasher& hash, const QVariant& value)
{
    if (value.isNull()) {
        hash.null();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UInt:
    case QMetaType::ULongLong: // QPSQL's BIGINT
        hash.integer(value.toLongLong());
        return;
    case QMetaType::QString: {
        // The server sends UTF-8 (the session's client_encoding), as SQLite stores it.
        const QByteArray text = value.toString().toUtf8();
        hash.text(std::string_view(text.constData(), std::size_t(text.size())));
        return;
    }
    case QMetaType::Double:
        hash.real(value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray blob = value.toByteArray();
        hash.blob(blob.constData(), std::size_t(blob.size()));
        return;
    }
    default:
        throw StorageError(StorageError::Kind::Other,
                           std::string("hashing the rows the audit log covers: a column of type ") +
                               value.typeName() + " has no hashing rule");
    }
}

QString rowsHash(const PostgresConnection& connection, const audit_coverage::Coverage& coverage)
{
    std::vector<std::pair<QString, QByteArray>> digests;
    std::optional<audit_coverage::RowsHasher> hash;
    for (std::size_t i = 0; i < coverage.size(); ++i) {
        const audit_coverage::CoveredRows& rows = coverage[i];
        if (audit_coverage::tables().end() == std::find(audit_coverage::tables().begin(),
                                                        audit_coverage::tables().end(),
                                                        rows.table)) {
            throw StorageError(StorageError::Kind::Invalid,
                               "the audit log covers no table " + rows.table.toStdString());
        }
        if (!hash) {
            hash.emplace();
        }
        QSqlQuery select = connection.exec(
            QStringLiteral("SELECT %1 FROM %2 WHERE id BETWEEN ? AND ? ORDER BY id")
                .arg(QLatin1String(audit_coverage::coveredColumns(rows.table)), rows.table),
            {rows.first, rows.last},
            QT_TRANSLATE_NOOP("StorageDoing", "reading the rows the audit log covers"));
        const int columns = select.record().count();
        while (select.next()) {
            for (int column = 0; column < columns; ++column) {
                addValue(*hash, select.value(column));
            }
        }
        if (i + 1 == coverage.size() || coverage[i + 1].table != rows.table) {
            digests.emplace_back(rows.table, hash->digest());
            hash.reset();
        }
    }
    return audit_coverage::combine(digests);
}

} // namespace postgres_coverage
