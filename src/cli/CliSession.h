#pragma once

#include "storage/Database.h"
#include "storage/sqlite/SqliteClinicStorage.h"

#include <memory>

class Clock;
class QCommandLineParser;
class RuleEngine;
class StaffSession;
class StorageError;
class UserAccounts;
struct ClinicClocks;

// A database command's connection and signed-in user: opens the database
// named by --db (or the default one) and signs in the --user with the
// password from CLINIC_INTAKE_PASSWORD or the terminal. Throws AccessError
// when that fails (the command exits with status 3).
//
// A database that cannot be written (read-only file, folder or disk, full
// disk) is opened read-only for rescue (Database::Mode::Rescue) when the
// command only reads (Access::Reads): the sign-in writes nothing, a warning
// on stderr says that this access is not in the audit log and where it is
// recorded instead (the fallback log). A command that writes is refused
// (StorageError ReadOnly) with a message saying what still works.
class CliSession
{
public:
    enum class Access
    {
        Writes,
        Reads, // backup, export, check, list, show, audit: may run for rescue
    };

    CliSession(const QCommandLineParser& parser, const RuleEngine& engine,
               const ClinicClocks& clocks, Access access = Access::Writes);
    ~CliSession();

    Database& database() const { return *m_database; }
    StaffSession& staff() const { return *m_staff; }
    // The password that signed in, for passwd (which needs the current one).
    const QString& password() const { return m_password; }

    static QString databasePath(const QCommandLineParser& parser);

private:
    // Reopens the database for rescue, or refuses a command that writes.
    void openForRescue(const QString& path, const StorageError& why, Access access,
                       const QString& command);
    void printRescueWarning() const;
    void waitForOthers();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqliteClinicStorage> m_storage;
    std::unique_ptr<StaffSession> m_staff;
    QString m_password;
};
