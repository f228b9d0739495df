#include "export/RecordExporter.h"

#include "model/Vocabulary.h"
#include "storage/AuditLog.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/PrivateFile.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QSqlError>
#include <QVariant>
#include <cstring>

namespace {

constexpr qint64 kProgressEvery = 500;

// A list of the answers that are true in one block of booleans.
QString yesAnswers(const char* block)
{
    return QStringLiteral("(SELECT group_concat(key, ';') FROM json_each(v.record_json, '$.%1') "
                          "WHERE value = 1)")
        .arg(QLatin1String(block));
}

QString listOf(const char* json, const char* path)
{
    return QStringLiteral("(SELECT group_concat(value, ';') FROM json_each(%1, '%2'))")
        .arg(QLatin1String(json), QLatin1String(path));
}

QString recordValue(const char* path)
{
    return QStringLiteral("json_extract(v.record_json, '%1')").arg(QLatin1String(path));
}

// One screening or precaution question: yes, no, or empty when it was not
// asked. Records keep their format, so the expression reads both: a version
// 2 answer is "yes" or "no"; a version 1 flag is true ("yes") or false or
// absent, which version 1 could not tell apart: not asked (the spec's
// reading of version 1).
QString answerColumn(const vocabulary::QuestionField& question)
{
    const QString field =
        QString::fromUtf8(question.field.data(), qsizetype(question.field.size()));
    const QString block =
        QString::fromUtf8(question.block.data(), qsizetype(question.block.size()));
    QString version1;
    if (question.field == vocabulary::wordOf(vocabulary::Question::PainUnchangedByMovement)) {
        version1 =
            QStringLiteral("CASE json_extract(v.record_json, '$.pain.changes_with_movement') "
                           "WHEN 0 THEN 'yes' END");
    } else {
        // Version 1 kept the screening questions it had as red_flags.
        version1 =
            QStringLiteral("json_extract(v.record_json, '$.%1.%2')")
                .arg(block == QLatin1String("screening") ? QStringLiteral("red_flags") : block,
                     field);
    }
    return QStringLiteral("CASE coalesce(json_extract(v.record_json, '$.%1.%2'), %3) "
                          "WHEN 'yes' THEN 'yes' WHEN 'no' THEN 'no' WHEN 1 THEN 'yes' END")
        .arg(block, field, version1);
}

struct Column
{
    const char* name;
    QString expression;
};

const std::vector<Column>& columns()
{
    static const std::vector<Column> all = [] {
        std::vector<Column> list = {
            {"intake_id", QStringLiteral("i.id")},
            {"status", QStringLiteral("i.status")},
            {"refer_out", QStringLiteral("CASE i.refer_out WHEN 1 THEN 'yes' ELSE 'no' END")},
            {"visit_date", QStringLiteral("i.visit_date")},
            {"format", recordValue("$.format")},
            {"client_name", recordValue("$.client.name")},
            {"date_of_birth", recordValue("$.client.date_of_birth")},
            {"phone", recordValue("$.client.phone")},
            {"email", recordValue("$.client.email")},
            {"pain_locations", listOf("v.record_json", "$.pain.locations")},
            {"pain_intensity", recordValue("$.pain.intensity")},
            {"duration_weeks", recordValue("$.pain.duration_weeks")},
            {"acuity", QStringLiteral("json_extract(s.result_json, '$.acuity')")},
            {"radiates_to", listOf("v.record_json", "$.pain.radiates_to")},
            // Version 1's columns keep their meaning for both formats.
            {"changes_with_movement",
             QStringLiteral(
                 "CASE WHEN json_type(v.record_json, '$.pain.changes_with_movement') IS NOT NULL "
                 "THEN CASE json_extract(v.record_json, '$.pain.changes_with_movement') WHEN 1 "
                 "THEN 'yes' ELSE 'no' END "
                 "ELSE CASE json_extract(v.record_json, '$.screening.pain_unchanged_by_movement') "
                 "WHEN 'yes' THEN 'no' WHEN 'no' THEN 'yes' END END")},
            {"sciatica",
             QStringLiteral(
                 "coalesce(%1, (SELECT group_concat(CASE key WHEN "
                 "'leg_numbness_or_tingling' THEN 'numbness_or_tingling' ELSE key END, "
                 "';') FROM json_each(v.record_json, '$.nerve_symptoms') WHERE value = 1 "
                 "AND key IN ('shooting_leg_pain', 'leg_numbness_or_tingling')))")
                 .arg(yesAnswers("sciatica"))},
            {"muscle_findings", yesAnswers("muscle_findings")},
            {"red_flags",
             QStringLiteral("coalesce(%1, (SELECT group_concat(key, ';') FROM "
                            "json_each(v.record_json, '$.screening') WHERE value = 'yes'))")
                 .arg(yesAnswers("red_flags"))},
            {"precautions",
             QStringLiteral("(SELECT group_concat(key, ';') FROM json_each(v.record_json, "
                            "'$.precautions') WHERE value = 1 OR value = 'yes')")},
            {"nerve_symptoms",
             QStringLiteral("coalesce(%1, (SELECT group_concat(CASE key WHEN "
                            "'numbness_or_tingling' THEN 'leg_numbness_or_tingling' ELSE key END, "
                            "';') FROM json_each(v.record_json, '$.sciatica') WHERE value = 1))")
                 .arg(yesAnswers("nerve_symptoms"))},
        };
        // One column per question, named by its id, in the spec's order.
        for (const auto& question : vocabulary::kQuestionFields) {
            list.push_back({question.field.data(), answerColumn(question)});
        }
        const std::vector<Column> rest = {
            {"avoid_areas", listOf("v.record_json", "$.avoid_areas")},
            {"clearance_date", recordValue("$.medical_clearance.date")},
            {"clearance_codes", listOf("v.record_json", "$.medical_clearance.for")},
            {"clearance_by", recordValue("$.medical_clearance.by")},
            {"pressure_preference", recordValue("$.pressure_preference")},
            {"suggested_approach", QStringLiteral("s.approach")},
            {"urgency", QStringLiteral("s.urgency")},
            {"suggested_pressure", QStringLiteral("s.pressure")},
            // A suggestion made before clinic-intake/2 has no screening part:
            // its record is version 1, whose screening is never complete.
            {"screening_complete",
             QStringLiteral("CASE json_extract(s.result_json, '$.screening.complete') WHEN 1 THEN "
                            "'yes' ELSE 'no' END")},
            {"cleared", listOf("s.result_json", "$.cleared")},
            {"focus_areas", listOf("s.result_json", "$.focus_areas")},
            {"cautions", QStringLiteral("(SELECT group_concat(json_extract(value, '$.code'), ';') "
                                        "FROM json_each(s.result_json, '$.cautions'))")},
            {"home_care", listOf("s.result_json", "$.home_care")},
            {"rules_version", QStringLiteral("s.rules_version")},
            {"review_decision", QStringLiteral("r.decision")},
            {"final_approach", QStringLiteral("r.final_approach")},
            {"final_pressure", QStringLiteral("r.final_pressure")},
            {"reviewer", QStringLiteral("r.reviewer")},
            {"reviewed_at", QStringLiteral("r.reviewed_at")},
            {"override_reason", QStringLiteral("r.reason")},
            {"session_note", QStringLiteral("r.session_note")},
            {"notes", recordValue("$.notes")},
            {"version", QStringLiteral("i.current_version")},
            {"created_at", QStringLiteral("i.created_at")},
        };
        list.insert(list.end(), rest.begin(), rest.end());
        return list;
    }();
    return all;
}

const char* const kRowSource =
    " FROM intakes i"
    " JOIN intake_versions v ON v.intake_id = i.id AND v.version = i.current_version"
    " JOIN suggestions s ON s.intake_version_id = v.id"
    // The latest review of the current version: an amended intake waits for a new one.
    " LEFT JOIN reviews r ON r.id = (SELECT max(id) FROM reviews WHERE intake_version_id = v.id)"
    " WHERE i.visit_date >= ?1 AND i.visit_date <= ?2"
    " ORDER BY i.id";

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
        privatefile::throwWriteError(*file, "writing the export");
    }
    throw StorageError(StorageError::Kind::Other,
                       "writing the export failed: " + out.errorString().toStdString());
}

void writeOrFail(QIODevice& out, const std::string& bytes)
{
    if (out.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())) {
        throwExportError(out);
    }
}

} // namespace

RecordExporter::RecordExporter(const Database& database, const IntakeStore& store)
    : m_database(database), m_store(store)
{}

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
    QStringList expressions;
    for (const auto& column : columns()) {
        expressions << column.expression + QStringLiteral(" AS ") + QLatin1String(column.name);
    }
    return QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) +
           QLatin1String(kRowSource);
}

QStringList RecordExporter::csvColumns()
{
    QStringList names;
    for (const auto& column : columns()) {
        names << QLatin1String(column.name);
    }
    return names;
}

void RecordExporter::appendCsvCell(std::string& out, std::string_view value)
{
    // A cell a spreadsheet would run as a formula is kept as text.
    const bool formula = !value.empty() && std::strchr("=+-@\t\r", value.front()) != nullptr;
    const bool needsQuotes = value.find_first_of(",\"\r\n") != std::string_view::npos;
    if (needsQuotes) {
        out += '"';
    }
    if (formula) {
        out += '\'';
    }
    for (const char c : value) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    if (needsQuotes) {
        out += '"';
    }
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
    const QByteArray from = fromDate(options.from).toUtf8();
    const QByteArray to = toDate(options.to).toUtf8();

    if (options.format == Format::Csv) {
        // Straight through SQLite: a hundred thousand rows of 36 text cells
        // cost more in QVariant and UTF-16 than in the query itself.
        SqliteStatement select(m_database.sqliteHandle(), csvQuery().toUtf8().constData());
        select.bind(1, from.toStdString()).bind(2, to.toStdString());
        if (options.byteOrderMark) {
            buffer += "\xEF\xBB\xBF";
        }
        buffer += csvColumns().join(QLatin1Char(',')).toStdString() + "\r\n";
        const int columnCount = select.columnCount();
        try {
            while (select.step("reading the records to export")) {
                for (int i = 0; i < columnCount; ++i) {
                    if (i > 0) {
                        buffer += ',';
                    }
                    appendCsvCell(buffer, select.textAt(i));
                }
                buffer += "\r\n";
                countAndMaybeFlush();
            }
        } catch (const StorageError&) {
            // SQLite's JSON functions stop at a damaged stored text without
            // saying where: name the row if that is what happened.
            throwIfDamagedText(m_database);
            throw;
        }
    } else {
        QSqlQuery select =
            m_database.prepare(QStringLiteral("SELECT i.id") + QLatin1String(kRowSource));
        select.setForwardOnly(true);
        select.bindValue(0, QString::fromUtf8(from));
        select.bindValue(1, QString::fromUtf8(to));
        Database::run(select, "reading the records to export");
        buffer += '[';
        while (select.next()) {
            buffer += records == 0 ? "\n" : ",\n";
            buffer += m_store.detailsAsStored(select.value(0).toLongLong());
            countAndMaybeFlush();
        }
        if (select.lastError().isValid()) {
            throw StorageError::fromSql(select.lastError(), "reading the records to export");
        }
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

void RecordExporter::throwIfDamagedText(const Database& database)
{
    SqliteStatement damaged(
        database.sqliteHandle(),
        "SELECT v.intake_id, v.version FROM intake_versions v "
        "LEFT JOIN suggestions s ON s.intake_version_id = v.id "
        "WHERE NOT json_valid(v.record_json) "
        "OR NOT json_valid(coalesce(s.result_json, '{}')) ORDER BY v.id LIMIT 1");
    if (damaged.step("looking for a damaged record")) {
        throw StorageError(StorageError::Kind::Corrupt,
                           "intake " + std::to_string(damaged.int64At(0)) + " version " +
                               std::to_string(damaged.int64At(1)) +
                               ": the stored record is damaged (run check); nothing was exported");
    }
}

qint64 RecordExporter::writeFile(const QString& path, const Options& options,
                                 const Progress& progress, ExistingFile existing) const
{
    // Never the database, a symlink or a device; owner-only (health
    // records); in place only when complete, so an exception leaves no file.
    OutputFile file(path, m_database.path(), existing, "export");
    try {
        const qint64 records = write(file.file(), options, progress);
        file.commit();
        return records;
    } catch (const StorageError& error) {
        // Named by the file the user chose, never the temporary one.
        const StorageError named =
            privatefile::withoutTemporaryName(error, file.temporaryPath(), path);
        throw StorageError(error.kind(),
                           "export to " + path.toStdString() + " failed: " + named.what());
    }
}
