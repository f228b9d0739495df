#include "model/IntakeDetailsJson.h"

#include "validation/IntakeParser.h"

using nlohmann::ordered_json;
using namespace vocabulary;

namespace {

// A member of an object, or null when it is missing (or there is no object).
const ordered_json* member(const ordered_json& object, const char* key)
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto found = object.find(key);
    return found == object.end() ? nullptr : &*found;
}

std::string dumped(const ordered_json& value)
{
    // Never throws: text that is not UTF-8 is shown with U+FFFD.
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Reads the members of one JSON object, noting every value that is not what
// it should be as a problem named by its path.
class Reader
{
public:
    Reader(const ordered_json& object, std::string path, std::vector<std::string>& problems)
        : m_object(object), m_path(std::move(path)), m_problems(problems)
    {}

    std::string pathOf(const char* key) const { return m_path.empty() ? key : m_path + key; }

    void problem(const char* key, const std::string& what) const
    {
        m_problems.push_back(pathOf(key) + ": " + what);
    }

    const ordered_json* find(const char* key) const { return member(m_object, key); }

    // A text; empty and a problem when it is missing or not a text, unless
    // it may be missing.
    std::string text(const char* key, bool optional = false) const
    {
        const ordered_json* value = find(key);
        if (value != nullptr && value->is_string()) {
            return value->get<std::string>();
        }
        if (value == nullptr || value->is_null()) {
            if (!optional) {
                problem(key, "missing");
            }
        } else {
            problem(key, "not a text: " + dumped(*value));
        }
        return {};
    }

    std::optional<QString> optionalText(const char* key) const
    {
        const ordered_json* value = find(key);
        if (value == nullptr || value->is_null()) {
            return std::nullopt;
        }
        return QString::fromStdString(text(key));
    }

    std::optional<long long> integer(const char* key, bool optional = false) const
    {
        const ordered_json* value = find(key);
        if (value != nullptr && value->is_number_integer()) {
            return value->get<long long>();
        }
        if (value != nullptr && !value->is_null()) {
            problem(key, "not a whole number: " + dumped(*value));
        } else if (!optional) {
            problem(key, "missing");
        }
        return std::nullopt;
    }

    QDateTime time(const char* key) const
    {
        const QString stored = QString::fromStdString(text(key));
        const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
        if (!stored.isEmpty() && !at.isValid()) {
            problem(key, "not a date and time: \"" + stored.toStdString() + "\"");
        }
        return at;
    }

    // One of `words` (null is none); an unknown word is none and a problem.
    template <std::size_t N>
    std::optional<std::size_t> word(const char* key, const std::array<std::string_view, N>& words,
                                    bool optional = true) const
    {
        const ordered_json* value = find(key);
        if (value == nullptr || value->is_null()) {
            if (!optional) {
                problem(key, "missing");
            }
            return std::nullopt;
        }
        return wordOf(*value, pathOf(key), words);
    }

    template <std::size_t N>
    std::optional<std::size_t> wordOf(const ordered_json& value, const std::string& path,
                                      const std::array<std::string_view, N>& words) const
    {
        if (!value.is_string()) {
            m_problems.push_back(path + ": not a word: " + dumped(value));
            return std::nullopt;
        }
        const auto index = indexOfWord(words, value.get<std::string>());
        if (!index) {
            m_problems.push_back(path + ": unknown word " + dumped(value) + " (expected " +
                                 listOfWords(words) + ")");
        }
        return index;
    }

    // The members of a list (an empty list and a problem when it is none).
    const ordered_json& list(const char* key, bool optional = false) const
    {
        static const ordered_json empty = ordered_json::array();
        const ordered_json* value = find(key);
        if (value != nullptr && value->is_array()) {
            return *value;
        }
        if (value != nullptr && !value->is_null()) {
            problem(key, "not a list: " + dumped(*value));
        } else if (!optional) {
            problem(key, "missing");
        }
        return empty;
    }

    // A list of texts of the rules file (focus areas, home care).
    std::vector<std::string> texts(const char* key) const
    {
        std::vector<std::string> found;
        const ordered_json& values = list(key);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (values[i].is_string()) {
                found.push_back(values[i].get<std::string>());
            } else {
                m_problems.push_back(pathOf(key) + "[" + std::to_string(i) +
                                     "]: not a word: " + dumped(values[i]));
            }
        }
        return found;
    }

private:
    const ordered_json& m_object;
    std::string m_path; // "" or ending in "."
    std::vector<std::string>& m_problems;
};

template <typename Enum> std::optional<Enum> as(const std::optional<std::size_t>& index)
{
    return index ? std::optional<Enum>(Enum(*index)) : std::nullopt;
}

const std::array<std::string_view, kQuestionCount>& questionWords()
{
    static const auto words = [] {
        std::array<std::string_view, kQuestionCount> fields{};
        for (std::size_t i = 0; i < kQuestionCount; ++i) {
            fields[i] = kQuestionFields[i].field;
        }
        return fields;
    }();
    return words;
}

StoredSuggestion readSuggestion(const ordered_json* stored)
{
    StoredSuggestion suggestion;
    if (stored == nullptr || !stored->is_object()) {
        suggestion.problems.push_back(
            "suggestion: " + std::string(stored == nullptr ? "missing" : "not a JSON object"));
        if (stored != nullptr) {
            suggestion.json = dumped(*stored);
        }
        return suggestion;
    }
    suggestion.json = dumped(*stored);
    const Reader read(*stored, "", suggestion.problems);
    suggestion.approach = as<Approach>(read.word("approach", kApproachWords));
    suggestion.urgency = as<Urgency>(read.word("urgency", kUrgencyWords));
    suggestion.pressure = as<Pressure>(read.word("pressure", kPressureWords));

    // A suggestion made before clinic-intake/2 has no "screening".
    if (const ordered_json* screening = read.find("screening"); screening != nullptr) {
        const Reader screeningReader(*screening, "screening.", suggestion.problems);
        if (!screening->is_object()) {
            read.problem("screening", "not a JSON object: " + dumped(*screening));
        } else if (const ordered_json* listed = screeningReader.find("unanswered");
                   listed != nullptr && !listed->is_array()) {
            // Not read as "nothing unanswered": the record decides instead.
            screeningReader.problem("unanswered", "not a list: " + dumped(*listed));
        } else if (listed != nullptr) {
            std::vector<Question> questions;
            const ordered_json& words = screeningReader.list("unanswered");
            for (std::size_t i = 0; i < words.size(); ++i) {
                if (const auto index = screeningReader.wordOf(
                        words[i], "screening.unanswered[" + std::to_string(i) + "]",
                        questionWords())) {
                    questions.push_back(Question(*index));
                } else {
                    suggestion.unknownUnanswered.push_back(dumped(words[i]));
                }
            }
            suggestion.unanswered = std::move(questions);
        }
    }
    const ordered_json& cleared = read.list("cleared", true);
    for (std::size_t i = 0; i < cleared.size(); ++i) {
        if (const auto code = read.wordOf(cleared[i], "cleared[" + std::to_string(i) + "]",
                                          kClearanceCodeWords)) {
            suggestion.cleared |= bitOf(ClearanceCode(*code));
        }
    }
    suggestion.focusAreas = read.texts("focus_areas");
    const ordered_json& cautions = read.list("cautions");
    for (std::size_t i = 0; i < cautions.size(); ++i) {
        const Reader caution(cautions[i], "cautions[" + std::to_string(i) + "].",
                             suggestion.problems);
        suggestion.cautions.push_back({caution.text("code"), caution.text("text")});
    }
    suggestion.homeCare = read.texts("home_care");
    suggestion.acuity = as<Acuity>(read.word("acuity", kAcuityWords));
    if (const auto age = read.integer("age", true)) {
        suggestion.age = int(*age);
    }
    const ordered_json& rationale = read.list("rationale");
    for (std::size_t i = 0; i < rationale.size(); ++i) {
        const Reader line(rationale[i], "rationale[" + std::to_string(i) + "].",
                          suggestion.problems);
        suggestion.rationale.push_back({line.text("rule"), line.text("reason")});
    }
    suggestion.rulesVersion = read.text("rules_version", true);
    static constexpr std::array<std::string_view, 2> kLanguageWords = {"en", "fr"};
    suggestion.language =
        as<UiLanguage>(read.word("language", kLanguageWords)).value_or(UiLanguage::English);
    return suggestion;
}

void readRecord(IntakeVersionDetails& version, const ordered_json* stored, const Clock& clock)
{
    if (stored == nullptr || !stored->is_object()) {
        version.recordProblem =
            "record: " + std::string(stored == nullptr ? "missing" : "not a JSON object");
        if (stored != nullptr) {
            version.recordJson = dumped(*stored);
        }
        return;
    }
    version.recordJson = dumped(*stored);
    // Whose and when, as far as they can be read, for a record that cannot.
    const ordered_json* client = member(*stored, "client");
    const auto textAt = [](const ordered_json* object, const char* key) {
        const ordered_json* value = object == nullptr ? nullptr : member(*object, key);
        return value != nullptr && value->is_string()
                   ? QString::fromStdString(value->get<std::string>())
                   : QString();
    };
    version.clientName = textAt(client, "name");
    version.dateOfBirth = QDate::fromString(textAt(client, "date_of_birth"), Qt::ISODate);
    version.visitDate = QDate::fromString(textAt(stored, "visit_date"), Qt::ISODate);
    if (const auto format =
            indexOfWord(kIntakeFormatWords, textAt(stored, "format").toStdString())) {
        version.format = IntakeFormat(*format);
    }

    // As `check` reads stored records: control characters stored before
    // they were refused are the record as stored, not damage.
    const IntakeParseResult parsed =
        IntakeParser(clock, IntakeParser::ControlCharacters::AcceptAsStored)
            .parse(version.recordJson);
    if (!parsed.ok()) {
        version.recordProblem = parsed.errors.empty() ? std::string("record: cannot be read")
                                                      : parsed.errors.front().toString();
        return;
    }
    version.record = parsed.record;
    version.clientName = QString::fromStdString(parsed.record->clientName);
    version.dateOfBirth = parsed.record->dateOfBirth;
    version.visitDate = parsed.record->visitDate;
    version.format = parsed.record->format;
}

IntakeVersionDetails readVersion(const ordered_json& stored, std::size_t index,
                                 std::vector<std::string>& problems, const Clock& clock)
{
    IntakeVersionDetails version;
    const Reader read(stored, "versions[" + std::to_string(index) + "].", problems);
    if (!stored.is_object()) {
        problems.push_back("versions[" + std::to_string(index) + "]: not a JSON object");
        version.recordProblem = "record: missing";
        version.suggestion.problems.push_back("suggestion: missing");
        return version;
    }
    version.version = int(read.integer("version").value_or(0));
    version.createdAt = read.time("created_at");
    version.createdBy = QString::fromStdString(read.text("created_by"));
    version.rulesVersion = read.text("rules_version", true);
    version.rulesSha256 = read.text("rules_sha256", true);
    readRecord(version, read.find("intake"), clock);
    version.suggestion = readSuggestion(read.find("suggestion"));
    return version;
}

ReviewDetails readReview(const ordered_json& stored, std::size_t index)
{
    ReviewDetails review;
    const Reader read(stored, "reviews[" + std::to_string(index) + "].", review.problems);
    review.version = int(read.integer("version").value_or(0));
    review.reviewer = QString::fromStdString(read.text("reviewer"));
    review.at = read.time("reviewed_at");
    // An unknown decision is shown with what was used and why, as an override is.
    review.decision = as<ReviewOutcome>(read.word("decision", kReviewOutcomeWords, false))
                          .value_or(ReviewOutcome::Overridden);
    review.finalApproach = as<Approach>(read.word("final_approach", kApproachWords));
    review.finalPressure = as<Pressure>(read.word("final_pressure", kPressureWords));
    review.reason = read.optionalText("reason");
    review.sessionNote = read.optionalText("session_note");
    return review;
}

} // namespace

IntakeDetails intakeDetailsFromJson(const ordered_json& details, const Clock& clock)
{
    IntakeDetails intake;
    if (!details.is_object()) {
        intake.problems.push_back("intake: not a JSON object");
        return intake;
    }
    const Reader read(details, "", intake.problems);
    intake.id = read.integer("id").value_or(0);
    intake.status = as<IntakeStatus>(read.word("status", kIntakeStatusWords, false))
                        .value_or(IntakeStatus::Pending);
    if (const ordered_json* referOut = read.find("refer_out");
        referOut != nullptr && referOut->is_boolean()) {
        intake.refersOut = referOut->get<bool>();
    }
    intake.clientId = read.integer("client_id", true).value_or(0);
    intake.createdAt = read.time("created_at");
    intake.createdBy = QString::fromStdString(read.text("created_by"));

    const ordered_json& versions = read.list("versions");
    for (std::size_t i = 0; i < versions.size(); ++i) {
        intake.versions.push_back(readVersion(versions[i], i, intake.problems, clock));
    }
    if (intake.versions.empty()) {
        intake.problems.push_back("versions: none; an intake has at least one");
    } else {
        // details() lists the versions oldest first; the current one is the newest.
        intake.currentVersion = intake.versions.back().version;
    }
    if (const IntakeVersionDetails* current = intake.current()) {
        intake.clientName = current->clientName;
        intake.dateOfBirth = current->dateOfBirth;
        intake.visitDate = current->visitDate;
    }

    intake.reviewsIncluded = read.find("reviews") != nullptr;
    const ordered_json& reviews = read.list("reviews", true);
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        intake.reviews.push_back(readReview(reviews[i], i));
    }
    return intake;
}
