#pragma once

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <nlohmann/json.hpp>

struct RuleSet;

// An intake version and its suggestion as a page a therapist reads in two
// minutes (the review page and the intake details dialog show it), and the
// reviews an intake got.
class IntakeDescription
{
    Q_DECLARE_TR_FUNCTIONS(IntakeDescription)

public:
    // `intake` is a stored record (clinic-intake/2, or /1 as it was stored),
    // `suggestion` its stored result (a version 1 result has no "screening").
    // With `rules`, each reason shows the evidence that rules file gives for
    // its rule, when the suggestion was made by that rules version.
    static QString html(const nlohmann::ordered_json& intake,
                        const nlohmann::ordered_json& suggestion, const RuleSet* rules = nullptr);
    // The reviews array of StaffSession::openIntake; empty when there are none
    // (or the role may not read them, and they were left out).
    static QString reviewsHtml(const nlohmann::ordered_json& reviews);

    // A stored suggestion a therapist can accept: it has an approach (a
    // massage or a referral). Incomplete screening without a referral has
    // none ("approach": null).
    static bool hasApproach(const nlohmann::ordered_json& suggestion);
    // The questions a stored suggestion lists as not asked, in its order
    // (none for a version 1 result, which did not know).
    static QList<vocabulary::Question> unanswered(const nlohmann::ordered_json& suggestion);
};
