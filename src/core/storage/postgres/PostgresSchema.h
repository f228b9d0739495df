#pragma once

#include <QString>
#include <QStringList>

class Clock;
class PostgresConnection;

// The Clinic Intake schema on a PostgreSQL server: the tables and columns of
// the SQLite schema 7 (SchemaMigrations), the same append-only rules as
// triggers, and grants that make them hold for the program's own role too.
// PostgreSQL keeps the schema version in a table (SQLite: PRAGMA
// user_version).
//
// Types: ids are BIGINT (an identity column where SQLite assigns the id, a
// plain key for audit_log, whose entries are numbered by the chain itself);
// flags and counters stay INTEGER 0/1 and numbers; timestamps, dates and
// JSON stay TEXT in exactly the form the program writes on SQLite (ISO 8601
// UTC with milliseconds, the record's JSON as written). The audit chain
// hashes entries and the rows they cover as stored, type by type: with the
// same text and the same integer columns on both backends a backup moved
// from a file to the server (and back) verifies unchanged, which
// timestamptz or jsonb (re-formatted by the server) would break.
class PostgresSchema
{
public:
    // SQLite's schema 7; PostgresSchema.cpp stops the build when the SQLite
    // schema moves on without this one. The first server schema was 5.
    static constexpr int kCurrentVersion = 7;

    // What the database holds: the schema version (0: nothing of Clinic
    // Intake), and the tables, views and sequences that are not ours or an
    // extension's when there is no schema_version table.
    struct Contents
    {
        int version = 0;
        QStringList otherRelations;
    };
    static Contents inspect(const PostgresConnection& connection);

    // Creates the schema on an empty database, in one transaction: nothing
    // of it is left behind when any part fails. Throws PostgresError:
    // NotClinicDatabase (other tables there), NewerSchema, SchemaExists.
    // It needs no extension: name search has a table of its own
    // (client_words), so no superuser step is needed.
    static void create(const PostgresConnection& connection);

    // Brings a schema 5 or 6 database to this program's schema, in one
    // transaction, audited when the database has a history (run by the
    // owner: init); the roles already granted get the new claims table. Returns whether it changed
    // anything; any other version is left to requireCurrent.
    static bool upgrade(const PostgresConnection& connection, const Clock& clock);

    // For opening: the schema version, which must be this program's.
    // Throws PostgresError NotClinicDatabase (empty or foreign), NewerSchema,
    // or Other for an older schema (init updates it).
    static int requireCurrent(const PostgresConnection& connection);

    // Lets `role` (a role of its own, LOGIN, not a superuser and not the
    // owner) use the database as the program does: SELECT and INSERT on the
    // tables, UPDATE only on the columns the program changes in place
    // (intakes' current version and list columns, accounts' password, flag,
    // counters and lock), never UPDATE or DELETE on intake_versions,
    // suggestions, reviews and audit_log; everything on claims (presence,
    // not records). Run by the owner, in one
    // transaction; running it again gives the same grants.
    static void grantApplicationRole(const PostgresConnection& connection, const QString& role);

    // The tables of the records, in the order they are created (what a
    // backup moves); claims, presence that no backup keeps, is left out.
    static QStringList tables();
};
