#pragma once

#include "storage/AuditCoverage.h"
#include "storage/ClinicStorage.h"
#include "storage/postgres/PostgresCopy.h"
#include "storage/postgres/PostgresTransaction.h"

#include <QHash>
#include <QString>
#include <vector>

class PostgresAuditTrail;
class PostgresConnection;

// A bulk import on the server: all or nothing, in one transaction with one
// audit entry "import", the rows as IntakeStore's add would write them.
//
// Records are buffered and written a chunk at a time: their ids drawn from
// the tables' sequences (one statement for the clients, one for the other
// three tables), clients looked up for the whole chunk, then the rows sent
// with COPY (multi-row INSERTs of 500 rows measured 1.6 times slower: see
// docs/performance.md) from a thread of their own, so that the next table's
// rows and the next chunk are prepared while the server stores these. The
// rows are hashed for the audit entry as they are written. Other
// workstations may add intakes while an import runs, so the import's ids
// need not follow on: the entry covers the id ranges it wrote (AuditCoverage
// allows several per table). New clients are made under the client lock
// class held exclusively for the import, so that a workstation adding the
// same new client meanwhile waits. An import abandoned or failed leaves a
// gap in the ids, as any rolled-back transaction does on PostgreSQL.
class PostgresIntakeBatch final : public IntakeBatch
{
public:
    PostgresIntakeBatch(const PostgresConnection& connection, const PostgresAuditTrail& audit,
                        const QString& actor, const QString& now);
    ~PostgresIntakeBatch() override;

    void add(const SuggestedVersion& version) override;
    Stored finish(std::size_t lines) override;

    // The records written per chunk.
    static constexpr std::size_t kChunk = 2000;

private:
    struct NewIds
    {
        std::vector<qint64> intakes;
        std::vector<qint64> versions;
        std::vector<qint64> suggestions;
    };

    void flush();
    void lookUpClients(const QStringList& keys, const QStringList& births);
    std::vector<qint64> newClientIds(std::size_t count) const;
    NewIds newIntakeIds(std::size_t count) const;

    const PostgresConnection& m_connection;
    const PostgresAuditTrail& m_audit;
    QString m_actor;
    QString m_now;
    // The id sequences' OIDs: nextval() of a constant is far cheaper than
    // of pg_get_serial_sequence() for each row.
    struct Sequences
    {
        qint64 clients = 0;
        qint64 intakes = 0;
        qint64 versions = 0;
        qint64 suggestions = 0;
    } m_sequences;
    PostgresTransaction m_transaction;
    std::vector<SuggestedVersion> m_pending;
    QHash<QString, qint64> m_clients; // folded name '\n' birth date -> id
    audit_coverage::RowsHasher m_versionHash;
    audit_coverage::RowsHasher m_suggestionHash;
    audit_coverage::Coverage m_versions;
    audit_coverage::Coverage m_suggestions;
    Stored m_stored;
    postgres_copy::Queue m_copies; // after m_transaction: stopped before its rollback
};
