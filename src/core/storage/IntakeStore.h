#pragma once

#include "model/Vocabulary.h"
#include "storage/AuditLog.h"

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

struct ReviewDecision
{
    bool accepted = true;
    // With an override: the approach and pressure the therapist will use
    // (no pressure when referring out), and why.
    vocabulary::Approach finalApproach = vocabulary::Approach::Swedish;
    std::optional<vocabulary::Pressure> finalPressure;
    QString reason;
    QString sessionNote;
    // The version the decision is about (0: whichever is current). A review
    // of a version that was amended meanwhile is refused, so that what was
    // checked is what is reviewed: storage requires the version.
    int version = 0;
};

// The orders list() can return. Every order ends with the intake id, so that
// pages read with limit and offset neither repeat nor skip a row.
enum class IntakeSort
{
    VisitDate, // visit date, then id (the default: newest first)
    Client,    // the client's folded name (accents and case ignored), birth date, id
    Status,    // status, then visit date and id
    Approach,  // suggested approach word, then visit date and id
    Id,
};

struct IntakeFilter
{
    QString status; // "pending", "reviewed" or empty for both
    QString search; // words of the client's name (prefixes, any order)
    QDate from;     // visit date, inclusive
    QDate to;
    QString approach; // suggested approach word, or empty
    int limit = 100;  // 0: no limit
    int offset = 0;   // rows to skip first: the pages of a table
    IntakeSort sort = IntakeSort::VisitDate;
    bool descending = true; // applies to every key of the order, so an index can serve it
};

struct IntakeSummary
{
    qint64 id = 0;
    QString clientName;
    QDate dateOfBirth;
    QDate visitDate;
    QString status;
    QString approach;
    QString urgency;
    bool refersOut = false;
    int version = 1;
    // The newest review's decision ("accepted", "overridden") and reviewer;
    // empty while the intake has none.
    QString reviewDecision;
    QString reviewer;
};

// An intake already stored for a client on a visit date (sameDayIntakes).
struct SameDayIntake
{
    qint64 intakeId = 0;
    QDateTime createdAt; // when it was first saved, UTC
    QString createdBy;
};

struct SavedIntake
{
    qint64 intakeId = 0;
    qint64 clientId = 0;
    bool returningClient = false;
    int version = 1;
    std::string suggestionJson; // as stored and shown
};

// The clinic's records: clients, intakes with all their versions, the
// suggestion each version got, the reviews. Every write is one transaction
// with its audit entry; nothing stored is ever updated in place except the
// intake's list columns (current version, status), which the history tables
// can always rebuild. It stores what the use-case layer (StaffSession)
// decided: the rules' suggestion comes with the version, and whether a
// review or an amendment is allowed is decided before it gets here.
class IntakeStore
{
public:
    IntakeStore(const Database& database, const Clock& clock);
    ~IntakeStore();

    SavedIntake add(const SuggestedVersion& version, const QString& actor);
    // A new version of the intake, pending review again. Refused (StorageError
    // Invalid, field "version") when the intake is no longer at
    // `expectedVersion`: someone amended it meanwhile, and what was compared
    // with the current version is not what would be replaced.
    SavedIntake amend(qint64 intakeId, int expectedVersion, const SuggestedVersion& version,
                      const QString& actor);
    // Stores the decision about `decision.version` (which must be given and
    // still be the current version). Throws NotFound, or Invalid (field
    // "version") when the intake was amended meanwhile.
    qint64 review(qint64 intakeId, const ReviewDecision& decision, const QString& actor);

    std::vector<IntakeSummary> list(const IntakeFilter& filter) const;
    // How many intakes match the filter (offset and sort do not matter),
    // counting no further than `limit` when it is not 0: a table can say
    // "at least N" without counting a million rows.
    qint64 count(const IntakeFilter& filter) const;
    // The intake, its versions with their suggestions, and its reviews (the
    // JSON export's record). Throws StorageError NotFound.
    nlohmann::ordered_json details(qint64 intakeId) const;
    // The same record as one line of JSON, with every intake and suggestion
    // written exactly as stored (their text is not parsed and written again):
    // what the JSON export writes.
    std::string detailsAsStored(qint64 intakeId) const;

    // The intakes of the client `name` born `born` (the client a save would
    // store the intake under: the name compared as clients are, case and
    // accents aside) whose visit is on `visit`, oldest first.
    std::vector<SameDayIntake> sameDayIntakes(const QString& name, const QDate& born,
                                              const QDate& visit) const;

    // Clients whose name matches the search words, for "returning client" lookups.
    std::vector<std::pair<qint64, QString>> findClients(const QString& search, int limit) const;

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
