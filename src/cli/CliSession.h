#pragma once

#include "storage/Database.h"
#include "storage/StorageFactory.h"

#include <functional>
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

    ClinicStorage& storage() const { return *m_storage; }
    StaffSession& staff() const { return *m_staff; }
    // The password that signed in, for passwd (which needs the current one).
    const QString& password() const { return m_password; }

    // --db: a file path or a server's postgresql:// URI; the default file
    // when not given.
    static QString databasePath(const QCommandLineParser& parser);

    // Opens a server database (`location` a postgresql:// URI): the password
    // from PGPASSWORD or ~/.pgpass (libpq's own), else asked at the terminal
    // when the server wants one.
    static std::unique_ptr<ClinicStorage> openServer(const QString& location, const Clock& realTime,
                                                     StorageOpening opening);
    // Runs `open` with the server password: none first (libpq's own
    // sources), then the one asked at the terminal if the server wants one.
    static std::unique_ptr<ClinicStorage>
    connectToServer(const QString& location,
                    const std::function<std::unique_ptr<ClinicStorage>(const QString&)>& open);
    // The variable libpq reads the server password from.
    static constexpr const char* kServerPasswordVariable = "PGPASSWORD";

private:
    void openFile(const QString& path, const QString& name, const RuleEngine& engine,
                  const ClinicClocks& clocks, Access access, const QString& command);
    void signIn(const QString& name, const RuleEngine& engine, const ClinicClocks& clocks);
    static void requireAccounts(const UserAccounts& accounts);
    static QString askPassword(const QString& name);
    // Reopens the database for rescue, or refuses a command that writes.
    void openForRescue(const QString& path, const StorageError& why, Access access,
                       const QString& command);
    void printRescueWarning() const;
    void waitForOthers();

    std::unique_ptr<Database> m_database;     // a file's; none for a server
    std::unique_ptr<ClinicStorage> m_storage; // over m_database for a file
    std::unique_ptr<StaffSession> m_staff;
    QString m_password;
};
