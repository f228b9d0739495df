#pragma once

#include "export/ExportSource.h"
#include "storage/PrivateFile.h"

#include <QDate>
#include <QString>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

class AuditTrail;
class Database;
class IntakeStore;
class QIODevice;

// Writes the clinic's records for a manager: CSV (RFC 4180, one row per
// intake, columns in docs/export.md) or JSON (an array of full records with
// their versions and reviews), from the rows an ExportSource reads: the same
// bytes from every backend. Export to a file goes through OutputFile
// (storage/PrivateFile.h): never over the database, a symlink or anything but
// a regular file, over an existing file only when asked, and a failed or
// cancelled export leaves no file behind.
class RecordExporter
{
public:
    enum class Format
    {
        Csv,
        Json
    };

    struct Options
    {
        Format format = Format::Csv;
        QDate from; // visit dates, inclusive; invalid: no limit
        QDate to;
        bool byteOrderMark = false; // CSV: the BOM that Excel wants
        // CSV: the header row in French (for a person's spreadsheet); the
        // rows are the same.
        bool frenchHeaders = false;
    };

    // Called every few hundred records with the count so far; return false to cancel.
    using Progress = std::function<bool(qint64 records)>;

    // From any backend's rows.
    explicit RecordExporter(const ExportSource& source);
    // From a SQLite file (SqliteExportSource).
    RecordExporter(const Database& database, const IntakeStore& store);
    ~RecordExporter();
    RecordExporter(const RecordExporter&) = delete;
    RecordExporter& operator=(const RecordExporter&) = delete;

    // Returns the number of records written; throws StorageError on failure
    // and ExportCancelled when the progress callback asked to stop.
    qint64 write(QIODevice& out, const Options& options, const Progress& progress = {}) const;
    // A file already at `path` is refused unless `existing` is Replace.
    qint64 writeFile(const QString& path, const Options& options, const Progress& progress = {},
                     ExistingFile existing = ExistingFile::Refuse) const;

    // Records a finished export in the audit log (its own transaction): who,
    // how many records, which format and dates, and where they went.
    static void recordInAuditLog(const AuditTrail& audit, const QString& actor, qint64 records,
                                 const Options& options, const QString& destination);

    // The SELECT that reads the CSV's rows from a SQLite file, with the date
    // range as ?1 and ?2 (the benchmark runs it in the sqlite3 shell: the
    // same rows, written as CSV without making the columns).
    static QString csvQuery();
    static QStringList csvColumns();
    static QStringList frenchCsvColumns();

    // A cell as it goes into the CSV: quoted when needed, and with a leading
    // ' when a spreadsheet would run it as a formula.
    static QByteArray csvCell(const QString& value);
    static void appendCsvCell(std::string& out, std::string_view value);

    struct ExportCancelled
    {};

private:
    std::unique_ptr<ExportSource> m_owned;
    const ExportSource& m_source;
};
