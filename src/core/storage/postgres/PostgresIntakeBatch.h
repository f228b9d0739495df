#pragma once

#include "storage/AuditCoverage.h"
#include "storage/ClinicStorage.h"
#include "storage/postgres/PostgresTransaction.h"

#include <QHash>
#include <QString>
#include <QVariant>
#include <vector>

class PostgresAuditTrail;
class PostgresConnection;

// A bulk import on the server: all or nothing, in one transaction with one
// audit entry "import", the rows as IntakeStore's add would write them.
//
// Records are buffered and written a chunk at a time: their ids drawn from
// the tables' sequences in one statement, clients looked up for the whole
// chunk, then the rows sent with COPY (or multi-row INSERTs: Method, for
// the measurement; COPY was faster, see the test). The rows are hashed for
// the audit entry as they are sent. Other workstations may add intakes while
// an import runs, so the import's ids need not follow on: the entry covers
// the id ranges it wrote (AuditCoverage allows several per table). New
// clients are made under the client lock class held exclusively for the
// import, so that a workstation adding the same new client meanwhile waits.
class PostgresIntakeBatch final : public IntakeBatch
{
public:
    enum class Method
    {
        Copy,
        MultiRowInsert,
    };

    PostgresIntakeBatch(const PostgresConnection& connection, const PostgresAuditTrail& audit,
                        const QString& actor, const QString& now, Method method = Method::Copy);
    ~PostgresIntakeBatch() override;

    void add(const SuggestedVersion& version) override;
    Stored finish(std::size_t lines) override;

    // The records written per chunk.
    static constexpr std::size_t kChunk = 2000;

private:
    void flush();
    std::vector<qint64> newIds(const char* table, std::size_t count) const;
    void writeRows(const char* table, const char* columns, int columnCount,
                   const std::vector<QVariant>& values) const;
    void copyRows(const char* table, const char* columns, int columnCount,
                  const std::vector<QVariant>& values) const;
    void insertRows(const char* table, const char* columns, int columnCount,
                    const std::vector<QVariant>& values) const;

    const PostgresConnection& m_connection;
    const PostgresAuditTrail& m_audit;
    QString m_actor;
    QString m_now;
    Method m_method;
    PostgresTransaction m_transaction;
    std::vector<SuggestedVersion> m_pending;
    QHash<QString, qint64> m_clients; // folded name '\n' birth date -> id
    audit_coverage::RowsHasher m_versionHash;
    audit_coverage::RowsHasher m_suggestionHash;
    audit_coverage::Coverage m_versions;
    audit_coverage::Coverage m_suggestions;
    Stored m_stored;
};
