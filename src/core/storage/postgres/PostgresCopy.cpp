#include "storage/postgres/PostgresCopy.h"

#include "storage/StorageError.h"
#include "storage/postgres/PostgresTransaction.h"

#include <QByteArray>
#include <libpq-fe.h>

namespace {

// One value in COPY's text format: \N for NULL, backslash escapes for the
// characters that separate columns and rows.
void appendCopyValue(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    for (const char c : bytes) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
}

StorageError copyFailed(PGconn* connection, const std::string& doing)
{
    return StorageError(StorageError::Kind::Other,
                        doing + " failed: " + PQerrorMessage(connection));
}

} // namespace

void postgres_copy::copyRows(const PostgresConnection& connection, const char* table,
                             const char* columns, int columnCount,
                             const std::vector<QVariant>& values, const std::string& doing)
{
    if (values.empty()) {
        return;
    }
    // Done before Qt uses the connection again.
    PGconn* pq = libpqConnection(connection);
    const std::string sql = std::string("COPY ") + table + " (" + columns + ") FROM STDIN";
    PGresult* start = PQexec(pq, sql.c_str());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    PQclear(start);
    if (!copying) {
        throw copyFailed(pq, doing);
    }
    QByteArray data;
    bool sent = true;
    for (std::size_t i = 0; i < values.size(); ++i) {
        appendCopyValue(data, values[i]);
        data += (i + 1) % std::size_t(columnCount) == 0 ? '\n' : '\t';
        if (data.size() > (1 << 20) || i + 1 == values.size()) {
            sent = sent && PQputCopyData(pq, data.constData(), int(data.size())) == 1;
            data.clear();
        }
    }
    const bool ended = PQputCopyEnd(pq, sent ? nullptr : "not all rows were sent") == 1;
    bool ok = sent && ended;
    while (PGresult* result = PQgetResult(pq)) {
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    if (!ok) {
        throw copyFailed(pq, doing);
    }
}
