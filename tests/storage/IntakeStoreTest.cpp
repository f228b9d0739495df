// Storing intakes, their versions, suggestions and reviews; listing them.
#include "Harness.h"
#include "IntakeGenerator.h"
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "model/IntakeDetailsJson.h"
#include "rules/RuleSetLoader.h"
#include "rules/SuggestionLanguage.h"
#include "storage/NameFolding.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <catch2/catch.hpp>

using nlohmann::json;
using vocabulary::Approach;
using vocabulary::Pressure;
using vocabulary::Urgency;

namespace {

json intakeFor(const std::string& name, const std::string& born, const std::string& visit)
{
    json intake = sampleIntake();
    intake["client"]["name"] = name;
    intake["client"]["date_of_birth"] = born;
    intake["visit_date"] = visit;
    return intake;
}

// An optional enum's word as the database holds it; empty for none (NULL).
template <typename Enum> QString wordOrEmpty(const std::optional<Enum>& value)
{
    return value ? QString::fromUtf8(wordOf(*value).data()) : QString();
}

std::vector<qint64> idsOf(const std::vector<IntakeSummary>& rows)
{
    std::vector<qint64> ids;
    for (const auto& row : rows) {
        ids.push_back(row.id);
    }
    return ids;
}

} // namespace

TEST_CASE("add stores the intake, its suggestion and an audit entry", "[storage]")
{
    TestDatabase test;
    const SavedIntake saved = test.add(sampleIntake(), QStringLiteral("Ana"));
    CHECK(saved.intakeId == 1);
    CHECK_FALSE(saved.returningClient);
    CHECK(json::parse(saved.suggestionJson).at("approach") == "swedish");

    const auto details = test.intakes().details(saved.intakeId);
    CHECK(details.at("status") == "pending");
    CHECK(details.at("intake").at("client").at("name") == "Sam Example");
    CHECK(details.at("suggestion").dump() == saved.suggestionJson);
    CHECK(details.at("versions").size() == 1);
    CHECK(details.at("versions").at(0).at("rules_version") == RuleSetLoader::builtIn()->version);
    CHECK(details.at("versions").at(0).at("rules_sha256") ==
          RuleSetLoader::builtIn()->sourceSha256);

    const auto audit = test.auditTrail().entries();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].actor == "Ana");
    CHECK(audit[0].action == "add");
    CHECK(audit[0].records == "intake 1");
}

TEST_CASE("a returning client is matched by name and date of birth, not duplicated", "[storage]")
{
    TestDatabase test;
    const auto first = test.add(intakeFor("Zoë Núñez", "1988-02-29", "2026-01-10"));
    const auto again = test.add(intakeFor("  zoe   NUNEZ ", "1988-02-29", "2026-02-10"));
    const auto namesake = test.add(intakeFor("Zoë Núñez", "1990-01-01", "2026-02-11"));
    CHECK(again.returningClient);
    CHECK(again.clientId == first.clientId);
    CHECK_FALSE(namesake.returningClient);
    CHECK(namesake.clientId != first.clientId);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM clients")) == 2);
}

TEST_CASE("the intakes of a client on a visit date are found as the client is matched", "[storage]")
{
    TestDatabase test;
    const auto first =
        test.add(intakeFor("Zoë Núñez", "1988-02-29", "2026-01-10"), QStringLiteral("dora"));
    test.add(intakeFor("Zoë Núñez", "1988-02-29", "2026-01-11")); // another day
    test.add(intakeFor("Zoë Núñez", "1990-01-01", "2026-01-10")); // a namesake
    test.add(intakeFor("Ana Lima", "1988-02-29", "2026-01-10"));  // someone else
    const auto second = test.add(intakeFor("zoe nunez", "1988-02-29", "2026-01-10"));

    const auto found = test.intakes().sameDayIntakes(QStringLiteral("  ZOE  Núñez "),
                                                     QDate(1988, 2, 29), QDate(2026, 1, 10));
    REQUIRE(found.size() == 2);
    CHECK(found[0].intakeId == first.intakeId);
    CHECK(found[1].intakeId == second.intakeId);
    CHECK(found[0].createdBy == "dora");
    CHECK(found[0].createdAt == test.clock().now());
    CHECK(test.intakes()
              .sameDayIntakes(QStringLiteral("Zoë Núñez"), QDate(1988, 2, 29), QDate(2026, 1, 12))
              .empty());
    CHECK(test.intakes()
              .sameDayIntakes(QStringLiteral("Nobody"), QDate(1988, 2, 29), QDate(2026, 1, 10))
              .empty());
}

TEST_CASE("amending keeps every earlier version and its suggestion", "[storage]")
{
    TestDatabase test;
    const auto saved = test.add(sampleIntake());
    REQUIRE(test.workflow().review(saved.intakeId, {}, QStringLiteral("Ana")) > 0);

    json corrected = sampleIntake();
    corrected["screening"]["fever_or_unwell"] = "yes";
    const auto parsed = harness::parse(corrected);
    const SavedIntake amended =
        test.workflow().amend(saved.intakeId, *parsed.record, QStringLiteral("Ben"));
    CHECK(amended.version == 2);

    const auto details = test.intakes().details(saved.intakeId);
    REQUIRE(details.at("versions").size() == 2);
    CHECK(details.at("versions").at(0).at("suggestion").at("approach") == "swedish");
    CHECK(details.at("versions").at(1).at("suggestion").at("approach") == "refer_out");
    CHECK(details.at("suggestion").at("urgency") == "urgent");
    // The new version needs its own review; the old review stays on record.
    CHECK(details.at("status") == "pending");
    REQUIRE(details.at("reviews").size() == 1);
    CHECK(details.at("reviews").at(0).at("version") == 1);
    CHECK_THROWS_AS(test.workflow().amend(99, *parsed.record, QStringLiteral("Ben")), StorageError);
}

TEST_CASE("amending with the current version unchanged is refused and stores nothing", "[storage]")
{
    TestDatabase test;
    const auto saved = test.add(sampleIntake());
    REQUIRE(test.workflow().review(saved.intakeId, {}, QStringLiteral("Ana")) > 0);
    const qint64 auditBefore = test.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    const auto parsed = harness::parse(sampleIntake());
    REQUIRE(parsed.ok());
    try {
        test.workflow().amend(saved.intakeId, *parsed.record, QStringLiteral("Ben"));
        FAIL("an identical version was stored");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(std::string(error.what()) ==
              "intake: nothing changed: version 1 already says this; no new version stored");
    }
    const auto details = test.intakes().details(saved.intakeId);
    CHECK(details.at("versions").size() == 1);
    CHECK(details.at("status") == "reviewed");
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);

    // One answer changed is a new version.
    json corrected = sampleIntake();
    corrected["pain"]["intensity"] = 6;
    const auto changed = harness::parse(corrected);
    REQUIRE(changed.ok());
    CHECK(test.workflow().amend(saved.intakeId, *changed.record, QStringLiteral("Ben")).version ==
          2);
}

TEST_CASE("a suggestion is kept as it was shown, even after the rules change", "[storage]")
{
    TestDatabase test;
    json intake = sampleIntake();
    intake["pain"]["intensity"] = 7;
    const auto saved = test.add(intake);

    // A clinic lowers the severe-pain threshold to 7.
    QFile file(QStringLiteral(CLINIC_DEFAULT_RULES));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto rules = nlohmann::ordered_json::parse(file.readAll().toStdString());
    for (auto& rule : rules["caution_rules"]) {
        if (rule["id"] == "caution-severe-pain") {
            rule["when"]["at_least"] = 7;
        }
    }
    rules["version"] = "clinic-2";
    const RuleEngine newEngine(harness::rulesFrom(rules.dump()));
    IntakeWorkflow newRules(test.intakes(), test.auditTrail(), newEngine, test.clock());
    CHECK(newRules.questionsBlockingAccept(saved.intakeId).empty());

    const auto details = test.intakes().details(saved.intakeId);
    CHECK(details.at("suggestion").at("cautions").empty());
    CHECK(details.at("suggestion").at("rules_version") == RuleSetLoader::builtIn()->version);
    // Reviewing under the new rules accepts what was shown, not a recomputation.
    REQUIRE(newRules.review(saved.intakeId, {}, QStringLiteral("Ana")) > 0);
    CHECK(test.intakes().details(saved.intakeId).at("suggestion").at("cautions").empty());
}

TEST_CASE("a suggestion keeps the language it was shown in", "[storage]")
{
    TestDatabase test;
    const auto parsed = harness::parse(sampleIntake());
    REQUIRE(parsed.ok());
    const SuggestedVersion french =
        test.engine().suggestVersion(*parsed.record, UiLanguage::French);
    const SavedIntake saved = test.intakes().add(french, QStringLiteral("desk"));
    CHECK(json::parse(saved.suggestionJson).at("language") == "fr");

    test.reopen();
    const auto details = test.intakes().details(saved.intakeId);
    CHECK(details.at("suggestion").dump() == french.suggestionJson);
    const IntakeDetails read = intakeDetailsFromJson(details, test.clock());
    REQUIRE(read.current() != nullptr);
    const StoredSuggestion& stored = read.current()->suggestion;
    CHECK(stored.problems.empty());
    CHECK(stored.language == UiLanguage::French);
    REQUIRE_FALSE(stored.rationale.empty());
    CHECK(stored.rationale[0].reason == french.suggestion.reasonText(test.engine().ruleSet(),
                                                                     *parsed.record, 0,
                                                                     UiLanguage::French));

    // Shown in English by the same rules: the English texts, made again.
    REQUIRE(read.current()->record);
    const StoredSuggestion english = suggestion_language::inLanguage(
        stored, &*read.current()->record, &test.engine().ruleSet(), UiLanguage::English);
    CHECK(english.language == UiLanguage::English);
    CHECK(english.rationale[0].reason == french.suggestion.reasonText(test.engine().ruleSet(),
                                                                      *parsed.record, 0,
                                                                      UiLanguage::English));
}

TEST_CASE("a review accepts or overrides, and an override needs a reason", "[storage]")
{
    TestDatabase test;
    const auto first = test.add(sampleIntake());
    const auto second = test.add(sampleIntake());

    ReviewDecision accept;
    accept.sessionNote = QStringLiteral("Felt better after.");
    test.workflow().review(first.intakeId, accept, QStringLiteral("Ana"));
    auto review = test.intakes().details(first.intakeId).at("reviews").at(0);
    CHECK(review.at("decision") == "accepted");
    CHECK(review.at("final_approach") == "swedish");
    CHECK(review.at("final_pressure") == "medium");
    CHECK(review.at("session_note") == "Felt better after.");
    CHECK(test.intakes().details(first.intakeId).at("status") == "reviewed");

    ReviewDecision override;
    override.accepted = false;
    override.finalApproach = Approach::TriggerPoint;
    override.finalPressure = Pressure::Firm;
    SECTION("without a reason it is refused and nothing is stored")
    {
        CHECK_THROWS_WITH(test.workflow().review(second.intakeId, override, QStringLiteral("Ben")),
                          "reason: an override needs a reason");
        override.reason = QStringLiteral("   ");
        CHECK_THROWS_AS(test.workflow().review(second.intakeId, override, QStringLiteral("Ben")),
                        StorageError);
        CHECK(test.count(QStringLiteral("SELECT count(*) FROM reviews")) == 1);
        CHECK(test.intakes().details(second.intakeId).at("status") == "pending");
    }
    SECTION("with a reason it records the final approach and pressure")
    {
        override.reason = QStringLiteral("Tight glutes found on palpation.");
        test.workflow().review(second.intakeId, override, QStringLiteral("Ben"));
        review = test.intakes().details(second.intakeId).at("reviews").at(0);
        CHECK(review.at("decision") == "overridden");
        CHECK(review.at("final_approach") == "trigger_point");
        CHECK(review.at("final_pressure") == "firm");
        CHECK(review.at("reason") == "Tight glutes found on palpation.");
        CHECK(review.at("reviewer") == "Ben");
    }
    SECTION("an override to a massage needs a pressure; a referral has none")
    {
        override.reason = QStringLiteral("x");
        override.finalPressure.reset();
        CHECK_THROWS_WITH(test.workflow().review(second.intakeId, override, QStringLiteral("Ben")),
                          "pressure: an override needs the pressure to use");
        override.finalApproach = Approach::ReferOut;
        CHECK(test.workflow().review(second.intakeId, override, QStringLiteral("Ben")) > 0);
    }
    SECTION("an unknown intake")
    {
        try {
            test.workflow().review(42, accept, QStringLiteral("Ben"));
            FAIL("reviewed a missing intake");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageError::Kind::NotFound);
        }
    }
}

TEST_CASE("list filters by status, name, dates and approach, newest first", "[storage]")
{
    TestDatabase test;
    test.add(intakeFor("Jane Doe", "1980-04-12", "2026-11-01"));       // 1
    test.add(intakeFor("Zoë Núñez", "1988-02-29", "2026-11-05"));      // 2
    json referral = intakeFor("John Doe", "1975-01-01", "2026-11-10"); // 3
    referral["screening"]["saddle_numbness"] = "yes";
    test.add(referral);
    test.add(intakeFor("Dorothy Smith", "1950-05-05", "2026-10-20")); // 4
    test.workflow().review(1, {}, QStringLiteral("Ana"));

    IntakeFilter all;
    CHECK(idsOf(test.intakes().list(all)) == std::vector<qint64>{3, 2, 1, 4});

    IntakeFilter pending;
    pending.status = IntakeStatus::Pending;
    CHECK(idsOf(test.intakes().list(pending)) == std::vector<qint64>{3, 2, 4});

    IntakeFilter byName;
    byName.search = QStringLiteral("doe");
    CHECK(idsOf(test.intakes().list(byName)) == std::vector<qint64>{3, 1});
    byName.search = QStringLiteral("NUÑ");
    CHECK(idsOf(test.intakes().list(byName)) == std::vector<qint64>{2});
    byName.search = QStringLiteral("do");
    CHECK(idsOf(test.intakes().list(byName)) == std::vector<qint64>{3, 1, 4}); // Doe, Dorothy
    byName.search = QStringLiteral("jane doe");
    CHECK(idsOf(test.intakes().list(byName)) == std::vector<qint64>{1});

    IntakeFilter dates;
    dates.from = QDate(2026, 11, 1);
    dates.to = QDate(2026, 11, 5);
    CHECK(idsOf(test.intakes().list(dates)) == std::vector<qint64>{2, 1});

    IntakeFilter referrals;
    referrals.approach = Approach::ReferOut;
    const auto rows = test.intakes().list(referrals);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].refersOut);
    CHECK(rows[0].approach == Approach::ReferOut);
    CHECK(rows[0].urgency == Urgency::Emergency);
    CHECK(rows[0].status == IntakeStatus::Pending);
    CHECK_FALSE(rows[0].reviewDecision);

    // The reviewed intake's row carries its review's decision and reviewer.
    const auto reviewedRow = test.intakes().list(all);
    REQUIRE(reviewedRow.size() == 4);
    CHECK(reviewedRow[2].id == 1);
    CHECK(reviewedRow[2].status == IntakeStatus::Reviewed);
    CHECK(reviewedRow[2].reviewDecision == ReviewOutcome::Accepted);
    CHECK(reviewedRow[2].reviewer == "Ana");
    CHECK_FALSE(reviewedRow[2].urgency);

    IntakeFilter limited;
    limited.limit = 2;
    CHECK(test.intakes().list(limited).size() == 2);
}

TEST_CASE("a listed row whose stored word is none of its kind is refused as damaged, naming the "
          "intake and the column",
          "[storage]")
{
    TestDatabase test;
    test.add(intakeFor("Jane Doe", "1980-02-02", "2026-11-03"));  // 1
    test.add(intakeFor("Ana Núñez", "1991-07-15", "2026-11-04")); // 2
    const auto damagedList = [&test](const IntakeFilter& filter) -> std::string {
        try {
            test.intakes().list(filter);
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageError::Kind::Corrupt);
            return error.what();
        }
        return "listed";
    };
    test.tamper(QStringLiteral("UPDATE intakes SET approach = 'hot_stones' WHERE id = 2"));
    std::string message = damagedList(IntakeFilter{});
    CHECK_THAT(message, Catch::Contains("intake 2") && Catch::Contains("approach") &&
                            Catch::Contains("run check"));
    // The stored text itself is not repeated: it is not for a terminal.
    CHECK_THAT(message, !Catch::Contains("hot_stones"));
    // Rows that are not damaged still list.
    IntakeFilter jane;
    jane.search = QStringLiteral("jane");
    CHECK(idsOf(test.intakes().list(jane)) == std::vector<qint64>{1});

    test.tamper(QStringLiteral("UPDATE intakes SET urgency = 'someday' WHERE id = 1"));
    message = damagedList(jane);
    CHECK_THAT(message, Catch::Contains("intake 1") && Catch::Contains("urgency"));
}

TEST_CASE("history tables are append-only: UPDATE and DELETE are refused", "[storage]")
{
    TestDatabase test;
    const auto saved = test.add(sampleIntake());
    test.workflow().review(saved.intakeId, {}, QStringLiteral("Ana"));
    for (const char* table : {"audit_log", "intake_versions", "suggestions", "reviews"}) {
        DYNAMIC_SECTION(table)
        {
            const QString name = QLatin1String(table);
            const qint64 before = test.count(QStringLiteral("SELECT count(*) FROM ") + name);
            REQUIRE(before > 0);
            CHECK_FALSE(test.backend().programCanRun(QStringLiteral("DELETE FROM ") + name));
            CHECK_FALSE(test.backend().programCanRun(
                QStringLiteral("UPDATE %1 SET id = id + 100").arg(name)));
            CHECK(test.count(QStringLiteral("SELECT count(*) FROM ") + name) == before);
        }
    }
}

TEST_CASE("text fields cannot inject SQL", "[storage]")
{
    TestDatabase test;
    const std::string attack = "Robert'); DROP TABLE clients; --";
    json intake = sampleIntake();
    intake["client"]["name"] = attack;
    intake["notes"] = "\"; DELETE FROM intakes; --";
    const auto saved = test.add(intake, QStringLiteral("x'); DROP TABLE audit_log; --"));

    ReviewDecision override;
    override.accepted = false;
    override.finalApproach = Approach::Swedish;
    override.finalPressure = Pressure::Light;
    override.reason = QStringLiteral("'; UPDATE reviews SET decision='accepted'; --");
    override.sessionNote = QStringLiteral("\" OR 1=1 --");
    test.workflow().review(saved.intakeId, override, QStringLiteral("Ana' --"));

    IntakeFilter search;
    for (const char* typed : {"Robert');", "\" OR \"\"=\"", "*", "NEAR(", "a AND OR NOT b", "'"}) {
        search.search = QString::fromUtf8(typed);
        CHECK_NOTHROW(test.intakes().list(search));
    }
    search.search = QStringLiteral("robert drop");
    CHECK(test.intakes().list(search).size() == 1);

    const auto details = test.intakes().details(saved.intakeId);
    CHECK(details.at("intake").at("client").at("name") == attack);
    CHECK(details.at("reviews").at(0).at("reason") ==
          "'; UPDATE reviews SET decision='accepted'; --");
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM clients")) == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM intakes")) == 1);
    CHECK(test.count(QStringLiteral("SELECT count(*) FROM audit_log")) == 2);
}

namespace {

// A clinic's worth of varied intakes: several per visit day and per client
// name, every approach, some reviewed.
void addVariedIntakes(TestDatabase& test, int count)
{
    IntakeGenerator generator(21);
    for (int i = 0; i < count; ++i) {
        json intake = generator.next();
        intake["visit_date"] =
            QDate(2026, 10, 1).addDays(i % 9).toString(Qt::ISODate).toStdString();
        if (intake.contains("medical_clearance")) {
            intake["medical_clearance"]["date"] = intake["visit_date"]; // not after the visit
        }
        const auto saved = test.add(intake);
        if (i % 4 == 0) {
            // A suggestion without a plan (screening incomplete) has nothing to
            // accept; the therapist overrides it.
            ReviewDecision decision;
            if (json::parse(saved.suggestionJson).at("approach").is_null()) {
                decision.accepted = false;
                decision.finalApproach = Approach::Swedish;
                decision.finalPressure = Pressure::Light;
                decision.reason = QStringLiteral("screened by phone");
            }
            test.workflow().review(saved.intakeId, decision, QStringLiteral("Ana"));
        }
    }
}

// Whether `later` may follow `earlier` in the order the filter asks for.
bool inOrder(const IntakeSummary& earlier, const IntakeSummary& later, const IntakeFilter& filter)
{
    auto keys = [&filter](const IntakeSummary& row) {
        switch (filter.sort) {
        case IntakeSort::Client:
            return QStringList{foldedName(row.clientName), row.dateOfBirth.toString(Qt::ISODate)};
        case IntakeSort::Status:
            return QStringList{QString::fromUtf8(wordOf(row.status).data()),
                               row.visitDate.toString(Qt::ISODate)};
        case IntakeSort::Approach:
            // By the stored word; none (NULL) first in ascending order.
            return QStringList{wordOrEmpty(row.approach), row.visitDate.toString(Qt::ISODate)};
        case IntakeSort::Id:
            return QStringList{};
        case IntakeSort::VisitDate:
            break;
        }
        return QStringList{row.visitDate.toString(Qt::ISODate)};
    };
    const QStringList a = keys(earlier);
    const QStringList b = keys(later);
    if (a != b) {
        return filter.descending ? b < a : a < b;
    }
    // Ties (and the client sort's same-name clients) end with the id.
    return filter.descending ? later.id < earlier.id : earlier.id < later.id;
}

std::vector<IntakeSummary> readInPages(const IntakeRepository& store, IntakeFilter filter,
                                       int pageSize)
{
    std::vector<IntakeSummary> rows;
    filter.limit = pageSize;
    for (filter.offset = 0;; filter.offset += pageSize) {
        const auto page = store.list(filter);
        rows.insert(rows.end(), page.begin(), page.end());
        if (int(page.size()) < pageSize) {
            return rows;
        }
    }
}

} // namespace

TEST_CASE("list sorts by each key either way, and pages neither repeat nor skip", "[storage]")
{
    TestDatabase test;
    addVariedIntakes(test, 90);

    const auto sort = GENERATE(IntakeSort::VisitDate, IntakeSort::Client, IntakeSort::Status,
                               IntakeSort::Approach, IntakeSort::Id);
    const bool descending = GENERATE(true, false);
    IntakeFilter filter;
    filter.sort = sort;
    filter.descending = descending;
    filter.limit = 0;
    CAPTURE(int(sort), descending);

    const auto all = test.intakes().list(filter);
    REQUIRE(all.size() == 90);
    for (std::size_t i = 1; i < all.size(); ++i) {
        CAPTURE(i, all[i - 1].id, all[i].id);
        CHECK(inOrder(all[i - 1], all[i], filter));
    }
    CHECK(idsOf(readInPages(test.intakes(), filter, 7)) == idsOf(all));

    // An offset past the end is an empty page, not an error.
    filter.limit = 10;
    filter.offset = 500;
    CHECK(test.intakes().list(filter).empty());
    // An offset without a limit skips that many.
    filter.limit = 0;
    filter.offset = 85;
    const std::vector<qint64> allIds = idsOf(all);
    CHECK(idsOf(test.intakes().list(filter)) ==
          std::vector<qint64>(allIds.begin() + 85, allIds.end()));
}

TEST_CASE("paging through a name search gives the same rows whichever plan answers it", "[storage]")
{
    TestDatabase test;
    addVariedIntakes(test, 120);
    // Small pages of a common prefix make the store walk the intakes in order;
    // without a limit it looks up each matching client's intakes instead.
    for (const char* search : {"a", "e", "garcia", "zoe"}) {
        for (const auto sort : {IntakeSort::VisitDate, IntakeSort::Client, IntakeSort::Id}) {
            IntakeFilter filter;
            filter.search = QString::fromUtf8(search);
            filter.sort = sort;
            filter.limit = 0;
            CAPTURE(search, int(sort));
            const auto all = test.intakes().list(filter);
            CHECK(idsOf(readInPages(test.intakes(), filter, 3)) == idsOf(all));
            for (const auto& row : all) {
                CHECK(foldedName(row.clientName).contains(QString::fromUtf8(search)));
            }
        }
    }
}

TEST_CASE("count is the number of rows list returns, up to its limit", "[storage]")
{
    TestDatabase test;
    addVariedIntakes(test, 60);

    IntakeFilter filter;
    filter.limit = 0;
    CHECK(test.intakes().count(filter) == 60);

    const auto countAndList = [&test](IntakeFilter filter) {
        filter.limit = 0;
        filter.offset = 0;
        return std::make_pair(test.intakes().count(filter),
                              qint64(test.intakes().list(filter).size()));
    };
    IntakeFilter reviewed;
    reviewed.status = IntakeStatus::Reviewed;
    CHECK(countAndList(reviewed).first == 15);
    CHECK(countAndList(reviewed).second == 15);

    IntakeFilter mixed;
    mixed.status = IntakeStatus::Pending;
    mixed.from = QDate(2026, 10, 2);
    mixed.to = QDate(2026, 10, 5);
    mixed.search = QStringLiteral("a");
    const auto [counted, listed] = countAndList(mixed);
    CHECK(counted > 0);
    CHECK(counted == listed);

    IntakeFilter capped;
    capped.limit = 25;
    capped.offset = 50; // does not matter to a count
    CHECK(test.intakes().count(capped) == 25);
    capped.status = IntakeStatus::Reviewed;
    CHECK(test.intakes().count(capped) == 15);

    IntakeFilter punctuation;
    punctuation.search = QStringLiteral("'-");
    CHECK(test.intakes().count(punctuation) == 0);
}

TEST_CASE("filters give the same rows in every order, whether walked or looked up", "[storage]")
{
    TestDatabase test;
    addVariedIntakes(test, 120);
    // Pages of 3 make common conditions walk the sort order and rare ones
    // look their rows up; without a limit everything is looked up.
    IntakeFilter reviewed;
    reviewed.status = IntakeStatus::Reviewed;
    IntakeFilter pending;
    pending.status = IntakeStatus::Pending;
    IntakeFilter referrals;
    referrals.approach = Approach::ReferOut;
    IntakeFilter deepTissue;
    deepTissue.approach = Approach::DeepTissue;
    IntakeFilter days;
    days.from = QDate(2026, 10, 3);
    days.to = QDate(2026, 10, 6);
    IntakeFilter mixed = pending;
    mixed.approach = Approach::TriggerPoint;
    mixed.from = QDate(2026, 10, 2);
    IntakeFilter named = days;
    named.search = QStringLiteral("a");
    named.status = IntakeStatus::Pending;

    for (IntakeFilter filter : {reviewed, pending, referrals, deepTissue, days, mixed, named}) {
        for (const auto sort : {IntakeSort::VisitDate, IntakeSort::Client, IntakeSort::Status,
                                IntakeSort::Approach, IntakeSort::Id}) {
            for (const bool descending : {true, false}) {
                filter.sort = sort;
                filter.descending = descending;
                filter.limit = 0;
                CAPTURE(wordOrEmpty(filter.status), wordOrEmpty(filter.approach), filter.search,
                        int(sort), descending);
                const auto all = test.intakes().list(filter);
                CHECK(qint64(all.size()) == test.intakes().count(filter));
                for (std::size_t i = 0; i < all.size(); ++i) {
                    const IntakeSummary& row = all[i];
                    CHECK((!filter.status || row.status == *filter.status));
                    CHECK((!filter.approach || row.approach == filter.approach));
                    CHECK((!filter.from.isValid() || row.visitDate >= filter.from));
                    CHECK((!filter.to.isValid() || row.visitDate <= filter.to));
                    if (i > 0) {
                        CHECK(inOrder(all[i - 1], row, filter));
                    }
                }
                CHECK(idsOf(readInPages(test.intakes(), filter, 3)) == idsOf(all));
            }
        }
    }
}
