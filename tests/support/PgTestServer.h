#pragma once

#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresLocation.h"

#include <QString>
#include <memory>

// The throwaway cluster of the test contract (tests/postgres/cluster.sh),
// as its CLINIC_TEST_PG_* variables describe it.
struct PgTestServer
{
    QString socket;
    int port = 0;
    QString admin;
    QString adminPassword;
    QString ca;
    QString otherCa;

    // The running cluster, or null after a Catch2 WARN that the server tests
    // are skipped (a FAIL when CLINIC_TEST_PG_REQUIRED=1).
    static const PgTestServer* get();

    // A name no other test process uses: prefix, pid, counter.
    static QString uniqueName(const QString& prefix);

    // Through the socket: as the admin (trusted), or as `user` with a password.
    PostgresLocation socketLocation(const QString& database, const QString& user = {}) const;
    // Over TCP to 127.0.0.1's TLS listener; `parameters` are added to the query.
    PostgresLocation tlsLocation(const QString& host, const QString& database, const QString& user,
                                 const QString& parameters) const;

    std::unique_ptr<PostgresConnection> adminConnection(const QString& database = {}) const;
    // Runs SQL as the admin in `database` (default: postgres).
    void adminExecute(const QString& sql, const QString& database = {}) const;
};

// A login role with a password, dropped at the end of the scope (declare it
// before the databases it owns or is granted on: they go first).
class ScratchRole
{
public:
    ScratchRole(const PgTestServer& server, const QString& password,
                const QString& attributes = {});
    ~ScratchRole();
    ScratchRole(const ScratchRole&) = delete;
    ScratchRole& operator=(const ScratchRole&) = delete;
    const QString& name() const { return m_name; }
    const QString& password() const { return m_password; }

private:
    const PgTestServer& m_server;
    QString m_name;
    QString m_password;
};

// A database, dropped (with its connections) at the end of the scope; a copy
// of `copyOf` when given (CREATE DATABASE ... TEMPLATE).
class ScratchDatabase
{
public:
    ScratchDatabase(const PgTestServer& server, const QString& owner = {},
                    const QString& copyOf = {});
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;
    const QString& name() const { return m_name; }

private:
    const PgTestServer& m_server;
    QString m_name;
};

#define REQUIRE_PG_SERVER(server)                                                                  \
    const PgTestServer* server = PgTestServer::get();                                              \
    if (server == nullptr) {                                                                       \
        return;                                                                                    \
    }
