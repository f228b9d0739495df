#include "rules/Recommendation.h"

#include "model/IntakeRecord.h"
#include "rules/FactCatalog.h"
#include "rules/RuleSet.h"

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace vocabulary;

namespace {

void appendQuoted(std::string& out, std::string_view word)
{
    out += '"';
    out += word;
    out += '"';
}

template <typename T> void appendWordOrNull(std::string& out, const std::optional<T>& value)
{
    if (value) {
        appendQuoted(out, wordOf(*value));
    } else {
        out += "null";
    }
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

template <std::size_t N, typename WordOf>
void appendFixedWordList(std::string& out, std::uint32_t bits, WordOf&& wordAt)
{
    out += '[';
    bool first = true;
    for (std::size_t i = 0; i < N; ++i) {
        if ((bits & (1u << i)) != 0) {
            out += first ? "\"" : ",\"";
            out += wordAt(i);
            out += '"';
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

std::string joined(const std::vector<std::string>& words)
{
    std::string text;
    for (const auto& word : words) {
        text += text.empty() ? "" : ", ";
        text += word;
    }
    return text;
}

std::string inWords(Approach approach, UiLanguage language)
{
    if (language == UiLanguage::French) {
        // With their article: the French texts say « ... qu'exige {approach_before} ».
        switch (approach) {
        case Approach::TriggerPoint:
            return "la thérapie des points gâchettes";
        case Approach::DeepTissue:
            return "le massage des tissus profonds";
        case Approach::Swedish:
            return "le massage suédois";
        case Approach::Sacroiliac:
            return "le travail doux de l'articulation sacro-iliaque";
        case Approach::ReferOut:
            return "l'orientation vers un médecin";
        }
    }
    std::string text(wordOf(approach));
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
}

// A pressure as the texts say it: the word in English, the (feminine)
// adjective in French, « une pression légère ».
std::string pressureWords(Pressure pressure, UiLanguage language)
{
    if (language == UiLanguage::French) {
        switch (pressure) {
        case Pressure::Light:
            return "légère";
        case Pressure::Medium:
            return "moyenne";
        case Pressure::Firm:
            return "ferme";
        }
    }
    return std::string(wordOf(pressure));
}

std::vector<std::string> locationWords(std::uint16_t bits)
{
    std::vector<std::string> words;
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        if ((bits & (1u << i)) != 0) {
            words.emplace_back(kPainLocationWords[i]);
        }
    }
    return words;
}

int countBits(std::uint32_t bits)
{
    int count = 0;
    for (; bits != 0; bits &= bits - 1) {
        ++count;
    }
    return count;
}

// Text validated as UTF-8 (the record's), as the inside of a JSON string.
void appendEscaped(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
        } else {
            out += c;
        }
    }
}

// Fills in the placeholders of the reasons of one result.
class ReasonWriter
{
public:
    ReasonWriter(const RuleSet& ruleSet, const IntakeRecord& record, const Recommendation& result,
                 UiLanguage language)
        : m_set(ruleSet), m_record(record), m_result(result), m_language(language)
    {}

    // Appends the placeholder's value. Only who cleared the client is free
    // text; every other value is a word, a number or a date and needs no
    // escaping, so the JSON path copies it as it is.
    void appendValue(Placeholder placeholder, std::size_t line, std::string& out, bool json) const
    {
        const auto& clearance = m_record.clearance;
        switch (placeholder) {
        case Placeholder::UnansweredCount:
            out += std::to_string(countBits(m_result.unanswered));
            return;
        case Placeholder::Unanswered: {
            bool first = true;
            for (std::size_t i = 0; i < kQuestionCount; ++i) {
                if ((m_result.unanswered & (1u << i)) != 0) {
                    out += first ? "" : ", ";
                    out += wordOf(Question(i));
                    first = false;
                }
            }
            return;
        }
        case Placeholder::ClearanceBy:
            if (clearance) {
                const std::string by = clearance->by.value_or(
                    m_language == UiLanguage::French ? "un médecin" : "a physician");
                if (json) {
                    appendEscaped(out, by);
                } else {
                    out += by;
                }
            }
            return;
        default:
            out += value(placeholder, line);
            return;
        }
    }

    std::string value(Placeholder placeholder, std::size_t line) const
    {
        const auto& clearance = m_record.clearance;
        switch (placeholder) {
        case Placeholder::UnansweredCount:
        case Placeholder::Unanswered:
        case Placeholder::ClearanceBy: {
            std::string text;
            appendValue(placeholder, line, text, false);
            return text;
        }
        case Placeholder::ClearanceDate:
            return clearance ? clearance->date.toString(Qt::ISODate).toStdString() : "";
        case Placeholder::ClearanceAgeDays:
            return clearance ? std::to_string(clearance->date.daysTo(m_record.visitDate)) : "";
        case Placeholder::ClearanceValidDays:
            return std::to_string(m_set.clearanceValidDays);
        case Placeholder::Caution: {
            const auto capping = cappingCaution();
            return capping ? m_set.cautions[*capping].code : "";
        }
        case Placeholder::Ceiling: {
            const auto capping = cappingCaution();
            return capping ? pressureWords(*m_set.cautions[*capping].maxPressure, m_language) : "";
        }
        case Placeholder::Preference:
            return pressureWords(m_record.pressurePreference, m_language);
        case Placeholder::PreferenceSource:
            if (m_language == UiLanguage::French) {
                return m_record.pressurePreferenceStated ? "préférence indiquée"
                                                         : "valeur par défaut";
            }
            return m_record.pressurePreferenceStated ? "stated" : "the default";
        case Placeholder::Pressure:
            return m_result.pressure ? pressureWords(*m_result.pressure, m_language) : "";
        case Placeholder::Approach:
            return m_result.approach ? inWords(*m_result.approach, m_language) : "";
        case Placeholder::ApproachBefore: {
            const auto before = approachBefore();
            return before ? inWords(*before, m_language) : "";
        }
        case Placeholder::LeastPressure: {
            const auto before = approachBefore();
            return before ? pressureWords(m_set.leastPressure[std::size_t(*before)], m_language)
                          : "";
        }
        case Placeholder::MostPressure:
            return m_result.approach && *m_result.approach != Approach::ReferOut
                       ? pressureWords(m_set.mostPressure[std::size_t(*m_result.approach)],
                                       m_language)
                       : "";
        case Placeholder::Removed:
            return joined(wordsOf(removedBy(line), m_set.focusAreas));
        case Placeholder::AvoidAreas:
            return joined(locationWords(m_record.avoidAreas));
        case Placeholder::Age:
            return std::to_string(m_result.age);
        case Placeholder::Intensity:
            return std::to_string(m_record.painIntensity);
        }
        return "";
    }

    void appendJson(const ReasonTemplate& text, std::size_t line, std::string& out) const
    {
        if (text.isPlain()) {
            out += text.textJson;
            return;
        }
        out += '"';
        for (const auto& part : text.parts) {
            out += part.literalJson;
            if (part.hasPlaceholder) {
                appendValue(part.placeholder, line, out, true);
            }
        }
        out += '"';
    }

    std::string plain(const ReasonTemplate& text, std::size_t line) const
    {
        std::string out;
        for (const auto& part : text.parts) {
            out += part.literal;
            if (part.hasPlaceholder) {
                appendValue(part.placeholder, line, out, false);
            }
        }
        return out;
    }

private:
    std::optional<std::size_t> cappingCaution() const
    {
        std::optional<std::size_t> found;
        for (std::size_t i = 0; i < m_set.cautions.size(); ++i) {
            const auto limit = m_set.cautions[i].maxPressure;
            if ((m_result.cautions & (std::uint64_t(1) << i)) != 0 && limit &&
                (!found || *limit < *m_set.cautions[*found].maxPressure)) {
                found = i;
            }
        }
        return found;
    }

    std::optional<Approach> approachBefore() const
    {
        for (const auto& line : m_result.rationale) {
            const Rule& rule = m_set.rules[line.rule];
            if (rule.stage == RuleStage::Approach) {
                return rule.approach;
            }
        }
        return std::nullopt;
    }

    // Replays the focus lines (only rules that changed the list leave one) up
    // to `line`, and returns what that line's rule took away.
    std::uint64_t removedBy(std::size_t line) const
    {
        std::uint64_t focus = 0;
        for (std::size_t i = 0; i <= line && i < m_result.rationale.size(); ++i) {
            const Rule& rule = m_set.rules[m_result.rationale[i].rule];
            if (rule.stage != RuleStage::Focus) {
                continue;
            }
            std::uint64_t remove = rule.removeBits;
            if (rule.removeLyingIn) {
                remove |= m_set.focusAreasLyingIn(locationsOf(*rule.removeLyingIn));
            }
            const std::uint64_t before = focus;
            focus = (focus | rule.addBits) & ~remove;
            if (i == line) {
                return before & ~focus;
            }
        }
        return 0;
    }

    std::uint64_t locationsOf(std::uint8_t setSlot) const;

    const RuleSet& m_set;
    const IntakeRecord& m_record;
    const Recommendation& m_result;
    UiLanguage m_language;
};

} // namespace

std::uint64_t ReasonWriter::locationsOf(std::uint8_t setSlot) const
{
    return setSlot == FactCatalog::kAvoidAreasSlot ? m_record.avoidAreas : m_record.painLocations;
}

void Recommendation::appendJson(const RuleSet& ruleSet, const IntakeRecord& record,
                                std::string& out, UiLanguage language) const
{
    out += "{\"approach\":";
    appendWordOrNull(out, approach);
    out += ",\"urgency\":";
    appendWordOrNull(out, urgency);
    out += ",\"pressure\":";
    appendWordOrNull(out, pressure);
    out += ",\"screening\":{\"complete\":";
    out += unanswered == 0 ? "true" : "false";
    out += ",\"unanswered\":";
    appendFixedWordList<kQuestionCount>(out, unanswered,
                                        [](std::size_t i) { return wordOf(Question(i)); });
    out += "},\"cleared\":";
    appendFixedWordList<kClearanceCodeWords.size()>(
        out, cleared, [](std::size_t i) { return kClearanceCodeWords[i]; });
    out += ",\"focus_areas\":";
    appendWordList(out, focusAreas, ruleSet.focusAreasJson);
    out += ",\"cautions\":[";
    bool first = true;
    for (std::size_t i = 0; i < ruleSet.cautions.size(); ++i) {
        if ((cautions & (std::uint64_t(1) << i)) != 0) {
            out += first ? "{\"code\":" : ",{\"code\":";
            out += ruleSet.cautions[i].codeJson;
            out += ",\"text\":";
            out += ruleSet.cautions[i].textJson[std::size_t(language)];
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
    const ReasonWriter writer(ruleSet, record, *this, language);
    for (std::size_t i = 0; i < rationale.size(); ++i) {
        const Rule& rule = ruleSet.rules[rationale[i].rule];
        out += i == 0 ? "{\"rule\":" : ",{\"rule\":";
        out += rule.idJson;
        out += ",\"reason\":";
        writer.appendJson(rule.reasons[rationale[i].variant].text(language), i, out);
        out += '}';
    }
    out += "],\"rules_version\":";
    out += ruleSet.versionJson;
    out += '}';
}

std::string Recommendation::reasonText(const RuleSet& ruleSet, const IntakeRecord& record,
                                       std::size_t line, UiLanguage language) const
{
    const RationaleLine& entry = rationale.at(line);
    return ReasonWriter(ruleSet, record, *this, language)
        .plain(ruleSet.rules[entry.rule].reasons[entry.variant].text(language), line);
}

std::string Recommendation::toJson(const RuleSet& ruleSet, const IntakeRecord& record,
                                   UiLanguage language) const
{
    std::string out;
    out.reserve(768);
    appendJson(ruleSet, record, out, language);
    return out;
}

std::string Recommendation::toPrettyJson(const RuleSet& ruleSet, const IntakeRecord& record,
                                         UiLanguage language) const
{
    // ordered_json keeps the spec's key order when re-indenting.
    return nlohmann::ordered_json::parse(toJson(ruleSet, record, language)).dump(2);
}

std::vector<std::string> Recommendation::focusAreaWords(const RuleSet& ruleSet) const
{
    return wordsOf(focusAreas, ruleSet.focusAreas);
}

std::vector<std::string> Recommendation::homeCareWords(const RuleSet& ruleSet) const
{
    return wordsOf(homeCare, ruleSet.homeCare);
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
