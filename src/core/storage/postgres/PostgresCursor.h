#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class PostgresConnection;

// The rows of one SELECT read a batch at a time through a server-side
// cursor, so that a million rows are never held in memory at once; other
// statements can run on the connection between two rows. Needs the
// connection's open transaction (the cursor ends with it, or when this is
// destroyed).
class PostgresCursor
{
public:
    // `values` for the '?' placeholders of `select` (PostgresConnection::withValues).
    PostgresCursor(const PostgresConnection& connection, const QString& select,
                   const QVariantList& values, const char* doing, int batch = 2000);
    ~PostgresCursor();
    PostgresCursor(const PostgresCursor&) = delete;
    PostgresCursor& operator=(const PostgresCursor&) = delete;

    bool next();
    QVariant value(int column) const { return m_rows.value(column); }
    const QSqlQuery& row() const { return m_rows; }
    int columnCount() const;

private:
    void fetch();

    const PostgresConnection& m_connection;
    const char* m_doing;
    QString m_name;
    int m_batch = 0;
    QString m_fetch;
    QSqlQuery m_rows;
    bool m_last = false; // the batch in m_rows is the last one
};
