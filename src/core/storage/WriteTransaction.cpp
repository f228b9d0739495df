#include "storage/WriteTransaction.h"

#include "storage/Database.h"

WriteTransaction::WriteTransaction(const Database& database) : m_database(database)
{
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
