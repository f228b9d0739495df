#pragma once

#include "storage/ClinicStorage.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>
#include <memory>
#include <vector>

class Clock;
class PostgresConnection;
struct ServerCopy;

// Which backend the storage, security, CLI and GUI suites run on. ctest runs each
// suite twice: on a SQLite file, and as "... [server]" with
// CLINIC_TEST_BACKEND=postgres on the throwaway cluster of
// tests/postgres/cluster.sh, leaving out the tests tagged [sqlite] (those
// about SQLite itself: its files, WAL, FTS5, its raw objects).
namespace test_backend {

// CLINIC_TEST_BACKEND=postgres.
bool onServer();

// For a suite's main(): under the server backend without a cluster, the exit
// code to end the run with (77, ctest's "skipped"; 1 when
// CLINIC_TEST_PG_REQUIRED=1, after saying why), else -1 to run the tests.
int exitCodeWithoutServer(int argc, char* argv[]);

// Fails the test when it runs on the server: `what` exists in SQLite only,
// so the test must be tagged [sqlite] (or use the ClinicStorage interface).
void requireSqlite(const char* what);

} // namespace test_backend

// A fresh clinic database on the backend under test, with the current schema
// and nothing in it: a file in a temporary folder, or a database of its own
// on the test cluster (owner and application roles as docs/server.md sets
// them up) that is dropped afterwards. On the cluster it is a copy of a
// template the test processes of one build share (making the layout each
// time took most of a GUI test's time). The temporary folder exists on both
// backends, for the other files a test makes.
class BackendDatabase
{
public:
    BackendDatabase();
    ~BackendDatabase();
    BackendDatabase(const BackendDatabase&) = delete;
    BackendDatabase& operator=(const BackendDatabase&) = delete;

    bool onServer() const { return m_server != nullptr; }
    // What --db and openClinicStorage take: the file's path, or the server
    // database's postgresql:// URI as the application role (no password).
    QString location() const;
    // The application role's password on the server; empty for a file.
    QString password() const;
    // What the command-line tool's environment needs to open location():
    // PGPASSWORD on the server, nothing for a file.
    QStringList cliEnvironment() const;
    // The SQLite file (fails the test on the server).
    QString path() const;
    QString folder() const { return m_folder.path(); }
    const QTemporaryDir& folderDir() const { return m_folder; }

    std::unique_ptr<ClinicStorage> open(const Clock& clock) const;

    // The first column of the first row of `sql` (one optional bound value,
    // `?`), read as the database's owner on the server.
    qint64 count(const QString& sql, const QString& bound = {}) const;
    // Every row of `sql` (values bound to its `?`s in order), read the same way.
    std::vector<QVariantList> rows(const QString& sql, const QVariantList& bound = {}) const;
    // Runs SQL as the database's owner (the server only), e.g. an edit
    // behind the program's back.
    void executeAsOwner(const QString& sql) const;
    // The same with `bound` filling its `?`s in order.
    void executeAsOwner(const QString& sql, const QVariantList& bound) const;
    // Whether `sql` succeeds when run with the program's own access: on the
    // file, or as the application role on the server.
    bool programCanRun(const QString& sql) const;

private:
    QTemporaryDir m_folder;
    std::unique_ptr<ServerCopy> m_server;
    mutable std::unique_ptr<PostgresConnection> m_owner;
};
