#pragma once

#include <QtGlobal>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

// A statement run straight through SQLite's C interface on the connection Qt
// SQL opened. SQLite-only by nature: used for the statements that run once
// per record in bulk imports, where Qt SQL's binding (QVariant, UTF-16) cost
// more than SQLite's own work. The SQL itself stays portable.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* connection, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are numbered from 1; text is copied.
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bindNull(int index);

    // Runs to the next row; true if there is one. Throws StorageError naming `doing`.
    bool step(const char* doing);
    qint64 int64At(int column) const;
    // The column as UTF-8 text, valid until the next step; empty for NULL.
    std::string_view textAt(int column) const;
    int columnCount() const;
    // Clears the bindings and readies the statement for its next run.
    void reset();

    qint64 lastInsertId() const;

private:
    sqlite3* m_connection;
    sqlite3_stmt* m_statement = nullptr;
};
