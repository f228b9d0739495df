#pragma once

#include "model/Vocabulary.h"
#include "rules/RuleText.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct IntakeRecord;
struct RuleSet;

// One line of the rationale: a rule that fired, and which of its reason
// texts applies (a referral rule that a physician cleared says so instead).
struct RationaleLine
{
    std::uint16_t rule = 0; // index into RuleSet::rules
    std::uint8_t variant = 0;
};

// What the rules suggest for one intake. Word lists are bit sets over the rule
// set's vocabularies, so a Recommendation is read together with its RuleSet.
struct Recommendation
{
    // None when the screening is incomplete and nothing calls for a referral:
    // no plan is offered until the missing questions are answered.
    std::optional<vocabulary::Approach> approach;
    std::optional<vocabulary::Urgency> urgency;   // only with ReferOut
    std::optional<vocabulary::Pressure> pressure; // none with ReferOut or no approach
    std::uint32_t unanswered = 0;                 // bits of vocabulary::Question
    std::uint16_t cleared = 0;                    // bits of vocabulary::ClearanceCode
    std::uint64_t focusAreas = 0;                 // bits over RuleSet::focusAreas
    std::uint64_t homeCare = 0;                   // bits over RuleSet::homeCare
    std::uint64_t cautions = 0;                   // bits over RuleSet::cautions
    vocabulary::Acuity acuity = vocabulary::Acuity::Acute;
    int age = 0;
    std::vector<RationaleLine> rationale;

    bool refersOut() const { return approach == vocabulary::Approach::ReferOut; }
    bool screeningComplete() const { return unanswered == 0; }
    // A plan the therapist can accept: a massage approach (or a referral).
    bool hasApproach() const { return approach.has_value(); }

    // The spec's output object on one line, appended to `out`. The record
    // fills in the parts of reason texts that depend on it (the unanswered
    // questions, who cleared the client and when). Only the texts (reasons,
    // caution texts) depend on the language; everything else is the same.
    void appendJson(const RuleSet& ruleSet, const IntakeRecord& record, std::string& out,
                    UiLanguage language = language::current()) const;
    std::string toJson(const RuleSet& ruleSet, const IntakeRecord& record,
                       UiLanguage language = language::current()) const;
    std::string toPrettyJson(const RuleSet& ruleSet, const IntakeRecord& record,
                             UiLanguage language = language::current()) const;

    // The reason text of rationale line `line`, its placeholders filled in
    // from the record and this result (what the JSON output shows).
    std::string reasonText(const RuleSet& ruleSet, const IntakeRecord& record, std::size_t line,
                           UiLanguage language = language::current()) const;

    std::vector<std::string> focusAreaWords(const RuleSet& ruleSet) const;
    std::vector<std::string> homeCareWords(const RuleSet& ruleSet) const;
    std::vector<std::string> unansweredWords() const;
    std::vector<std::string> clearedWords() const;
};
