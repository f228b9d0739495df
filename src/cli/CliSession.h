#pragma once

#include "storage/Database.h"

#include <memory>

class Clock;
class QCommandLineParser;
class RuleEngine;
class StaffSession;
struct ClinicClocks;

// A database command's connection and signed-in user: opens the database
// named by --db (or the default one) and signs in the --user with the
// password from CLINIC_INTAKE_PASSWORD or the terminal. Throws AccessError
// when that fails (the command exits with status 3).
class CliSession
{
public:
    CliSession(const QCommandLineParser& parser, const RuleEngine& engine,
               const ClinicClocks& clocks, Database::Mode mode = Database::Mode::MustExist);
    ~CliSession();

    Database& database() const { return *m_database; }
    StaffSession& staff() const { return *m_staff; }
    // The password that signed in, for passwd (which needs the current one).
    const QString& password() const { return m_password; }

    static QString databasePath(const QCommandLineParser& parser);

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<StaffSession> m_staff;
    QString m_password;
};
