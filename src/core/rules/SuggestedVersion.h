#pragma once

#include "model/IntakeRecord.h"
#include "rules/Recommendation.h"

#include <string>

// One version of an intake as it is handed to storage: the record and what
// the rules suggest for it, each with the JSON text that is stored, and which
// rules made the suggestion. The use-case layer makes it (RuleEngine::
// suggestVersion); storage stores it and decides nothing.
struct SuggestedVersion
{
    IntakeRecord record;
    std::string recordJson;
    Recommendation suggestion;
    std::string suggestionJson;
    UiLanguage language = UiLanguage::English; // of the suggestion's texts
    std::string rulesVersion;
    std::string rulesSha256;
    // The save's id (empty: none, as for an import), stored unique with the
    // version: a repeated save is recognised (IntakeWorkflow).
    std::string saveId;
};
