#include "export/RecordExporter.h"

#include "export/CsvRecordRow.h"
#include "storage/AuditTrail.h"
#include "storage/PrivateFile.h"
#include "storage/StorageError.h"
#include "storage/sqlite/SqliteExportSource.h"
#include "util/Translated.h"

#include <QFile>

namespace {

constexpr qint64 kProgressEvery = 500;

QString fromDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
}

QString toDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
}

[[noreturn]] void throwExportError(const QIODevice& out)
{
    if (const auto* file = qobject_cast<const QFileDevice*>(&out)) {
        privatefile::throwWriteError(*file,
                                     QT_TRANSLATE_NOOP("StorageDoing", "writing the export"));
    }
    throw StorageError(
        StorageError::Kind::Other,
        translated::fill(QCoreApplication::translate("StorageError", "%1 failed: %2"),
                         translated::doing(QT_TRANSLATE_NOOP("StorageDoing", "writing the export")),
                         out.errorString()));
}

void writeOrFail(QIODevice& out, const std::string& bytes)
{
    if (out.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())) {
        throwExportError(out);
    }
}

} // namespace

RecordExporter::RecordExporter(const ExportSource& source) : m_source(source) {}

RecordExporter::RecordExporter(const Database& database, const IntakeStore& store)
    : m_owned(std::make_unique<SqliteExportSource>(database, store)), m_source(*m_owned)
{}

RecordExporter::~RecordExporter() = default;

void RecordExporter::recordInAuditLog(const AuditTrail& audit, const QString& actor, qint64 records,
                                      const Options& options, const QString& destination)
{
    // In a transaction of its own, or in the fallback log when the database
    // cannot be written.
    audit.append(
        actor, QStringLiteral("export"), QStringLiteral("%1 intakes").arg(records),
        QStringLiteral("%1 from %2 to %3 into %4")
            .arg(options.format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json"),
                 options.from.isValid() ? options.from.toString(Qt::ISODate)
                                        : QStringLiteral("the start"),
                 options.to.isValid() ? options.to.toString(Qt::ISODate)
                                      : QStringLiteral("the end"),
                 destination));
}

QString RecordExporter::csvQuery()
{
    return QString::fromUtf8(SqliteExportSource::currentRowsQuery());
}

QStringList RecordExporter::csvColumns()
{
    return csv_record::columnNames();
}

QStringList RecordExporter::frenchCsvColumns()
{
    return csv_record::frenchColumnNames();
}

void RecordExporter::appendCsvCell(std::string& out, std::string_view value)
{
    csv_record::appendCell(out, value);
}

QByteArray RecordExporter::csvCell(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    std::string cell;
    appendCsvCell(cell, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    return QByteArray::fromStdString(cell);
}

qint64 RecordExporter::write(QIODevice& out, const Options& options, const Progress& progress) const
{
    std::string buffer;
    constexpr std::size_t kFlushAt = 1 << 16;
    buffer.reserve(kFlushAt + 8192);
    qint64 records = 0;
    const auto countAndMaybeFlush = [&] {
        ++records;
        if (buffer.size() >= kFlushAt) {
            writeOrFail(out, buffer);
            buffer.clear();
        }
        if (progress && records % kProgressEvery == 0 && !progress(records)) {
            throw ExportCancelled{};
        }
    };
    const std::string from = fromDate(options.from).toStdString();
    const std::string to = toDate(options.to).toStdString();

    if (options.format == Format::Csv) {
        if (options.byteOrderMark) {
            buffer += "\xEF\xBB\xBF";
        }
        const QStringList headers = options.frenchHeaders ? frenchCsvColumns() : csvColumns();
        buffer += headers.join(QLatin1Char(',')).toStdString() + "\r\n";
        m_source.forEachCurrent(from, to, [&](const ExportSource::CurrentRow& row) {
            csv_record::appendRow(buffer, row);
            countAndMaybeFlush();
        });
    } else {
        buffer += '[';
        m_source.forEachDetails(from, to, [&](const std::string& record) {
            buffer += records == 0 ? "\n" : ",\n";
            buffer += record;
            countAndMaybeFlush();
        });
        buffer += "\n]\n";
    }
    writeOrFail(out, buffer);
    // Out of every buffer before it counts as written (and is audited):
    // a full disk or a closed pipe often shows only here.
    if (auto* file = qobject_cast<QFileDevice*>(&out); file != nullptr && !file->flush()) {
        throwExportError(out);
    }
    return records;
}

qint64 RecordExporter::writeFile(const QString& path, const Options& options,
                                 const Progress& progress, ExistingFile existing) const
{
    // Never the database, a symlink or a device; owner-only (health
    // records); in place only when complete, so an exception leaves no file.
    OutputFile file(path, m_source.databaseFile(), existing, "export");
    try {
        const qint64 records = write(file.file(), options, progress);
        file.commit();
        return records;
    } catch (const StorageError& error) {
        // Named by the file the user chose, never the temporary one.
        const StorageError named =
            privatefile::withoutTemporaryName(error, file.temporaryPath(), path);
        throw StorageError(
            error.kind(),
            translated::fill(QCoreApplication::translate("StorageError", "export to %1 failed: %2"),
                             path, named.what()));
    }
}
