#include "storage/WriteTransaction.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

WriteTransaction::WriteTransaction(const Database& database) : m_database(database)
{
    if (m_database.isRescue()) {
        throw StorageError(StorageError::Kind::ReadOnly,
                           "the database cannot be written (" +
                               m_database.rescueReason().toStdString() +
                               "): this read-only access can only read it");
    }
    m_database.execute(QStringLiteral("BEGIN IMMEDIATE"), "starting a transaction");
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
    m_database.execute(QStringLiteral("COMMIT"), "saving");
    m_open = false;
}
