#pragma once

#include "PgTestServer.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresSchema.h"

#include <memory>

// A Clinic Intake database on the test cluster as docs/server.md sets one
// up: owned by a role of its own, schema 5 created by that owner, and the
// program's application role (no UPDATE or DELETE on history) granted.
struct PgClinicDatabase
{
    explicit PgClinicDatabase(const PgTestServer& testServer)
        : server(testServer), application(testServer, QStringLiteral("application password")),
          owner(testServer, QStringLiteral("owner password")), database(testServer, owner.name())
    {
        const auto asOwner = connectAsOwner();
        PostgresSchema::create(*asOwner);
        PostgresSchema::grantApplicationRole(*asOwner, application.name());
    }

    // As the program connects: the application role.
    std::unique_ptr<PostgresConnection> connect() const
    {
        return std::make_unique<PostgresConnection>(
            server.socketLocation(database.name(), application.name()), application.password());
    }
    std::unique_ptr<PostgresConnection> connectAsOwner() const
    {
        return std::make_unique<PostgresConnection>(
            server.socketLocation(database.name(), owner.name()), owner.password());
    }

    const PgTestServer& server;
    ScratchRole application;
    ScratchRole owner;
    ScratchDatabase database;
};
