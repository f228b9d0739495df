#pragma once

#include <QString>
#include <QStringList>
#include <vector>

class Database;
class PostgresConnection;

// Moving a clinic's rows between a SQLite file and a server database, both
// of the current schema (PostgresSchema has SQLite's tables and columns).
// Ids and every stored text move byte for byte and integers stay integers,
// so the audit chain, which hashes entries and the rows they cover as
// stored, verifies unchanged on the copy. PostgresBackup builds backup and
// restore on these.
namespace postgres_transfer {

// The tables whose rows move, in PostgresSchema::tables() order (a table
// after those it refers to); not schema_version (each backend keeps its own)
// and not the name search indexes (SQLite's client_names, the server's
// client_words), which each side makes from the clients copied.
QStringList tables();

// Every row of the server database into `file`, a new database of the
// current schema without rows, in one transaction of the file. Read inside
// the connection's open transaction: the caller's REPEATABLE READ snapshot
// makes the copy consistent. SQLite's client_names (the FTS5 index of the
// folded names) is rebuilt from the copied clients, as the schema upgrade
// builds it.
void copyToFile(const PostgresConnection& server, const Database& file);

// The tables of the server database that hold rows, as "clients (12 rows)";
// empty when there are none.
QStringList rowsPresent(const PostgresConnection& server);

// Every row of `file` into the server database, inside the connection's open
// transaction (the caller commits or rolls back). The server database must
// have the current schema and no rows (else StorageError Invalid naming what
// is there). Holds the audit chain's and the new clients' locks, so that no
// workstation writes meanwhile. Then each identity sequence is moved past the
// highest id copied, so that the server's next ids follow on: with setval
// when the role may (the owner), else by drawing ids with nextval (the
// application role has only USAGE on the sequences).
void copyToServer(const Database& file, const PostgresConnection& server);

// The two compared after a move: the rows of each table, the audit log entry
// by entry with the server's chain recomputed (the file's newest entry is
// the server's entry of the same id; `serverExtraEntries` more may follow,
// e.g. the restore's own), and the stored details
// (IntakeRepository::detailsAsStored) of up to `samples` intakes spread
// evenly over the ids. One line per difference; empty when they agree.
std::vector<QString> differences(const Database& file, const PostgresConnection& server,
                                 qint64 serverExtraEntries = 0, int samples = 50);

} // namespace postgres_transfer
