#pragma once

#include "model/IntakeDetails.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

struct RuleSet;

// An intake version and its suggestion as a page a therapist reads in two
// minutes (the review page and the intake details dialog show it), and the
// reviews an intake got.
class IntakeDescription
{
    Q_DECLARE_TR_FUNCTIONS(IntakeDescription)

public:
    // One stored version: its record (clinic-intake/2, or /1 as it was
    // stored; what cannot be read is said) and its suggestion (a version 1
    // result has no screening). With `rules`, each reason shows the evidence
    // that rules file gives for its rule, when the suggestion was made by
    // that rules version.
    static QString html(const IntakeVersionDetails& version, const RuleSet* rules = nullptr);
    // The reviews an intake got; empty when there are none (or the role may
    // not read them, and they were left out).
    static QString reviewsHtml(const std::vector<ReviewDetails>& reviews);
    // What of the stored intake itself could not be read; empty when all could.
    static QString problemsHtml(const std::vector<std::string>& problems);
};
