#include "storage/StorageError.h"

#include "util/Translated.h"

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
            hint = translated::fill(QCoreApplication::translate(
                "StorageError", "the database is busy in another program; try again in a moment"));
            break;
        case 8: // SQLITE_READONLY
            kind = Kind::ReadOnly;
            hint = translated::fill(QCoreApplication::translate(
                "StorageError", "the database cannot be written (read-only file or folder)"));
            break;
        case 13: // SQLITE_FULL
            kind = Kind::DiskFull;
            hint =
                translated::fill(QCoreApplication::translate("StorageError", "the disk is full"));
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            kind = Kind::Corrupt;
            hint = translated::fill(QCoreApplication::translate(
                "StorageError", "the file is not a Clinic Intake database, or it is damaged"));
            break;
        case 14: // SQLITE_CANTOPEN
            kind = Kind::ReadOnly;
            hint = translated::fill(
                QCoreApplication::translate("StorageError", "the database file cannot be opened"));
            break;
        case 10: // SQLITE_IOERR
            kind = Kind::ReadOnly;
            hint = translated::fill(QCoreApplication::translate(
                "StorageError",
                "the database file could not be written or read (input/output error)"));
            break;
        default:
            break;
        }
    }
    // SQLite's own text stays as SQLite wrote it (English), in parentheses.
    const QString said = translated::doing(doing);
    const std::string message =
        hint.empty()
            ? translated::fill(QCoreApplication::translate("StorageError", "%1 failed: %2"), said,
                               text)
            : translated::fill(QCoreApplication::translate("StorageError", "%1 failed: %2 (%3)"),
                               said, hint, text);
    return StorageError(kind, message, extendedCode >= 0 ? code : -1);
}
