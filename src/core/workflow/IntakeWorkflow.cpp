#include "workflow/IntakeWorkflow.h"

#include "model/IntakeDetailsJson.h"
#include "rules/RuleEngine.h"
#include "storage/StorageError.h"
#include "util/TextRules.h"
#include "validation/IntakeParser.h"

#include <QStringList>

IntakeWorkflow::IntakeWorkflow(IntakeRepository& store, const AuditTrail& audit,
                               const RuleEngine& engine, const Clock& visitCalendar)
    : m_store(store), m_audit(audit), m_engine(engine), m_visitCalendar(visitCalendar)
{}

SavedIntake IntakeWorkflow::add(const IntakeRecord& record, const QString& actor)
{
    return m_store.add(m_engine.suggestVersion(record), actor);
}

namespace {

int currentVersionOf(const nlohmann::ordered_json& intake)
{
    const auto& versions = intake.at("versions");
    return versions.empty() ? 0 : versions.back().at("version").get<int>();
}

} // namespace

SavedIntake IntakeWorkflow::amend(qint64 intakeId, const IntakeRecord& record, const QString& actor)
{
    const SuggestedVersion version = m_engine.suggestVersion(record);
    const nlohmann::ordered_json current = m_store.details(intakeId);
    const int currentVersion = currentVersionOf(current);
    if (nlohmann::json::parse(current.at("intake").dump()) ==
        nlohmann::json::parse(version.recordJson)) {
        throw StorageError(StorageError::Kind::Invalid,
                           "intake: nothing changed: version " + std::to_string(currentVersion) +
                               " already says this; no new version stored");
    }
    // Storage refuses it if someone amends the intake between here and there.
    return m_store.amend(intakeId, currentVersion, version, actor);
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
        throw StorageError(StorageError::Kind::Invalid, "reason: an override needs a reason");
    }
    const bool referral = decision.finalApproach == vocabulary::Approach::ReferOut;
    if (!referral && !decision.finalPressure) {
        throw StorageError(StorageError::Kind::Invalid,
                           "pressure: an override needs the pressure to use");
    }
    if (referral && decision.finalPressure) {
        throw StorageError(StorageError::Kind::Invalid,
                           "pressure: a referral has no massage pressure");
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
        throw StorageError(StorageError::Kind::Invalid,
                           "screening: the stored suggestion lists questions not asked that this "
                           "version does not know (" +
                               words +
                               "); it cannot be accepted here: override with a reason, or amend "
                               "the intake");
    }
    if (suggestion.unanswered) {
        return *suggestion.unanswered; // what the therapist was shown
    }
    // A suggestion made before clinic-intake/2 did not check the screening:
    // read its record as today's rules do (a version 1 record is never
    // complete: version 1 could not tell "no" from "not asked").
    if (!version.record) {
        throw StorageError(StorageError::Kind::Corrupt,
                           "the stored intake can no longer be read: " + version.recordProblem);
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
        throw StorageError(StorageError::Kind::Corrupt, "the stored intake has no version");
    }
    return questionsBlockingAccept(*details.current(), engine);
}

std::vector<vocabulary::Question> IntakeWorkflow::questionsBlockingAccept(qint64 intakeId) const
{
    return questionsBlockingAccept(m_store.details(intakeId), m_engine, m_visitCalendar);
}

qint64 IntakeWorkflow::review(qint64 intakeId, const ReviewDecision& decision, const QString& actor)
{
    requireWellFormed(decision);
    const nlohmann::ordered_json intake = m_store.details(intakeId);
    const int version = currentVersionOf(intake);
    if (!decision.accepted) {
        ReviewDecision stated = decision;
        // Without a version the override is about the version read just now;
        // with one, storage refuses it if that is no longer the current one.
        stated.version = decision.version == 0 ? version : decision.version;
        return m_store.review(intakeId, stated, actor);
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
            QStringLiteral("screening: intake %1 cannot be accepted: the screening is incomplete, "
                           "%2 not asked: %3; amend the intake to complete the screening, or "
                           "override with a reason")
                .arg(intakeId)
                .arg(missing.size() == 1 ? QStringLiteral("1 question")
                                         : QStringLiteral("%1 questions").arg(missing.size()))
                .arg(words.isEmpty() ? QStringLiteral("(none listed)")
                                     : words.join(QStringLiteral(", ")))
                .toStdString());
    }
    if (decision.version != 0 && decision.version != version) {
        // The therapist saw an older version: storage refuses the review as
        // one of a version amended meanwhile (one message for every path).
        return m_store.review(intakeId, decision, actor);
    }
    ReviewDecision checked = decision;
    checked.version = version; // what was checked is what gets accepted
    return m_store.review(intakeId, checked, actor);
}
