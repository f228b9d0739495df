#include "storage/SqliteStatement.h"

#include "storage/StorageError.h"
#include "util/Translated.h"

#include <sqlite3.h>
#include <string>

SqliteStatement::SqliteStatement(sqlite3* connection, const char* sql) : m_connection(connection)
{
    const int result = sqlite3_prepare_v2(connection, sql, -1, &m_statement, nullptr);
    if (result != SQLITE_OK) {
        throw StorageError::fromSqliteCode(
            result, sqlite3_errmsg(connection),
            translated::fill(QCoreApplication::translate("StorageDoing", "preparing \"%1\""), sql));
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_statement, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqliteStatement::step(const char* doing)
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        return true;
    }
    if (result == SQLITE_DONE) {
        return false;
    }
    const std::string message = sqlite3_errmsg(m_connection);
    sqlite3_reset(m_statement);
    throw StorageError::fromSqliteCode(sqlite3_extended_errcode(m_connection), message, doing);
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string_view SqliteStatement::textAt(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_connection);
}
