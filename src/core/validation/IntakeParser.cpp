#include "validation/IntakeParser.h"

#include "util/BoundedInput.h"
#include "util/Clock.h"
#include "util/TextRules.h"
#include "util/Translated.h"
#include "validation/CommonCaseReader.h"
#include "validation/IntakeFieldRules.h"

#include <nlohmann/json.hpp>
#include <unordered_set>

using json = nlohmann::json;
using namespace vocabulary;
using namespace intake_rules;

namespace {

// The value as the user wrote it, shortened so a pasted essay does not flood
// the message.
std::string shown(const json& value)
{
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    constexpr std::size_t kMaxShown = 60;
    if (text.size() > kMaxShown) {
        std::size_t cut = kMaxShown;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut; // never split a UTF-8 sequence
        }
        text = text.substr(0, cut) + "...";
    }
    return text;
}

std::string joinPath(const std::string& parent, std::string_view key)
{
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

// A field name the user wrote, as it appears in an error's path: a key of a
// megabyte would otherwise become a path of a megabyte.
// An empty key is shown as "" so that the path is never empty.
std::string keyInPath(std::string_view key)
{
    constexpr std::size_t kMaxKeyShown = 60;
    return key.empty() ? std::string("\"\"") : bounded::excerpt(key, kMaxKeyShown);
}

// At most IntakeParser::kMaxErrors problems, then one that says how many
// more there were.
void capErrors(FieldErrors& errors, std::size_t dropped)
{
    if (errors.size() > IntakeParser::kMaxErrors) {
        dropped += errors.size() - IntakeParser::kMaxErrors;
        errors.resize(IntakeParser::kMaxErrors);
    }
    if (dropped > 0) {
        errors.push_back(
            {"record", translated::fill(QCoreApplication::translate(
                           "FieldError", "and %n more problems; fix the ones above first", nullptr,
                           int(dropped)))});
    }
}

// Walks one JSON document and collects every problem on the way.
class RecordReader
{
public:
    RecordReader(FieldErrors& errors, bool refuseControlCharacters)
        : m_errors(errors), m_refuseControlCharacters(refuseControlCharacters)
    {}

    // The control character `lines` forbids in `text`, when they are refused.
    std::optional<char32_t> forbidden(std::string_view text, text_rules::Lines lines) const
    {
        return m_refuseControlCharacters ? text_rules::forbiddenCharacter(text, lines)
                                         : std::nullopt;
    }

    void fail(std::string path, std::string message)
    {
        if (m_errors.size() >= IntakeParser::kMaxErrors) {
            ++m_dropped; // counted, not kept: memory stays bounded
            return;
        }
        m_errors.push_back({std::move(path), std::move(message)});
    }

    std::size_t dropped() const { return m_dropped; }

    // Every member of `object` for which isKnown(name) is false is an error.
    template <typename IsKnown>
    void refuseUnknownFieldsIf(const json& object, const std::string& path, IsKnown&& isKnown)
    {
        for (const auto& item : object.items()) {
            if (!isKnown(std::string_view(item.key()))) {
                fail(joinPath(path, keyInPath(item.key())),
                     translated::fill(QCoreApplication::translate("FieldError", "unknown field")));
            }
        }
    }

    template <std::size_t N>
    void refuseUnknownFields(const json& object, const std::string& path,
                             const std::array<std::string_view, N>& knownFields)
    {
        refuseUnknownFieldsIf(object, path, [&knownFields](std::string_view name) {
            return indexOfWord(knownFields, name).has_value();
        });
    }

    // The member, or nullptr when it is missing (an error if required) or null.
    const json* member(const json& object, const std::string& parentPath, std::string_view key,
                       bool required)
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (required) {
                fail(joinPath(parentPath, key), translated::fill(QCoreApplication::translate(
                                                    "FieldError", "is required but missing")));
            }
            return nullptr;
        }
        if (found->is_null()) {
            fail(joinPath(parentPath, key),
                 translated::fill(QCoreApplication::translate(
                     "FieldError",
                     "must not be null; leave the field out when the answer is not known")));
            return nullptr;
        }
        return &*found;
    }

    const json* block(const json& object, const std::string& parentPath, std::string_view key,
                      bool required)
    {
        const json* value = member(object, parentPath, key, required);
        if (value != nullptr && !value->is_object()) {
            fail(joinPath(parentPath, key),
                 translated::fill(QCoreApplication::translate(
                                      "FieldError", "must be a group of fields {...}, got %1"),
                                  shown(*value)));
            return nullptr;
        }
        return value;
    }

    const std::string* text(const json& value, const std::string& path)
    {
        if (!value.is_string()) {
            fail(path, translated::fill(QCoreApplication::translate(
                                            "FieldError", "must be text in quotes, got %1"),
                                        shown(value)));
            return nullptr;
        }
        return &value.get_ref<const std::string&>();
    }

    std::optional<bool> yesNo(const json& object, const std::string& parentPath,
                              std::string_view key)
    {
        const json* value = member(object, parentPath, key, false);
        if (value == nullptr) {
            return std::nullopt;
        }
        if (!value->is_boolean()) {
            fail(joinPath(parentPath, key),
                 translated::fill(
                     QCoreApplication::translate("FieldError", "must be true or false, got %1"),
                     shown(*value)));
            return std::nullopt;
        }
        return value->get<bool>();
    }

    std::optional<QDate> date(const json& value, const std::string& path)
    {
        const std::string* dateText = text(value, path);
        if (dateText == nullptr) {
            return std::nullopt;
        }
        const auto date = parseIsoDate(*dateText);
        if (!date) {
            fail(path,
                 translated::fill(QCoreApplication::translate(
                                      "FieldError", "must be a date written YYYY-MM-DD, got %1"),
                                  shown(value)));
            return std::nullopt;
        }
        if (!date->isValid()) {
            fail(path, translated::fill(
                           QCoreApplication::translate("FieldError", "not a calendar date: %1"),
                           *dateText));
            return std::nullopt;
        }
        return date;
    }

    // A list of distinct vocabulary words, as a bit set.
    template <std::size_t N>
    std::optional<unsigned> wordSet(const json& value, const std::string& path,
                                    const std::array<std::string_view, N>& words,
                                    std::string_view whatTheWordsAre)
    {
        if (!value.is_array()) {
            fail(path, translated::fill(
                           QCoreApplication::translate(
                               "FieldError", "must be a list of %1 such as [\"%2\"], got %3"),
                           QCoreApplication::translate("FieldError",
                                                       std::string(whatTheWordsAre).c_str()),
                           words[0], shown(value)));
            return std::nullopt;
        }
        unsigned bits = 0;
        bool allGood = true;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string entryPath = path + "[" + std::to_string(i) + "]";
            const json& entry = value[i];
            const auto index = entry.is_string()
                                   ? indexOfWord(words, entry.get_ref<const std::string&>())
                                   : std::nullopt;
            if (!index) {
                fail(entryPath, translated::fill(QCoreApplication::translate(
                                                     "FieldError", "must be one of %1, got %2"),
                                                 listOfWords(words), shown(entry)));
                allGood = false;
            } else if ((bits & (1u << *index)) != 0) {
                fail(entryPath, translated::fill(
                                    QCoreApplication::translate("FieldError", "%1 is listed twice"),
                                    shown(entry)));
                allGood = false;
            } else {
                bits |= 1u << *index;
            }
        }
        return allGood ? std::optional<unsigned>(bits) : std::nullopt;
    }

    // Free text: one line unless `lines` says otherwise (notes).
    void limitedText(const json& object, const std::string& parentPath, std::string_view key,
                     std::size_t maxCharacters, std::optional<std::string>& target,
                     text_rules::Lines lines = text_rules::Lines::One)
    {
        const json* value = member(object, parentPath, key, false);
        if (value == nullptr) {
            return;
        }
        const std::string path = joinPath(parentPath, key);
        const std::string* content = text(*value, path);
        if (content == nullptr) {
            return;
        }
        const std::size_t length = characterCount(*content);
        if (length > maxCharacters) {
            fail(path, translated::fill(QCoreApplication::translate(
                                            "FieldError", "must be at most %1 characters, got %2"),
                                        maxCharacters, length));
            return;
        }
        if (const auto control = forbidden(*content, lines)) {
            fail(path, text_rules::controlCharacterMessage(*control, lines));
            return;
        }
        target = *content;
    }

private:
    FieldErrors& m_errors;
    bool m_refuseControlCharacters;
    std::size_t m_dropped = 0;
};

void readClient(RecordReader& reader, const json& client, IntakeRecord& record,
                std::optional<QDate>& dateOfBirth)
{
    const std::string path = "client";
    reader.refuseUnknownFields(client, path, kClientFieldWords);

    if (const json* name = reader.member(client, path, "name", true)) {
        if (const std::string* raw = reader.text(*name, "client.name")) {
            const std::string trimmed = trimmedName(*raw);
            const std::size_t length = characterCount(trimmed);
            if (length == 0) {
                reader.fail("client.name", translated::fill(QCoreApplication::translate(
                                               "FieldError", "must not be empty")));
            } else if (length > kMaxNameLength) {
                reader.fail(
                    "client.name",
                    translated::fill(QCoreApplication::translate(
                                         "FieldError", "must be at most %1 characters, got %2"),
                                     kMaxNameLength, length));
            } else if (const auto control = reader.forbidden(trimmed, text_rules::Lines::One)) {
                reader.fail("client.name",
                            text_rules::controlCharacterMessage(*control, text_rules::Lines::One));
            } else {
                record.clientName = trimmed;
            }
        }
    }

    if (const json* born = reader.member(client, path, "date_of_birth", true)) {
        dateOfBirth = reader.date(*born, "client.date_of_birth");
    }

    std::optional<std::string> phone;
    reader.limitedText(client, path, "phone", kMaxPhoneLength, phone);
    if (phone) {
        if (isPhoneNumber(*phone)) {
            record.phone = phone;
        } else {
            reader.fail(
                "client.phone",
                translated::fill(QCoreApplication::translate(
                                     "FieldError",
                                     "may contain only digits, spaces and + - ( ) . /, got \"%1\""),
                                 *phone));
        }
    }

    std::optional<std::string> email;
    reader.limitedText(client, path, "email", kMaxEmailLength, email);
    if (email) {
        if (looksLikeEmail(*email)) {
            record.email = email;
        } else {
            reader.fail("client.email",
                        translated::fill(
                            QCoreApplication::translate(
                                "FieldError",
                                "must be an email address such as name@example.org, got \"%1\""),
                            *email));
        }
    }
}

void readPain(RecordReader& reader, const json& pain, IntakeFormat format, IntakeRecord& record)
{
    const std::string path = "pain";
    const bool version1 = format == IntakeFormat::V1;
    reader.refuseUnknownFieldsIf(pain, path, [format](std::string_view name) {
        return painField(name, format).has_value();
    });

    if (const json* locations = reader.member(pain, path, "locations", true)) {
        if (locations->is_array() && locations->empty()) {
            reader.fail("pain.locations", translated::fill(QCoreApplication::translate(
                                              "FieldError", "must name at least one body area")));
        } else if (const auto bits =
                       reader.wordSet(*locations, "pain.locations", kPainLocationWords,
                                      QT_TRANSLATE_NOOP("FieldError", "body areas"))) {
            record.painLocations = static_cast<std::uint16_t>(*bits);
        }
    }

    if (const json* intensity = reader.member(pain, path, "intensity", true)) {
        // 6 and 6.0 are the same number in JSON; 6.5 is not a whole one.
        if (!intensity->is_number() || !isPainIntensity(intensity->get<double>())) {
            reader.fail(
                "pain.intensity",
                translated::fill(QCoreApplication::translate(
                                     "FieldError", "must be an integer from 0 to 10, got %1"),
                                 shown(*intensity)));
        } else {
            record.painIntensity = static_cast<int>(intensity->get<double>());
        }
    }

    if (const json* duration = reader.member(pain, path, "duration_weeks", true)) {
        if (!duration->is_number() || !isDurationWeeks(duration->get<double>())) {
            reader.fail("pain.duration_weeks",
                        translated::fill(
                            QCoreApplication::translate(
                                "FieldError", "must be a number of weeks from 0 to 5200, got %1"),
                            shown(*duration)));
        } else {
            record.durationWeeks = duration->get<double>();
        }
    }

    if (const json* radiates = reader.member(pain, path, "radiates_to", false)) {
        const auto bits =
            version1
                ? reader.wordSet(*radiates, "pain.radiates_to", kVersion1RadiationWords,
                                 QT_TRANSLATE_NOOP("FieldError", "places the pain spreads to"))
                : reader.wordSet(*radiates, "pain.radiates_to", kRadiationWords,
                                 QT_TRANSLATE_NOOP("FieldError", "places the pain spreads to"));
        if (bits) {
            record.radiatesTo = static_cast<std::uint8_t>(*bits);
        }
    }

    if (version1) {
        // Pain that does not change with movement was version 1's
        // changes_with_movement: false; true or left out says nothing.
        if (const auto moves = reader.yesNo(pain, path, "changes_with_movement");
            moves.has_value() && !*moves) {
            record.setAnswer(Question::PainUnchangedByMovement, Answer::Yes);
        }
    }
}

// The version 2 blocks of plain booleans (nerve_symptoms, muscle_findings).
void readFindingBlock(RecordReader& reader, const json& block, std::string_view blockName,
                      IntakeRecord& record)
{
    const std::string path(blockName);
    reader.refuseUnknownFieldsIf(block, path, [blockName](std::string_view name) {
        return findingField(blockName, name).has_value();
    });
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        if (kFindingFields[i].block != blockName) {
            continue;
        }
        if (reader.yesNo(block, path, kFindingFields[i].field).value_or(false)) {
            record.findings |= bitOf(Finding(i));
        }
    }
}

// The version 2 question blocks (screening, precautions): each answer is
// exactly "yes" or "no"; a question left out was not asked.
void readAnswerBlock(RecordReader& reader, const json& block, std::string_view blockName,
                     IntakeRecord& record)
{
    const std::string path(blockName);
    reader.refuseUnknownFieldsIf(block, path, [blockName](std::string_view name) {
        return questionField(blockName, name).has_value();
    });
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const QuestionField& field = kQuestionFields[i];
        if (field.block != blockName) {
            continue;
        }
        const json* value = reader.member(block, path, field.field, false);
        if (value == nullptr) {
            continue; // not asked
        }
        const std::string* given =
            value->is_string() ? &value->get_ref<const std::string&>() : nullptr;
        if (given != nullptr && *given == "yes") {
            record.setAnswer(Question(i), Answer::Yes);
        } else if (given != nullptr && *given == "no") {
            record.setAnswer(Question(i), Answer::No);
        } else {
            reader.fail(joinPath(path, field.field),
                        translated::fill(QCoreApplication::translate(
                                             "FieldError", "must be \"yes\" or \"no\", got %1"),
                                         shown(*value)));
        }
    }
}

void readVersion1Block(RecordReader& reader, const json& block, std::string_view blockName,
                       IntakeRecord& record)
{
    const std::string path(blockName);
    reader.refuseUnknownFieldsIf(block, path, [blockName](std::string_view name) {
        return version1Boolean(blockName, name).has_value();
    });
    for (const auto& field : kVersion1Booleans) {
        if (field.block != blockName) {
            continue;
        }
        if (reader.yesNo(block, path, field.field).value_or(false)) {
            if (field.finding) {
                record.findings |= bitOf(*field.finding);
            } else {
                record.setAnswer(*field.question, Answer::Yes);
            }
        }
    }
}

std::string isoText(const QDate& date)
{
    return date.toString(Qt::ISODate).toStdString();
}

// `dateOfBirth` and `visitDate` are set only when they are valid themselves:
// the clearance's date is checked against them only then.
void readClearance(RecordReader& reader, const json& block, const std::optional<QDate>& dateOfBirth,
                   const std::optional<QDate>& visitDate, IntakeRecord& record)
{
    const std::string path = "medical_clearance";
    reader.refuseUnknownFields(block, path, kClearanceFieldWords);
    MedicalClearance clearance;
    bool allGood = true;

    if (const json* dateValue = reader.member(block, path, "date", true)) {
        const auto date = reader.date(*dateValue, "medical_clearance.date");
        const auto problem =
            date ? clearanceDateProblem(*date, visitDate, dateOfBirth) : ClearanceDateProblem::None;
        if (!date) {
            allGood = false;
        } else if (problem == ClearanceDateProblem::AfterVisit) {
            reader.fail("medical_clearance.date",
                        translated::fill(QCoreApplication::translate(
                                             "FieldError", "must not be after the visit date (%1)"),
                                         isoText(*visitDate)));
            allGood = false;
        } else if (problem == ClearanceDateProblem::BeforeBirth) {
            reader.fail(
                "medical_clearance.date",
                translated::fill(QCoreApplication::translate(
                                     "FieldError", "must not be before the date of birth (%1)"),
                                 isoText(*dateOfBirth)));
            allGood = false;
        } else {
            clearance.date = *date;
        }
    } else {
        allGood = false;
    }

    if (const json* codes = reader.member(block, path, "for", true)) {
        if (!codes->is_array()) {
            reader.fail(
                "medical_clearance.for",
                translated::fill(
                    QCoreApplication::translate(
                        "FieldError",
                        "must be a list of clearance codes such as [\"cancer_history\"], got %1"),
                    shown(*codes)));
            allGood = false;
        } else if (codes->empty()) {
            reader.fail("medical_clearance.for",
                        translated::fill(QCoreApplication::translate(
                            "FieldError", "must name at least one clearance code")));
            allGood = false;
        }
        for (std::size_t i = 0; codes->is_array() && i < codes->size(); ++i) {
            const std::string entryPath = "medical_clearance.for[" + std::to_string(i) + "]";
            const json& entry = (*codes)[i];
            if (!entry.is_string()) {
                reader.fail(entryPath, translated::fill(QCoreApplication::translate(
                                                            "FieldError",
                                                            "must be a clearance code in quotes, "
                                                            "such as \"cancer_history\", got %1"),
                                                        shown(entry)));
                allGood = false;
                continue;
            }
            const auto index =
                indexOfWord(kClearanceCodeWords, entry.get_ref<const std::string&>());
            if (!index) {
                reader.fail(entryPath,
                            translated::fill(QCoreApplication::translate(
                                                 "FieldError", "unknown clearance code %1"),
                                             shown(entry)));
                allGood = false;
            } else if ((clearance.codes & bitOf(ClearanceCode(*index))) != 0) {
                reader.fail(entryPath, translated::fill(QCoreApplication::translate(
                                                            "FieldError", "%1 is listed twice"),
                                                        shown(entry)));
                allGood = false;
            } else {
                clearance.codes |= bitOf(ClearanceCode(*index));
            }
        }
    } else {
        allGood = false;
    }

    const bool byGiven = block.contains("by");
    reader.limitedText(block, path, "by", kMaxClearanceByLength, clearance.by);
    if (byGiven && !clearance.by) {
        allGood = false;
    }

    if (allGood) {
        record.clearance = std::move(clearance);
    }
}

// Which field list a record is checked against when its format is missing or
// wrong: version 1's if it uses version 1's own fields and none of version
// 2's, otherwise version 2's.
IntakeFormat likelyFormat(const json& document)
{
    const auto has = [&document](const char* key) {
        return document.contains(key);
    };
    if (has("nerve_symptoms") || has("screening") || has("avoid_areas") ||
        has("medical_clearance")) {
        return IntakeFormat::V2;
    }
    const auto pain = document.find("pain");
    const bool oldPain =
        pain != document.end() && pain->is_object() && pain->contains("changes_with_movement");
    return has("sciatica") || has("red_flags") || oldPain ? IntakeFormat::V1 : IntakeFormat::V2;
}

// Thrown from inside the JSON parser to stop it at once.
struct NestingTooDeep
{};

// Builds the JSON tree like nlohmann's own SAX builder, and also refuses
// what that builder lets through: nlohmann keeps the last of two equal keys
// silently, and a typo'd duplicate in a health form must not pass.
class StrictDomBuilder : public nlohmann::detail::json_sax_dom_parser<json>
{
    using Base = nlohmann::detail::json_sax_dom_parser<json>;

public:
    StrictDomBuilder(json& result, FieldErrors& errors) : Base(result, true), m_errors(errors) {}

    // sax_parse() calls these by name, so they replace the base class's.
    bool start_object(std::size_t elements)
    {
        open(true);
        return Base::start_object(elements);
    }
    bool end_object()
    {
        --m_depth;
        return Base::end_object();
    }
    bool start_array(std::size_t elements)
    {
        open(false);
        return Base::start_array(elements);
    }
    bool end_array()
    {
        --m_depth;
        return Base::end_array();
    }
    bool key(std::string& name)
    {
        OpenContainer& object = m_open[m_depth - 1];
        // A set, not a list: an object of 100,000 keys must not take 10^10 comparisons.
        if (!object.keys.insert(name).second) {
            if (m_errors.size() < IntakeParser::kMaxErrors) {
                m_errors.push_back(
                    {pathTo(name), translated::fill(QCoreApplication::translate(
                                       "FieldError", "appears twice; give each field once"))});
            } else {
                ++m_dropped;
            }
        }
        object.lastKey = name;
        return Base::key(name);
    }

    std::size_t dropped() const { return m_dropped; }

private:
    struct OpenContainer
    {
        bool isObject = false;
        std::unordered_set<std::string> keys; // reused between objects to spare allocations
        std::string lastKey;
    };

    void open(bool isObject)
    {
        if (m_depth >= std::size_t(IntakeParser::kMaxNestingDepth)) {
            throw NestingTooDeep{};
        }
        if (m_open.size() == m_depth) {
            m_open.emplace_back();
        }
        OpenContainer& container = m_open[m_depth];
        container.isObject = isObject;
        // clear() keeps the buckets, and clearing them costs their number:
        // after an object of 100,000 keys, each small object would pay for it.
        if (container.keys.bucket_count() > 64) {
            container.keys = {};
        } else {
            container.keys.clear();
        }
        container.lastKey.clear();
        ++m_depth;
    }

    // Objects inside lists do not occur in a valid record, so list positions
    // are left out of the path.
    std::string pathTo(const std::string& name) const
    {
        std::string path;
        for (std::size_t i = 0; i + 1 < m_depth; ++i) {
            if (m_open[i].isObject && !m_open[i].keys.empty()) {
                path = joinPath(path, keyInPath(m_open[i].lastKey));
            }
        }
        return joinPath(path, keyInPath(name));
    }

    FieldErrors& m_errors;
    std::vector<OpenContainer> m_open;
    std::size_t m_depth = 0;
    std::size_t m_dropped = 0;
};

// The parser's message without its prefix, e.g. "line 1, column 2: syntax
// error ..." from "[json.exception.parse_error.101] parse error at line 1,
// column 2: ..." or "number overflow parsing '1e999'" from
// "[json.exception.out_of_range.406] number overflow ...". The message quotes
// the input it choked on, which may be long or not valid UTF-8.
std::string withoutLibraryPrefix(const std::string& message)
{
    constexpr std::size_t kMaxMessage = 200;
    std::string_view text = message;
    if (const auto at = text.find("parse error at "); at != std::string_view::npos) {
        text.remove_prefix(at + 15);
    } else if (const auto end = text.find("] ");
               text.rfind("[json.exception.", 0) == 0 && end != std::string_view::npos) {
        text.remove_prefix(end + 2);
    }
    return bounded::excerpt(text, kMaxMessage);
}

} // namespace

IntakeParser::IntakeParser(const Clock& clock, ControlCharacters controlCharacters)
    : m_clock(clock), m_controlCharacters(controlCharacters)
{}

FieldError IntakeParser::tooLongError()
{
    return {"record",
            translated::fill(QCoreApplication::translate(
                                 "FieldError", "longer than %1; an intake is a few kilobytes"),
                             bounded::sizeText(kMaxTextBytes))};
}

IntakeParseResult IntakeParser::parse(std::string_view jsonText) const
{
    if (jsonText.size() > kMaxTextBytes) {
        return {std::nullopt, {tooLongError()}};
    }
    if (auto record = parseCommonCase(jsonText)) {
        return {std::move(record), {}};
    }
    return parseFully(jsonText);
}

std::optional<IntakeRecord> IntakeParser::parseCommonCase(std::string_view jsonText) const
{
    if (jsonText.size() > kMaxTextBytes) {
        return std::nullopt;
    }
    return readCommonCase(jsonText, m_clock);
}

IntakeParseResult IntakeParser::parseFully(std::string_view jsonText) const
{
    if (jsonText.size() > kMaxTextBytes) {
        return {std::nullopt, {tooLongError()}};
    }
    // The JSON parser takes a NUL byte for the end of the input, so
    // "{...}\0anything" would pass; JSON text never holds one.
    if (const auto nul = jsonText.find('\0'); nul != std::string_view::npos) {
        return {std::nullopt,
                {{"record",
                  translated::fill(
                      QCoreApplication::translate(
                          "FieldError",
                          "not valid JSON: a NUL byte at byte %1; nothing may follow the record"),
                      nul + 1)}}};
    }
    FieldErrors duplicateKeys;
    json document;
    StrictDomBuilder builder(document, duplicateKeys);
    try {
        json::sax_parse(jsonText.begin(), jsonText.end(), &builder);
    } catch (const json::exception& error) {
        // parse_error, and out_of_range for a number too large for a double (1e999)
        return {std::nullopt,
                {{"record",
                  translated::fill(QCoreApplication::translate("FieldError", "not valid JSON: %1"),
                                   withoutLibraryPrefix(error.what()))}}};
    } catch (const NestingTooDeep&) {
        return {
            std::nullopt,
            {{"record",
              translated::fill(QCoreApplication::translate(
                                   "FieldError",
                                   "nested more than %1 levels deep; this is not an intake record"),
                               kMaxNestingDepth)}}};
    }
    std::size_t dropped = 0;
    IntakeParseResult result = validateUncapped(document, dropped);
    if (!duplicateKeys.empty()) {
        result.record.reset();
        result.errors.insert(result.errors.begin(), duplicateKeys.begin(), duplicateKeys.end());
        dropped += builder.dropped();
    }
    capErrors(result.errors, dropped);
    return result;
}

IntakeParseResult IntakeParser::validate(const json& document) const
{
    std::size_t dropped = 0;
    IntakeParseResult result = validateUncapped(document, dropped);
    capErrors(result.errors, dropped);
    return result;
}

IntakeParseResult IntakeParser::validateUncapped(const json& document, std::size_t& dropped) const
{
    IntakeParseResult result;
    RecordReader reader(result.errors, m_controlCharacters == ControlCharacters::Refuse);
    if (!document.is_object()) {
        reader.fail("record",
                    translated::fill(QCoreApplication::translate(
                                         "FieldError", "must be a JSON object {...}, got %1"),
                                     shown(document)));
        return result;
    }

    IntakeRecord record;
    if (const json* format = reader.member(document, "", "format", true)) {
        const auto index = format->is_string() ? indexOfWord(kIntakeFormatWords,
                                                             format->get_ref<const std::string&>())
                                               : std::nullopt;
        if (index) {
            record.format = IntakeFormat(*index);
        } else {
            reader.fail("format",
                        translated::fill(
                            QCoreApplication::translate(
                                "FieldError",
                                "must be \"clinic-intake/2\" (or \"clinic-intake/1\"), got %1"),
                            shown(*format)));
            record.format = likelyFormat(document);
        }
    } else {
        record.format = likelyFormat(document);
    }
    const bool version1 = record.format == IntakeFormat::V1;

    reader.refuseUnknownFieldsIf(document, "", [&record](std::string_view name) {
        return recordField(name, record.format).has_value();
    });

    std::optional<QDate> dateOfBirth;
    if (const json* client = reader.block(document, "", "client", true)) {
        readClient(reader, *client, record, dateOfBirth);
    }

    std::optional<QDate> visitDate;
    if (const json* visit = reader.member(document, "", "visit_date", false)) {
        visitDate = reader.date(*visit, "visit_date");
    } else if (!document.contains("visit_date")) {
        visitDate = m_clock.today();
    }

    if (dateOfBirth && visitDate) {
        const BirthProblem problem = birthProblem(*dateOfBirth, *visitDate);
        if (problem == BirthProblem::AfterVisit) {
            reader.fail("client.date_of_birth",
                        translated::fill(QCoreApplication::translate(
                                             "FieldError", "must not be after the visit date (%1)"),
                                         isoText(*visitDate)));
            dateOfBirth.reset(); // in error: nothing else is checked against it
        } else if (problem == BirthProblem::TooOld) {
            const int age = wholeYearsBetween(*dateOfBirth, *visitDate);
            reader.fail("client.date_of_birth",
                        translated::fill(
                            QCoreApplication::translate(
                                "FieldError", "gives an age of %1 at the visit; the limit is %2"),
                            age, kMaxAge));
            dateOfBirth.reset();
        } else {
            record.dateOfBirth = *dateOfBirth;
            record.visitDate = *visitDate;
        }
    }

    if (const json* pain = reader.block(document, "", "pain", true)) {
        readPain(reader, *pain, record.format, record);
    }

    if (version1) {
        for (const auto blockName : kVersion1BooleanBlocks) {
            if (const json* block = reader.block(document, "", blockName, false)) {
                readVersion1Block(reader, *block, blockName, record);
            }
        }
    } else {
        for (const auto blockName : {"nerve_symptoms", "muscle_findings"}) {
            if (const json* block = reader.block(document, "", blockName, false)) {
                readFindingBlock(reader, *block, blockName, record);
            }
        }
        for (const auto blockName : {"screening", "precautions"}) {
            if (const json* block = reader.block(document, "", blockName, false)) {
                readAnswerBlock(reader, *block, blockName, record);
            }
        }
        if (const json* avoid = reader.member(document, "", "avoid_areas", false)) {
            if (const auto bits = reader.wordSet(*avoid, "avoid_areas", kPainLocationWords,
                                                 QT_TRANSLATE_NOOP("FieldError", "body areas"))) {
                record.avoidAreas = static_cast<std::uint16_t>(*bits);
            }
        }
        if (const json* clearance = reader.block(document, "", "medical_clearance", false)) {
            readClearance(reader, *clearance, dateOfBirth, visitDate, record);
        }
    }

    if (const json* preference = reader.member(document, "", "pressure_preference", false)) {
        const auto index =
            preference->is_string()
                ? indexOfWord(kPressureWords, preference->get_ref<const std::string&>())
                : std::nullopt;
        if (index) {
            record.pressurePreference = Pressure(*index);
            record.pressurePreferenceStated = true;
        } else {
            reader.fail("pressure_preference",
                        translated::fill(QCoreApplication::translate(
                                             "FieldError", "must be light, medium or firm, got %1"),
                                         shown(*preference)));
        }
    }

    reader.limitedText(document, "", "notes", kMaxNotesLength, record.notes,
                       text_rules::Lines::Many);

    if (result.errors.empty() && reader.dropped() == 0) {
        result.record = std::move(record);
    }
    dropped = reader.dropped();
    return result;
}
