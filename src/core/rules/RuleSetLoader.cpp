#include "rules/RuleSetLoader.h"

#include "rules/FactCatalog.h"
#include "util/BoundedInput.h"

#include <QCryptographicHash>
#include <QFile>
#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_set>

using json = nlohmann::json;
using namespace vocabulary;

namespace {

constexpr std::string_view kFormat = "clinic-intake-rules/1";
constexpr std::size_t kMaxWordsPerList = 64; // word lists are 64-bit sets
constexpr std::size_t kMaxRules = 60000;     // rationale entries index rules with 16 bits

std::string jsonString(std::string_view text)
{
    return json(std::string(text)).dump();
}

bool isPlainWord(const std::string& word)
{
    if (word.empty() || word.size() > 64) {
        return false;
    }
    for (const char c : word) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

std::vector<std::string_view> fixedWords(FactWords words)
{
    const auto toVector = [](const auto& array) {
        return std::vector<std::string_view>(array.begin(), array.end());
    };
    switch (words) {
    case FactWords::PainLocations:
        return toVector(kPainLocationWords);
    case FactWords::Radiations:
        return toVector(kRadiationWords);
    case FactWords::Acuities:
        return toVector(kAcuityWords);
    case FactWords::Pressures:
        return toVector(kPressureWords);
    case FactWords::Approaches:
        return toVector(kApproachWords);
    default:
        return {};
    }
}

std::string joinWords(const std::vector<std::string_view>& words)
{
    std::string text;
    for (const auto word : words) {
        text += text.empty() ? "" : ", ";
        text += word;
    }
    return text.empty() ? "(none defined)" : text;
}

std::string describe(const json& value)
{
    // Never splits a character; the dump is as deep as the file, at most kMaxNestingDepth.
    return bounded::excerpt(value.dump(-1, ' ', false, json::error_handler_t::replace), 57);
}

// A key the file's author wrote, as it appears in a path ("" when empty).
std::string keyInPath(std::string_view key)
{
    return key.empty() ? std::string("\"\"") : bounded::excerpt(key, 60);
}

std::string tooLongMessage(std::size_t bytes)
{
    return "the file has " + std::to_string(bytes) + " bytes, more than " +
           bounded::sizeText(RuleSetLoader::kMaxFileBytes) +
           "; a rules file is a few dozen kilobytes";
}

// Thrown from the JSON parser's callback to stop it at once.
struct NestingTooDeep
{};

// Turns the rules file into a RuleSet, collecting every problem.
class RuleSetCompiler
{
public:
    RuleSetCompiler(RuleSet& ruleSet, FieldErrors& errors) : m_set(ruleSet), m_errors(errors) {}

    // Problems that were not kept because there were already kMaxErrors.
    std::size_t dropped() const { return m_dropped; }

    void compile(const json& document)
    {
        if (!document.is_object()) {
            fail("rules", "must be a JSON object {...}");
            return;
        }
        std::vector<std::string_view> topLevel = {"format",      "version",   "description",
                                                  "focus_areas", "home_care", "pressure_ceilings"};
        topLevel.insert(topLevel.end(), kRuleStageSections.begin(), kRuleStageSections.end());
        refuseUnknownKeys(document, "", topLevel);

        const json* format = required(document, "", "format");
        if (format != nullptr && (!format->is_string() || *format != kFormat)) {
            fail("format", "must be \"" + std::string(kFormat) + "\", got " + describe(*format));
        }
        if (const json* version = required(document, "", "version")) {
            if (!version->is_string() || version->get_ref<const std::string&>().empty()) {
                fail("version", "must be a non-empty text, got " + describe(*version));
            } else {
                m_set.version = version->get<std::string>();
                m_set.versionJson = jsonString(m_set.version);
            }
        }
        if (const json* description =
                document.contains("description") ? &document["description"] : nullptr;
            description != nullptr && !description->is_string()) {
            fail("description", "must be text");
        }

        readWordList(document, "focus_areas", m_set.focusAreas, m_set.focusAreasJson);
        readWordList(document, "home_care", m_set.homeCare, m_set.homeCareJson);
        readPressureCeilings(document);

        // Stage by stage, so that a rule can only name what earlier stages define.
        for (std::size_t stage = 0; stage < kRuleStageCount; ++stage) {
            const std::size_t begin = m_set.rules.size();
            const std::string section(kRuleStageSections[stage]);
            if (const json* rules = required(document, "", section)) {
                if (!rules->is_array()) {
                    fail(section, "must be a list of rules [...]");
                } else {
                    for (std::size_t i = 0; i < rules->size(); ++i) {
                        compileRule(RuleStage(stage), (*rules)[i],
                                    section + "[" + std::to_string(i) + "]");
                    }
                }
            }
            m_set.stageRanges[stage] = {begin, m_set.rules.size()};
        }
        checkApproachFallback();
        if (m_set.rules.size() > kMaxRules) {
            fail("rules", "more than " + std::to_string(kMaxRules) + " rules");
        }
    }

private:
    void fail(const std::string& path, const std::string& message)
    {
        ++m_failures;
        if (m_errors.size() >= RuleSetLoader::kMaxErrors) {
            ++m_dropped;
            return;
        }
        const std::string where = path.empty() ? "rules" : path;
        m_errors.push_back(
            {where, m_ruleLabel.empty() ? message : "in rule " + m_ruleLabel + ": " + message});
    }

    static std::string pathOf(const std::string& parent, std::string_view key)
    {
        return parent.empty() ? std::string(key) : parent + "." + std::string(key);
    }

    const json* required(const json& object, const std::string& path, std::string_view key)
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            fail(pathOf(path, key), "is required but missing");
            return nullptr;
        }
        return &*found;
    }

    void refuseUnknownKeys(const json& object, const std::string& path,
                           const std::vector<std::string_view>& known)
    {
        for (const auto& item : object.items()) {
            if (std::find(known.begin(), known.end(), item.key()) == known.end()) {
                fail(pathOf(path, keyInPath(item.key())),
                     "unknown key; expected one of " + joinWords(known));
            }
        }
    }

    void readWordList(const json& document, std::string_view key, std::vector<std::string>& words,
                      std::vector<std::string>& wordsJson)
    {
        const json* list = required(document, "", key);
        if (list == nullptr) {
            return;
        }
        const std::string path(key);
        if (!list->is_array()) {
            fail(path, "must be a list of words [...]");
            return;
        }
        if (list->size() > kMaxWordsPerList) {
            fail(path, "may hold at most 64 words");
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& entry = (*list)[i];
            const std::string entryPath = path + "[" + std::to_string(i) + "]";
            if (!entry.is_string() || !isPlainWord(entry.get_ref<const std::string&>())) {
                fail(entryPath,
                     "must be a word of lowercase letters, digits and _, got " + describe(entry));
            } else if (std::find(words.begin(), words.end(), entry.get<std::string>()) !=
                       words.end()) {
                fail(entryPath, describe(entry) + " is listed twice");
            } else {
                words.push_back(entry.get<std::string>());
                wordsJson.push_back(jsonString(words.back()));
            }
        }
    }

    void readPressureCeilings(const json& document)
    {
        const json* ceilings = required(document, "", "pressure_ceilings");
        if (ceilings == nullptr) {
            return;
        }
        if (!ceilings->is_object()) {
            fail("pressure_ceilings", "must be an object {\"swedish\": \"medium\", ...}");
            return;
        }
        const std::vector<std::string_view> massageApproaches(kApproachWords.begin(),
                                                              kApproachWords.end() - 1);
        refuseUnknownKeys(*ceilings, "pressure_ceilings", massageApproaches);
        for (std::size_t i = 0; i < massageApproaches.size(); ++i) {
            const std::string key(massageApproaches[i]);
            const json* ceiling = required(*ceilings, "pressure_ceilings", key);
            if (ceiling == nullptr) {
                continue;
            }
            const auto index = ceiling->is_string()
                                   ? indexOfWord(kPressureWords, ceiling->get<std::string>())
                                   : std::nullopt;
            if (!index) {
                fail("pressure_ceilings." + key,
                     "must be light, medium or firm, got " + describe(*ceiling));
            } else {
                m_set.pressureCeilings[i] = Pressure(*index);
            }
        }
    }

    std::optional<Approach> massageApproach(const json& rule, const std::string& path)
    {
        const json* approach = required(rule, path, "approach");
        if (approach == nullptr) {
            return std::nullopt;
        }
        const auto index = approach->is_string()
                               ? indexOfWord(kApproachWords, approach->get<std::string>())
                               : std::nullopt;
        if (!index || Approach(*index) == Approach::ReferOut) {
            fail(pathOf(path, "approach"),
                 "unknown approach " + describe(*approach) +
                     "; must be trigger_point, deep_tissue, swedish or sacroiliac (referrals "
                     "belong in referral_rules)");
            return std::nullopt;
        }
        return Approach(*index);
    }

    // Bits of the listed words, which must come from the rule set's own list.
    std::uint64_t wordBits(const json& list, const std::string& path,
                           const std::vector<std::string>& known, std::string_view listName)
    {
        if (!list.is_array() || list.empty()) {
            fail(path, "must be a non-empty list of words [...]");
            return 0;
        }
        std::uint64_t bits = 0;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& entry = list[i];
            const auto found = entry.is_string()
                                   ? std::find(known.begin(), known.end(), entry.get<std::string>())
                                   : known.end();
            if (found == known.end()) {
                fail(path + "[" + std::to_string(i) + "]", "unknown word " + describe(entry) +
                                                               "; add it to " +
                                                               std::string(listName) + " first");
            } else {
                bits |= std::uint64_t(1) << (found - known.begin());
            }
        }
        return bits;
    }

    void compileRule(RuleStage stage, const json& ruleJson, const std::string& path)
    {
        m_ruleLabel.clear();
        if (!ruleJson.is_object()) {
            fail(path, "must be a rule object {\"id\": ..., \"when\": ..., ...}");
            return;
        }
        Rule rule;
        rule.stage = stage;
        const json* id = required(ruleJson, path, "id");
        if (id != nullptr && (!id->is_string() || id->get_ref<const std::string&>().empty())) {
            fail(pathOf(path, "id"), "must be a non-empty text");
        } else if (id != nullptr) {
            rule.id = id->get<std::string>();
            m_ruleLabel = jsonString(bounded::excerpt(rule.id, 60));
            // A set: a file of 100,000 rules must not take 10^10 comparisons.
            if (!m_seenIds.insert(rule.id).second) {
                fail(pathOf(path, "id"), "duplicate id: another rule already has it");
            }
        }

        std::vector<std::string_view> keys = {"id", "when", "reason", "description"};
        const std::size_t failuresBefore = m_failures;
        switch (stage) {
        case RuleStage::Referral:
            keys.push_back("refer_out");
            if (const json* urgency = required(ruleJson, path, "refer_out")) {
                const auto index = urgency->is_string()
                                       ? indexOfWord(kUrgencyWords, urgency->get<std::string>())
                                       : std::nullopt;
                if (!index) {
                    fail(pathOf(path, "refer_out"),
                         "must be emergency, urgent or routine, got " + describe(*urgency));
                } else {
                    rule.urgency = Urgency(*index);
                }
            }
            break;
        case RuleStage::Approach:
        case RuleStage::Adjustment:
            keys.push_back("approach");
            if (const auto approach = massageApproach(ruleJson, path)) {
                rule.approach = *approach;
            }
            break;
        case RuleStage::Caution:
            keys.push_back("caution");
            compileCaution(ruleJson, path, rule);
            break;
        case RuleStage::Focus:
            keys.insert(keys.end(), {"add_focus", "remove_focus"});
            compileListChange(ruleJson, path, "add_focus", "remove_focus", m_set.focusAreas,
                              "focus_areas", rule);
            break;
        case RuleStage::HomeCare:
            keys.insert(keys.end(), {"add_home_care", "remove_home_care"});
            compileListChange(ruleJson, path, "add_home_care", "remove_home_care", m_set.homeCare,
                              "home_care", rule);
            break;
        }
        refuseUnknownKeys(ruleJson, path, keys);

        // Rationale lines come from the decisions; focus and home-care reasons are documentation.
        const bool reasonRequired = stage != RuleStage::Focus && stage != RuleStage::HomeCare;
        const auto reason = ruleJson.find("reason");
        if (reason == ruleJson.end()) {
            if (reasonRequired) {
                fail(pathOf(path, "reason"), "is required: it is the line the rationale shows");
            }
        } else if (!reason->is_string() || reason->get_ref<const std::string&>().empty()) {
            fail(pathOf(path, "reason"), "must be a non-empty sentence");
        } else {
            rule.reason = reason->get<std::string>();
        }
        if (const auto description = ruleJson.find("description");
            description != ruleJson.end() && !description->is_string()) {
            fail(pathOf(path, "description"), "must be text");
        }
        rule.idJson = jsonString(rule.id);
        rule.reasonJson = jsonString(rule.reason);

        const auto when = ruleJson.find("when");
        if (when != ruleJson.end()) {
            rule.condition = compileCondition(*when, pathOf(path, "when"), stage);
        } else if (stage == RuleStage::Approach) {
            rule.condition = m_set.conditions.add({}); // the fallback: always holds
        } else {
            fail(pathOf(path, "when"), "is required: a rule must say when it applies");
        }

        if (m_failures == failuresBefore) {
            m_set.rules.push_back(std::move(rule));
            m_hasCondition.push_back(when != ruleJson.end());
        }
        m_ruleLabel.clear();
    }

    void compileCaution(const json& ruleJson, const std::string& path, Rule& rule)
    {
        const json* caution = required(ruleJson, path, "caution");
        if (caution == nullptr) {
            return;
        }
        const std::string cautionPath = pathOf(path, "caution");
        if (!caution->is_object()) {
            fail(cautionPath, "must be {\"code\": ..., \"text\": ..., \"max_pressure\": ...}");
            return;
        }
        refuseUnknownKeys(*caution, cautionPath, {"code", "text", "max_pressure"});
        CautionDefinition definition;
        if (const json* code = required(*caution, cautionPath, "code")) {
            if (!code->is_string() || !isPlainWord(code->get<std::string>())) {
                fail(pathOf(cautionPath, "code"),
                     "must be a word of lowercase letters, digits and _, got " + describe(*code));
            } else {
                definition.code = code->get<std::string>();
                for (const auto& existing : m_set.cautions) {
                    if (existing.code == definition.code) {
                        fail(pathOf(cautionPath, "code"),
                             "duplicate caution code " + jsonString(definition.code));
                    }
                }
            }
        }
        if (const json* text = required(*caution, cautionPath, "text")) {
            if (!text->is_string() || text->get_ref<const std::string&>().empty()) {
                fail(pathOf(cautionPath, "text"), "must be a non-empty sentence");
            } else {
                definition.text = text->get<std::string>();
            }
        }
        if (const auto limit = caution->find("max_pressure"); limit != caution->end()) {
            const auto index = limit->is_string()
                                   ? indexOfWord(kPressureWords, limit->get<std::string>())
                                   : std::nullopt;
            if (!index) {
                fail(pathOf(cautionPath, "max_pressure"),
                     "must be light, medium or firm, got " + describe(*limit));
            } else {
                definition.maxPressure = Pressure(*index);
            }
        }
        if (m_set.cautions.size() >= kMaxWordsPerList) {
            fail(cautionPath, "a rules file may define at most 64 cautions");
            return;
        }
        definition.codeJson = jsonString(definition.code);
        definition.textJson = jsonString(definition.text);
        rule.caution = std::uint16_t(m_set.cautions.size());
        m_set.cautions.push_back(std::move(definition));
    }

    void compileListChange(const json& ruleJson, const std::string& path, const char* addKey,
                           const char* removeKey, const std::vector<std::string>& known,
                           std::string_view listName, Rule& rule)
    {
        const auto add = ruleJson.find(addKey);
        const auto remove = ruleJson.find(removeKey);
        if (add == ruleJson.end() && remove == ruleJson.end()) {
            fail(path, std::string("needs \"") + addKey + "\" or \"" + removeKey + "\"");
            return;
        }
        if (add != ruleJson.end()) {
            rule.addBits = wordBits(*add, pathOf(path, addKey), known, listName);
        }
        if (remove != ruleJson.end()) {
            rule.removeBits = wordBits(*remove, pathOf(path, removeKey), known, listName);
        }
    }

    std::vector<std::string_view> wordsFor(FactWords words) const
    {
        const auto asViews = [](const std::vector<std::string>& strings) {
            return std::vector<std::string_view>(strings.begin(), strings.end());
        };
        if (words == FactWords::FocusAreas) {
            return asViews(m_set.focusAreas);
        }
        if (words == FactWords::CautionCodes) {
            std::vector<std::string_view> codes;
            for (const auto& caution : m_set.cautions) {
                codes.push_back(caution.code);
            }
            return codes;
        }
        return fixedWords(words);
    }

    std::optional<std::uint64_t> bitsOfWords(const json& value, const std::string& path,
                                             const FactDefinition& fact, bool listExpected)
    {
        const auto words = wordsFor(fact.words);
        std::vector<json> entries;
        if (listExpected) {
            if (!value.is_array() || value.empty()) {
                fail(path, "must be a non-empty list of words [...]");
                return std::nullopt;
            }
            entries.assign(value.begin(), value.end());
        } else {
            entries.push_back(value);
        }
        std::uint64_t bits = 0;
        bool ok = true;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto& entry = entries[i];
            const auto found = entry.is_string()
                                   ? std::find(words.begin(), words.end(), entry.get<std::string>())
                                   : words.end();
            if (found == words.end()) {
                fail(listExpected ? path + "[" + std::to_string(i) + "]" : path,
                     "bad value " + describe(entry) + " for " + std::string(fact.name) +
                         "; expected one of " + joinWords(words));
                ok = false;
            } else {
                bits |= std::uint64_t(1) << (found - words.begin());
            }
        }
        return ok ? std::optional(bits) : std::nullopt;
    }

    ConditionProgram::NodeIndex compileCondition(const json& condition, const std::string& path,
                                                 RuleStage stage)
    {
        ConditionProgram& program = m_set.conditions;
        if (!condition.is_object() || condition.empty()) {
            fail(path,
                 "must be a condition object such as {\"fact\": \"red_flags.fever_or_unwell\"}");
            return program.add({});
        }
        for (const auto& [key, op] :
             {std::pair{"all", ConditionOp::All}, std::pair{"any", ConditionOp::Any}}) {
            if (condition.contains(key)) {
                refuseUnknownKeys(condition, path, {key});
                const json& operands = condition[key];
                const std::string operandsPath = pathOf(path, key);
                if (!operands.is_array() || operands.empty()) {
                    fail(operandsPath, "must be a non-empty list of conditions [...]");
                    return program.add({});
                }
                std::vector<ConditionProgram::NodeIndex> children;
                for (std::size_t i = 0; i < operands.size(); ++i) {
                    children.push_back(compileCondition(
                        operands[i], operandsPath + "[" + std::to_string(i) + "]", stage));
                }
                ConditionNode node;
                node.op = op;
                return program.addWithChildren(node, children);
            }
        }
        if (condition.contains("not")) {
            refuseUnknownKeys(condition, path, {"not"});
            const auto child = compileCondition(condition["not"], pathOf(path, "not"), stage);
            ConditionNode node;
            node.op = ConditionOp::Not;
            return program.addWithChildren(node, {child});
        }
        return compileFactTest(condition, path, stage);
    }

    ConditionProgram::NodeIndex compileFactTest(const json& condition, const std::string& path,
                                                RuleStage stage)
    {
        ConditionProgram& program = m_set.conditions;
        const json* factName = required(condition, path, "fact");
        if (factName == nullptr) {
            return program.add({});
        }
        const std::string factPath = pathOf(path, "fact");
        const FactDefinition* fact =
            factName->is_string() ? FactCatalog::find(factName->get<std::string>()) : nullptr;
        if (fact == nullptr) {
            fail(factPath, "unknown fact " + describe(*factName) +
                               " (docs/rules.md lists the facts a rule can use)");
            return program.add({});
        }
        if (stage < fact->firstStage) {
            fail(factPath, "fact \"" + std::string(fact->name) + "\" is not decided yet in " +
                               std::string(kRuleStageSections[std::size_t(stage)]) +
                               "; it can be used from " +
                               std::string(kRuleStageSections[std::size_t(fact->firstStage)]) +
                               " on");
            return program.add({});
        }

        struct Operator
        {
            std::string_view key;
            FactKind kind;
            ConditionOp op;
        };
        static const std::vector<Operator> operators = {
            {"at_least", FactKind::Number, ConditionOp::AtLeast},
            {"at_most", FactKind::Number, ConditionOp::AtMost},
            {"above", FactKind::Number, ConditionOp::Above},
            {"below", FactKind::Number, ConditionOp::Below},
            {"equals", FactKind::Number, ConditionOp::NumberEquals},
            {"equals", FactKind::Choice, ConditionOp::ChoiceIn},
            {"in", FactKind::Choice, ConditionOp::ChoiceIn},
            {"contains_any", FactKind::List, ConditionOp::ContainsAny},
            {"contains_all", FactKind::List, ConditionOp::ContainsAll},
            {"subset_of", FactKind::List, ConditionOp::SubsetOf},
        };

        std::vector<std::string_view> allowedKeys = {"fact"};
        for (const auto& candidate : operators) {
            if (candidate.kind == fact->kind) {
                allowedKeys.push_back(candidate.key);
            }
        }
        const std::size_t failuresBefore = m_failures;
        refuseUnknownKeys(condition, path, allowedKeys);
        if (m_failures != failuresBefore) {
            return program.add({});
        }

        ConditionNode node;
        node.slot = fact->slot;
        if (fact->kind == FactKind::YesNo) {
            if (condition.size() != 1) {
                fail(path, "a yes/no fact takes no operator; wrap it in {\"not\": ...} for "
                           "\"is false\"");
                return program.add({});
            }
            node.op = ConditionOp::YesNo;
            node.bits = std::uint64_t(1) << fact->slot;
            return program.add(node);
        }
        if (condition.size() != 2) {
            fail(path, "needs exactly one operator for fact \"" + std::string(fact->name) +
                           "\": one of " + joinWords({allowedKeys.begin() + 1, allowedKeys.end()}));
            return program.add({});
        }
        for (const auto& candidate : operators) {
            if (candidate.kind != fact->kind || !condition.contains(candidate.key)) {
                continue;
            }
            const json& operand = condition[std::string(candidate.key)];
            const std::string operandPath = pathOf(path, candidate.key);
            node.op = candidate.op;
            if (fact->kind == FactKind::Number) {
                if (!operand.is_number()) {
                    fail(operandPath, "bad value " + describe(operand) + "; must be a number");
                    return program.add({});
                }
                node.number = operand.get<double>();
            } else {
                const bool listExpected = candidate.key != "equals";
                const auto bits = bitsOfWords(operand, operandPath, *fact, listExpected);
                if (!bits) {
                    return program.add({});
                }
                node.bits = *bits;
            }
            return program.add(node);
        }
        return program.add({});
    }

    void checkApproachFallback()
    {
        const auto [begin, end] = m_set.stageRanges[std::size_t(RuleStage::Approach)];
        if (m_failures != 0) {
            return; // a rule that failed to compile would make this check misleading
        }
        if (begin == end) {
            fail("approach_rules", "must have at least one rule; the last one has no \"when\"");
            return;
        }
        for (std::size_t i = begin; i + 1 < end; ++i) {
            if (!m_hasCondition[i]) {
                m_ruleLabel = jsonString(m_set.rules[i].id);
                fail("approach_rules[" + std::to_string(i - begin) + "]",
                     "has no \"when\", so the approach rules after it can never apply; only the "
                     "last approach rule may leave it out");
                m_ruleLabel.clear();
            }
        }
        if (m_hasCondition[end - 1]) {
            m_ruleLabel = jsonString(m_set.rules[end - 1].id);
            fail("approach_rules[" + std::to_string(end - 1 - begin) + "].when",
                 "the last approach rule must have no \"when\": it is the fallback that gives "
                 "every intake an approach");
            m_ruleLabel.clear();
        }
    }

    RuleSet& m_set;
    FieldErrors& m_errors;
    std::string m_ruleLabel;                   // the rule being compiled, for messages
    std::unordered_set<std::string> m_seenIds; // ids of all rules, those that failed too
    std::size_t m_failures = 0; // all problems, kept or not: m_errors stops at kMaxErrors
    std::size_t m_dropped = 0;
    std::vector<bool> m_hasCondition; // per compiled rule
};

} // namespace

RuleSetLoadResult RuleSetLoader::fromJson(std::string_view text)
{
    RuleSetLoadResult result;
    if (text.size() > kMaxFileBytes) {
        result.errors.push_back({"rules", tooLongMessage(text.size())});
        return result;
    }
    json document;
    // Conditions nest ("all", "any", "not"), and compiling them recurses: the
    // depth is limited while parsing, before anything recurses over it.
    const json::parser_callback_t limitDepth = [](int depth, json::parse_event_t event, json&) {
        if ((event == json::parse_event_t::object_start ||
             event == json::parse_event_t::array_start) &&
            depth >= kMaxNestingDepth) {
            throw NestingTooDeep{};
        }
        return true;
    };
    try {
        document = json::parse(text.begin(), text.end(), limitDepth);
    } catch (const json::exception& error) {
        // parse_error, and out_of_range for a number too large for a double (1e999)
        std::string_view message = error.what();
        if (const auto at = message.find("parse error at "); at != std::string_view::npos) {
            message.remove_prefix(at + 15);
        } else if (const auto end = message.find("] "); end != std::string_view::npos) {
            message.remove_prefix(end + 2);
        }
        result.errors.push_back({"rules", "not valid JSON: " + bounded::excerpt(message, 200)});
        return result;
    } catch (const NestingTooDeep&) {
        result.errors.push_back({"rules", "nested more than " + std::to_string(kMaxNestingDepth) +
                                              " levels deep; conditions need only a few"});
        return result;
    }
    auto ruleSet = std::make_shared<RuleSet>();
    RuleSetCompiler compiler(*ruleSet, result.errors);
    compiler.compile(document);
    if (compiler.dropped() > 0) {
        result.errors.push_back({"rules", "and " + std::to_string(compiler.dropped()) +
                                              " more problems; fix the ones above first"});
    }
    if (result.errors.empty()) {
        ruleSet->sourceText = std::string(text);
        ruleSet->sourceSha256 =
            QCryptographicHash::hash(QByteArray(text.data(), qsizetype(text.size())),
                                     QCryptographicHash::Sha256)
                .toHex()
                .toStdString();
        result.ruleSet = std::move(ruleSet);
    }
    return result;
}

RuleSetLoadResult RuleSetLoader::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RuleSetLoadResult result;
        result.unreadable = true;
        result.errors.push_back({path.toStdString(), "cannot read the rules file: " +
                                                         file.errorString().toStdString()});
        return result;
    }
    // Never read more than the limit and a byte: the size a file claims can
    // be wrong (a pipe, /dev/zero), so the read itself is bounded too.
    if (!file.isSequential() && std::size_t(file.size()) > kMaxFileBytes) {
        RuleSetLoadResult result;
        result.errors.push_back({path.toStdString(), tooLongMessage(std::size_t(file.size()))});
        return result;
    }
    const QByteArray content = file.read(qint64(kMaxFileBytes) + 1);
    if (std::size_t(content.size()) > kMaxFileBytes) {
        RuleSetLoadResult result;
        result.errors.push_back(
            {path.toStdString(), "more than " + bounded::sizeText(kMaxFileBytes) +
                                     "; a rules file is a few dozen kilobytes"});
        return result;
    }
    return fromJson(std::string_view(content.constData(), std::size_t(content.size())));
}

QString RuleSetLoader::builtInPath()
{
    return QStringLiteral(":/rules/default.json");
}

std::shared_ptr<const RuleSet> RuleSetLoader::builtIn()
{
    static const std::shared_ptr<const RuleSet> defaults = [] {
        RuleSetLoadResult loaded = fromFile(builtInPath());
        if (!loaded.ok()) {
            // The tests load the built-in file, so this is a build defect, never a user's.
            std::string message = "the built-in rules are broken:";
            for (const auto& error : loaded.errors) {
                message += "\n  " + error.toString();
            }
            throw std::logic_error(message);
        }
        return loaded.ruleSet;
    }();
    return defaults;
}
