// The export dialog: the command-line tool's files, written off the GUI
// thread, cancellable without leaving a file, and recorded in the audit log.
#include "records/ExportDialog.h"

#include "ClinicSession.h"
#include "GuiClinic.h"
#include "Harness.h"
#include "IntakeGenerator.h"
#include "export/RecordExporter.h"
#include "storage/AuditLog.h"
#include "storage/IntakeStore.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeImporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

// A clinic database of generated intakes, opened as the application opens it.
struct ExportClinic
{
    explicit ExportClinic(int intakes)
    {
        REQUIRE(folder.isValid());
        session = gui_test::openClinic(database, std::make_unique<FixedClock>(QDate(2026, 11, 21)));
        if (intakes == 0) {
            return;
        }
        const ImportResult result = harness::importGenerated(session->storage(), session->engine(),
                                                             session->clock(), intakes, 11);
        REQUIRE(result.errors.empty());
    }

    QString file(const char* name) const { return folder.filePath(QString::fromUtf8(name)); }

    // What RecordExporter writes for the same options, on the GUI thread.
    QByteArray expected(const RecordExporter::Options& options) const
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        session->storage().exportRecords(buffer, options, {});
        return buffer.data();
    }

    // The files of the folder other than the database.
    QStringList otherFiles() const
    {
        QStringList files = QDir(folder.path()).entryList(QDir::Files);
        files.removeIf(
            [](const QString& name) { return name.startsWith(QLatin1String("clinic")); });
        return files;
    }

    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    std::unique_ptr<ClinicSession> session;
};

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Runs the export and waits for it (it runs on another thread).
QList<QVariant> exportAndWait(ExportDialog& dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    if (finished.isEmpty()) {
        REQUIRE(dialog.isExporting());
        REQUIRE(finished.wait(60000));
    }
    REQUIRE(finished.count() == 1);
    CHECK_FALSE(dialog.isExporting());
    return finished.takeFirst();
}

} // namespace

TEST_CASE("gui: export to CSV writes what the command-line export writes", "[gui][export]")
{
    ExportClinic clinic(1000);
    ExportDialog dialog(*clinic.session);
    CHECK(dialog.format() == RecordExporter::Format::Csv);
    CHECK_FALSE(dialog.fromDate().isValid()); // all dates unless chosen

    SECTION("all dates")
    {
        const QString path = clinic.file("all.csv");
        dialog.setFilePath(path);
        const auto result = exportAndWait(dialog);
        CHECK(result.at(0).toBool());
        CHECK(result.at(1).toLongLong() == 1000);
        CHECK(result.at(2).toString().contains(QStringLiteral("Exported")));
        CHECK(dialog.statusText() == result.at(2).toString());
        CHECK(dialog.progressBar()->value() == dialog.progressBar()->maximum());

        const QByteArray written = contentsOf(path);
        CHECK(written.count("\r\n") == 1000 + 1);
        CHECK(written.endsWith("\r\n"));
        CHECK(written == clinic.expected({}));
        CHECK_FALSE(QFile(path).permissions().testFlag(QFile::ReadOther)); // health records
    }
    SECTION("a date range, with the byte-order mark for Excel")
    {
        const QString path = clinic.file("march.csv");
        dialog.setFilePath(path);
        dialog.setDateRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        dialog.setByteOrderMark(true);
        CHECK(dialog.byteOrderMark());
        const auto result = exportAndWait(dialog);
        REQUIRE(result.at(0).toBool());

        RecordExporter::Options march;
        march.from = QDate(2026, 3, 1);
        march.to = QDate(2026, 3, 31);
        march.byteOrderMark = true;
        IntakeFilter range;
        range.from = march.from;
        range.to = march.to;
        range.limit = 0;
        const qint64 records = gui_test::storeOf(*clinic.session).count(range);
        REQUIRE(records > 0);
        CHECK(result.at(1).toLongLong() == records);
        const QByteArray written = contentsOf(path);
        CHECK(written.startsWith("\xEF\xBB\xBF"));
        CHECK(written.count("\r\n") == records + 1);
        CHECK(written == clinic.expected(march));
    }
}

TEST_CASE("gui: export to JSON writes every record with its history", "[gui][export]")
{
    ExportClinic clinic(200);
    ExportDialog dialog(*clinic.session);
    const QString path = clinic.file("all.json");
    dialog.setFilePath(clinic.file("all.csv"));
    dialog.setFormat(RecordExporter::Format::Json);
    CHECK(dialog.filePath() == path); // the extension follows the format
    dialog.setByteOrderMark(true);
    CHECK_FALSE(dialog.byteOrderMark()); // JSON has none

    const auto result = exportAndWait(dialog);
    REQUIRE(result.at(0).toBool());
    CHECK(result.at(1).toLongLong() == 200);
    const auto records = nlohmann::json::parse(contentsOf(path).toStdString());
    REQUIRE(records.is_array());
    CHECK(records.size() == 200);
    RecordExporter::Options json;
    json.format = RecordExporter::Format::Json;
    CHECK(contentsOf(path) == clinic.expected(json));
}

TEST_CASE("gui: a cancelled export leaves no file and no audit entry", "[gui][export]")
{
    ExportClinic clinic(3000);
    ExportDialog dialog(*clinic.session);
    const QString path = clinic.file("cancelled.json");
    // JSON, a record at a time, is the slow export: the worker is still
    // writing when the first progress report reaches this thread.
    dialog.setFormat(RecordExporter::Format::Json);
    dialog.setFilePath(path);
    qint64 progressSeen = 0;
    qint64 totalSeen = 0;
    QObject::connect(&dialog, &ExportDialog::progressChanged, [&](qint64 records, qint64 total) {
        totalSeen = total;
        if (records > 0) {
            progressSeen = records;
            dialog.cancelExport();
        }
    });
    const auto result = exportAndWait(dialog);
    CHECK_FALSE(result.at(0).toBool());
    CHECK(result.at(2).toString().contains(QStringLiteral("cancelled")));
    CHECK(progressSeen > 0);
    CHECK(progressSeen < 3000);
    CHECK(totalSeen == 3000); // the progress bar's maximum is the number of records
    CHECK_FALSE(QFile::exists(path));
    CHECK(clinic.otherFiles().isEmpty()); // nor a temporary file
    const auto audit = gui_test::auditOf(*clinic.session).entries();
    CHECK(std::none_of(audit.begin(), audit.end(), [](const AuditEntry& entry) {
        return entry.action == QLatin1String("export");
    }));
}

TEST_CASE("gui: Cancel stops a running export and closes the dialog once idle", "[gui][export]")
{
    ExportClinic clinic(3000);
    ExportDialog dialog(*clinic.session);
    dialog.setFilePath(clinic.file("stopped.csv"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    REQUIRE(dialog.isExporting());
    dialog.reject(); // Cancel or Esc
    CHECK(dialog.isVisible());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(dialog.isVisible()); // says what happened
    CHECK(dialog.statusText().contains(QStringLiteral("No file was written")));
    CHECK_FALSE(QFile::exists(clinic.file("stopped.csv")));

    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
}

TEST_CASE("gui: an export is recorded in the audit log like the command-line tool's",
          "[gui][export]")
{
    ExportClinic clinic(100);
    ExportDialog dialog(*clinic.session);
    const QString path = clinic.file("audited.csv");
    dialog.setFilePath(path);
    dialog.setDateRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
    const auto result = exportAndWait(dialog);
    REQUIRE(result.at(0).toBool());

    const auto audit = gui_test::auditOf(*clinic.session).entries();
    REQUIRE_FALSE(audit.empty());
    const AuditEntry& entry = audit.back();
    CHECK(entry.action == "export");
    CHECK(entry.actor == clinic.session->actor());
    CHECK(entry.records == QStringLiteral("%1 intakes").arg(result.at(1).toLongLong()));
    CHECK(entry.details == QStringLiteral("csv from 2026-01-01 to 2026-12-31 into ") + path);
}

TEST_CASE("gui: an export that cannot be written says why, and the dialog stays usable",
          "[gui][export]")
{
    ExportClinic clinic(50);
    ExportDialog dialog(*clinic.session);

    dialog.setFilePath(clinic.file("no/such/folder/x.csv"));
    auto result = exportAndWait(dialog);
    CHECK_FALSE(result.at(0).toBool());
    CHECK(result.at(2).toString().contains(QStringLiteral("could not be written")));
    CHECK(result.at(2).toString().contains(QStringLiteral("No file was written")));

    dialog.setFilePath(QString());
    result = exportAndWait(dialog);
    CHECK_FALSE(result.at(0).toBool());

    dialog.setFilePath(clinic.file("after.csv"));
    dialog.setDateRange(QDate(2026, 5, 1), QDate(2026, 4, 1));
    result = exportAndWait(dialog);
    CHECK_FALSE(result.at(0).toBool());
    CHECK_FALSE(QFile::exists(clinic.file("after.csv")));

    dialog.setDateRange({}, {});
    result = exportAndWait(dialog);
    CHECK(result.at(0).toBool());
    CHECK(result.at(1).toLongLong() == 50);
    CHECK(QFile::exists(clinic.file("after.csv")));
}

TEST_CASE("gui: the export file is named after the day", "[gui][export]")
{
    ExportClinic clinic(0);
    CHECK(ExportDialog::defaultFileName(QDate(2026, 11, 21), RecordExporter::Format::Csv) ==
          "clinic-intake-export-2026-11-21.csv");
    ExportDialog dialog(*clinic.session);
    CHECK(dialog.filePath().endsWith(QStringLiteral("/clinic-intake-export-2026-11-21.csv")));
    dialog.setFormat(RecordExporter::Format::Json);
    CHECK(dialog.filePath().endsWith(QStringLiteral("/clinic-intake-export-2026-11-21.json")));
}

namespace {

QPushButton* exportButtonOf(ExportDialog& dialog)
{
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("Export")) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("attack: the export dialog replaces a file only after the user says yes and never the "
          "database",
          "[gui][export][attack]")
{
    ExportClinic clinic(20);
    ExportDialog dialog(*clinic.session);
    QPushButton* exportButton = exportButtonOf(dialog);
    REQUIRE(exportButton != nullptr);
    const QString path = clinic.file("last-month.csv");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("last month's\n");
    }
    dialog.setFilePath(path);

    // Without the user's yes (startExport does not ask), the core refuses it.
    const QList<QVariant> unasked = exportAndWait(dialog);
    CHECK_FALSE(unasked.at(0).toBool());
    CHECK(contentsOf(path) == "last month's\n");

    // No: nothing happens.
    gui_test::answerNextMessageBox(QMessageBox::No);
    exportButton->click();
    CHECK_FALSE(dialog.isExporting());
    CHECK(contentsOf(path) == "last month's\n");

    // Yes: replaced.
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    gui_test::answerNextMessageBox(QMessageBox::Yes);
    exportButton->click();
    if (finished.isEmpty()) {
        REQUIRE(finished.wait(60000));
    }
    CHECK(finished.takeFirst().at(0).toBool());
    CHECK(contentsOf(path).startsWith("intake_id,"));
    CHECK(clinic.otherFiles() == QStringList{QStringLiteral("last-month.csv")});
}

TEST_CASE("attack: the export dialog never replaces the database file, even after a yes",
          "[gui][export][attack][sqlite]")
{
    ExportClinic clinic(20);
    ExportDialog dialog(*clinic.session);
    QPushButton* exportButton = exportButtonOf(dialog);
    REQUIRE(exportButton != nullptr);
    const QByteArray database = contentsOf(clinic.session->location());
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.setFilePath(clinic.session->location());
    gui_test::answerNextMessageBox(QMessageBox::Yes);
    exportButton->click();
    if (finished.isEmpty()) {
        REQUIRE(finished.wait(60000));
    }
    CHECK_FALSE(finished.takeFirst().at(0).toBool());
    CHECK(dialog.statusText().contains(QStringLiteral("No file was written")));
    CHECK(QFileInfo(clinic.session->location()).size() == database.size());
    CHECK(clinic.otherFiles().isEmpty());
}
