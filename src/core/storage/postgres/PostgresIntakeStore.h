#pragma once

#include "storage/ClinicStorage.h"
#include "storage/postgres/PostgresAuditTrail.h"

#include <QStringList>
#include <QVariant>
#include <optional>
#include <vector>

class Clock;
class PostgresConnection;

// The clinic's records on a PostgreSQL server: what IntakeStore does on
// SQLite, with the same rows, the same audit entries (actions, texts,
// coverage) and the same answers, in SQL of its own.
//
// Where SQLite's single writer made things safe, locks do here: an amendment
// or a review locks the intake's row (SELECT ... FOR UPDATE) before it
// checks the version, so of two workstations changing one intake the second
// sees the first's version; a new client is looked up and inserted under an
// advisory lock on its folded name and birth date, so two workstations
// saving the same new client make one client; the audit entry takes the
// chain's lock (PostgresAuditTrail).
//
// Text is compared and sorted byte by byte (COLLATE "C"), as SQLite does,
// whatever the database's collation, and NULLs sort first as on SQLite.
class PostgresIntakeStore final : public IntakeRepository
{
public:
    PostgresIntakeStore(const PostgresConnection& connection, const Clock& clock);

    // Advisory lock keys (two-integer form): a new client is made holding
    // (kNewClientsLock, 0) shared and (kNewClientLock, hash of its folded
    // name and birth date); an import holds (kNewClientsLock, 0) exclusively.
    static constexpr int kNewClientLock = 48516750;
    static constexpr int kNewClientsLock = 48516751;

    SavedIntake add(const SuggestedVersion& version, const QString& actor) override;
    SavedIntake amend(qint64 intakeId, int expectedVersion, const SuggestedVersion& version,
                      const QString& actor) override;
    qint64 review(qint64 intakeId, const ReviewDecision& decision, const QString& actor) override;
    std::optional<StoredSave> findSave(const QString& saveId) const override;
    std::optional<IntakeState> state(qint64 intakeId) const override;

    std::vector<IntakeSummary> list(const IntakeFilter& filter) const override;
    qint64 count(const IntakeFilter& filter) const override;
    nlohmann::ordered_json details(qint64 intakeId) const override;
    std::string detailsAsStored(qint64 intakeId) const override;
    // detailsAsStored of each of `ids`, in their order, read together (the
    // JSON export reads hundreds at a time) in one snapshot.
    std::vector<std::string> detailsAsStored(const std::vector<qint64>& ids) const;
    std::vector<SameDayIntake> sameDayIntakes(const QString& name, const QDate& born,
                                              const QDate& visit) const override;

    std::vector<std::pair<qint64, QString>> findClients(const QString& search,
                                                        int limit) const override;
    std::vector<ClientMatch> clientsNamed(const QString& words, int limit) const override;
    std::vector<ClientMatch> clientsBornOn(const QDate& born, int limit) const override;

    // The clients whose folded name has every search word as the start of
    // one of its words (IntakeStore::nameSearchQuery's FTS5 prefix query):
    // a SELECT of their ids, with its values; empty when the search has no
    // word. Throws StorageError Invalid for an overlong search.
    struct NameCondition
    {
        QString clientIds;
        QVariantList values;
    };
    static NameCondition nameCondition(const QString& words);
    // client_words' words column: each of a name's words (nameWords) after a
    // space, so that "a word starts with x" is LIKE '% x%'.
    static QString wordsColumn(const QStringList& words);

    // Parts PostgresIntakeBatch shares; inside an open transaction.
    struct StoredRows
    {
        qint64 intakeId = 0;
        qint64 clientId = 0;
        bool returningClient = false;
        qint64 versionId = 0;
        qint64 suggestionId = 0;
    };
    StoredRows insertIntake(const SuggestedVersion& version, const QString& actor,
                            const QString& now) const;

private:
    // An intake's details as details() gives them, with each version's
    // stored record and suggestion texts (oldest first).
    struct StoredIntake
    {
        nlohmann::ordered_json record;
        std::vector<std::pair<std::string, std::string>> texts;
        int currentVersion = 0;
    };
    // The details of each of `ids`, in their order (StorageError NotFound
    // for one that is not there). Without `parse`, the record and suggestion
    // texts are checked but not built: the record holds nulls in their place.
    std::vector<StoredIntake> readDetails(const std::vector<qint64>& ids, bool parse) const;
    // The ids of the clients `names` finds, when there are at most `most`.
    std::optional<std::vector<qint64>> clientIdsUpTo(const NameCondition& names, qint64 most) const;
    // About how many clients there are (the highest id).
    qint64 clientCount() const;
    qint64 clientFor(const SuggestedVersion& version, const QString& now, bool& returning) const;
    std::pair<qint64, qint64> insertVersion(qint64 intakeId, int number,
                                            const SuggestedVersion& version, const QString& actor,
                                            const QString& now) const;
    // The intake's current version, its row locked until the transaction ends.
    int lockIntake(qint64 intakeId) const;
    std::vector<ClientMatch> clients(const QString& condition, const QVariantList& values,
                                     int limit) const;

    const PostgresConnection& m_connection;
    const Clock& m_clock;
    PostgresAuditTrail m_audit;
};
