#include "storage/StorageFactory.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/postgres/PostgresBackup.h"
#include "storage/postgres/PostgresClinicStorage.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresLocation.h"
#include "storage/postgres/PostgresSchema.h"
#include "storage/sqlite/SqliteClinicStorage.h"

namespace {

Database::Mode fileMode(StorageOpening opening)
{
    switch (opening) {
    case StorageOpening::CreateIfMissing:
        return Database::Mode::CreateIfMissing;
    case StorageOpening::MustExist:
        return Database::Mode::MustExist;
    case StorageOpening::ReadOnly:
        return Database::Mode::ReadOnly;
    }
    return Database::Mode::MustExist;
}

} // namespace

bool isServerLocation(const QString& location)
{
    return PostgresLocation::isConnectionUri(location);
}

std::unique_ptr<ClinicStorage> openClinicStorage(const QString& location,
                                                 const QString& serverPassword,
                                                 const Clock& realTime, StorageOpening opening)
{
    if (!isServerLocation(location)) {
        return std::make_unique<SqliteClinicStorage>(
            std::make_unique<Database>(location, fileMode(opening)), realTime);
    }
    auto connection =
        std::make_unique<PostgresConnection>(PostgresLocation::parse(location), serverPassword);
    PostgresSchema::requireCurrent(*connection);
    if (opening == StorageOpening::ReadOnly) {
        connection->execute(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"),
                            QT_TRANSLATE_NOOP("StorageDoing", "opening the database read-only"));
    }
    return std::make_unique<PostgresClinicStorage>(std::move(connection), realTime);
}

std::unique_ptr<ClinicStorage> prepareServerDatabase(const QString& location,
                                                     const QString& serverPassword,
                                                     const QString& applicationRole,
                                                     const Clock& realTime)
{
    auto connection =
        std::make_unique<PostgresConnection>(PostgresLocation::parse(location), serverPassword);
    if (PostgresSchema::inspect(*connection).version == 0) {
        PostgresSchema::create(*connection);
    } else {
        PostgresSchema::upgrade(*connection, realTime);
        PostgresSchema::requireCurrent(*connection);
    }
    if (!applicationRole.isEmpty()) {
        PostgresSchema::grantApplicationRole(*connection, applicationRole);
    }
    return std::make_unique<PostgresClinicStorage>(std::move(connection), realTime);
}

RestoreResult restoreIntoServer(const ClinicStorage& server, const QString& backupPath,
                                const std::optional<QString>& passphrase, const Clock& realTime,
                                const QString& actor)
{
    const auto* onServer = dynamic_cast<const PostgresClinicStorage*>(&server);
    if (!onServer) {
        throw StorageError(StorageError::Kind::Invalid,
                           "restore: " + server.location().toStdString() +
                               " is a file; a file is restored in place of the database");
    }
    return PostgresBackup::restore(backupPath, passphrase, onServer->connection(), realTime, actor);
}
