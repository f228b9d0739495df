#pragma once

#include <stdexcept>
#include <string>

class QSqlError;

// A storage operation that failed; the transaction it was in has been rolled
// back, so nothing of it is stored. `kind` lets front ends word the message
// for the person in front of them.
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        Busy,     // another program held the database for longer than the busy timeout
        ReadOnly, // the file or its folder cannot be written
        DiskFull,
        Corrupt,  // not a database, or damaged
        NotFound, // no such record
        Invalid,  // the request itself is wrong (e.g. an override without a reason)
        // The clinic server's connection broke (server restarted, backend
        // ended, network gone): what was in progress is rolled back by the
        // server; ClinicStorage::reconnect() opens it again.
        ConnectionLost,
        Other,
    };

    StorageError(Kind kind, const std::string& message, int sqliteCode = -1);

    // From a Qt SQL error, with what was being done.
    static StorageError fromSql(const QSqlError& error, const std::string& doing);
    // From an SQLite result code and message.
    static StorageError fromSqliteCode(int code, const std::string& text, const std::string& doing);

    Kind kind() const { return m_kind; }
    // SQLite's primary result code when SQLite reported the error, else -1.
    int sqliteCode() const { return m_sqliteCode; }

private:
    Kind m_kind;
    int m_sqliteCode = -1;
};
