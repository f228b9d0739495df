#pragma once

#include "TestBackend.h"
#include "rules/RuleEngine.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "util/FixedClock.h"
#include "workflow/IntakeWorkflow.h"

#include <memory>
#include <nlohmann/json.hpp>

// A fresh clinic database on the backend under test (TestBackend.h: a file in
// a temporary folder, or a database of its own on the test cluster) with the
// built-in rules, a fixed clock (2026-11-21 12:00 UTC) and the storage over
// it; removed afterwards.
class TestDatabase
{
public:
    TestDatabase();

    bool onServer() const { return m_backend.onServer(); }
    // The file's path or the server's URI, as openClinicStorage takes it.
    QString location() const { return m_backend.location(); }
    const BackendDatabase& backend() const { return m_backend; }
    QString folder() const { return m_backend.folder(); }

    // The same database as StaffSession sees it.
    ClinicStorage& storage() { return *m_storage; }
    IntakeRepository& intakes() { return m_storage->intakes(); }
    const AuditTrail& auditTrail() const { return m_storage->audit(); }
    // Adds, amends and reviews as the program does (rules and review rules
    // applied), without StaffSession's permission checks.
    IntakeWorkflow& workflow() { return *m_workflow; }
    const RuleEngine& engine() const { return m_engine; }
    const FixedClock& clock() const { return m_clock; }

    // SQLite's own objects: they fail the test on the server backend.
    QString path() const { return m_backend.path(); }
    Database& database();
    IntakeStore& store();
    AuditLog& audit();

    // Parses (failing the test if invalid) and adds an intake.
    SavedIntake add(const nlohmann::json& intake, const QString& actor = QStringLiteral("desk"));

    // One number from a query, e.g. "SELECT count(*) FROM intakes" (SQL both
    // backends understand; read as the owner on the server).
    qint64 count(const QString& sql);

    // SQL run behind the program's back, as someone with the file or the
    // database owner's password could: on the file, or as the owner on the
    // server. Throws if the database refuses it.
    void tamper(const QString& sql);

    // Closes and reopens the database (as a new program start would).
    void reopen();

private:
    BackendDatabase m_backend;
    FixedClock m_clock;
    RuleEngine m_engine;
    std::unique_ptr<Database> m_database; // SQLite only
    std::unique_ptr<IntakeStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ClinicStorage> m_storage;
    std::unique_ptr<IntakeWorkflow> m_workflow;
};
