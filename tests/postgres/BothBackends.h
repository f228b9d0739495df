#pragma once

// Both backends side by side for the repository tests: a SQLite file and a
// server database with the same rules and clock, used through the interface.
#include "Harness.h"
#include "PgClinicDatabase.h"
#include "SampleIntake.h"
#include "TestDatabase.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresAuditTrail.h"
#include "storage/postgres/PostgresIntakeStore.h"
#include "workflow/IntakeWorkflow.h"

#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

namespace both_backends {

using nlohmann::json;

inline json intakeFor(const std::string& name, const std::string& born, const std::string& visit)
{
    json intake = sampleIntake();
    intake["client"]["name"] = name;
    intake["client"]["date_of_birth"] = born;
    intake["visit_date"] = visit;
    return intake;
}

inline IntakeRecord recordOf(const json& intake)
{
    const auto parsed = harness::parse(intake);
    if (!parsed.ok()) {
        FAIL("test intake is invalid: " << harness::describe(parsed.errors));
    }
    return *parsed.record;
}

// One backend as the use-case layer sees it.
struct Side
{
    const char* name;
    IntakeRepository& store;
    const AuditTrail& audit;
    IntakeWorkflow& workflow;
};

// A SQLite file and a server database, the same rules and the same clock.
struct BothBackends
{
    explicit BothBackends(const PgTestServer& server)
        : clinic(server), connection(clinic.connect()), pgStore(*connection, sqlite.clock()),
          pgAudit(*connection, sqlite.clock()),
          pgWorkflow(pgStore, pgAudit, sqlite.engine(), sqlite.clock())
    {}

    std::vector<Side> sides()
    {
        return {{"sqlite", sqlite.store(), sqlite.audit(), sqlite.workflow()},
                {"postgres", pgStore, pgAudit, pgWorkflow}};
    }

    // Adds on both; the same ids and client either way.
    SavedIntake add(const json& intake, const QString& actor = QStringLiteral("desk"))
    {
        const IntakeRecord record = recordOf(intake);
        const SavedIntake onFile = sqlite.workflow().add(record, actor);
        const SavedIntake onServer = pgWorkflow.add(record, actor);
        CHECK(onServer.intakeId == onFile.intakeId);
        CHECK(onServer.clientId == onFile.clientId);
        CHECK(onServer.returningClient == onFile.returningClient);
        CHECK(onServer.suggestionJson == onFile.suggestionJson);
        return onFile;
    }

    TestDatabase sqlite;
    PgClinicDatabase clinic; // as the application role: no UPDATE on history
    std::unique_ptr<PostgresConnection> connection;
    PostgresIntakeStore pgStore;
    PostgresAuditTrail pgAudit;
    IntakeWorkflow pgWorkflow;
};

// The same records on both: three intakes (one of them a returning client,
// one with accents, one with a formula-like name and a quote), an
// amendment, an accepted and an overriding review.
inline void addSameRecords(BothBackends& both)
{
    both.add(sampleIntake(), QStringLiteral("Ana"));
    both.add(intakeFor("Zoë Núñez-Ortiz", "1975-04-02", "2026-11-19"));
    json odd = intakeFor("=HYPERLINK(\"x\"), \"Jr\"", "1990-01-31", "2026-11-21");
    odd["notes"] = "line one\nline two, with a comma";
    both.add(odd);
    json changed = sampleIntake();
    changed["client"]["phone"] = "555-0199";
    for (Side side : both.sides()) {
        side.workflow.amend(1, recordOf(changed), "Ana");
        ReviewDecision decision;
        decision.version = 2;
        decision.sessionNote = QStringLiteral("neck first");
        side.workflow.review(1, decision, QStringLiteral("Tess"));
        ReviewDecision overriding;
        overriding.accepted = false;
        overriding.finalApproach = vocabulary::Approach::ReferOut;
        overriding.reason = QStringLiteral("needs a doctor first");
        overriding.version = 1;
        side.store.review(3, overriding, QStringLiteral("Tess"));
    }
}

inline std::string refusal(const std::function<void()>& action, StorageError::Kind kind)
{
    try {
        action();
    } catch (const StorageError& error) {
        CHECK(error.kind() == kind);
        return error.what();
    }
    FAIL("not refused");
    return {};
}

// An optional enum's word, "-" for none.
template <typename Enum> std::string wordOrDash(const std::optional<Enum>& value)
{
    return value ? std::string(wordOf(*value)) : std::string("-");
}

inline std::string describe(const std::vector<IntakeSummary>& rows)
{
    std::string out;
    for (const auto& row : rows) {
        out += std::to_string(row.id) + ' ' + row.clientName.toStdString() + ' ' +
               row.dateOfBirth.toString(Qt::ISODate).toStdString() + ' ' +
               row.visitDate.toString(Qt::ISODate).toStdString() + ' ' +
               std::string(wordOf(row.status)) + ' ' + wordOrDash(row.approach) + ' ' +
               wordOrDash(row.urgency) + ' ' + (row.refersOut ? "refer " : "") +
               std::to_string(row.version) + ' ' + wordOrDash(row.reviewDecision) + ' ' +
               row.reviewer.toStdString() + '\n';
    }
    return out;
}

inline std::string describe(const std::vector<ClientMatch>& matches)
{
    std::string out;
    for (const auto& match : matches) {
        out += std::to_string(match.id) + ' ' + match.name.toStdString() + ' ' +
               match.dateOfBirth.toString(Qt::ISODate).toStdString() + ' ' +
               match.phone.toStdString() + ' ' + match.email.toStdString() + '\n';
    }
    return out;
}

inline std::string describe(const std::vector<AuditEntry>& entries)
{
    std::string out;
    for (const auto& entry : entries) {
        out += std::to_string(entry.id) + ' ' + entry.at.toString(Qt::ISODateWithMs).toStdString() +
               ' ' + entry.actor.toStdString() + ' ' + entry.action.toStdString() + ' ' +
               entry.records.toStdString() + " [" + entry.details.toStdString() + "] " +
               entry.covers.toStdString() + ' ' + entry.rowsHash.toStdString() + ' ' +
               entry.hash.toStdString() + '\n';
    }
    return out;
}

} // namespace both_backends
