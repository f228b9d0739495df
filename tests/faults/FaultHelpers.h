#pragma once

#include "CliRunner.h"
#include "PgClinicDatabase.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <string>

// What the fault tests share: clinics on a cluster, the tool run in the
// background (to be cut off mid-way), and waiting for a condition.
namespace faults {

// `count` generated intakes, a line of JSON each.
std::string jsonl(int count, std::uint64_t seed);

// Polls `condition` every 10 ms for up to `ms`.
bool waitUntil(const std::function<bool()>& condition, int ms = 20000);

// A clinic database on `server` (PgClinicDatabase: owner and application
// roles) with the three test accounts.
class ServerClinic
{
public:
    explicit ServerClinic(const PgTestServer& server);
    QString location() const;
    // --db and --user, then `arguments`; with the environment for `user`.
    QStringList arguments(const QString& user, const QStringList& arguments) const;
    QStringList environment(const QString& user) const;
    // The first column of the first row of `sql`, as the database's owner.
    qint64 count(const QString& sql) const;
    // The program's backends (the application role's) on the server, and
    // those of them inside a transaction.
    int backends(bool inTransaction) const;
    // pg_terminate_backend on each of the program's backends.
    int terminateBackends() const;
    const PgClinicDatabase& database() const { return m_database; }

private:
    PgClinicDatabase m_database;
};

// The command-line tool in the background: its standard input written a
// piece at a time, so that it can be cut off in the middle of a command.
class BackgroundCli
{
public:
    BackgroundCli(const QStringList& arguments, const QStringList& environment);
    ~BackgroundCli();
    void write(const std::string& text);
    void endInput();
    // Standard error so far (e.g. the import's "read N lines").
    std::string errorSoFar();
    Run finish();
    // kill -9, as a workstation that loses its power.
    void kill();

private:
    QProcess m_process;
    std::string m_err;
};

} // namespace faults
