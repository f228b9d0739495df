#include "workflow/IntakeWorkflow.h"

#include "model/IntakeDetailsJson.h"
#include "rules/RuleEngine.h"
#include "storage/StorageError.h"
#include "util/TextRules.h"
#include "util/Translated.h"
#include "validation/IntakeParser.h"

#include <QStringList>
#include <QUuid>

IntakeWorkflow::IntakeWorkflow(IntakeRepository& store, const AuditTrail& audit,
                               const RuleEngine& engine, const Clock& visitCalendar)
    : m_store(store), m_audit(audit), m_engine(engine), m_visitCalendar(visitCalendar)
{}

QString IntakeWorkflow::newSaveId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {

void requireWellFormedSaveId(const QString& saveId)
{
    if (const auto problem = text_rules::problemWith(saveId, IntakeWorkflow::kMaxSaveIdLength,
                                                     text_rules::Lines::One)) {
        throw StorageError(StorageError::Kind::Invalid, "save id: " + *problem);
    }
}

bool sameRecord(const std::string& stored, const std::string& sent)
{
    // As JSON values, as amend compares: the order of keys does not count.
    const nlohmann::json first = nlohmann::json::parse(stored, nullptr, false);
    return !first.is_discarded() && first == nlohmann::json::parse(sent, nullptr, false);
}

const char* describe(StoredSave::Kind kind)
{
    switch (kind) {
    case StoredSave::Kind::NewIntake:
        return QT_TRANSLATE_NOOP("WorkflowError", "a new intake");
    case StoredSave::Kind::Amendment:
        return QT_TRANSLATE_NOOP("WorkflowError", "an amendment");
    case StoredSave::Kind::Review:
        return QT_TRANSLATE_NOOP("WorkflowError", "a review");
    }
    return QT_TRANSLATE_NOOP("WorkflowError", "another save");
}

// The same save id with other content is another save: never taken for the
// first one, never stored over it.
[[noreturn]] void refuseOtherSave(const QString& saveId, const StoredSave& first)
{
    throw StorageError(
        StorageError::Kind::Invalid,
        "save id: " +
            translated::fill(
                QCoreApplication::translate(
                    "WorkflowError", "%1 was already used for %2 of intake %3 (version %4, by %5) "
                                     "with other content; a different save needs its own save id"),
                saveId, QCoreApplication::translate("WorkflowError", describe(first.kind)),
                first.saved.intakeId, first.saved.version, first.actor));
}

SavedIntake repeatedVersion(const StoredSave& first, StoredSave::Kind kind, qint64 intakeId,
                            const SuggestedVersion& version, const QString& actor,
                            const QString& saveId)
{
    if (first.kind != kind ||
        (kind == StoredSave::Kind::Amendment && first.saved.intakeId != intakeId) ||
        first.actor.trimmed() != actor.trimmed() ||
        !sameRecord(first.recordJson, version.recordJson)) {
        refuseOtherSave(saveId, first);
    }
    return first.saved;
}

} // namespace

std::optional<StoredSave> IntakeWorkflow::saveStoredMeanwhile(const QString& saveId) const
{
    // The write failed: when another program stored the same save first (the
    // database's unique save id refused this one), its outcome is the answer.
    // Anything else (the server gone, say) is reported as the write's failure.
    try {
        return m_store.findSave(saveId);
    } catch (const StorageError&) {
        return std::nullopt;
    }
}

SavedIntake IntakeWorkflow::add(const IntakeRecord& record, const QString& actor,
                                const QString& saveId)
{
    SuggestedVersion version = m_engine.suggestVersion(record);
    if (saveId.isEmpty()) {
        return m_store.add(version, actor);
    }
    requireWellFormedSaveId(saveId);
    version.saveId = saveId.toStdString();
    // No look-up first (a round trip on every save from a form): a repeat is
    // refused by the database's unique save id, whole, and answered here.
    try {
        return m_store.add(version, actor);
    } catch (const StorageError&) {
        if (const auto first = saveStoredMeanwhile(saveId)) {
            return repeatedVersion(*first, StoredSave::Kind::NewIntake, 0, version, actor, saveId);
        }
        throw;
    }
}

namespace {

int currentVersionOf(const nlohmann::ordered_json& intake)
{
    const auto& versions = intake.at("versions");
    return versions.empty() ? 0 : versions.back().at("version").get<int>();
}

} // namespace

SavedIntake IntakeWorkflow::amend(qint64 intakeId, const IntakeRecord& record, const QString& actor,
                                  const QString& saveId)
{
    SuggestedVersion version = m_engine.suggestVersion(record);
    if (!saveId.isEmpty()) {
        requireWellFormedSaveId(saveId);
        version.saveId = saveId.toStdString();
        // Before the checks below: the first save made this record current.
        if (const auto first = m_store.findSave(saveId)) {
            return repeatedVersion(*first, StoredSave::Kind::Amendment, intakeId, version, actor,
                                   saveId);
        }
    }
    const nlohmann::ordered_json current = m_store.details(intakeId);
    const int currentVersion = currentVersionOf(current);
    if (nlohmann::json::parse(current.at("intake").dump()) ==
        nlohmann::json::parse(version.recordJson)) {
        throw StorageError(
            StorageError::Kind::Invalid,
            "intake: " +
                translated::fill(
                    QCoreApplication::translate(
                        "WorkflowError",
                        "nothing changed: version %1 already says this; no new version stored"),
                    currentVersion));
    }
    // Storage refuses it if someone amends the intake between here and there.
    try {
        return m_store.amend(intakeId, currentVersion, version, actor);
    } catch (const StorageError&) {
        if (!saveId.isEmpty()) {
            if (const auto first = saveStoredMeanwhile(saveId)) {
                return repeatedVersion(*first, StoredSave::Kind::Amendment, intakeId, version,
                                       actor, saveId);
            }
        }
        throw;
    }
}

namespace {

// What a review must say, whatever the front end checked: bounded texts a
// terminal would not obey, and an override says why and what instead.
void requireWellFormed(const ReviewDecision& decision)
{
    if (const auto problem = text_rules::problemWith(
            decision.reason, text_rules::kMaxReviewReasonLength, text_rules::Lines::One)) {
        throw StorageError(StorageError::Kind::Invalid, "reason: " + *problem);
    }
    if (const auto problem = text_rules::problemWith(
            decision.sessionNote, text_rules::kMaxSessionNoteLength, text_rules::Lines::Many)) {
        throw StorageError(StorageError::Kind::Invalid, "note: " + *problem);
    }
    if (decision.accepted) {
        return;
    }
    if (decision.reason.trimmed().isEmpty()) {
        throw StorageError(StorageError::Kind::Invalid,
                           "reason: " + translated::fill(QCoreApplication::translate(
                                            "WorkflowError", "an override needs a reason")));
    }
    const bool referral = decision.finalApproach == vocabulary::Approach::ReferOut;
    if (!referral && !decision.finalPressure) {
        throw StorageError(StorageError::Kind::Invalid,
                           "pressure: " +
                               translated::fill(QCoreApplication::translate(
                                   "WorkflowError", "an override needs the pressure to use")));
    }
    if (referral && decision.finalPressure) {
        throw StorageError(StorageError::Kind::Invalid,
                           "pressure: " +
                               translated::fill(QCoreApplication::translate(
                                   "WorkflowError", "a referral has no massage pressure")));
    }
}

} // namespace

std::vector<vocabulary::Question>
IntakeWorkflow::questionsBlockingAccept(const IntakeVersionDetails& version,
                                        const RuleEngine& engine)
{
    const StoredSuggestion& suggestion = version.suggestion;
    if (suggestion.refersOut()) {
        return {}; // sending the client to a physician is always safe to accept
    }
    if (!suggestion.unknownUnanswered.empty()) {
        // Questions this version cannot show or check: never "complete" here.
        std::string words;
        for (const std::string& word : suggestion.unknownUnanswered) {
            words += (words.empty() ? "" : ", ") + word;
        }
        throw StorageError(
            StorageError::Kind::Invalid,
            "screening: " +
                translated::fill(QCoreApplication::translate(
                                     "WorkflowError",
                                     "the stored suggestion lists questions not asked that "
                                     "this version does not know (%1); it cannot be accepted "
                                     "here: override with a reason, or amend the intake"),
                                 words));
    }
    if (suggestion.unanswered) {
        return *suggestion.unanswered; // what the therapist was shown
    }
    // A suggestion made before clinic-intake/2 did not check the screening:
    // read its record as today's rules do (a version 1 record is never
    // complete: version 1 could not tell "no" from "not asked").
    if (!version.record) {
        throw StorageError(
            StorageError::Kind::Corrupt,
            translated::fill(QCoreApplication::translate(
                                 "WorkflowError", "the stored intake can no longer be read: %1"),
                             version.recordProblem));
    }
    const std::uint32_t unanswered = engine.recommend(*version.record).unanswered;
    std::vector<vocabulary::Question> questions;
    for (std::size_t i = 0; i < vocabulary::kQuestionCount; ++i) {
        if ((unanswered & vocabulary::bitOf(vocabulary::Question(i))) != 0) {
            questions.push_back(vocabulary::Question(i));
        }
    }
    return questions;
}

std::vector<vocabulary::Question>
IntakeWorkflow::questionsBlockingAccept(const nlohmann::ordered_json& intake,
                                        const RuleEngine& engine, const Clock& clock)
{
    // One rule: the current version (the intake's top-level "intake" and
    // "suggestion") read as the typed details the pages show.
    const nlohmann::ordered_json current = {
        {"versions", nlohmann::ordered_json::array({{{"version", 1},
                                                     {"intake", intake.at("intake")},
                                                     {"suggestion", intake.at("suggestion")}}})}};
    const IntakeDetails details = intakeDetailsFromJson(current, clock);
    if (details.current() == nullptr) {
        throw StorageError(StorageError::Kind::Corrupt,
                           translated::fill(QCoreApplication::translate(
                               "IntakeWorkflow", "the stored intake has no version")));
    }
    return questionsBlockingAccept(*details.current(), engine);
}

std::vector<vocabulary::Question> IntakeWorkflow::questionsBlockingAccept(qint64 intakeId) const
{
    return questionsBlockingAccept(m_store.details(intakeId), m_engine, m_visitCalendar);
}

namespace {

qint64 repeatedReview(const StoredSave& first, qint64 intakeId, const ReviewDecision& decision,
                      const QString& actor)
{
    const ReviewDecision& stored = first.decision;
    // Stored as IntakeStore::review stores it: an accepted suggestion's
    // approach and pressure are the suggestion's, a blank reason is none.
    const QString reason =
        decision.accepted && decision.reason.trimmed().isEmpty() ? QString() : decision.reason;
    const bool same = first.kind == StoredSave::Kind::Review && first.saved.intakeId == intakeId &&
                      (decision.version == 0 || decision.version == first.saved.version) &&
                      stored.accepted == decision.accepted &&
                      (decision.accepted || (stored.finalApproach == decision.finalApproach &&
                                             stored.finalPressure == decision.finalPressure)) &&
                      stored.reason == reason && stored.sessionNote == decision.sessionNote &&
                      first.actor == actor.trimmed();
    if (!same) {
        refuseOtherSave(decision.saveId, first);
    }
    return first.reviewId;
}

} // namespace

qint64 IntakeWorkflow::storeReview(qint64 intakeId, const ReviewDecision& decision,
                                   const QString& actor)
{
    try {
        return m_store.review(intakeId, decision, actor);
    } catch (const StorageError&) {
        if (!decision.saveId.isEmpty()) {
            if (const auto first = saveStoredMeanwhile(decision.saveId)) {
                return repeatedReview(*first, intakeId, decision, actor);
            }
        }
        throw;
    }
}

qint64 IntakeWorkflow::review(qint64 intakeId, const ReviewDecision& decision, const QString& actor)
{
    if (!decision.saveId.isEmpty()) {
        requireWellFormedSaveId(decision.saveId);
        // Before every check: the first save may have changed what they see.
        if (const auto first = m_store.findSave(decision.saveId)) {
            return repeatedReview(*first, intakeId, decision, actor);
        }
    }
    requireWellFormed(decision);
    const nlohmann::ordered_json intake = m_store.details(intakeId);
    const int version = currentVersionOf(intake);
    if (!decision.accepted) {
        ReviewDecision stated = decision;
        // Without a version the override is about the version read just now;
        // with one, storage refuses it if that is no longer the current one.
        stated.version = decision.version == 0 ? version : decision.version;
        return storeReview(intakeId, stated, actor);
    }
    const auto missing = questionsBlockingAccept(intake, m_engine, m_visitCalendar);
    const bool noApproach =
        !intake.at("suggestion").value("approach", nlohmann::ordered_json()).is_string();
    if (!missing.empty() || noApproach) {
        QStringList words;
        for (const auto question : missing) {
            words << QString::fromUtf8(vocabulary::wordOf(question).data(),
                                       qsizetype(vocabulary::wordOf(question).size()));
        }
        m_audit.append(actor, QStringLiteral("refused"),
                       QStringLiteral("intake %1 version %2").arg(intakeId).arg(version),
                       QStringLiteral("accept: screening incomplete (%1 questions not asked)")
                           .arg(missing.size()));
        throw StorageError(
            StorageError::Kind::Invalid,
            "screening: " +
                translated::fill(
                    QCoreApplication::translate(
                        "WorkflowError", "intake %1 cannot be accepted: the screening is "
                                         "incomplete, %2 not asked: %3; amend the intake to "
                                         "complete the screening, or override with a reason"),
                    intakeId,
                    QCoreApplication::translate("WorkflowError", "%n questions", nullptr,
                                                int(missing.size())),
                    words.isEmpty() ? QCoreApplication::translate("WorkflowError", "(none listed)")
                                    : words.join(QStringLiteral(", "))));
    }
    if (decision.version != 0 && decision.version != version) {
        // The therapist saw an older version: storage refuses the review as
        // one of a version amended meanwhile (one message for every path).
        return storeReview(intakeId, decision, actor);
    }
    ReviewDecision checked = decision;
    checked.version = version; // what was checked is what gets accepted
    return storeReview(intakeId, checked, actor);
}
