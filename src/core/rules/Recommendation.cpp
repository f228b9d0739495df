#include "rules/Recommendation.h"

#include "rules/RuleSet.h"

#include <nlohmann/json.hpp>

using namespace vocabulary;

namespace {

void appendQuoted(std::string& out, std::string_view word)
{
    out += '"';
    out += word;
    out += '"';
}

// Words from the vocabularies are plain [a-z_] and were escaped at load time,
// so the whole object is put together by copying.
void appendWordList(std::string& out, std::uint64_t bits, const std::vector<std::string>& words)
{
    out += '[';
    bool first = true;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if ((bits & (std::uint64_t(1) << i)) != 0) {
            if (!first) {
                out += ',';
            }
            out += words[i];
            first = false;
        }
    }
    out += ']';
}

std::vector<std::string> wordsOf(std::uint64_t bits, const std::vector<std::string>& words)
{
    std::vector<std::string> chosen;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if ((bits & (std::uint64_t(1) << i)) != 0) {
            chosen.push_back(words[i]);
        }
    }
    return chosen;
}

} // namespace

void Recommendation::appendJson(const RuleSet& ruleSet, const IntakeRecord&, std::string& out) const
{
    out += "{\"approach\":";
    if (approach) {
        appendQuoted(out, wordOf(*approach));
    } else {
        out += "null";
    }
    out += ",\"urgency\":";
    if (urgency) {
        appendQuoted(out, wordOf(*urgency));
    } else {
        out += "null";
    }
    out += ",\"pressure\":";
    if (pressure) {
        appendQuoted(out, wordOf(*pressure));
    } else {
        out += "null";
    }
    out += ",\"focus_areas\":";
    appendWordList(out, focusAreas, ruleSet.focusAreasJson);
    out += ",\"cautions\":[";
    bool first = true;
    for (std::size_t i = 0; i < ruleSet.cautions.size(); ++i) {
        if ((cautions & (std::uint64_t(1) << i)) != 0) {
            out += first ? "{\"code\":" : ",{\"code\":";
            out += ruleSet.cautions[i].codeJson;
            out += ",\"text\":";
            out += ruleSet.cautions[i].textJson;
            out += '}';
            first = false;
        }
    }
    out += "],\"home_care\":";
    appendWordList(out, homeCare, ruleSet.homeCareJson);
    out += ",\"acuity\":";
    appendQuoted(out, wordOf(acuity));
    out += ",\"age\":";
    out += std::to_string(age);
    out += ",\"rationale\":[";
    for (std::size_t i = 0; i < rationale.size(); ++i) {
        const Rule& rule = ruleSet.rules[rationale[i].rule];
        out += i == 0 ? "{\"rule\":" : ",{\"rule\":";
        out += rule.idJson;
        out += ",\"reason\":";
        out += rule.reasonJson;
        out += '}';
    }
    out += "],\"rules_version\":";
    out += ruleSet.versionJson;
    out += '}';
}

std::string Recommendation::toJson(const RuleSet& ruleSet, const IntakeRecord& record) const
{
    std::string out;
    out.reserve(512);
    appendJson(ruleSet, record, out);
    return out;
}

std::string Recommendation::toPrettyJson(const RuleSet& ruleSet, const IntakeRecord& record) const
{
    // ordered_json keeps the spec's key order when re-indenting.
    return nlohmann::ordered_json::parse(toJson(ruleSet, record)).dump(2);
}

std::vector<std::string> Recommendation::unansweredWords() const
{
    std::vector<std::string> words;
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        if ((unanswered & (1u << i)) != 0) {
            words.emplace_back(wordOf(Question(i)));
        }
    }
    return words;
}

std::vector<std::string> Recommendation::clearedWords() const
{
    std::vector<std::string> words;
    for (std::size_t i = 0; i < kClearanceCodeWords.size(); ++i) {
        if ((cleared & (1u << i)) != 0) {
            words.emplace_back(kClearanceCodeWords[i]);
        }
    }
    return words;
}

std::vector<std::string> Recommendation::focusAreaWords(const RuleSet& ruleSet) const
{
    return wordsOf(focusAreas, ruleSet.focusAreas);
}

std::vector<std::string> Recommendation::homeCareWords(const RuleSet& ruleSet) const
{
    return wordsOf(homeCare, ruleSet.homeCare);
}
