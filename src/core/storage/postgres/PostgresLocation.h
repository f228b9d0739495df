#pragma once

#include <QString>

// Where a clinic's PostgreSQL database is: the parts of a libpq connection
// URI, postgresql://user@host:port/dbname?sslmode=verify-full&sslrootcert=/ca.crt
// (postgres:// too). Never a password: it is asked for, or kept in the
// desktop's keyring, and passed to PostgresConnection separately, so no URI,
// settings file, log or status bar ever holds it.
class PostgresLocation
{
public:
    // Throws StorageError (Kind::Invalid) naming the part of the URI that is
    // wrong: a password, an unknown query parameter, a bad port, an sslmode
    // libpq does not know, several hosts, a bad percent-encoding.
    static PostgresLocation parse(const QString& uri);

    // True when `text` is a connection URI rather than a file path: what the
    // storage factory uses to choose the backend for --db.
    static bool isConnectionUri(const QString& text);

    // Empty host: libpq's default socket directory.
    const QString& host() const { return m_host; }
    // A numeric address to connect to while `host` is still the name the
    // server's certificate is checked against (libpq's hostaddr).
    const QString& hostAddress() const { return m_hostAddress; }
    int port() const { return m_port; } // -1: libpq's default (5432)
    const QString& user() const { return m_user; }
    const QString& database() const { return m_database; }
    const QString& sslMode() const { return m_sslMode; } // empty for a socket
    const QString& sslRootCert() const { return m_sslRootCert; }

    // A Unix socket directory (host starting with '/', or no host at all).
    bool isSocket() const;

    // For the status bar and the log: no secrets (there are none in it), the
    // TLS mode said plainly, e.g. "clinic on db.clinic.lan:5432 as reception,
    // TLS with the server's certificate and name checked".
    QString display() const;

    // The URI again, in one canonical form (for the settings file).
    QString uri() const;

private:
    QString m_host;
    QString m_hostAddress;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QString m_sslMode;
    QString m_sslRootCert;
};
