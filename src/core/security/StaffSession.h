#pragma once

#include "export/RecordExporter.h"
#include "model/IntakeDetails.h"
#include "security/Permission.h"
#include "security/SignedInUser.h"
#include "security/UserAccounts.h"
#include "storage/ClinicStorage.h"
#include "util/ClinicClocks.h"
#include "workflow/IntakeImporter.h"
#include "workflow/IntakeWorkflow.h"

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <vector>

class Clock;
class RuleEngine;

// What a signed-in member of staff does with the clinic's records. The
// command-line tool and the desktop application go through this class for
// everything they read or write, and every method first asks the
// PermissionMatrix: a forbidden action is refused here, in the core, and the
// refusal is in the audit log, whatever the front end shows or hides.
// Changes are recorded under the signed-in user's name.
class StaffSession
{
public:
    StaffSession(ClinicStorage& storage, const RuleEngine& engine, const ClinicClocks& clocks,
                 SignedInUser user,
                 PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive);
    ~StaffSession();

    const SignedInUser& user() const { return m_user; }
    bool may(Permission permission) const;
    // Throws AccessError NotAllowed (audited) when the role does not allow
    // `permission`, and Disabled when the account was disabled meanwhile.
    // `what` names the action for the message and the audit log.
    void require(Permission permission, const QString& what) const;

    // Intakes
    // saveId: see IntakeWorkflow (a repeated save is stored once).
    SavedIntake addIntake(const IntakeRecord& record, const QString& saveId = {});
    // A new version, pending review again (IntakeWorkflow::amend).
    SavedIntake amendIntake(qint64 intakeId, const IntakeRecord& record,
                            const QString& saveId = {});
    // The review rules are IntakeWorkflow::review's.
    qint64 review(qint64 intakeId, const ReviewDecision& decision);
    // The required questions whose answers are missing and keep the current
    // suggestion of the intake from being accepted (empty: it may be accepted).
    std::vector<vocabulary::Question> questionsBlockingAccept(qint64 intakeId) const;
    // The same rule on an intake as details()/openIntake() return it.
    static std::vector<vocabulary::Question>
    questionsBlockingAccept(const nlohmann::ordered_json& intake, const RuleEngine& engine,
                            const Clock& clock);
    // The same rule on a typed intake version (the current one of
    // intakeDetails()). Throws StorageError Corrupt when the rule needs the
    // record and it can no longer be read.
    static std::vector<vocabulary::Question>
    questionsBlockingAccept(const IntakeVersionDetails& version, const RuleEngine& engine);
    std::vector<IntakeSummary> list(const IntakeFilter& filter) const;
    qint64 count(const IntakeFilter& filter) const;
    std::vector<std::pair<qint64, QString>> findClients(const QString& search, int limit) const;
    // The intake form's returning-client lookup: by words of the name when
    // it has two letters or more, else by date of birth (when valid).
    std::vector<ClientMatch> returningClients(const QString& name, const QDate& born,
                                              int limit) const;
    // The intakes already stored for the client of `record` on its visit
    // date (IntakeStore::sameDayIntakes): what the form warns about before
    // a second intake of the same visit is saved.
    std::vector<SameDayIntake> sameDayIntakes(const IntakeRecord& record) const;
    // One intake with its versions and suggestions, and its reviews when the
    // role may read them. Every call is a "view" in the audit log.
    nlohmann::ordered_json openIntake(qint64 intakeId) const;
    // The same intake, typed (one "view", as openIntake).
    IntakeDetails intakeDetails(qint64 intakeId) const;
    // Whether an intake on show changed meanwhile: its current version and
    // that version's reviews, nothing of its contents (not a "view"). As a
    // list row, who may find records may ask. NotFound when there is none.
    IntakeState intakeState(qint64 intakeId) const;
    // Presence on the review page (IntakeClaims): this session has the
    // intake open for review. A reviewer's (ReviewIntakes); not audited,
    // it records nothing about the intake. Returns who else has it open.
    std::vector<IntakeClaim> claimForReview(qint64 intakeId);
    void releaseReviewClaim(qint64 intakeId);
    void releaseReviewClaims();
    // Who else (other sessions, this person's included) has it open.
    std::vector<IntakeClaim> othersReviewing(qint64 intakeId) const;
    ImportResult import(std::istream& in, const std::function<void(std::size_t)>& progress = {});

    // Exports, audited with where they went, once they are written in full
    // (an output that fails is an error, never an audited export).
    qint64 exportRecords(QIODevice& out, const RecordExporter::Options& options,
                         const QString& destination) const;
    // A file already at `path` is replaced only with ExistingFile::Replace
    // (the user was asked); the database, symlinks and anything but a
    // regular file never are (RecordExporter::writeFile).
    qint64 exportToFile(const QString& path, const RecordExporter::Options& options,
                        ExistingFile existing = ExistingFile::Refuse) const;
    // The same, reporting progress (return false to cancel: RecordExporter::
    // ExportCancelled, no file). An export that cannot be recorded in the
    // audit log is not kept: its file is removed and the error thrown.
    qint64 exportToFile(const QString& path, const RecordExporter::Options& options,
                        const RecordExporter::Progress& progress,
                        ExistingFile existing = ExistingFile::Refuse) const;

    // Audit log and maintenance
    std::vector<AuditEntry> auditEntries(const QDateTime& since = {}) const;
    AuditChainReport verifyAuditChain() const;
    std::vector<QString> checkDatabase(AuditChainReport* chain = nullptr) const;
    void backup(const QString& destination) const;
    // The default cipher is the production one (Argon2id MODERATE).
    void backupEncrypted(const QString& destination, const QString& passphrase,
                         const BackupCipher& cipher = BackupCipher()) const;

    // Accounts
    std::vector<UserAccount> users() const;
    qint64 addUser(const QString& name, Role role, const QString& password);
    void disableUser(const QString& name);
    void resetPassword(const QString& name, const QString& password);
    void changeOwnPassword(const QString& currentPassword, const QString& newPassword);

    // Settings of this computer that guard the records (the idle lock time,
    // the database file): a manager's (ChangeSecuritySettings, refused and
    // audited otherwise). A change is an audit entry "settings" naming who
    // changed `setting` from `from` to `to`; an unchanged value writes
    // nothing. Call it before the new value is kept: a refusal keeps the old.
    void recordSettingChange(const QString& setting, const QString& from, const QString& to);

    const ClinicStorage& storage() const { return m_storage; }

private:
    ClinicStorage& m_storage;
    const RuleEngine& m_engine;
    const Clock& m_realTime;
    const Clock& m_visitCalendar;
    SignedInUser m_user;
    const AuditTrail& m_audit;
    IntakeWorkflow m_intakes;
    std::unique_ptr<UserAccounts> m_accounts;
};
