#include "storage/StorageError.h"

#include <QSqlError>

StorageError::StorageError(Kind kind, const std::string& message, int sqliteCode)
    : std::runtime_error(message), m_kind(kind), m_sqliteCode(sqliteCode)
{}

StorageError StorageError::fromSql(const QSqlError& error, const std::string& doing)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return fromSqliteCode(isNumber ? code : -1, error.text().toStdString(), doing);
}

StorageError StorageError::fromSqliteCode(int extendedCode, const std::string& text,
                                          const std::string& doing)
{
    // SQLite's primary result codes (the low byte of extended codes).
    const int code = extendedCode & 0xFF;
    Kind kind = Kind::Other;
    std::string hint;
    if (extendedCode >= 0) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            kind = Kind::Busy;
            hint = "the database is busy in another program; try again in a moment";
            break;
        case 8: // SQLITE_READONLY
            kind = Kind::ReadOnly;
            hint = "the database cannot be written (read-only file or folder)";
            break;
        case 13: // SQLITE_FULL
            kind = Kind::DiskFull;
            hint = "the disk is full";
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            kind = Kind::Corrupt;
            hint = "the file is not a Clinic Intake database, or it is damaged";
            break;
        case 14: // SQLITE_CANTOPEN
            kind = Kind::ReadOnly;
            hint = "the database file cannot be opened";
            break;
        case 10: // SQLITE_IOERR
            kind = Kind::ReadOnly;
            hint = "the database file could not be written or read (input/output error)";
            break;
        default:
            break;
        }
    }
    std::string message = doing + " failed: ";
    message += hint.empty() ? text : hint + " (" + text + ")";
    return StorageError(kind, message, extendedCode >= 0 ? code : -1);
}
