#include "rules/RuleSetLoader.h"

#include "rules/FactCatalog.h"
#include "util/BoundedInput.h"
#include "util/TextRules.h"
#include "util/Translated.h"

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

constexpr std::string_view kFormat = "clinic-intake-rules/2";
constexpr std::string_view kOldFormat = "clinic-intake-rules/1";
constexpr std::size_t kMaxWordsPerList = 64; // word lists are 64-bit sets
constexpr std::size_t kMaxRules = 60000;     // rationale entries index rules with 16 bits
// By UiLanguage: the keys of a text in two languages, and their names in warnings.
constexpr const char* kLanguageCodes[kUiLanguageCount] = {"en", "fr"};

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
    case FactWords::Approaches: {
        auto words = toVector(kApproachWords);
        words.push_back("none");
        return words;
    }
    case FactWords::Ceilings: {
        auto words = toVector(kPressureWords);
        words.push_back("none");
        return words;
    }
    case FactWords::Answers:
        return {"not_asked", "no", "yes"};
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
    return text.empty()
               ? translated::fill(QCoreApplication::translate("RuleSetLoader", "(none defined)"))
               : text;
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
    return translated::fill(
        QCoreApplication::translate(
            "RuleSetLoader",
            "the file has %1 bytes, more than %2; a rules file is a few dozen kilobytes"),
        bytes, bounded::sizeText(RuleSetLoader::kMaxFileBytes));
}

// A condition as text for people, with "fact" before its operator (the
// parsed object keeps its keys sorted).
std::string conditionText(const json& value)
{
    const auto dump = [](const json& v) {
        return v.dump(-1, ' ', false, json::error_handler_t::replace);
    };
    if (value.is_array()) {
        std::string text = "[";
        for (std::size_t i = 0; i < value.size(); ++i) {
            text += (i == 0 ? "" : ",") + conditionText(value[i]);
        }
        return text + "]";
    }
    if (!value.is_object()) {
        return dump(value);
    }
    std::string text = "{";
    const auto member = [&](const std::string& key, const json& item) {
        text += (text.size() == 1 ? "" : ",") + dump(json(key)) + ":" + conditionText(item);
    };
    if (const auto fact = value.find("fact"); fact != value.end()) {
        member("fact", *fact);
    }
    for (const auto& item : value.items()) {
        if (item.key() != "fact") {
            member(item.key(), item.value());
        }
    }
    return text + "}";
}

// Thrown from the JSON parser's callback to stop it at once.
struct NestingTooDeep
{};

// Watches the parser go through a rules file and refuses what the parsed
// tree can no longer show: nlohmann keeps the last of two equal keys
// silently ("refer_out": "emergency", "refer_out": "routine" became routine),
// as intake files already refuse. Also every text and key of the file, at
// any depth, must be free of control characters: rules texts reach the
// terminal and the therapist's screen.
class RulesTextChecker
{
public:
    explicit RulesTextChecker(FieldErrors& errors) : m_errors(errors) {}

    std::size_t dropped() const { return m_dropped; }

    void event(json::parse_event_t event, const json& parsed)
    {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            if (m_open.size() == m_depth) {
                m_open.emplace_back();
            }
            m_open[m_depth].isObject = event == json::parse_event_t::object_start;
            m_open[m_depth].keys.clear();
            m_open[m_depth].lastKey.clear();
            m_open[m_depth].entries = 0;
            ++m_depth;
            break;
        case json::parse_event_t::key: {
            Open& object = m_open[m_depth - 1];
            const std::string& name = parsed.get_ref<const std::string&>();
            const bool repeated = !object.keys.insert(name).second;
            object.lastKey = name;
            if (repeated) {
                fail(path(), translated::fill(QCoreApplication::translate(
                                 "RuleSetLoader", "appears twice; give each key once")));
            }
            if (const auto c = text_rules::forbiddenCharacter(name, text_rules::Lines::One)) {
                fail(path(), translated::fill(
                                 QCoreApplication::translate("RuleSetLoader", "the key %1"),
                                 text_rules::controlCharacterMessage(*c, text_rules::Lines::One)));
            }
            break;
        }
        case json::parse_event_t::value:
            if (parsed.is_string()) {
                if (const auto c = text_rules::forbiddenCharacter(
                        parsed.get_ref<const std::string&>(), text_rules::Lines::One)) {
                    fail(path(), text_rules::controlCharacterMessage(*c, text_rules::Lines::One));
                }
            }
            endOfEntry();
            break;
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            --m_depth;
            endOfEntry();
            break;
        }
    }

private:
    struct Open
    {
        bool isObject = false;
        std::unordered_set<std::string> keys; // a set: 100,000 keys must not take 10^10 steps
        std::string lastKey;
        std::size_t entries = 0; // of a list: the index of the entry being read
    };

    void endOfEntry()
    {
        if (m_depth > 0 && !m_open[m_depth - 1].isObject) {
            ++m_open[m_depth - 1].entries;
        }
    }

    // Where the parser is, as error paths are written: referral_rules[0].refer_out.
    std::string path() const
    {
        std::string where;
        for (std::size_t i = 0; i < m_depth; ++i) {
            const Open& open = m_open[i];
            if (open.isObject) {
                const std::string key = keyInPath(open.lastKey);
                where = where.empty() ? key : where + "." + key;
            } else {
                where += "[" + std::to_string(open.entries) + "]";
            }
        }
        return where.empty() ? std::string("rules") : where;
    }

    void fail(std::string path, std::string message)
    {
        if (m_errors.size() >= RuleSetLoader::kMaxErrors) {
            ++m_dropped;
            return;
        }
        m_errors.push_back({std::move(path), std::move(message)});
    }

    FieldErrors& m_errors;
    std::vector<Open> m_open;
    std::size_t m_depth = 0;
    std::size_t m_dropped = 0;
};

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
            fail("rules", translated::fill(QCoreApplication::translate(
                              "RuleSetLoader", "must be a JSON object {...}")));
            return;
        }
        const json* format = required(document, "", "format");
        if (format != nullptr && format->is_string() && *format == kOldFormat) {
            fail("format", translated::fill(
                               QCoreApplication::translate(
                                   "RuleSetLoader",
                                   "this is a %1 file; this version reads %2 only (three-state "
                                   "answers, required questions, clearances): start from "
                                   "`clinic-intake-cli rules show --json` and see docs/rules.md"),
                               kOldFormat, kFormat));
            return;
        }
        if (format != nullptr && (!format->is_string() || *format != kFormat)) {
            fail("format", translated::fill(QCoreApplication::translate("RuleSetLoader",
                                                                        "must be \"%1\", got %2"),
                                            kFormat, describe(*format)));
        }
        std::vector<std::string_view> topLevel = {
            "format",    "version",    "description",          "sources",           "focus_areas",
            "home_care", "approaches", "clearance_valid_days", "required_questions"};
        topLevel.insert(topLevel.end(), kRuleStageSections.begin(), kRuleStageSections.end());
        refuseUnknownKeys(document, "", topLevel);

        if (const json* version = required(document, "", "version")) {
            if (!version->is_string() || version->get_ref<const std::string&>().empty()) {
                fail("version",
                     translated::fill(QCoreApplication::translate(
                                          "RuleSetLoader", "must be a non-empty text, got %1"),
                                      describe(*version)));
            } else {
                m_set.version = version->get<std::string>();
                m_set.versionJson = jsonString(m_set.version);
            }
        }
        if (const auto description = document.find("description"); description != document.end()) {
            if (auto text = ruleText(*description, "description", false)) {
                m_set.description = std::move(*text);
            }
        }

        readSources(document);
        readFocusAreas(document);
        readWordList(document, "home_care", m_set.homeCare, m_set.homeCareJson);
        readApproaches(document);
        readClearanceDays(document);
        readRequiredQuestions(document);

        // Stage by stage, so that a rule can only name what earlier stages define.
        for (std::size_t stage = 0; stage < kRuleStageCount; ++stage) {
            const std::size_t begin = m_set.rules.size();
            const std::string section(kRuleStageSections[stage]);
            if (const json* rules = required(document, "", section)) {
                if (!rules->is_array()) {
                    fail(section, translated::fill(QCoreApplication::translate(
                                      "RuleSetLoader", "must be a list of rules [...]")));
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
            fail("rules", translated::fill(
                              QCoreApplication::translate("RuleSetLoader", "more than %1 rules"),
                              kMaxRules));
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
        m_errors.push_back({where, m_ruleLabel.empty()
                                       ? message
                                       : translated::fill(QCoreApplication::translate(
                                                              "RuleSetLoader", "in rule %1: %2"),
                                                          m_ruleLabel, message)});
    }

    static std::string pathOf(const std::string& parent, std::string_view key)
    {
        return parent.empty() ? std::string(key) : parent + "." + std::string(key);
    }

    static std::string indexPath(const std::string& parent, std::size_t index)
    {
        return parent + "[" + std::to_string(index) + "]";
    }

    const json* required(const json& object, const std::string& path, std::string_view key)
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            fail(pathOf(path, key), translated::fill(QCoreApplication::translate(
                                        "RuleSetLoader", "is required but missing")));
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
                     translated::fill(QCoreApplication::translate(
                                          "RuleSetLoader", "unknown key; expected one of %1"),
                                      joinWords(known)));
            }
        }
    }

    // A non-empty text for people at object[key] (see ruleText), or nullopt
    // with an error.
    std::optional<RuleText> requiredText(const json& object, const std::string& path,
                                         std::string_view key)
    {
        const json* found = required(object, path, key);
        return found == nullptr ? std::nullopt : ruleText(*found, pathOf(path, key), true);
    }

    // A non-empty text at object[key], or nullopt (with an error if it is required).
    std::optional<std::string> text(const json& object, const std::string& path,
                                    std::string_view key, bool isRequired = true)
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (isRequired) {
                fail(pathOf(path, key), translated::fill(QCoreApplication::translate(
                                            "RuleSetLoader", "is required but missing")));
            }
            return std::nullopt;
        }
        if (!found->is_string() || found->get_ref<const std::string&>().empty()) {
            fail(pathOf(path, key),
                 translated::fill(QCoreApplication::translate("RuleSetLoader",
                                                              "must be a non-empty text, got %1"),
                                  describe(*found)));
            return std::nullopt;
        }
        return found->get<std::string>();
    }

    // A text for people, in English and French: "text" (English only, as
    // older and clinic files write it) or {"en": "text", "fr": "texte"}, one
    // of them at least. A language left out gets the other's text, and a
    // warning for `rules check`.
    std::optional<RuleText> ruleText(const json& value, const std::string& path, bool nonEmpty)
    {
        if (value.is_string()) {
            if (nonEmpty && value.get_ref<const std::string&>().empty()) {
                fail(path,
                     translated::fill(QCoreApplication::translate(
                                          "RuleSetLoader", "must be a non-empty text, got %1"),
                                      describe(value)));
                return std::nullopt;
            }
            RuleText text;
            text.in(UiLanguage::English) = value.get<std::string>();
            return completed(std::move(text), path);
        }
        if (!value.is_object()) {
            fail(path,
                 nonEmpty
                     ? translated::fill(QCoreApplication::translate(
                                            "RuleSetLoader", "must be a non-empty text or {\"en\": "
                                                             "\"...\", \"fr\": \"...\"}, got %1"),
                                        describe(value))
                     : translated::fill(
                           QCoreApplication::translate(
                               "RuleSetLoader",
                               "must be text or {\"en\": \"...\", \"fr\": \"...\"}, got %1"),
                           describe(value)));
            return std::nullopt;
        }
        refuseUnknownKeys(value, path, {"en", "fr"});
        RuleText text;
        bool ok = true;
        for (std::size_t i = 0; i < kUiLanguageCount; ++i) {
            const char* const code = kLanguageCodes[i];
            const auto found = value.find(code);
            if (found == value.end()) {
                continue;
            }
            if (!found->is_string()) {
                fail(pathOf(path, code),
                     translated::fill(
                         QCoreApplication::translate("RuleSetLoader", "must be a string, got %1"),
                         describe(*found)));
                ok = false;
            } else if (found->get_ref<const std::string&>().empty()) {
                // An empty text would show nothing: leave the language out instead.
                fail(pathOf(path, code),
                     translated::fill(QCoreApplication::translate(
                                          "RuleSetLoader", "must not be empty; leave \"%1\" out if "
                                                           "there is no text in that language"),
                                      code));
                ok = false;
            } else {
                text.texts[i] = found->get<std::string>();
            }
        }
        if (ok && text.empty()) {
            fail(path,
                 translated::fill(QCoreApplication::translate(
                                      "RuleSetLoader",
                                      "must give its text in \"en\" or \"fr\" (or both), got %1"),
                                  describe(value)));
            return std::nullopt;
        }
        return ok ? completed(std::move(text), path) : std::nullopt;
    }

    // Fills the language a text left out with the other's, and says so.
    std::optional<RuleText> completed(RuleText text, const std::string& path)
    {
        for (std::size_t i = 0; i < kUiLanguageCount; ++i) {
            if (text.texts[i].empty() && !text.texts[1 - i].empty()) {
                text.texts[i] = text.texts[1 - i];
                // Whole sentences per language: French puts the adjective elsewhere. The
                // path and its colon stay as in error lines ("error: <path>: ").
                const bool french = UiLanguage(i) == UiLanguage::French;
                if (m_ruleLabel.empty()) {
                    m_set.missingTranslations.push_back(translated::fill(
                        french
                            ? QCoreApplication::translate("RuleSetLoader", "%1: no French version")
                            : QCoreApplication::translate("RuleSetLoader",
                                                          "%1: no English version"),
                        path));
                } else {
                    m_set.missingTranslations.push_back(translated::fill(
                        french ? QCoreApplication::translate("RuleSetLoader",
                                                             "%1: no French version (in rule %2)")
                               : QCoreApplication::translate("RuleSetLoader",
                                                             "%1: no English version (in rule %2)"),
                        path, m_ruleLabel));
                }
            }
        }
        return text;
    }

    void readSources(const json& document)
    {
        const auto list = document.find("sources");
        if (list == document.end()) {
            return; // optional: rules without evidence are allowed (rules check counts them)
        }
        if (!list->is_array()) {
            fail("sources", translated::fill(QCoreApplication::translate(
                                "RuleSetLoader",
                                "must be a list of sources [{\"id\": ..., \"title\": ...}, ...]")));
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& entry = (*list)[i];
            const std::string path = indexPath("sources", i);
            if (!entry.is_object()) {
                fail(path, translated::fill(QCoreApplication::translate(
                               "RuleSetLoader", "must be {\"id\": ..., \"title\": ..., \"year\": "
                                                "..., \"supports\": ...}")));
                continue;
            }
            refuseUnknownKeys(entry, path, {"id", "title", "year", "supports"});
            EvidenceSource source;
            const auto id = text(entry, path, "id");
            const auto title = requiredText(entry, path, "title");
            const auto supports = requiredText(entry, path, "supports");
            if (const auto year = entry.find("year"); year != entry.end()) {
                if (!year->is_number_integer() || *year < 1800 || *year > 2200) {
                    fail(pathOf(path, "year"),
                         translated::fill(
                             QCoreApplication::translate("RuleSetLoader",
                                                         "must be a year such as 2016, got %1"),
                             describe(*year)));
                } else {
                    source.year = year->get<int>();
                }
            }
            if (id && !isPlainSourceId(*id)) {
                fail(pathOf(path, "id"),
                     translated::fill(
                         QCoreApplication::translate(
                             "RuleSetLoader", "must be lowercase letters, digits, - and _, got %1"),
                         describe(entry["id"])));
                continue;
            }
            if (id && findSource(*id)) {
                fail(pathOf(path, "id"),
                     translated::fill(
                         QCoreApplication::translate("RuleSetLoader", "duplicate source id %1"),
                         jsonString(*id)));
                continue;
            }
            if (id && title && supports) {
                source.id = *id;
                source.title = *title;
                source.supports = *supports;
                m_set.sources.push_back(std::move(source));
            }
        }
    }

    static bool isPlainSourceId(const std::string& id)
    {
        return id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
                   return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
               });
    }

    std::optional<std::uint16_t> findSource(const std::string& id) const
    {
        for (std::size_t i = 0; i < m_set.sources.size(); ++i) {
            if (m_set.sources[i].id == id) {
                return std::uint16_t(i);
            }
        }
        return std::nullopt;
    }

    void readFocusAreas(const json& document)
    {
        const json* list = required(document, "", "focus_areas");
        if (list == nullptr) {
            return;
        }
        if (!list->is_array()) {
            fail("focus_areas",
                 translated::fill(QCoreApplication::translate(
                     "RuleSetLoader",
                     "must be a list [{\"id\": \"hamstrings\", \"lies_in\": [\"thigh\"]}, ...]")));
            return;
        }
        if (list->size() > kMaxWordsPerList) {
            fail("focus_areas", translated::fill(QCoreApplication::translate(
                                    "RuleSetLoader", "may hold at most 64 focus areas")));
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& entry = (*list)[i];
            const std::string path = indexPath("focus_areas", i);
            if (!entry.is_object()) {
                fail(path, translated::fill(
                               QCoreApplication::translate(
                                   "RuleSetLoader",
                                   "must be {\"id\": ..., \"lies_in\": [locations]}, got %1"),
                               describe(entry)));
                continue;
            }
            refuseUnknownKeys(entry, path, {"id", "lies_in"});
            const json* id = required(entry, path, "id");
            const json* liesIn = required(entry, path, "lies_in");
            if (id == nullptr || liesIn == nullptr) {
                continue;
            }
            if (!id->is_string() || !isPlainWord(id->get_ref<const std::string&>())) {
                fail(pathOf(path, "id"),
                     translated::fill(
                         QCoreApplication::translate(
                             "RuleSetLoader",
                             "must be a word of lowercase letters, digits and _, got %1"),
                         describe(*id)));
                continue;
            }
            const std::string word = id->get<std::string>();
            if (std::find(m_set.focusAreas.begin(), m_set.focusAreas.end(), word) !=
                m_set.focusAreas.end()) {
                fail(pathOf(path, "id"),
                     translated::fill(
                         QCoreApplication::translate("RuleSetLoader", "%1 is listed twice"),
                         describe(*id)));
                continue;
            }
            const std::string liesInPath = pathOf(path, "lies_in");
            if (!liesIn->is_array()) {
                fail(liesInPath,
                     translated::fill(QCoreApplication::translate(
                         "RuleSetLoader", "must be a list of locations (it may be empty)")));
                continue;
            }
            std::uint16_t locations = 0;
            for (std::size_t j = 0; j < liesIn->size(); ++j) {
                const json& location = (*liesIn)[j];
                const auto index = location.is_string() ? indexOfWord(kPainLocationWords,
                                                                      location.get<std::string>())
                                                        : std::nullopt;
                if (!index) {
                    fail(indexPath(liesInPath, j),
                         translated::fill(
                             QCoreApplication::translate("RuleSetLoader",
                                                         "unknown location %1; expected one of %2"),
                             describe(location), joinWords(fixedWords(FactWords::PainLocations))));
                } else {
                    locations |= bitOf(PainLocation(*index));
                }
            }
            m_set.focusAreas.push_back(word);
            m_set.focusAreasJson.push_back(jsonString(word));
            m_set.focusAreaLocations.push_back(locations);
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
            fail(path, translated::fill(QCoreApplication::translate(
                           "RuleSetLoader", "must be a list of words [...]")));
            return;
        }
        if (list->size() > kMaxWordsPerList) {
            fail(path, translated::fill(QCoreApplication::translate("RuleSetLoader",
                                                                    "may hold at most 64 words")));
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& entry = (*list)[i];
            const std::string entryPath = indexPath(path, i);
            if (!entry.is_string() || !isPlainWord(entry.get_ref<const std::string&>())) {
                fail(entryPath,
                     translated::fill(
                         QCoreApplication::translate(
                             "RuleSetLoader",
                             "must be a word of lowercase letters, digits and _, got %1"),
                         describe(entry)));
            } else if (std::find(words.begin(), words.end(), entry.get<std::string>()) !=
                       words.end()) {
                fail(entryPath, translated::fill(QCoreApplication::translate("RuleSetLoader",
                                                                             "%1 is listed twice"),
                                                 describe(entry)));
            } else {
                words.push_back(entry.get<std::string>());
                wordsJson.push_back(jsonString(words.back()));
            }
        }
    }

    std::optional<Pressure> pressureAt(const json& object, const std::string& path,
                                       std::string_view key)
    {
        const json* value = required(object, path, key);
        if (value == nullptr) {
            return std::nullopt;
        }
        const auto index = value->is_string()
                               ? indexOfWord(kPressureWords, value->get<std::string>())
                               : std::nullopt;
        if (!index) {
            fail(pathOf(path, key),
                 translated::fill(QCoreApplication::translate(
                                      "RuleSetLoader", "must be light, medium or firm, got %1"),
                                  describe(*value)));
            return std::nullopt;
        }
        return Pressure(*index);
    }

    void readApproaches(const json& document)
    {
        const json* approaches = required(document, "", "approaches");
        if (approaches == nullptr) {
            return;
        }
        if (!approaches->is_object()) {
            fail("approaches",
                 translated::fill(QCoreApplication::translate(
                     "RuleSetLoader", "must be an object {\"swedish\": {\"least_pressure\": "
                                      "\"light\", \"most_pressure\": \"medium\"}, ...}")));
            return;
        }
        const std::vector<std::string_view> massageApproaches(kApproachWords.begin(),
                                                              kApproachWords.end() - 1);
        refuseUnknownKeys(*approaches, "approaches", massageApproaches);
        for (std::size_t i = 0; i < massageApproaches.size(); ++i) {
            const std::string key(massageApproaches[i]);
            const json* entry = required(*approaches, "approaches", key);
            const std::string path = "approaches." + key;
            if (entry == nullptr) {
                continue;
            }
            if (!entry->is_object()) {
                fail(path, translated::fill(QCoreApplication::translate(
                               "RuleSetLoader",
                               "must be {\"least_pressure\": ..., \"most_pressure\": ...}")));
                continue;
            }
            refuseUnknownKeys(*entry, path, {"least_pressure", "most_pressure"});
            const auto least = pressureAt(*entry, path, "least_pressure");
            const auto most = pressureAt(*entry, path, "most_pressure");
            if (least && most && *least > *most) {
                fail(pathOf(path, "least_pressure"),
                     translated::fill(QCoreApplication::translate(
                         "RuleSetLoader",
                         "is above most_pressure; the approach could never be used")));
            }
            m_set.leastPressure[i] = least.value_or(Pressure::Light);
            m_set.mostPressure[i] = most.value_or(Pressure::Light);
        }
    }

    void readClearanceDays(const json& document)
    {
        const json* days = required(document, "", "clearance_valid_days");
        if (days == nullptr) {
            return;
        }
        if (!days->is_number_integer() || *days < 0 || *days > 3650) {
            fail("clearance_valid_days",
                 translated::fill(
                     QCoreApplication::translate(
                         "RuleSetLoader", "must be a whole number of days from 0 to 3650, got %1"),
                     describe(*days)));
            return;
        }
        m_set.clearanceValidDays = days->get<int>();
    }

    void readRequiredQuestions(const json& document)
    {
        const json* list = required(document, "", "required_questions");
        if (list == nullptr) {
            return;
        }
        if (!list->is_array()) {
            fail("required_questions",
                 translated::fill(QCoreApplication::translate(
                     "RuleSetLoader",
                     "must be a list [{\"when\": true, \"questions\": [...]}, ...]")));
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& entry = (*list)[i];
            const std::string path = indexPath("required_questions", i);
            if (!entry.is_object()) {
                fail(path, translated::fill(QCoreApplication::translate(
                               "RuleSetLoader", "must be {\"when\": ..., \"questions\": [...]}")));
                continue;
            }
            refuseUnknownKeys(entry, path, {"when", "questions", "description"});
            RequiredQuestions required;
            const json* when = this->required(entry, path, "when");
            if (when != nullptr) {
                required.always = when->is_boolean() && when->get<bool>();
                required.whenText = conditionText(*when);
                if (!required.always) {
                    required.when =
                        compileCondition(*when, pathOf(path, "when"), RuleStage::Referral);
                }
            }
            if (const auto description = entry.find("description"); description != entry.end()) {
                if (auto text = ruleText(*description, pathOf(path, "description"), false)) {
                    required.description = std::move(*text);
                }
            }
            const json* questions = this->required(entry, path, "questions");
            if (questions == nullptr) {
                continue;
            }
            const std::string questionsPath = pathOf(path, "questions");
            if (!questions->is_array() || questions->empty()) {
                fail(questionsPath, translated::fill(QCoreApplication::translate(
                                        "RuleSetLoader", "must be a non-empty list of questions "
                                                         "such as \"screening.saddle_numbness\"")));
                continue;
            }
            for (std::size_t j = 0; j < questions->size(); ++j) {
                const json& name = (*questions)[j];
                const FactDefinition* fact =
                    name.is_string() ? FactCatalog::find(name.get<std::string>()) : nullptr;
                if (fact == nullptr || fact->kind != FactKind::Answer) {
                    fail(indexPath(questionsPath, j),
                         translated::fill(
                             QCoreApplication::translate("RuleSetLoader",
                                                         "unknown question %1; a question is "
                                                         "screening.<id> or precautions.<id>"),
                             describe(name)));
                    continue;
                }
                required.questions |= bitOf(Question(fact->slot));
            }
            m_set.requiredQuestions.push_back(required);
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
                 translated::fill(QCoreApplication::translate(
                                      "RuleSetLoader",
                                      "unknown approach %1; must be trigger_point, deep_tissue, "
                                      "swedish or sacroiliac (referrals belong in referral_rules)"),
                                  describe(*approach)));
            return std::nullopt;
        }
        return Approach(*index);
    }

    // Bits of the listed words, which must come from the rule set's own list.
    std::uint64_t wordBits(const json& list, const std::string& path,
                           const std::vector<std::string>& known, std::string_view listName)
    {
        if (!list.is_array() || list.empty()) {
            fail(path, translated::fill(QCoreApplication::translate(
                           "RuleSetLoader", "must be a non-empty list of words [...]")));
            return 0;
        }
        std::uint64_t bits = 0;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& entry = list[i];
            const auto found = entry.is_string()
                                   ? std::find(known.begin(), known.end(), entry.get<std::string>())
                                   : known.end();
            if (found == known.end()) {
                fail(indexPath(path, i),
                     translated::fill(QCoreApplication::translate(
                                          "RuleSetLoader", "unknown word %1; add it to %2 first"),
                                      describe(entry), std::string(listName)));
            } else {
                bits |= std::uint64_t(1) << (found - known.begin());
            }
        }
        return bits;
    }

    // A reason text in English and French (see ruleText), each compiled.
    std::optional<std::array<ReasonTemplate, kUiLanguageCount>>
    compileTemplates(const json& value, const std::string& path)
    {
        if (value.is_string() && value.get_ref<const std::string&>().empty()) {
            fail(path,
                 translated::fill(QCoreApplication::translate(
                                      "RuleSetLoader", "must be a non-empty sentence, got %1"),
                                  describe(value)));
            return std::nullopt;
        }
        const auto text = ruleText(value, path, true);
        if (!text) {
            return std::nullopt;
        }
        // Each language the file gives is compiled under its own path
        // ("reason.fr"); a copied language needs no second message.
        const bool perLanguage = value.is_object();
        std::array<ReasonTemplate, kUiLanguageCount> compiled;
        std::array<bool, kUiLanguageCount> given{};
        bool ok = true;
        for (std::size_t i = 0; i < kUiLanguageCount; ++i) {
            given[i] = perLanguage ? value.contains(kLanguageCodes[i]) : i == 0;
            if (!given[i]) {
                continue;
            }
            auto one = compileTemplate(text->texts[i],
                                       perLanguage ? pathOf(path, kLanguageCodes[i]) : path);
            if (one) {
                compiled[i] = std::move(*one);
            } else {
                ok = false;
            }
        }
        for (std::size_t i = 0; i < kUiLanguageCount; ++i) {
            if (!given[i]) {
                compiled[i] = compiled[1 - i];
            }
        }
        return ok ? std::optional(std::move(compiled)) : std::nullopt;
    }

    // A reason text with {placeholders}; an unknown placeholder is refused.
    std::optional<ReasonTemplate> compileTemplate(const std::string& source,
                                                  const std::string& path)
    {
        ReasonTemplate compiled;
        compiled.text = source;
        const std::string& text = compiled.text;
        ReasonTemplate::Part part;
        std::size_t i = 0;
        bool ok = true;
        while (i < text.size()) {
            if (text[i] == '{') {
                const std::size_t close = text.find('}', i);
                const std::string name =
                    close == std::string::npos ? std::string() : text.substr(i + 1, close - i - 1);
                if (!name.empty() && isPlainWord(name)) {
                    const auto* known =
                        std::find_if(std::begin(kPlaceholders), std::end(kPlaceholders),
                                     [&name](const PlaceholderName& p) { return p.name == name; });
                    if (known == std::end(kPlaceholders)) {
                        std::vector<std::string_view> names;
                        for (const auto& p : kPlaceholders) {
                            names.push_back(p.name);
                        }
                        fail(path, translated::fill(
                                       QCoreApplication::translate(
                                           "RuleSetLoader", "unknown placeholder {%1}; known: %2"),
                                       bounded::excerpt(name, 40), joinWords(names)));
                        ok = false;
                    } else {
                        part.hasPlaceholder = true;
                        part.placeholder = known->placeholder;
                        compiled.parts.push_back(std::move(part));
                        part = ReasonTemplate::Part();
                    }
                    i = close + 1;
                    continue;
                }
            }
            part.literal += text[i];
            ++i;
        }
        compiled.parts.push_back(std::move(part));
        for (auto& each : compiled.parts) {
            const std::string quoted = jsonString(each.literal);
            each.literalJson = quoted.substr(1, quoted.size() - 2);
        }
        compiled.textJson = jsonString(text);
        return ok ? std::optional(std::move(compiled)) : std::nullopt;
    }

    void compileReasons(const json& ruleJson, const std::string& path, RuleStage stage, Rule& rule)
    {
        const auto reason = ruleJson.find("reason");
        const auto reasons = ruleJson.find("reasons");
        if (reason != ruleJson.end() && reasons != ruleJson.end()) {
            fail(path, translated::fill(QCoreApplication::translate(
                           "RuleSetLoader", "has both \"reason\" and \"reasons\"; give one")));
            return;
        }
        if (reason == ruleJson.end() && reasons == ruleJson.end()) {
            fail(pathOf(path, "reason"),
                 translated::fill(QCoreApplication::translate(
                     "RuleSetLoader", "is required: it is the line the rationale shows")));
            return;
        }
        if (reason != ruleJson.end()) {
            if (auto texts = compileTemplates(*reason, pathOf(path, "reason"))) {
                rule.reasons.push_back({std::nullopt, std::move(*texts)});
            }
            return;
        }
        const std::string listPath = pathOf(path, "reasons");
        if (!reasons->is_array() || reasons->empty() || reasons->size() > 16) {
            fail(listPath, translated::fill(QCoreApplication::translate(
                               "RuleSetLoader", "must be a list of 1 to 16 {\"when\": ..., "
                                                "\"text\": ...}; the last has no \"when\"")));
            return;
        }
        for (std::size_t i = 0; i < reasons->size(); ++i) {
            const json& entry = (*reasons)[i];
            const std::string entryPath = indexPath(listPath, i);
            if (!entry.is_object()) {
                fail(entryPath, translated::fill(QCoreApplication::translate(
                                    "RuleSetLoader", "must be {\"when\": ..., \"text\": ...}")));
                continue;
            }
            refuseUnknownKeys(entry, entryPath, {"when", "text"});
            const bool last = i + 1 == reasons->size();
            ReasonVariant variant;
            const auto when = entry.find("when");
            if (last && when != entry.end()) {
                fail(pathOf(entryPath, "when"),
                     translated::fill(QCoreApplication::translate(
                         "RuleSetLoader", "the last reason must have no \"when\": it is shown when "
                                          "none before holds")));
            } else if (!last && when == entry.end()) {
                fail(pathOf(entryPath, "when"),
                     translated::fill(QCoreApplication::translate(
                         "RuleSetLoader", "is required: only the last reason may leave it out")));
            } else if (when != entry.end()) {
                variant.when = compileCondition(*when, pathOf(entryPath, "when"), stage);
            }
            const json* textJson = required(entry, entryPath, "text");
            if (textJson == nullptr) {
                continue;
            }
            if (auto texts = compileTemplates(*textJson, pathOf(entryPath, "text"))) {
                variant.texts = std::move(*texts);
                rule.reasons.push_back(std::move(variant));
            }
        }
    }

    void compileEvidence(const json& ruleJson, const std::string& path, Rule& rule)
    {
        const auto evidence = ruleJson.find("evidence");
        if (evidence == ruleJson.end()) {
            return;
        }
        const std::string evidencePath = pathOf(path, "evidence");
        if (!evidence->is_array() || evidence->empty()) {
            fail(evidencePath,
                 translated::fill(QCoreApplication::translate(
                     "RuleSetLoader", "must be a non-empty list of source ids from \"sources\"")));
            return;
        }
        for (std::size_t i = 0; i < evidence->size(); ++i) {
            const json& id = (*evidence)[i];
            const auto source = id.is_string() ? findSource(id.get<std::string>()) : std::nullopt;
            if (!source) {
                fail(indexPath(evidencePath, i),
                     translated::fill(
                         QCoreApplication::translate(
                             "RuleSetLoader", "unknown source %1; add it to \"sources\" first"),
                         describe(id)));
            } else {
                rule.evidence.push_back(*source);
            }
        }
    }

    void compileReferral(const json& ruleJson, const std::string& path, Rule& rule)
    {
        if (const json* urgency = required(ruleJson, path, "refer_out")) {
            const auto index = urgency->is_string()
                                   ? indexOfWord(kUrgencyWords, urgency->get<std::string>())
                                   : std::nullopt;
            if (!index) {
                fail(pathOf(path, "refer_out"),
                     translated::fill(
                         QCoreApplication::translate(
                             "RuleSetLoader", "must be emergency, urgent or routine, got %1"),
                         describe(*urgency)));
            } else {
                rule.urgency = Urgency(*index);
            }
        }
        const auto code = ruleJson.find("clearance");
        const auto clearedText = ruleJson.find("reason_cleared");
        if (code == ruleJson.end()) {
            if (clearedText != ruleJson.end()) {
                fail(pathOf(path, "reason_cleared"),
                     translated::fill(QCoreApplication::translate(
                         "RuleSetLoader", "only a rule with a \"clearance\" code can be cleared")));
            }
            return;
        }
        const auto index = code->is_string()
                               ? indexOfWord(kClearanceCodeWords, code->get<std::string>())
                               : std::nullopt;
        if (!index) {
            fail(pathOf(path, "clearance"),
                 translated::fill(
                     QCoreApplication::translate("RuleSetLoader",
                                                 "unknown clearance code %1; expected one of %2"),
                     describe(*code), listOfWords(kClearanceCodeWords)));
        } else {
            rule.clearance = ClearanceCode(*index);
        }
        if (clearedText == ruleJson.end()) {
            fail(
                pathOf(path, "reason_cleared"),
                translated::fill(QCoreApplication::translate(
                    "RuleSetLoader",
                    "is required with \"clearance\": the line shown when a physician cleared it")));
            return;
        }
        if (auto texts = compileTemplates(*clearedText, pathOf(path, "reason_cleared"))) {
            rule.clearedVariant = std::uint8_t(rule.reasons.size());
            rule.reasons.push_back({std::nullopt, std::move(*texts)});
        }
    }

    void compileRule(RuleStage stage, const json& ruleJson, const std::string& path)
    {
        m_ruleLabel.clear();
        if (!ruleJson.is_object()) {
            fail(path,
                 translated::fill(QCoreApplication::translate(
                     "RuleSetLoader", "must be a rule object {\"id\": ..., \"when\": ..., ...}")));
            return;
        }
        Rule rule;
        rule.stage = stage;
        const json* id = required(ruleJson, path, "id");
        if (id != nullptr && (!id->is_string() || id->get_ref<const std::string&>().empty())) {
            fail(pathOf(path, "id"), translated::fill(QCoreApplication::translate(
                                         "RuleSetLoader", "must be a non-empty text")));
        } else if (id != nullptr) {
            rule.id = id->get<std::string>();
            m_ruleLabel = jsonString(bounded::excerpt(rule.id, 60));
            // A set: a file of 100,000 rules must not take 10^10 comparisons.
            if (!m_seenIds.insert(rule.id).second) {
                fail(pathOf(path, "id"),
                     translated::fill(QCoreApplication::translate(
                         "RuleSetLoader", "duplicate id: another rule already has it")));
            }
        }

        std::vector<std::string_view> keys = {"id",      "when",        "reason",
                                              "reasons", "description", "evidence"};
        const std::size_t failuresBefore = m_failures;
        compileReasons(ruleJson, path, stage, rule);
        switch (stage) {
        case RuleStage::Referral:
            keys.insert(keys.end(), {"refer_out", "clearance", "reason_cleared"});
            compileReferral(ruleJson, path, rule);
            break;
        case RuleStage::Notice:
        case RuleStage::Pressure:
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
            keys.insert(keys.end(), {"add_focus", "remove_focus", "remove_focus_lying_in"});
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
        compileEvidence(ruleJson, path, rule);
        if (const auto description = ruleJson.find("description"); description != ruleJson.end()) {
            if (auto text = ruleText(*description, pathOf(path, "description"), false)) {
                rule.description = std::move(*text);
            }
        }
        rule.idJson = jsonString(rule.id);

        const auto when = ruleJson.find("when");
        bool conditional = false;
        if (when != ruleJson.end()) {
            rule.condition = compileCondition(*when, pathOf(path, "when"), stage);
            conditional = !(when->is_boolean() && when->get<bool>());
            if (conditional) {
                rule.whenText = conditionText(*when);
            }
        } else if (stage == RuleStage::Approach) {
            rule.condition = m_set.conditions.add({}); // the fallback: always holds
        } else {
            fail(pathOf(path, "when"),
                 translated::fill(QCoreApplication::translate(
                     "RuleSetLoader",
                     "is required: a rule must say when it applies (true: always)")));
        }

        if (m_failures == failuresBefore) {
            m_set.rules.push_back(std::move(rule));
            m_hasCondition.push_back(conditional);
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
            fail(cautionPath,
                 translated::fill(QCoreApplication::translate(
                     "RuleSetLoader",
                     "must be {\"code\": ..., \"text\": ..., \"max_pressure\": ...}")));
            return;
        }
        refuseUnknownKeys(*caution, cautionPath, {"code", "text", "max_pressure"});
        CautionDefinition definition;
        if (const json* code = required(*caution, cautionPath, "code")) {
            if (!code->is_string() || !isPlainWord(code->get<std::string>())) {
                fail(pathOf(cautionPath, "code"),
                     translated::fill(
                         QCoreApplication::translate(
                             "RuleSetLoader",
                             "must be a word of lowercase letters, digits and _, got %1"),
                         describe(*code)));
            } else {
                definition.code = code->get<std::string>();
                for (const auto& existing : m_set.cautions) {
                    if (existing.code == definition.code) {
                        fail(pathOf(cautionPath, "code"),
                             translated::fill(QCoreApplication::translate(
                                                  "RuleSetLoader", "duplicate caution code %1"),
                                              jsonString(definition.code)));
                    }
                }
            }
        }
        if (auto text = requiredText(*caution, cautionPath, "text")) {
            definition.text = std::move(*text);
        }
        if (const auto limit = caution->find("max_pressure"); limit != caution->end()) {
            const auto index = limit->is_string()
                                   ? indexOfWord(kPressureWords, limit->get<std::string>())
                                   : std::nullopt;
            if (!index || Pressure(*index) == Pressure::Firm) {
                fail(pathOf(cautionPath, "max_pressure"),
                     translated::fill(
                         QCoreApplication::translate(
                             "RuleSetLoader",
                             "must be light or medium (leave it out for no limit), got %1"),
                         describe(*limit)));
            } else {
                definition.maxPressure = Pressure(*index);
            }
        }
        if (m_set.cautions.size() >= kMaxWordsPerList) {
            fail(cautionPath, translated::fill(QCoreApplication::translate(
                                  "RuleSetLoader", "a rules file may define at most 64 cautions")));
            return;
        }
        definition.codeJson = jsonString(definition.code);
        for (std::size_t i = 0; i < kUiLanguageCount; ++i) {
            definition.textJson[i] = jsonString(definition.text.texts[i]);
        }
        rule.caution = std::uint16_t(m_set.cautions.size());
        m_set.cautions.push_back(std::move(definition));
    }

    void compileListChange(const json& ruleJson, const std::string& path, const char* addKey,
                           const char* removeKey, const std::vector<std::string>& known,
                           std::string_view listName, Rule& rule)
    {
        const auto add = ruleJson.find(addKey);
        const auto remove = ruleJson.find(removeKey);
        const auto lyingIn = ruleJson.find("remove_focus_lying_in");
        const bool isFocus = rule.stage == RuleStage::Focus;
        if (add == ruleJson.end() && remove == ruleJson.end() &&
            (!isFocus || lyingIn == ruleJson.end())) {
            fail(path, isFocus ? translated::fill(QCoreApplication::translate(
                                                      "RuleSetLoader", "needs \"%1\" or \"%2\" or "
                                                                       "\"remove_focus_lying_in\""),
                                                  addKey, removeKey)
                               : translated::fill(QCoreApplication::translate(
                                                      "RuleSetLoader", "needs \"%1\" or \"%2\""),
                                                  addKey, removeKey));
            return;
        }
        if (add != ruleJson.end()) {
            rule.addBits = wordBits(*add, pathOf(path, addKey), known, listName);
        }
        if (remove != ruleJson.end()) {
            rule.removeBits = wordBits(*remove, pathOf(path, removeKey), known, listName);
        }
        if (isFocus && lyingIn != ruleJson.end()) {
            if (lyingIn->is_string() && *lyingIn == "avoid_areas") {
                rule.removeLyingIn = FactCatalog::kAvoidAreasSlot;
            } else if (lyingIn->is_string() && *lyingIn == "pain.locations") {
                rule.removeLyingIn = FactCatalog::kLocationsSlot;
            } else {
                fail(pathOf(path, "remove_focus_lying_in"),
                     translated::fill(QCoreApplication::translate(
                                          "RuleSetLoader",
                                          "must be \"avoid_areas\" or \"pain.locations\", got %1"),
                                      describe(*lyingIn)));
            }
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
                fail(path, translated::fill(QCoreApplication::translate(
                               "RuleSetLoader", "must be a non-empty list of words [...]")));
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
                fail(listExpected ? indexPath(path, i) : path,
                     translated::fill(
                         QCoreApplication::translate("RuleSetLoader",
                                                     "bad value %1 for %2; expected one of %3"),
                         describe(entry), std::string(fact.name), joinWords(words)));
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
        if (condition.is_boolean() && condition.get<bool>()) {
            return program.add({}); // true: always
        }
        if (!condition.is_object() || condition.empty()) {
            fail(path, translated::fill(QCoreApplication::translate(
                           "RuleSetLoader", "must be true or a condition object such as {\"fact\": "
                                            "\"screening.fever_or_unwell\"}")));
            return program.add({});
        }
        for (const auto& [key, op] :
             {std::pair{"all", ConditionOp::All}, std::pair{"any", ConditionOp::Any}}) {
            if (condition.contains(key)) {
                refuseUnknownKeys(condition, path, {key});
                const json& operands = condition[key];
                const std::string operandsPath = pathOf(path, key);
                if (!operands.is_array() || operands.empty()) {
                    fail(operandsPath,
                         translated::fill(QCoreApplication::translate(
                             "RuleSetLoader", "must be a non-empty list of conditions [...]")));
                    return program.add({});
                }
                std::vector<ConditionProgram::NodeIndex> children;
                for (std::size_t i = 0; i < operands.size(); ++i) {
                    children.push_back(
                        compileCondition(operands[i], indexPath(operandsPath, i), stage));
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
            fail(factPath,
                 translated::fill(
                     QCoreApplication::translate(
                         "RuleSetLoader",
                         "unknown fact %1 (docs/rules.md lists the facts a rule can use)"),
                     describe(*factName)));
            return program.add({});
        }
        if (stage < fact->firstStage) {
            fail(factPath,
                 translated::fill(
                     QCoreApplication::translate(
                         "RuleSetLoader",
                         "fact \"%1\" is not decided yet in %2; it can be used from %3 on"),
                     std::string(fact->name), std::string(kRuleStageSections[std::size_t(stage)]),
                     std::string(kRuleStageSections[std::size_t(fact->firstStage)])));
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
            {"equals", FactKind::Answer, ConditionOp::AnswerIn},
            {"in", FactKind::Answer, ConditionOp::AnswerIn},
            {"contains_any", FactKind::List, ConditionOp::ContainsAny},
            {"contains_all", FactKind::List, ConditionOp::ContainsAll},
            {"subset_of", FactKind::List, ConditionOp::SubsetOf},
            {"is_empty", FactKind::List, ConditionOp::IsEmpty},
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
        if (fact->kind == FactKind::YesNo ||
            (fact->kind == FactKind::Answer && condition.size() == 1)) {
            if (condition.size() != 1) {
                fail(path, translated::fill(QCoreApplication::translate(
                               "RuleSetLoader", "a yes/no fact takes no operator; wrap it in "
                                                "{\"not\": ...} for \"is false\"")));
                return program.add({});
            }
            if (fact->kind == FactKind::Answer) {
                node.op = ConditionOp::AnswerIn; // alone, a question counts when answered yes
                node.bits = 4;
                return program.add(node);
            }
            node.op = ConditionOp::YesNo;
            node.bits = std::uint64_t(1) << fact->slot;
            return program.add(node);
        }
        if (condition.size() != 2) {
            fail(path,
                 translated::fill(
                     QCoreApplication::translate(
                         "RuleSetLoader", "needs exactly one operator for fact \"%1\": one of %2"),
                     std::string(fact->name),
                     joinWords({allowedKeys.begin() + 1, allowedKeys.end()})));
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
                    fail(operandPath,
                         translated::fill(QCoreApplication::translate(
                                              "RuleSetLoader", "bad value %1; must be a number"),
                                          describe(operand)));
                    return program.add({});
                }
                node.number = operand.get<double>();
            } else if (candidate.op == ConditionOp::IsEmpty) {
                if (!operand.is_boolean()) {
                    fail(operandPath,
                         translated::fill(QCoreApplication::translate(
                                              "RuleSetLoader", "must be true or false, got %1"),
                                          describe(operand)));
                    return program.add({});
                }
                node.op = operand.get<bool>() ? ConditionOp::IsEmpty : ConditionOp::NotEmpty;
            } else {
                const bool listExpected = candidate.key != "equals";
                const auto bits = bitsOfWords(operand, operandPath, *fact, listExpected);
                if (!bits) {
                    return program.add({});
                }
                // Answers: not_asked, no, yes are bits 1, 2, 4, as AnswerIn tests them.
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
            fail(
                "approach_rules",
                translated::fill(QCoreApplication::translate(
                    "RuleSetLoader", "must have at least one rule; the last one has no \"when\"")));
            return;
        }
        for (std::size_t i = begin; i + 1 < end; ++i) {
            if (!m_hasCondition[i]) {
                m_ruleLabel = jsonString(m_set.rules[i].id);
                fail("approach_rules[" + std::to_string(i - begin) + "]",
                     translated::fill(QCoreApplication::translate(
                         "RuleSetLoader",
                         "always holds, so the approach rules after it can never apply; only the "
                         "last approach rule may leave out \"when\"")));
                m_ruleLabel.clear();
            }
        }
        if (m_hasCondition[end - 1]) {
            m_ruleLabel = jsonString(m_set.rules[end - 1].id);
            fail("approach_rules[" + std::to_string(end - 1 - begin) + "].when",
                 translated::fill(QCoreApplication::translate(
                     "RuleSetLoader",
                     "the last approach rule must have no \"when\": it is the fallback that gives "
                     "every intake with a complete screening an approach")));
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
    // The JSON parser takes a NUL byte for the end of the input; JSON text never holds one.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        result.errors.push_back(
            {"rules",
             translated::fill(QCoreApplication::translate("RuleSetLoader",
                                                          "not valid JSON: a NUL byte at byte %1"),
                              nul + 1)});
        return result;
    }
    json document;
    FieldErrors textErrors;
    RulesTextChecker checker(textErrors);
    // Conditions nest ("all", "any", "not"), and compiling them recurses: the
    // depth is limited while parsing, before anything recurses over it.
    const json::parser_callback_t watch = [&checker](int depth, json::parse_event_t event,
                                                     json& parsed) {
        if ((event == json::parse_event_t::object_start ||
             event == json::parse_event_t::array_start) &&
            depth >= kMaxNestingDepth) {
            throw NestingTooDeep{};
        }
        checker.event(event, parsed);
        return true;
    };
    try {
        document = json::parse(text.begin(), text.end(), watch);
    } catch (const json::exception& error) {
        // parse_error, and out_of_range for a number too large for a double (1e999)
        std::string_view message = error.what();
        if (const auto at = message.find("parse error at "); at != std::string_view::npos) {
            message.remove_prefix(at + 15);
        } else if (const auto end = message.find("] "); end != std::string_view::npos) {
            message.remove_prefix(end + 2);
        }
        // The parser's own words stay in English: they quote the file.
        result.errors.push_back(
            {"rules",
             translated::fill(QCoreApplication::translate("RuleSetLoader", "not valid JSON: %1"),
                              bounded::excerpt(message, 200))});
        return result;
    } catch (const NestingTooDeep&) {
        result.errors.push_back(
            {"rules", translated::fill(QCoreApplication::translate(
                                           "RuleSetLoader",
                                           "nested more than %1 levels deep; conditions need only "
                                           "a few"),
                                       kMaxNestingDepth)});
        return result;
    }
    auto ruleSet = std::make_shared<RuleSet>();
    // The duplicate keys and control characters first; the compiler adds to them.
    result.errors = std::move(textErrors);
    RuleSetCompiler compiler(*ruleSet, result.errors);
    compiler.compile(document);
    if (const std::size_t dropped = checker.dropped() + compiler.dropped(); dropped > 0) {
        // The same words as an intake file's (context FieldError).
        result.errors.push_back(
            {"rules", translated::fill(QCoreApplication::translate(
                          "FieldError", "and %n more problems; fix the ones above first", nullptr,
                          int(dropped)))});
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
        result.errors.push_back(
            {path.toStdString(),
             translated::fill(
                 QCoreApplication::translate("RuleSetLoader", "cannot read the rules file: %1"),
                 file.errorString())});
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
            {path.toStdString(),
             translated::fill(QCoreApplication::translate(
                                  "RuleSetLoader", "more than %1; a rules file is a few dozen "
                                                   "kilobytes"),
                              bounded::sizeText(kMaxFileBytes))});
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
