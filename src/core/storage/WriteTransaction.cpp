#include "storage/WriteTransaction.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/Translated.h"

WriteTransaction::WriteTransaction(const Database& database) : m_database(database)
{
    if (m_database.isRescue()) {
        throw StorageError(
            StorageError::Kind::ReadOnly,
            translated::fill(
                QCoreApplication::translate(
                    "StorageError",
                    "the database cannot be written (%1): this read-only access can only read it"),
                m_database.rescueReason()));
    }
    m_database.execute(QStringLiteral("BEGIN IMMEDIATE"),
                       QT_TRANSLATE_NOOP("StorageDoing", "starting a transaction"));
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK")); // nothing more to do if even this fails
    }
}

void WriteTransaction::commit()
{
    m_database.execute(QStringLiteral("COMMIT"), QT_TRANSLATE_NOOP("StorageDoing", "saving"));
    m_open = false;
}
