#include "storage/StoredDataChecks.h"

#include "rules/Recommendation.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSet.h"
#include "storage/AuditTrail.h"
#include "util/SystemClock.h"
#include "validation/IntakeParser.h"

#include <QCoreApplication>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace stored_checks {

namespace {

constexpr std::size_t kMaxListed = 20;

QString textOf(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string jsonWord(const nlohmann::json& document, const char* key)
{
    const auto found = document.find(key);
    return found != document.end() && found->is_string() ? found->get<std::string>()
                                                         : std::string();
}

} // namespace

void Listing::add(const QString& problem)
{
    if (m_listed < kMaxListed) {
        m_problems.push_back(problem);
    } else if (m_listed == kMaxListed) {
        m_problems.push_back(QCoreApplication::translate(
            "CheckFinding", "(more problems of this kind are not listed)"));
    }
    ++m_listed;
}

bool compareSchema(const SchemaShape& expected, const SchemaShape& found,
                   std::vector<QString>& problems)
{
    bool tableMissing = false;
    for (const auto& [object, description] : expected) {
        const auto here = found.find(object);
        if (here == found.end()) {
            tableMissing = tableMissing || object.startsWith(QLatin1String("table "));
            problems.push_back(
                QCoreApplication::translate("CheckFinding",
                                            "schema: %1 is missing (this version creates it)")
                    .arg(object));
        } else if (here->second != description) {
            problems.push_back(QCoreApplication::translate(
                                   "CheckFinding", "schema: %1 is not what this version creates")
                                   .arg(object));
        }
    }
    for (const auto& [object, description] : found) {
        if (expected.count(object) == 0) {
            problems.push_back(
                QCoreApplication::translate(
                    "CheckFinding", "schema: %1 does not belong in a Clinic Intake database")
                    .arg(object));
        }
    }
    return tableMissing;
}

class RecordCheck::Parser
{
public:
    // Control characters were allowed before issue 10: a record that holds
    // them is as it was stored, not damaged.
    Parser() : parser(clock, IntakeParser::ControlCharacters::AcceptAsStored) {}
    const SystemClock clock; // every stored record has its visit date
    const IntakeParser parser;
};

RecordCheck::RecordCheck(const RuleEngine& engine, std::vector<QString>& problems)
    : m_engine(engine), m_parser(std::make_unique<Parser>()), m_listing(problems)
{}

RecordCheck::~RecordCheck() = default;

void RecordCheck::check(const StoredVersion& row)
{
    const QString where = QCoreApplication::translate("CheckFinding", "intake %1 version %2")
                              .arg(row.intakeId)
                              .arg(row.version);
    const IntakeParseResult parsed = m_parser->parser.parse(row.recordJson);
    if (!parsed.ok()) {
        const FieldError& first = parsed.errors.front();
        m_listing.add(
            QCoreApplication::translate("CheckFinding", "%1: the stored record is damaged (%2: %3)")
                .arg(where, QString::fromStdString(first.path),
                     QString::fromStdString(first.message)));
    }
    if (!row.hasSuggestion) {
        m_listing.add(QCoreApplication::translate("CheckFinding", "%1: its suggestion is missing")
                          .arg(where));
        return;
    }
    const nlohmann::json suggestion = nlohmann::json::parse(row.resultJson, nullptr, false);
    if (suggestion.is_discarded() || !suggestion.is_object()) {
        m_listing.add(
            QCoreApplication::translate("CheckFinding",
                                        "%1: the stored suggestion is damaged (not a JSON object)")
                .arg(where));
        return;
    }
    if (jsonWord(suggestion, "approach") != row.approach ||
        jsonWord(suggestion, "urgency") != row.urgency ||
        jsonWord(suggestion, "pressure") != row.pressure) {
        m_listing.add(QCoreApplication::translate(
                          "CheckFinding",
                          "%1: the suggestion's approach, urgency or pressure differs "
                          "from its stored text")
                          .arg(where));
        return;
    }
    // The rules in force made it: they must give it again.
    const RuleSet& rules = m_engine.ruleSet();
    if (parsed.ok() && row.rulesSha256 == rules.sourceSha256) {
        // In the language it was stored in; one stored before languages
        // were stored names none and is English.
        const auto language = suggestion.find("language");
        const std::string again =
            language == suggestion.end()
                ? m_engine.recommend(*parsed.record)
                      .toJson(rules, *parsed.record, UiLanguage::English)
                : m_engine
                      .suggestVersion(*parsed.record,
                                      *language == "fr" ? UiLanguage::French : UiLanguage::English)
                      .suggestionJson;
        if (again != row.resultJson) {
            m_listing.add(QCoreApplication::translate(
                              "CheckFinding",
                              "%1: the stored suggestion is not what rules %2 give for "
                              "the stored record (it says %3)")
                              .arg(where, textOf(row.rulesVersion),
                                   QString::fromStdString(jsonWord(suggestion, "approach"))));
        }
    }
}

void DerivedCheck::check(const IntakeListRow& row)
{
    const QString intake = QString::number(row.intakeId);
    if (!row.hasCurrent) {
        m_listing.add(QCoreApplication::translate(
                          "CheckFinding", "intake %1: its current version or suggestion is missing")
                          .arg(intake));
    } else if (row.currentVersion != row.newestVersion) {
        m_listing.add(QCoreApplication::translate(
                          "CheckFinding", "intake %1: the current version is %2, its newest is %3")
                          .arg(intake, row.currentVersion, row.newestVersion));
    } else if (!row.approachMatches) {
        m_listing.add(
            QCoreApplication::translate(
                "CheckFinding", "intake %1: the approach in the list is not its suggestion's")
                .arg(intake));
    } else if (!row.statusMatches) {
        m_listing.add(
            QCoreApplication::translate(
                "CheckFinding", "intake %1: the status in the list does not match its reviews")
                .arg(intake));
    }
}

const char* const kSaveIdsStoredTwice =
    "SELECT v.save_id, v.intake_id, r.intake_id FROM intake_versions v "
    "JOIN reviews r ON r.save_id = v.save_id ORDER BY v.id, r.id";

QString saveIdStoredTwice(const QString& saveId, const QString& versionIntake,
                          const QString& reviewIntake)
{
    return QCoreApplication::translate(
               "CheckFinding",
               "save id %1: stored with a version of intake %2 and with a review of "
               "intake %3; a save id is one save's")
        .arg(saveId, versionIntake, reviewIntake);
}

QString missingReference(const QString& row, const QString& table, const QString& parent)
{
    return QCoreApplication::translate("CheckFinding",
                                       "reference: row %1 of %2 points to a missing %3 row")
        .arg(row, table, parent);
}

void addChain(const AuditChainReport& chain, std::vector<QString>& problems,
              AuditChainReport* report)
{
    problems.insert(problems.end(), chain.problems.begin(), chain.problems.end());
    if (report) {
        *report = chain;
    }
}

} // namespace stored_checks
