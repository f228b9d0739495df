#pragma once

#include "rules/Recommendation.h"
#include "rules/SuggestedVersion.h"

#include <memory>

struct IntakeRecord;
struct RuleSet;

// Applies a compiled rule set to intakes. Stateless between calls, so one
// engine can serve many threads.
class RuleEngine
{
public:
    explicit RuleEngine(std::shared_ptr<const RuleSet> ruleSet);

    Recommendation recommend(const IntakeRecord& record) const;
    // The record with its suggestion, ready to be stored, its texts in `language`.
    SuggestedVersion suggestVersion(IntakeRecord record,
                                    UiLanguage language = language::current()) const;

    const RuleSet& ruleSet() const { return *m_ruleSet; }
    std::shared_ptr<const RuleSet> sharedRuleSet() const { return m_ruleSet; }

private:
    std::shared_ptr<const RuleSet> m_ruleSet;
};
