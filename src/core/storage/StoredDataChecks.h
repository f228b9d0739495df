#pragma once

#include <QString>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

struct AuditChainReport;
class RuleEngine;

// What `check` decides about stored data, the same on every backend: a
// backend reads the rows (DatabaseVerifier from a file, PostgresVerifier
// from a server) and these say what is wrong with them, in the same words.
namespace stored_checks {

// At most this many problems of one kind are listed; a damaged database
// can have a million, and the first ones say what happened.
class Listing
{
public:
    explicit Listing(std::vector<QString>& problems) : m_problems(problems) {}
    void add(const QString& problem);

private:
    std::vector<QString>& m_problems;
    std::size_t m_listed = 0;
};

// What a schema is made of, by kind and name ("table clients"), each with a
// description that two equal schemas share.
using SchemaShape = std::map<QString, QString>;

// One line for each object missing, different or foreign. Returns whether
// a table is missing (then its rows cannot be read).
bool compareSchema(const SchemaShape& expected, const SchemaShape& found,
                   std::vector<QString>& problems);

// One stored version with its suggestion, as stored.
struct StoredVersion
{
    qint64 intakeId = 0;
    qint64 version = 0;
    std::string_view recordJson;
    bool hasSuggestion = false;
    std::string_view approach; // the suggestion's columns, NULL as empty
    std::string_view urgency;
    std::string_view pressure;
    std::string_view resultJson;
    std::string_view rulesSha256;
    std::string_view rulesVersion;
};

// Every stored record must parse and validate, every suggestion must be
// there, be JSON, agree with its columns, and, where the rules in force made
// it, be what those rules give for the record.
class RecordCheck
{
public:
    RecordCheck(const RuleEngine& engine, std::vector<QString>& problems);
    ~RecordCheck();
    RecordCheck(const RecordCheck&) = delete;
    RecordCheck& operator=(const RecordCheck&) = delete;

    void check(const StoredVersion& version);

private:
    class Parser;
    const RuleEngine& m_engine;
    std::unique_ptr<Parser> m_parser;
    Listing m_listing;
};

// One row of the intakes table (the list's index) beside its history.
struct IntakeListRow
{
    qint64 intakeId = 0;
    bool hasCurrent = false; // its current version and that version's suggestion exist
    QString currentVersion;
    QString newestVersion;
    bool approachMatches = false; // approach, urgency and refer_out follow the suggestion
    bool statusMatches = false;   // reviewed exactly when its current version has a review
};

// Each row must say what its history says.
class DerivedCheck
{
public:
    explicit DerivedCheck(std::vector<QString>& problems) : m_listing(problems) {}
    void check(const IntakeListRow& row);

private:
    Listing m_listing;
};

// "reference: row 7 of reviews points to a missing intakes row"
// A save id is one save's: the query lists any stored both with a version
// and with a review (its save id, the version's intake, the review's intake),
// and saveIdStoredTwice words one row of it.
extern const char* const kSaveIdsStoredTwice;
QString saveIdStoredTwice(const QString& saveId, const QString& versionIntake,
                          const QString& reviewIntake);

QString missingReference(const QString& row, const QString& table, const QString& parent);

// The chain's problems after the others; its report to `report` when asked.
void addChain(const AuditChainReport& chain, std::vector<QString>& problems,
              AuditChainReport* report);

} // namespace stored_checks
