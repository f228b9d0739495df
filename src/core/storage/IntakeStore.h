#pragma once

#include "model/IntakeLists.h"
#include "storage/AuditLog.h"
#include "storage/ClinicStorage.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

class Clock;
class Database;
struct IntakeRecord;
struct Recommendation;
struct SuggestedVersion;

// The clinic's records: clients, intakes with all their versions, the
// suggestion each version got, the reviews. Every write is one transaction
// with its audit entry; nothing stored is ever updated in place except the
// intake's list columns (current version, status), which the history tables
// can always rebuild. It stores what the use-case layer (StaffSession)
// decided: the rules' suggestion comes with the version, and whether a
// review or an amendment is allowed is decided before it gets here.
class IntakeStore final : public IntakeRepository
{
public:
    IntakeStore(const Database& database, const Clock& clock);
    ~IntakeStore() override;

    SavedIntake add(const SuggestedVersion& version, const QString& actor) override;
    // A new version of the intake, pending review again. Refused (StorageError
    // Invalid, field "version") when the intake is no longer at
    // `expectedVersion`: someone amended it meanwhile, and what was compared
    // with the current version is not what would be replaced.
    SavedIntake amend(qint64 intakeId, int expectedVersion, const SuggestedVersion& version,
                      const QString& actor) override;
    // Stores the decision about `decision.version` (which must be given and
    // still be the current version). Throws NotFound, or Invalid (field
    // "version") when the intake was amended meanwhile.
    qint64 review(qint64 intakeId, const ReviewDecision& decision, const QString& actor) override;
    std::optional<StoredSave> findSave(const QString& saveId) const override;
    std::optional<IntakeState> state(qint64 intakeId) const override;

    std::vector<IntakeSummary> list(const IntakeFilter& filter) const override;
    // How many intakes match the filter (offset and sort do not matter),
    // counting no further than `limit` when it is not 0: a table can say
    // "at least N" without counting a million rows.
    qint64 count(const IntakeFilter& filter) const override;
    // The intake, its versions with their suggestions, and its reviews (the
    // JSON export's record). Throws StorageError NotFound.
    nlohmann::ordered_json details(qint64 intakeId) const override;
    // The same record as one line of JSON, with every intake and suggestion
    // written exactly as stored (their text is not parsed and written again):
    // what the JSON export writes.
    std::string detailsAsStored(qint64 intakeId) const override;

    // The intakes of the client `name` born `born` (the client a save would
    // store the intake under: the name compared as clients are, case and
    // accents aside) whose visit is on `visit`, oldest first.
    std::vector<SameDayIntake> sameDayIntakes(const QString& name, const QDate& born,
                                              const QDate& visit) const override;

    // Clients whose name matches the search words, for "returning client" lookups.
    std::vector<std::pair<qint64, QString>> findClients(const QString& search,
                                                        int limit) const override;
    std::vector<ClientMatch> clientsNamed(const QString& words, int limit) const override;
    std::vector<ClientMatch> clientsBornOn(const QDate& born, int limit) const override;

    // Parts the importer shares; they expect an open WriteTransaction.
    struct StoredRows
    {
        qint64 intakeId;
        qint64 clientId;
        bool returningClient;
        qint64 versionId;    // the intake_versions row
        qint64 suggestionId; // the suggestions row
    };
    // Hashes of the intake_versions and suggestions rows written, as they
    // are bound, for the audit entry (see AuditCoverage.h).
    struct RowHashes
    {
        audit_coverage::RowsHasher versions;
        audit_coverage::RowsHasher suggestions;

        // The entry's rows_hash (once, at the end).
        QString rowsHash();
    };
    StoredRows insertIntake(const SuggestedVersion& version, const std::string& actor,
                            const std::string& now, RowHashes* hashes = nullptr) const;

    // Adds clients from `firstClientId` on to the name search; once per
    // transaction that created clients.
    void indexClientNames(qint64 firstClientId) const;

    // An FTS5 query that matches names starting with each of the words.
    // Throws StorageError Invalid for a search over text_rules::kMaxSearchLength.
    static QString nameSearchQuery(const QString& words);

private:
    struct RecordStatements;
    RecordStatements& statements() const;

    qint64 clientFor(const IntakeRecord& record, const std::string& now, bool& returning) const;
    qint64 matchingClients(const QString& ftsQuery) const;
    qint64 clientCount() const;
    qint64 intakeCount() const;
    // Whether so many intakes match the conditions that the sort order can
    // walk past (list() says which) that a walk finds offset + limit
    // (`wanted`) of them sooner than sorting every match.
    bool manyMatch(const IntakeFilter& filter, qint64 wanted) const;
    // The ids of the new intake_versions and suggestions rows.
    std::pair<qint64, qint64> insertVersion(qint64 intakeId, int number,
                                            const SuggestedVersion& version,
                                            const std::string& actor, const std::string& now,
                                            RowHashes* hashes = nullptr) const;

    const Database& m_database;
    const Clock& m_clock;
    AuditLog m_audit;
    mutable std::unique_ptr<RecordStatements> m_statements;
};
