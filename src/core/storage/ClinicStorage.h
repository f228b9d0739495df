#pragma once

#include "export/RecordExporter.h"
#include "model/IntakeLists.h"
#include "security/PasswordHasher.h"
#include "storage/AuditTrail.h"
#include "storage/BackupCipher.h"
#include "storage/IntakeClaims.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class Clock;
class QIODevice;
class RuleEngine;
class UserAccounts;
struct SuggestedVersion;

// The clinic's intakes and clients as storage keeps them. Every write is one
// transaction with its audit entry. It stores what the use-case layer
// (IntakeWorkflow) decided and decides nothing itself, except that a write
// about a version that is no longer the current one is refused.
class IntakeRepository
{
public:
    virtual ~IntakeRepository() = default;

    virtual SavedIntake add(const SuggestedVersion& version, const QString& actor) = 0;
    // Refused (StorageError Invalid, field "version") when the intake is no
    // longer at `expectedVersion`; NotFound when there is no such intake.
    virtual SavedIntake amend(qint64 intakeId, int expectedVersion, const SuggestedVersion& version,
                              const QString& actor) = 0;
    // Stores the decision about `decision.version`, which must still be the
    // current version (else Invalid, field "version").
    virtual qint64 review(qint64 intakeId, const ReviewDecision& decision,
                          const QString& actor) = 0;
    // add, amend and review store the save id they carry (SuggestedVersion::
    // saveId, ReviewDecision::saveId) with the row they make; the database
    // holds each save id once, so a second write with it fails. This finds
    // what the save with `saveId` stored, if any.
    virtual std::optional<StoredSave> findSave(const QString& saveId) const = 0;
    // The intake's current version and its reviews, counted; none when
    // there is no such intake.
    virtual std::optional<IntakeState> state(qint64 intakeId) const = 0;

    virtual std::vector<IntakeSummary> list(const IntakeFilter& filter) const = 0;
    // How many match, counting no further than filter.limit when it is not 0.
    virtual qint64 count(const IntakeFilter& filter) const = 0;
    // The intake, its versions with their suggestions, and its reviews (the
    // JSON export's record). Throws StorageError NotFound.
    virtual nlohmann::ordered_json details(qint64 intakeId) const = 0;
    // The same record as one line of JSON with every stored text as stored.
    virtual std::string detailsAsStored(qint64 intakeId) const = 0;
    virtual std::vector<SameDayIntake> sameDayIntakes(const QString& name, const QDate& born,
                                                      const QDate& visit) const = 0;

    // Clients, for the returning-client lookups: by words of the name
    // (prefixes, any order, accents and case ignored) or by date of birth.
    virtual std::vector<std::pair<qint64, QString>> findClients(const QString& search,
                                                                int limit) const = 0;
    virtual std::vector<ClientMatch> clientsNamed(const QString& words, int limit) const = 0;
    virtual std::vector<ClientMatch> clientsBornOn(const QDate& born, int limit) const = 0;
};

// A bulk import: every version added is stored by finish(), all in one
// transaction with one audit entry; destroying it unfinished stores nothing.
class IntakeBatch
{
public:
    struct Stored
    {
        qint64 firstIntakeId = 0;
        qint64 lastIntakeId = 0;
    };

    virtual ~IntakeBatch() = default;
    virtual void add(const SuggestedVersion& version) = 0;
    // Commits, with the audit entry "import" naming `lines`.
    virtual Stored finish(std::size_t lines) = 0;
};

// One clinic's database, on whichever backend: the records, the audit log,
// backups, checks and exports. StaffSession uses nothing else, so every
// command and page works the same on each backend. Made by openClinicStorage
// (StorageFactory.h) from a file path or a server's connection URI.
class ClinicStorage
{
public:
    enum class Backend
    {
        SqliteFile,
        PostgresServer,
    };

    virtual ~ClinicStorage() = default;

    virtual Backend backend() const = 0;
    // Where the records are, for people: the file's path, or the server's
    // address without any secret.
    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;
    // Opened for rescue: nothing can be written (see Database::Mode::Rescue).
    virtual bool isRescue() const = 0;
    // After a StorageError of Kind::ConnectionLost, between operations:
    // opens the server's connection again when it broke (nothing when it is
    // sound, or for a file). Throws StorageError while the server is away.
    virtual void reconnect() {}

    virtual IntakeRepository& intakes() = 0;
    virtual const IntakeRepository& intakes() const = 0;
    virtual const AuditTrail& audit() const = 0;
    // Who has which intake open for review (presence, never audited).
    virtual IntakeClaims& claims() = 0;
    virtual std::unique_ptr<IntakeBatch> startImport(const QString& actor, const QString& now) = 0;
    // The staff accounts of this database, their sign-in and lockout kept
    // by this backend (a lockout holds for every program using it).
    virtual std::unique_ptr<UserAccounts> accounts(const Clock& realTime,
                                                   PasswordHasher::Cost cost) const = 0;

    // Writes the records for an export (RecordExporter's formats).
    virtual qint64 exportRecords(QIODevice& out, const RecordExporter::Options& options,
                                 const RecordExporter::Progress& progress) const = 0;
    virtual qint64 exportToFile(const QString& path, const RecordExporter::Options& options,
                                const RecordExporter::Progress& progress,
                                ExistingFile existing) const = 0;

    // A consistent backup in the one backup format (a backup restores on
    // any backend), audited as `actor` once it is complete.
    virtual void backup(const QString& destination, const QString& actor) const = 0;
    virtual void backupEncrypted(const QString& destination, const QString& passphrase,
                                 const QString& actor, const BackupCipher& cipher) const = 0;
    // Everything `check` verifies; one line per problem, empty when sound.
    virtual std::vector<QString> check(const RuleEngine& engine,
                                       AuditChainReport* chain = nullptr) const = 0;
    virtual AuditChainReport verifyAuditChain() const = 0;
};
