#pragma once

#include "storage/ClinicStorage.h"
#include "storage/DatabaseRestore.h"

#include <QString>
#include <memory>
#include <optional>

class Clock;

// How a front end opens the clinic's records.
enum class StorageOpening
{
    CreateIfMissing, // a file: made (empty, current schema) when missing; a server: must exist
    MustExist,
    ReadOnly,
};

// Whether `location` names a server (a postgresql:// connection URI) rather
// than a file.
bool isServerLocation(const QString& location);

// Opens the clinic's records at `location`: a file path (SQLite) or a
// PostgreSQL connection URI (PostgresLocation: never with a password in it).
// `serverPassword` is used for a server only; empty lets libpq look for one
// itself (PGPASSWORD, ~/.pgpass) or use a socket the server trusts. A server
// database must already hold this program's schema (`createServerSchema`).
// Throws StorageError (PostgresError for a server, saying what is wrong in
// words a receptionist can pass on).
std::unique_ptr<ClinicStorage>
openClinicStorage(const QString& location, const QString& serverPassword, const Clock& realTime,
                  StorageOpening opening = StorageOpening::MustExist);

// `init` on a server: creates the schema when the database is empty, as its
// owner (the role in `location`; PostgresSchema::create refuses a database
// holding anything else), accepts one that has the current schema, grants
// `applicationRole` what the program needs when it is not empty
// (PostgresSchema::grantApplicationRole), and opens it.
std::unique_ptr<ClinicStorage> prepareServerDatabase(const QString& location,
                                                     const QString& serverPassword,
                                                     const QString& applicationRole,
                                                     const Clock& realTime);

// Restores a backup (plain or encrypted) into `server`, an empty server
// database of the current schema, with every check a restore into a file
// makes (PostgresBackup::restore). Throws StorageError (Invalid when
// `server` is a file: a file is restored by DatabaseRestore, with the
// database closed).
RestoreResult restoreIntoServer(const ClinicStorage& server, const QString& backupPath,
                                const std::optional<QString>& passphrase, const Clock& realTime,
                                const QString& actor);
