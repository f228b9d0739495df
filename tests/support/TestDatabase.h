#pragma once

#include "rules/RuleEngine.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/sqlite/SqliteClinicStorage.h"
#include "util/FixedClock.h"
#include "workflow/IntakeWorkflow.h"

#include <QTemporaryDir>
#include <memory>
#include <nlohmann/json.hpp>

// A fresh database in a temporary folder with the built-in rules, a fixed
// clock (2026-11-21 12:00 UTC) and a store over it; removed afterwards.
class TestDatabase
{
public:
    TestDatabase();

    QString path() const { return m_folder.filePath(QStringLiteral("clinic.sqlite")); }
    QString folder() const { return m_folder.path(); }

    Database& database() { return *m_database; }
    // The same database as StaffSession sees it.
    ClinicStorage& storage() { return *m_storage; }
    IntakeStore& store() { return *m_store; }
    // Adds, amends and reviews as the program does (rules and review rules
    // applied), without StaffSession's permission checks.
    IntakeWorkflow& workflow() { return *m_workflow; }
    AuditLog& audit() { return *m_audit; }
    const RuleEngine& engine() const { return m_engine; }
    const FixedClock& clock() const { return m_clock; }

    // Parses (failing the test if invalid) and adds an intake.
    SavedIntake add(const nlohmann::json& intake, const QString& actor = QStringLiteral("desk"));

    // One number from a query, e.g. "SELECT count(*) FROM intakes".
    qint64 count(const QString& sql);

    // Closes and reopens the database (as a new program start would).
    void reopen();

private:
    QTemporaryDir m_folder;
    FixedClock m_clock;
    RuleEngine m_engine;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqliteClinicStorage> m_storage;
    std::unique_ptr<IntakeStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<IntakeWorkflow> m_workflow;
};
