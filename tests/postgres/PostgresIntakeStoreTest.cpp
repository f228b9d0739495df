// The records on a PostgreSQL server answer as on SQLite. Each test runs the
// same writes through IntakeRepository and AuditTrail on both backends and
// compares what they give back, so it holds for any backend behind the seam.
#include "storage/postgres/PostgresIntakeStore.h"

#include "BothBackends.h"
#include "IntakeGenerator.h"
#include "rules/RuleSetLoader.h"
#include "storage/EditConflict.h"
#include "util/FixedClock.h"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <functional>
#include <thread>

using namespace both_backends;
using nlohmann::json;

namespace {

// Runs `act(desk, store)` on `count` workstations at once, each with its
// own connection, released together once every one is connected.
template <typename Act>
void atOnce(const PgClinicDatabase& clinic, const Clock& clock, int count, Act act)
{
    std::atomic<int> ready{0};
    std::vector<std::thread> desks;
    for (int desk = 0; desk < count; ++desk) {
        desks.emplace_back([&, desk] {
            const auto connection = clinic.connect();
            PostgresIntakeStore store(*connection, clock);
            ++ready;
            while (ready < count) {
                std::this_thread::yield();
            }
            act(desk, store);
        });
    }
    for (auto& desk : desks) {
        desk.join();
    }
}

// A server clinic holding one intake at version 1, for the at-once tests.
struct ClinicWithOneIntake
{
    explicit ClinicWithOneIntake(const PgTestServer& server) : clinic(server)
    {
        const auto connection = clinic.connect();
        PostgresIntakeStore(*connection, clock)
            .add(engine.suggestVersion(recordOf(sampleIntake())), QStringLiteral("desk"));
    }

    const PgClinicDatabase clinic;
    const FixedClock clock{QDate(2026, 11, 21)};
    const RuleEngine engine{RuleSetLoader::builtIn()};
};

} // namespace

TEST_CASE("repository on both backends: add, amend and review store the same rows and audit log")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    const SavedIntake first = both.add(sampleIntake(), QStringLiteral("Ana"));
    CHECK(first.intakeId == 1);
    CHECK_FALSE(first.returningClient);
    // The same client, its name typed with other case and accents.
    const SavedIntake again = both.add(
        intakeFor("SAM  EXAMPLÉ", sampleIntake()["client"]["date_of_birth"], "2026-11-20"));
    CHECK(again.returningClient);
    CHECK(again.clientId == first.clientId);
    both.add(intakeFor("Zoë Núñez-Ortiz", "1975-04-02", "2026-11-19"));

    json changed = sampleIntake();
    changed["client"]["phone"] = "555-0199";
    for (Side side : both.sides()) {
        INFO(side.name);
        const SavedIntake amended = side.workflow.amend(1, recordOf(changed), "Ana");
        CHECK(amended.version == 2);
        // What the desk compared with version 1 must not replace version 2.
        const SuggestedVersion stale =
            both.sqlite.engine().suggestVersion(recordOf(sampleIntake()));
        CHECK_THAT(
            refusal([&] { side.store.amend(1, 1, stale, "Ben"); }, StorageError::Kind::Invalid),
            Catch::StartsWith("version: intake 1 was amended meanwhile (now version 2)"));
        refusal([&] { side.store.amend(99, 1, stale, "Ben"); }, StorageError::Kind::NotFound);

        ReviewDecision decision;
        decision.version = 1;
        CHECK_THAT(
            refusal([&] { side.store.review(1, decision, "Tess"); }, StorageError::Kind::Invalid),
            Catch::StartsWith("version: intake 1 was amended meanwhile"));
        decision.version = 2;
        decision.sessionNote = QStringLiteral("neck first");
        CHECK(side.workflow.review(1, decision, QStringLiteral(" Tess ")) == 1);
        ReviewDecision overriding;
        overriding.accepted = false;
        overriding.finalApproach = vocabulary::Approach::ReferOut;
        overriding.reason = QStringLiteral("needs a doctor first");
        overriding.version = 1;
        CHECK(side.store.review(3, overriding, QStringLiteral("Tess")) == 2);
        refusal([&] { side.store.details(99); }, StorageError::Kind::NotFound);
    }

    for (qint64 id = 1; id <= 3; ++id) {
        INFO("intake " << id);
        CHECK(both.pgStore.details(id).dump() == both.sqlite.store().details(id).dump());
        CHECK(both.pgStore.detailsAsStored(id) == both.sqlite.store().detailsAsStored(id));
    }
    CHECK(both.pgStore.details(1).at("versions").size() == 2);
    CHECK(both.pgStore.details(1).at("reviews").at(0).at("reviewer") == "Tess");

    // The same entries, texts, covered rows and hashes: the log moves between backends.
    const auto onFile = both.sqlite.audit().entries();
    const auto onServer = both.pgAudit.entries();
    CHECK(onFile.size() == 6); // three adds, an amendment, two reviews
    CHECK(describe(onServer) == describe(onFile));

    const QDate born = QDate::fromString(
        QString::fromStdString(sampleIntake()["client"]["date_of_birth"]), Qt::ISODate);
    for (Side side : both.sides()) {
        INFO(side.name);
        const auto sameDay =
            side.store.sameDayIntakes(QStringLiteral("sam example"), born, QDate(2026, 11, 20));
        REQUIRE(sameDay.size() == 1);
        CHECK(sameDay[0].intakeId == 2);
        CHECK(sameDay[0].createdBy == "desk");
        CHECK(sameDay[0].createdAt == both.sqlite.clock().now());
    }
}

TEST_CASE("repository on both backends: list and count agree for every filter and order")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    IntakeGenerator generator(12);
    for (int i = 0; i < 80; ++i) {
        both.add(generator.next());
    }
    // Reviews of some, an amendment of one, so status and reviewer vary.
    for (Side side : both.sides()) {
        for (qint64 id = 1; id <= 80; id += 3) {
            ReviewDecision decision;
            decision.accepted = false;
            decision.finalApproach = vocabulary::Approach::ReferOut;
            decision.reason = QStringLiteral("checked");
            decision.version = 1;
            side.store.review(id, decision, id % 2 ? "Tess" : "Ray");
        }
    }
    const auto some = both.sqlite.store().list(IntakeFilter{});
    REQUIRE(some.size() == 80);
    const QString word = some[5].clientName.section(QLatin1Char(' '), 0, 0).left(3).toUpper();

    std::vector<IntakeFilter> filters;
    for (const IntakeSort sort : {IntakeSort::VisitDate, IntakeSort::Client, IntakeSort::Status,
                                  IntakeSort::Approach, IntakeSort::Id}) {
        for (const bool descending : {true, false}) {
            IntakeFilter filter;
            filter.sort = sort;
            filter.descending = descending;
            filter.limit = 0;
            filters.push_back(filter);
            filter.limit = 7;
            filter.offset = 5;
            filters.push_back(filter);
            filter.status = IntakeStatus::Pending;
            filters.push_back(filter);
            filter.status.reset();
            filter.approach = vocabulary::Approach::Swedish;
            filter.limit = 0;
            filter.offset = 0;
            filters.push_back(filter);
            filter.approach.reset();
            filter.from = some[60].visitDate;
            filter.to = some[20].visitDate;
            filters.push_back(filter);
            filter.from = {};
            filter.to = {};
            filter.search = word;
            filters.push_back(filter);
            filter.search = QStringLiteral("!!");
            filters.push_back(filter);
        }
    }
    for (const IntakeFilter& filter : filters) {
        INFO("sort " << int(filter.sort) << (filter.descending ? " desc" : " asc") << " limit "
                     << filter.limit << " offset " << filter.offset << " status "
                     << wordOrDash(filter.status) << " approach " << wordOrDash(filter.approach)
                     << " search " << filter.search.toStdString());
        const auto expected = both.sqlite.store().list(filter);
        CHECK(describe(both.pgStore.list(filter)) == describe(expected));
        CHECK(both.pgStore.count(filter) == both.sqlite.store().count(filter));
    }
    IntakeFilter searched;
    searched.search = word;
    CHECK(both.pgStore.count(searched) > 0);
    searched.limit = 1;
    CHECK(both.pgStore.count(searched) == 1);
}

TEST_CASE("repository on both backends: clients are found by words of their name and birth date")
{
    REQUIRE_PG_SERVER(server);
    BothBackends both(*server);
    both.add(intakeFor("Anne-Marie Zoë Dubois", "1980-02-03", "2026-11-10"));
    both.add(intakeFor("Marianne O'Neill", "1991-07-08", "2026-11-11"));
    both.add(intakeFor("Zoe Martin", "1980-02-03", "2026-11-12"));
    both.add(intakeFor("Bob Müller", "1966-12-24", "2026-11-13"));
    both.add(intakeFor("Bjørn Østby", "1975-05-06", "2026-11-13"));
    json withEmail = intakeFor("Zoe Martin", "1980-02-03", "2026-11-14");
    withEmail["client"]["email"] = "zoe@example.org";
    both.add(withEmail);

    const std::vector<QString> searches = {"mar",      "MARIE", "zoe",     "ZOË",     "anne mar",
                                           "mar anne", "neill", "o neill", "o'neill", "muller",
                                           "ull",      "oe",    "x",       "!!",      "z m",
                                           "an",       "rn",    "østby",   "bj"};
    for (const QString& search : searches) {
        INFO("search \"" << search.toStdString() << '"');
        CHECK(describe(both.pgStore.clientsNamed(search, 10)) ==
              describe(both.sqlite.store().clientsNamed(search, 10)));
        CHECK(both.pgStore.findClients(search, 10) == both.sqlite.store().findClients(search, 10));
        CHECK(describe(both.pgStore.clientsNamed(search, 1)) ==
              describe(both.sqlite.store().clientsNamed(search, 1)));
    }
    // What the lookups mean, not only that the backends agree.
    const auto named = [&](const QString& words) {
        std::vector<QString> names;
        for (const auto& match : both.pgStore.clientsNamed(words, 10)) {
            names.push_back(match.name);
        }
        return names;
    };
    CHECK(named("marie") == std::vector<QString>{"Anne-Marie Zoë Dubois"});
    CHECK(named("mar") ==
          std::vector<QString>{"Anne-Marie Zoë Dubois", "Marianne O'Neill", "Zoe Martin"});
    CHECK(named("neill") == std::vector<QString>{"Marianne O'Neill"});
    CHECK(named("oe").empty()); // inside a word, not its start
    CHECK(named("rn").empty()); // after a letter beyond ASCII is still inside the word
    CHECK(named("østby") == std::vector<QString>{"Bjørn Østby"});
    CHECK(named("muller") == std::vector<QString>{"Bob Müller"});

    for (Side side : both.sides()) {
        INFO(side.name);
        const auto born = side.store.clientsBornOn(QDate(1980, 2, 3), 10);
        REQUIRE(born.size() == 2);
        CHECK(born[0].name == "Anne-Marie Zoë Dubois");
        CHECK(born[1].name == "Zoe Martin");
        CHECK(born[1].email == "zoe@example.org"); // from the latest intake
        CHECK(side.store.clientsBornOn(QDate(), 10).empty());
        CHECK_THROWS_AS(side.store.clientsNamed(QString(300, QLatin1Char('a')), 10), StorageError);
    }
}

TEST_CASE("postgres repository: two workstations amending one intake at once")
{
    REQUIRE_PG_SERVER(server);
    const ClinicWithOneIntake one(*server);
    const PgClinicDatabase& clinic = one.clinic;
    const FixedClock& clock = one.clock;
    const RuleEngine& engine = one.engine;
    // Both compared their change with version 1; exactly one may replace it.
    std::atomic<int> amended{0};
    std::atomic<int> refused{0};
    atOnce(clinic, clock, 4, [&](int desk, PostgresIntakeStore& store) {
        json changed = sampleIntake();
        changed["client"]["phone"] = "555-010" + std::to_string(desk);
        try {
            store.amend(1, 1, engine.suggestVersion(recordOf(changed)),
                        QStringLiteral("desk %1").arg(desk));
            ++amended;
        } catch (const VersionConflict&) {
            ++refused;
        }
    });
    CHECK(amended == 1);
    CHECK(refused == 3);
    const auto connection = clinic.connect();
    PostgresIntakeStore store(*connection, clock);
    CHECK(store.details(1).at("versions").size() == 2);
    CHECK(PostgresAuditTrail(*connection, clock).entries().size() == 2);
}

TEST_CASE("postgres repository: four workstations reviewing one intake at once store one review")
{
    REQUIRE_PG_SERVER(server);
    const ClinicWithOneIntake one(*server);
    const PgClinicDatabase& clinic = one.clinic;
    const FixedClock& clock = one.clock;
    // Each opened version 1 with no review on screen; the others are asked.
    std::atomic<int> stored{0};
    std::atomic<int> asked{0};
    atOnce(clinic, clock, 4, [&](int room, PostgresIntakeStore& store) {
        ReviewDecision decision;
        decision.version = 1;
        decision.reviewsKnown = 0;
        try {
            store.review(1, decision, QStringLiteral("room %1").arg(room));
            ++stored;
        } catch (const ReviewConflict& conflict) {
            if (conflict.reviewsNow() == 1) {
                ++asked;
            }
        }
    });
    CHECK(stored == 1);
    CHECK(asked == 3);
    const auto connection = clinic.connect();
    CHECK(PostgresIntakeStore(*connection, clock).details(1).at("reviews").size() == 1);
    CHECK(PostgresAuditTrail(*connection, clock).entries().size() == 2);
}

TEST_CASE("postgres repository: two workstations saving the same new client make one client")
{
    REQUIRE_PG_SERVER(server);
    const PgClinicDatabase clinic(*server);
    const FixedClock clock(QDate(2026, 11, 21));
    const RuleEngine engine(RuleSetLoader::builtIn());
    std::vector<qint64> clients(4);
    atOnce(clinic, clock, 4, [&](int desk, PostgresIntakeStore& store) {
        clients[std::size_t(desk)] =
            store.add(engine.suggestVersion(recordOf(sampleIntake())), QStringLiteral("desk"))
                .clientId;
    });
    CHECK(std::count(clients.begin(), clients.end(), clients[0]) == 4);
}
