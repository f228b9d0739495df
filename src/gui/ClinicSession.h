#pragma once

#include <QString>
#include <memory>

class AuditLog;
class Clock;
class Database;
class IntakeStore;
class RuleEngine;

// Everything the desktop application works with for one open database: the
// connection (on the GUI thread), the rules, the store, the audit log and the
// clock. Pages receive it; a worker thread opens its own Database on path().
class ClinicSession
{
public:
    // Throws StorageError when the database cannot be opened.
    ClinicSession(const QString& databasePath, std::unique_ptr<Clock> clock);
    ~ClinicSession();

    const QString& path() const { return m_path; }
    Database& database() const { return *m_database; }
    IntakeStore& store() const { return *m_store; }
    AuditLog& audit() const { return *m_audit; }
    const RuleEngine& engine() const { return *m_engine; }
    const Clock& clock() const { return *m_clock; }

    // Who is at the keyboard, for the audit log and reviews (the OS user
    // until accounts exist).
    QString actor() const;

private:
    QString m_path;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<RuleEngine> m_engine;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IntakeStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
};
