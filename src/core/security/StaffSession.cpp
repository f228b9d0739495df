#include "security/StaffSession.h"

#include "model/IntakeDetailsJson.h"
#include "rules/RuleEngine.h"
#include "security/AccessError.h"
#include "security/PermissionMatrix.h"
#include "security/UserAccounts.h"
#include "storage/StorageError.h"
#include "util/ClinicClocks.h"
#include "util/TextRules.h"
#include "util/Translated.h"
#include "validation/IntakeParser.h"

#include <QFile>
#include <algorithm>

StaffSession::StaffSession(ClinicStorage& storage, const RuleEngine& engine,
                           const ClinicClocks& clocks, SignedInUser user,
                           PasswordHasher::Cost passwordCost)
    : m_storage(storage), m_engine(engine), m_realTime(clocks.realTime),
      m_visitCalendar(clocks.visitCalendar), m_user(std::move(user)), m_audit(storage.audit()),
      m_intakes(storage.intakes(), m_audit, engine, m_visitCalendar),
      m_accounts(storage.accounts(m_realTime, passwordCost))
{}

StaffSession::~StaffSession() = default;

bool StaffSession::may(Permission permission) const
{
    return PermissionMatrix::allows(m_user.role, permission);
}

void StaffSession::require(Permission permission, const QString& what) const
{
    // A manager may have disabled the account since this session signed in.
    const auto account = m_accounts->find(m_user.id);
    if (!account || !account->enabled) {
        m_audit.append(m_user.name, QStringLiteral("denied"), what,
                       QStringLiteral("account disabled"));
        throw AccessError(
            AccessError::Kind::Disabled,
            translated::fill(QCoreApplication::translate(
                                 "AccessError", "the account %1 is disabled; ask a manager"),
                             m_user.name));
    }
    if (!may(permission)) {
        m_audit.append(m_user.name, QStringLiteral("denied"), what,
                       QStringLiteral("role %1 may not %2")
                           .arg(roleWord(m_user.role), QLatin1String(permissionWords(permission))));
        throw AccessError(
            AccessError::Kind::NotAllowed,
            PermissionMatrix::allows(Role::Therapist, permission)
                ? translated::fill(
                      QCoreApplication::translate(
                          "AccessError",
                          "%1: not allowed for %2 (role %3); only therapists and managers may %4"),
                      what, m_user.name, roleWord(m_user.role), permissionWords(permission))
                : translated::fill(
                      QCoreApplication::translate(
                          "AccessError", "%1: not allowed for %2 (role %3); only managers may %4"),
                      what, m_user.name, roleWord(m_user.role), permissionWords(permission)));
    }
}

SavedIntake StaffSession::addIntake(const IntakeRecord& record, const QString& saveId)
{
    require(Permission::EnterIntakes, QStringLiteral("add"));
    return m_intakes.add(record, m_user.name, saveId);
}

SavedIntake StaffSession::amendIntake(qint64 intakeId, const IntakeRecord& record,
                                      const QString& saveId)
{
    require(Permission::EnterIntakes, QStringLiteral("amend intake %1").arg(intakeId));
    return m_intakes.amend(intakeId, record, m_user.name, saveId);
}

std::vector<vocabulary::Question>
StaffSession::questionsBlockingAccept(const nlohmann::ordered_json& intake,
                                      const RuleEngine& engine, const Clock& clock)
{
    return IntakeWorkflow::questionsBlockingAccept(intake, engine, clock);
}

std::vector<vocabulary::Question> StaffSession::questionsBlockingAccept(qint64 intakeId) const
{
    require(Permission::FindRecords, QStringLiteral("show intake %1").arg(intakeId));
    return m_intakes.questionsBlockingAccept(intakeId);
}

qint64 StaffSession::review(qint64 intakeId, const ReviewDecision& decision)
{
    require(Permission::ReviewIntakes, QStringLiteral("review intake %1").arg(intakeId));
    return m_intakes.review(intakeId, decision, m_user.name);
}

std::vector<IntakeSummary> StaffSession::list(const IntakeFilter& filter) const
{
    require(Permission::FindRecords, QStringLiteral("list"));
    return m_storage.intakes().list(filter);
}

qint64 StaffSession::count(const IntakeFilter& filter) const
{
    require(Permission::FindRecords, QStringLiteral("list"));
    return m_storage.intakes().count(filter);
}

std::vector<std::pair<qint64, QString>> StaffSession::findClients(const QString& search,
                                                                  int limit) const
{
    require(Permission::FindRecords, QStringLiteral("find clients"));
    return m_storage.intakes().findClients(search, limit);
}

std::vector<ClientMatch> StaffSession::returningClients(const QString& name, const QDate& born,
                                                        int limit) const
{
    require(Permission::FindRecords, QStringLiteral("find clients"));
    if (name.trimmed().size() >= 2) {
        return m_storage.intakes().clientsNamed(name.trimmed(), limit);
    }
    if (born.isValid()) {
        return m_storage.intakes().clientsBornOn(born, limit);
    }
    return {};
}

std::vector<SameDayIntake> StaffSession::sameDayIntakes(const IntakeRecord& record) const
{
    require(Permission::FindRecords, QStringLiteral("find clients"));
    return m_storage.intakes().sameDayIntakes(QString::fromStdString(record.clientName),
                                              record.dateOfBirth, record.visitDate);
}

IntakeState StaffSession::intakeState(qint64 intakeId) const
{
    require(Permission::FindRecords, QStringLiteral("show intake %1").arg(intakeId));
    if (auto state = m_storage.intakes().state(intakeId)) {
        return *state;
    }
    throw StorageError(
        StorageError::Kind::NotFound,
        translated::fill(QCoreApplication::translate("StorageError", "there is no intake %1"),
                         intakeId));
}

nlohmann::ordered_json StaffSession::openIntake(qint64 intakeId) const
{
    require(Permission::FindRecords, QStringLiteral("show intake %1").arg(intakeId));
    nlohmann::ordered_json intake = m_storage.intakes().details(intakeId);
    const bool withReviews = may(Permission::ReadReviews);
    if (!withReviews) {
        // Therapists' decisions and session notes are clinical notes.
        intake.erase("reviews");
    }
    m_audit.append(m_user.name, QStringLiteral("view"), QStringLiteral("intake %1").arg(intakeId),
                   withReviews ? QString() : QStringLiteral("without reviews"));
    return intake;
}

IntakeDetails StaffSession::intakeDetails(qint64 intakeId) const
{
    return intakeDetailsFromJson(openIntake(intakeId), m_visitCalendar);
}

std::vector<vocabulary::Question>
StaffSession::questionsBlockingAccept(const IntakeVersionDetails& version, const RuleEngine& engine)
{
    return IntakeWorkflow::questionsBlockingAccept(version, engine);
}

ImportResult StaffSession::import(std::istream& in,
                                  const std::function<void(std::size_t)>& progress)
{
    require(Permission::ImportIntakes, QStringLiteral("import"));
    const IntakeParser parser(m_visitCalendar);
    return IntakeImporter(m_storage, parser, m_engine)
        .run(in, m_user.name, m_realTime.now().toString(Qt::ISODateWithMs), progress);
}

qint64 StaffSession::exportRecords(QIODevice& out, const RecordExporter::Options& options,
                                   const QString& destination) const
{
    require(Permission::ExportRecords, QStringLiteral("export"));
    const qint64 records = m_storage.exportRecords(out, options, {});
    RecordExporter::recordInAuditLog(m_audit, m_user.name, records, options, destination);
    return records;
}

qint64 StaffSession::exportToFile(const QString& path, const RecordExporter::Options& options,
                                  ExistingFile existing) const
{
    require(Permission::ExportRecords, QStringLiteral("export"));
    const qint64 records = m_storage.exportToFile(path, options, {}, existing);
    RecordExporter::recordInAuditLog(m_audit, m_user.name, records, options, path);
    return records;
}

qint64 StaffSession::exportToFile(const QString& path, const RecordExporter::Options& options,
                                  const RecordExporter::Progress& progress,
                                  ExistingFile existing) const
{
    require(Permission::ExportRecords, QStringLiteral("export"));
    const qint64 records = m_storage.exportToFile(path, options, progress, existing);
    try {
        RecordExporter::recordInAuditLog(m_audit, m_user.name, records, options, path);
    } catch (...) {
        // Every export is in the audit log; one that cannot be recorded is not kept.
        QFile::remove(path);
        throw;
    }
    return records;
}

std::vector<AuditEntry> StaffSession::auditEntries(const QDateTime& since) const
{
    require(Permission::ViewAuditLog, QStringLiteral("audit"));
    return m_audit.entries(since);
}

AuditChainReport StaffSession::verifyAuditChain() const
{
    require(Permission::ViewAuditLog, QStringLiteral("audit"));
    return m_storage.verifyAuditChain();
}

std::vector<QString> StaffSession::checkDatabase(AuditChainReport* chain) const
{
    require(Permission::CheckDatabase, QStringLiteral("check"));
    return m_storage.check(m_engine, chain);
}

void StaffSession::backup(const QString& destination) const
{
    require(Permission::BackUp, QStringLiteral("backup"));
    m_storage.backup(destination, m_user.name);
}

void StaffSession::backupEncrypted(const QString& destination, const QString& passphrase,
                                   const BackupCipher& cipher) const
{
    require(Permission::BackUp, QStringLiteral("backup"));
    m_storage.backupEncrypted(destination, passphrase, m_user.name, cipher);
}

std::vector<UserAccount> StaffSession::users() const
{
    require(Permission::ManageUsers, QStringLiteral("users list"));
    return m_accounts->list();
}

qint64 StaffSession::addUser(const QString& name, Role role, const QString& password)
{
    require(Permission::ManageUsers, QStringLiteral("users add"));
    return m_accounts->add(name, role, password, m_user.name);
}

void StaffSession::disableUser(const QString& name)
{
    require(Permission::ManageUsers, QStringLiteral("users disable"));
    m_accounts->disable(name, m_user.name);
}

void StaffSession::resetPassword(const QString& name, const QString& password)
{
    require(Permission::ManageUsers, QStringLiteral("users reset-password"));
    m_accounts->resetPassword(name, password, m_user.name);
}

void StaffSession::changeOwnPassword(const QString& currentPassword, const QString& newPassword)
{
    require(Permission::ChangeOwnPassword, QStringLiteral("passwd"));
    m_accounts->changeOwnPassword(m_user, currentPassword, newPassword);
}

void StaffSession::recordSettingChange(const QString& setting, const QString& from,
                                       const QString& to)
{
    require(Permission::ChangeSecuritySettings, QStringLiteral("settings %1").arg(setting));
    if (from == to) {
        return;
    }
    m_audit.append(m_user.name, QStringLiteral("settings"), setting,
                   QStringLiteral("from %1 to %2").arg(from, to));
}

std::vector<IntakeClaim> StaffSession::claimForReview(qint64 intakeId)
{
    require(Permission::ReviewIntakes, QStringLiteral("review intake %1").arg(intakeId));
    return m_storage.claims().claim(intakeId, m_user.name);
}

void StaffSession::releaseReviewClaim(qint64 intakeId)
{
    m_storage.claims().release(intakeId);
}

void StaffSession::releaseReviewClaims()
{
    m_storage.claims().releaseAll();
}

std::vector<IntakeClaim> StaffSession::othersReviewing(qint64 intakeId) const
{
    require(Permission::FindRecords, QStringLiteral("show intake %1").arg(intakeId));
    std::vector<IntakeClaim> others = m_storage.claims().claimsOn(intakeId);
    const QString mine = m_storage.claims().holder();
    others.erase(std::remove_if(others.begin(), others.end(),
                                [&](const IntakeClaim& claim) { return claim.holder == mine; }),
                 others.end());
    return others;
}
