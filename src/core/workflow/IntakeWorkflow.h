#pragma once

#include "model/IntakeDetails.h"
#include "model/Vocabulary.h"
#include "storage/ClinicStorage.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

class Clock;
class RuleEngine;
struct IntakeRecord;

// The use-case layer of intakes, between StaffSession (who may) and storage
// (what is kept): the rules' suggestion for every version, and what a review
// or an amendment must satisfy. Storage stores what this decided.
class IntakeWorkflow
{
public:
    // `visitCalendar` is the clock the intake's dates are read by.
    IntakeWorkflow(IntakeRepository& store, const AuditTrail& audit, const RuleEngine& engine,
                   const Clock& visitCalendar);

    // A save id (saveId; empty: none) makes a save safe to repeat: a save
    // whose id is already stored answers what the first one stored (the
    // same intake, version or review) and writes nothing, not even an audit
    // entry; with other content (another record, decision, intake or
    // person) it is refused (StorageError Invalid, field "save id"). Two
    // programs racing with one save id: the database stores one, and the
    // other gets its outcome. Front ends make one per form (newSaveId).
    static constexpr std::size_t kMaxSaveIdLength = 100;
    static QString newSaveId();

    SavedIntake add(const IntakeRecord& record, const QString& actor, const QString& saveId = {});
    // A new version, pending review again. A record identical to the current
    // version is refused (StorageError Invalid, field "intake"): it would
    // only send a reviewed intake back to the queue with nothing new to
    // review. Compared as JSON values, so the order of keys does not count.
    SavedIntake amend(qint64 intakeId, const IntakeRecord& record, const QString& actor,
                      const QString& saveId = {});

    // A decision is refused (StorageError Invalid, naming the field) when its
    // texts are too long or hold control characters, or when an override
    // lacks its reason or its pressure (a referral has none). An accepted
    // suggestion must rest on a complete screening: accepting one that has
    // no approach (screening incomplete), or a massage plan made before
    // clinic-intake/2 from a record whose screening is incomplete, is refused
    // (field "screening", naming the questions not asked; audited as
    // "refused"). A referral can always be accepted; an override, with its
    // reason, always stays possible. A decision about a version that is no
    // longer the current one is refused (field "version"). The save id is
    // decision.saveId.
    qint64 review(qint64 intakeId, const ReviewDecision& decision, const QString& actor);

    // The required questions whose answers are missing and keep the current
    // suggestion of the intake from being accepted (empty: it may be accepted).
    std::vector<vocabulary::Question> questionsBlockingAccept(qint64 intakeId) const;
    // The rule itself, on one version as the pages show it. A suggestion
    // whose list of questions not asked names one this version does not
    // know is refused (StorageError Invalid, field "screening").
    static std::vector<vocabulary::Question>
    questionsBlockingAccept(const IntakeVersionDetails& version, const RuleEngine& engine);
    // The same rule on an intake as IntakeRepository::details() returns it.
    static std::vector<vocabulary::Question>
    questionsBlockingAccept(const nlohmann::ordered_json& intake, const RuleEngine& engine,
                            const Clock& clock);

private:
    std::optional<StoredSave> saveStoredMeanwhile(const QString& saveId) const;
    qint64 storeReview(qint64 intakeId, const ReviewDecision& decision, const QString& actor);

    IntakeRepository& m_store;
    const AuditTrail& m_audit;
    const RuleEngine& m_engine;
    const Clock& m_visitCalendar;
};
