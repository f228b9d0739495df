#include "storage/postgres/PostgresTransfer.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/NameFolding.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "storage/postgres/PostgresAuditTrail.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresCopy.h"
#include "storage/postgres/PostgresIntakeStore.h"
#include "storage/postgres/PostgresSchema.h"
#include "util/SystemClock.h"
#include "util/Translated.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

// Rows sent per COPY: a bounded buffer whatever the size of the clinic.
constexpr std::size_t kCopyRows = 5000;

// The table's columns in schema order, as the file has them (the server's
// are the same, PostgresSchema.h).
QStringList columnsOf(const Database& file, const QString& table)
{
    QSqlQuery info = file.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    Database::run(info, QT_TRANSLATE_NOOP("StorageDoing", "reading the database layout"));
    QStringList columns;
    while (info.next()) {
        columns << info.value(1).toString();
    }
    if (columns.isEmpty()) {
        throw StorageError(StorageError::Kind::Corrupt,
                           "the database has no table " + table.toStdString());
    }
    return columns;
}

qint64 fileScalar(const Database& file, const QString& sql)
{
    QSqlQuery query = file.prepare(sql);
    Database::run(query, QT_TRANSLATE_NOOP("StorageDoing", "reading the database"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QVariant serverScalar(const PostgresConnection& server, const QString& sql,
                      const QVariantList& values = {})
{
    QSqlQuery query = server.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    PostgresConnection::run(query,
                            QT_TRANSLATE_NOOP("StorageDoing", "reading the server database"));
    return query.next() ? query.value(0) : QVariant();
}

qint64 serverCount(const PostgresConnection& server, const QString& table)
{
    return serverScalar(server, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

// Moves the identity sequence of `table` past `highest`.
void advanceSequence(const PostgresConnection& server, const QString& table, qint64 highest)
{
    const QVariant sequence =
        serverScalar(server, QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {table});
    if (sequence.isNull() || highest <= 0) {
        return; // audit_log numbers its entries itself; an empty table keeps its start
    }
    if (serverScalar(server, QStringLiteral("SELECT has_sequence_privilege(?, 'UPDATE')"),
                     {sequence})
            .toBool()) {
        serverScalar(server, QStringLiteral("SELECT setval(?, ?)"), {sequence, highest});
        return;
    }
    // USAGE allows nextval only: ids are drawn until the highest copied one.
    const qint64 drawn =
        serverScalar(server, QStringLiteral("SELECT nextval(?)"), {sequence}).toLongLong();
    if (drawn < highest) {
        serverScalar(server,
                     QStringLiteral("SELECT max(nextval(?)) FROM generate_series(1, ?::bigint)"),
                     {sequence, highest - drawn});
    }
}

QString describe(const AuditEntry& entry)
{
    return QStringLiteral("%1 %2 %3 %4 %5 [%6] %7 %8 %9")
        .arg(entry.id)
        .arg(entry.at.toString(Qt::ISODateWithMs), entry.actor, entry.action, entry.records,
             entry.details, entry.covers, entry.rowsHash, entry.hash);
}

// The audit log of each side entry by entry, and the server's chain
// recomputed from its first entry on.
void compareAuditLogs(const Database& file, const PostgresConnection& server,
                      qint64 serverExtraEntries, std::vector<QString>& problems)
{
    const SystemClock clock; // read only: no entry is written
    const auto fileEntries = AuditLog(file, clock).entries();
    const auto serverEntries = PostgresAuditTrail(server, clock).entries();
    const auto expected = qint64(fileEntries.size()) + serverExtraEntries;
    if (qint64(serverEntries.size()) != expected) {
        problems.push_back(QStringLiteral("audit_log: %1 entries expected on the server, %2 there")
                               .arg(expected)
                               .arg(serverEntries.size()));
    }
    const std::size_t common = std::min(fileEntries.size(), serverEntries.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (describe(fileEntries[i]) != describe(serverEntries[i])) {
            problems.push_back(
                QStringLiteral("audit_log: entry %1 differs").arg(fileEntries[i].id));
            break;
        }
    }
    QString previous;
    qint64 id = 1;
    for (const AuditEntry& entry : serverEntries) {
        if (entry.id != id || entry.hash != AuditLog::entryHash(previous, entry)) {
            problems.push_back(
                QStringLiteral("audit_log: the server's chain breaks at entry %1").arg(entry.id));
            break;
        }
        previous = entry.hash;
        ++id;
    }
}

// The server's name search index, from the clients as the file has them
// (as SQLite rebuilds its client_names): each word of each folded name.
void copyClientWords(const Database& file, const PostgresConnection& server)
{
    QSqlQuery read = file.prepare(QStringLiteral("SELECT id, name_key FROM clients ORDER BY id"));
    read.setForwardOnly(true);
    Database::run(read, QT_TRANSLATE_NOOP("StorageDoing", "reading the backup"));
    postgres_copy::Rows rows(3);
    const auto send = [&] {
        postgres_copy::copyRows(server, "client_words", "word, client_id, words", rows,
                                QT_TRANSLATE_NOOP("StorageDoing", "indexing the client names"));
        rows.clear();
    };
    while (read.next()) {
        const qint64 id = read.value(0).toLongLong();
        const QStringList words = nameWords(read.value(1).toString());
        const QString column = PostgresIntakeStore::wordsColumn(words);
        for (const QString& word : words) {
            rows.text(word).integer(id).text(column);
        }
        if (rows.rowCount() >= kCopyRows) {
            send();
        }
    }
    send();
}

} // namespace

QStringList postgres_transfer::tables()
{
    QStringList moved = PostgresSchema::tables();
    moved.removeAll(QStringLiteral("schema_version"));
    moved.removeAll(QStringLiteral("client_words")); // made from the clients
    return moved;
}

void postgres_transfer::copyToFile(const PostgresConnection& server, const Database& file)
{
    WriteTransaction transaction(file);
    for (const QString& table : tables()) {
        const QStringList columns = columnsOf(file, table);
        QSqlQuery read = server.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                            .arg(columns.join(QStringLiteral(", ")), table));
        read.setForwardOnly(true);
        PostgresConnection::run(read,
                                QT_TRANSLATE_NOOP("StorageDoing", "reading the server database"));
        QSqlQuery write = file.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")),
                     QStringLiteral("?, ").repeated(columns.size() - 1) + QLatin1Char('?')));
        while (read.next()) {
            // QPSQL gives integers for the integer columns and the text as
            // stored; SQLite stores them as INTEGER and the same UTF-8.
            for (int column = 0; column < columns.size(); ++column) {
                write.bindValue(column, read.value(column));
            }
            Database::run(write, QT_TRANSLATE_NOOP("StorageDoing", "writing the copy"));
        }
    }
    file.execute(QStringLiteral("INSERT INTO client_names (client_names) VALUES ('rebuild')"),
                 QT_TRANSLATE_NOOP("StorageDoing", "indexing the client names"));
    transaction.commit();
}

QStringList postgres_transfer::rowsPresent(const PostgresConnection& server)
{
    QStringList present;
    for (const QString& table : tables()) {
        if (const qint64 rows = serverCount(server, table); rows > 0) {
            // Two texts, not a counted one: the English must not depend on
            // core_en being loaded (rows is never 0 here).
            present << (rows == 1
                            ? QCoreApplication::translate("PostgresError", "%1 (1 row)").arg(table)
                            : QCoreApplication::translate("PostgresError", "%1 (%2 rows)")
                                  .arg(table)
                                  .arg(rows));
        }
    }
    return present;
}

void postgres_transfer::copyToServer(const Database& file, const PostgresConnection& server)
{
    PostgresSchema::requireCurrent(server);
    // No audited write and no new client on any workstation until this
    // transaction ends (the locks PostgresAuditTrail and the intake store take).
    serverScalar(server, QStringLiteral("SELECT pg_advisory_xact_lock(?::bigint)"),
                 {PostgresAuditTrail::kChainLock});
    serverScalar(server, QStringLiteral("SELECT pg_advisory_xact_lock(?::integer, 0)"),
                 {PostgresIntakeStore::kNewClientsLock});
    const QStringList present = rowsPresent(server);
    if (!present.isEmpty()) {
        throw StorageError(
            StorageError::Kind::Invalid,
            translated::fill(QCoreApplication::translate(
                                 "PostgresError",
                                 "the server database %1 is not empty: it holds %2; a backup is "
                                 "restored only into an empty database (create a new one). "
                                 "Nothing was written."),
                             server.location().database(), present.join(QStringLiteral(", "))));
    }
    for (const QString& table : tables()) {
        const QStringList columns = columnsOf(file, table);
        const QByteArray columnList = columns.join(QStringLiteral(", ")).toLatin1();
        const QByteArray name = table.toLatin1();
        QSqlQuery read = file.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                          .arg(QString::fromLatin1(columnList), table));
        read.setForwardOnly(true);
        Database::run(read, QT_TRANSLATE_NOOP("StorageDoing", "reading the backup"));
        postgres_copy::Rows rows(int(columns.size()));
        const auto send = [&] {
            postgres_copy::copyRows(server, name.constData(), columnList.constData(), rows,
                                    "copying " + table.toStdString() + " to the server");
            rows.clear();
        };
        while (read.next()) {
            for (int column = 0; column < columns.size(); ++column) {
                rows.value(read.value(column));
            }
            if (rows.rowCount() >= kCopyRows) {
                send();
            }
        }
        send();
        advanceSequence(
            server, table,
            fileScalar(file, QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + table));
        if (table == QLatin1String("clients")) {
            copyClientWords(file, server);
        }
    }
}

std::vector<QString> postgres_transfer::differences(const Database& file,
                                                    const PostgresConnection& server,
                                                    qint64 serverExtraEntries, int samples)
{
    std::vector<QString> problems;
    for (const QString& table : tables()) {
        const qint64 inFile = fileScalar(file, QStringLiteral("SELECT count(*) FROM ") + table);
        const qint64 onServer = serverCount(server, table);
        const qint64 expected =
            inFile + (table == QLatin1String("audit_log") ? serverExtraEntries : 0);
        if (onServer != expected) {
            problems.push_back(QStringLiteral("%1: %2 rows expected on the server, %3 there")
                                   .arg(table)
                                   .arg(expected)
                                   .arg(onServer));
        }
    }
    compareAuditLogs(file, server, serverExtraEntries, problems);

    const SystemClock clock; // read only
    const IntakeStore fileIntakes(file, clock);
    const PostgresIntakeStore serverIntakes(server, clock);
    const qint64 intakes = fileScalar(file, QStringLiteral("SELECT count(*) FROM intakes"));
    const qint64 wanted = std::min<qint64>(samples, intakes);
    for (qint64 i = 0; i < wanted; ++i) {
        // The first and the last intake, and the others evenly between.
        QSqlQuery pick = file.prepare(QStringLiteral("SELECT id FROM intakes ORDER BY id LIMIT 1 "
                                                     "OFFSET ?"));
        pick.addBindValue(wanted == 1 ? 0 : i * (intakes - 1) / (wanted - 1));
        Database::run(pick, QT_TRANSLATE_NOOP("StorageDoing", "reading the intakes"));
        if (!pick.next()) {
            continue;
        }
        const qint64 id = pick.value(0).toLongLong();
        std::string onServer;
        try {
            onServer = serverIntakes.detailsAsStored(id);
        } catch (const StorageError& error) {
            onServer = error.what();
        }
        if (fileIntakes.detailsAsStored(id) != onServer) {
            problems.push_back(QStringLiteral("intake %1 differs").arg(id));
        }
    }
    return problems;
}
