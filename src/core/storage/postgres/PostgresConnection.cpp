#include "storage/postgres/PostgresConnection.h"

#include "storage/postgres/PostgresError.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QStringList>
#include <atomic>
#include <cstring>
#include <libpq-fe.h>
#include <poll.h>

namespace {

// A libpq conninfo value: quoted, with backslash and quote escaped. Qt's
// driver passes connect options on as they are, except that every ';'
// becomes a space: PostgresLocation refuses ';' in the values that go here.
QString conninfoValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("clinic-intake-postgres-%1").arg(++counter);
}

} // namespace

QString PostgresConnection::connectOptions(const PostgresLocation& location)
{
    QStringList options;
    // A server that does not answer is reported after 5 s, not libpq's
    // default of waiting for ever.
    options << QStringLiteral("connect_timeout=5")
            << QStringLiteral("application_name=clinic-intake");
    if (!location.hostAddress().isEmpty()) {
        options << QStringLiteral("hostaddr=") + conninfoValue(location.hostAddress());
    }
    if (!location.sslMode().isEmpty()) {
        options << QStringLiteral("sslmode=") + conninfoValue(location.sslMode());
    }
    if (!location.sslRootCert().isEmpty()) {
        options << QStringLiteral("sslrootcert=") + conninfoValue(location.sslRootCert());
    }
    return options.join(QLatin1Char(';'));
}

PostgresConnection::PostgresConnection(const PostgresLocation& location, const QString& password)
    : m_location(location), m_password(password), m_connectionName(uniqueConnectionName())
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        throw PostgresError(PostgresProblem::Other,
                            QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed on "
                                           "this computer (Debian: libqt6sql6-psql)."));
    }
    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    // Host, database, user and password go through Qt's own setters, which
    // quote them for libpq (a password may contain ';').
    m_connection.setHostName(location.host());
    if (location.port() > 0) {
        m_connection.setPort(location.port());
    }
    m_connection.setDatabaseName(location.database());
    m_connection.setUserName(location.user());
    m_connection.setConnectOptions(connectOptions(location));
    try {
        open();
    } catch (...) {
        m_connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

void PostgresConnection::open() const
{
    QSqlDatabase handle = m_connection; // the same connection, not a copy of it
    handle.setPassword(m_password);
    const bool opened = handle.open();
    // Only to reach the server: the password is not kept in Qt's connection.
    handle.setPassword(QString());
    if (!opened) {
        throw PostgresError::fromOpen(handle.lastError(), m_location);
    }
    try {
        // Stored times are UTC text made by the program; the session's own
        // clock (now(), logs) is UTC as well, whatever the server's zone.
        // Not through execute(), which would look at this connection again.
        QSqlQuery setup(handle);
        for (const QString& statement : {QStringLiteral("SET TIME ZONE 'UTC'"),
                                         QStringLiteral("SET client_encoding = 'UTF8'")}) {
            if (!setup.exec(statement)) {
                throw failure(setup.lastError(), setup.driver(),
                              QT_TRANSLATE_NOOP("StorageDoing", "setting up the connection"));
            }
        }
    } catch (...) {
        handle.close();
        throw;
    }
}

void PostgresConnection::reopen()
{
    m_connection.close();
    open();
}

namespace {

// libpq's own word on the connection under a QPSQL driver.
bool brokenConnection(const QSqlDriver* driver)
{
    if (driver == nullptr || !driver->isOpen()) {
        return true;
    }
    const QVariant handle = driver->handle();
    if (!handle.isValid() || (std::strcmp(handle.typeName(), "pg_conn*") != 0 &&
                              std::strcmp(handle.typeName(), "PGconn*") != 0)) {
        return false; // not QPSQL: nothing to tell
    }
    PGconn* pq = *static_cast<PGconn* const*>(handle.constData());
    return pq == nullptr || PQstatus(pq) == CONNECTION_BAD;
}

} // namespace

bool PostgresConnection::reopenIfClosedMeanwhile() const
{
    const QSqlDriver* driver = m_connection.driver();
    if (driver == nullptr || !driver->isOpen()) {
        return false;
    }
    const QVariant handle = driver->handle();
    if (!handle.isValid() || (std::strcmp(handle.typeName(), "pg_conn*") != 0 &&
                              std::strcmp(handle.typeName(), "PGconn*") != 0)) {
        return false;
    }
    PGconn* pq = *static_cast<PGconn* const*>(handle.constData());
    // Idle and sound as far as libpq knows: an operation starts here. (A
    // connection already known broken is reopened by reopen(), when its
    // owner knows no operation is half done.)
    if (pq == nullptr || PQstatus(pq) != CONNECTION_OK || PQtransactionStatus(pq) != PQTRANS_IDLE) {
        return false;
    }
    // While the socket has something to read, libpq takes it in. Usually
    // nothing was sent and nothing is waited for. An idle connection is
    // sent nothing but a closing notice, and the end of the stream follows
    // it as the server's process exits: after a notice, a short wait for it.
    bool closed = false;
    for (int reads = 0, waitMs = 0; reads < 4 && !closed; ++reads, waitMs = 100) {
        pollfd socket{PQsocket(pq), POLLIN, 0};
        if (socket.fd < 0 || ::poll(&socket, 1, waitMs) != 1) {
            break;
        }
        closed = PQconsumeInput(pq) == 0 || PQstatus(pq) != CONNECTION_OK;
    }
    if (!closed) {
        return false;
    }
    QSqlDatabase(m_connection).close();
    try {
        open();
    } catch (const StorageError&) {
        // Still away: the statement now fails as a lost connection.
        return false;
    }
    return true;
}

bool PostgresConnection::isLost() const
{
    return brokenConnection(m_connection.driver());
}

PostgresError PostgresConnection::failure(const QSqlError& error, const QSqlDriver* driver,
                                          const std::string& doing)
{
    if (brokenConnection(driver)) {
        const QString text = error.databaseText().trimmed().isEmpty()
                                 ? error.text().trimmed()
                                 : error.databaseText().trimmed();
        return PostgresError::connectionLost(doing, text);
    }
    return PostgresError::fromSql(error, doing);
}

PostgresConnection::~PostgresConnection()
{
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery PostgresConnection::prepare(const QString& sql) const
{
    reopenIfClosedMeanwhile();
    QSqlQuery query(m_connection);
    if (!query.prepare(sql)) {
        throw failure(query.lastError(), query.driver(),
                      QT_TRANSLATE_NOOP("StorageDoing", "preparing a statement"));
    }
    return query;
}

namespace {

// What Qt SQL binds as NULL: also a null string or an invalid date, which
// QVariant itself does not call null.
bool isSqlNull(const QVariant& value)
{
    if (value.isNull()) {
        return true;
    }
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    default:
        return false;
    }
}

} // namespace

QString PostgresConnection::withValues(const QString& sql, const QVariantList& values) const
{
    const QSqlDriver* driver = m_connection.driver();
    QString statement;
    statement.reserve(sql.size() + 64 * values.size());
    qsizetype next = 0;
    bool quoted = false; // inside a '...' literal of the statement itself
    for (const QChar c : sql) {
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
        }
        if (c != QLatin1Char('?') || quoted) {
            statement += c;
            continue;
        }
        if (next == values.size()) {
            throw StorageError(StorageError::Kind::Other,
                               "a statement has more placeholders than values");
        }
        const QVariant& value = values[next++];
        if (isSqlNull(value)) {
            statement += QLatin1String("NULL");
            continue;
        }
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        statement += driver->formatValue(field);
    }
    if (next != values.size()) {
        throw StorageError(StorageError::Kind::Other,
                           "a statement has fewer placeholders than values");
    }
    return statement;
}

QSqlQuery PostgresConnection::exec(const QString& sql, const QVariantList& values,
                                   const char* doing) const
{
    reopenIfClosedMeanwhile();
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.exec(withValues(sql, values))) {
        throw failure(query.lastError(), query.driver(), doing);
    }
    return query;
}

void PostgresConnection::run(QSqlQuery& query, const char* doing)
{
    if (!query.exec()) {
        throw failure(query.lastError(), query.driver(), doing);
    }
}

void PostgresConnection::execute(const QString& sql, const char* doing) const
{
    reopenIfClosedMeanwhile();
    QSqlQuery query(m_connection);
    if (!query.exec(sql)) {
        throw failure(query.lastError(), query.driver(), doing);
    }
}
