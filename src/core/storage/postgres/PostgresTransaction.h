#pragma once

#include <optional>

struct pg_conn;
class PostgresConnection;

// libpq's own connection under Qt's QPSQL driver: for what Qt SQL does not
// offer (the transaction state, COPY). Throws StorageError when the driver
// gives no handle.
pg_conn* libpqConnection(const PostgresConnection& connection);

// One transaction on the connection (READ COMMITTED, the server's default):
// rolled back unless committed, so a change is stored whole or not at all.
class PostgresTransaction
{
public:
    enum class Kind
    {
        ReadWrite,
        // REPEATABLE READ, READ ONLY: every statement sees the database as
        // it was at the first one (a consistent copy of all the tables).
        ReadOnlySnapshot,
    };

    explicit PostgresTransaction(const PostgresConnection& connection, Kind kind = Kind::ReadWrite);
    ~PostgresTransaction();
    PostgresTransaction(const PostgresTransaction&) = delete;
    PostgresTransaction& operator=(const PostgresTransaction&) = delete;

    void commit();

    // Whether a transaction is open on the connection (also one that failed
    // and waits for its rollback), as libpq tracks it: whoever opened it.
    static bool isOpen(const PostgresConnection& connection);

private:
    const PostgresConnection& m_connection;
    bool m_open = true;
};

// One consistent snapshot to read in (REPEATABLE READ, READ ONLY), ended
// when this is destroyed; or, when the connection has a transaction open,
// that transaction (whoever opened it chose its isolation).
class PostgresSnapshot
{
public:
    PostgresSnapshot(const PostgresConnection& connection, const char* doing);

private:
    std::optional<PostgresTransaction> m_own;
};
