#include "records/ExportDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/DateText.h"
#include "common/OneStopDateEdit.h"
#include "common/OutputFolder.h"
#include "records/ExportWorker.h"
#include "security/StaffSession.h"
#include "util/Clock.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace {

QString suffixOf(RecordExporter::Format format)
{
    return format == RecordExporter::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace

ExportDialog::ExportDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Export records"));

    m_csv = new QRadioButton(tr("&CSV (spreadsheets)"), this);
    m_csv->setAccessibleName(tr("CSV format"));
    m_json = new QRadioButton(tr("&JSON (complete records with history)"), this);
    m_json->setAccessibleName(tr("JSON format"));
    auto* formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_json);
    m_csv->setChecked(true);

    m_bom = new QCheckBox(tr("Add &byte-order mark for Excel"), this);
    m_bom->setToolTip(tr("Excel needs it to show accented names correctly."));

    m_allDates = new QCheckBox(tr("&All dates"), this);
    m_allDates->setChecked(true);
    m_allDates->setAccessibleName(tr("All visit dates"));
    // A month at a time is the usual export.
    const QDate today = m_session.clock().today();
    m_from = new OneStopDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(date_text::format());
    m_from->setAccessibleName(tr("Visit dates from"));
    m_to = new OneStopDateEdit(today, this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(date_text::format());
    m_to->setAccessibleName(tr("Visit dates to"));

    m_path = new QLineEdit(QDir(output_folder::defaultFolder())
                               .filePath(defaultFileName(today, RecordExporter::Format::Csv)),
                           this);
    m_path->setAccessibleName(tr("Output file"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setAccessibleName(tr("Choose the output file"));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false); // "0%" before anything started says nothing
    m_progress->setAccessibleName(tr("Export progress"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Export status"));

    m_export = new QPushButton(tr("&Export"), this);
    m_export->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_csv);
    formatRow->addWidget(m_json);
    formatRow->addStretch(1);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_allDates);
    auto* fromLabel = new QLabel(tr("from"), this);
    fromLabel->setBuddy(m_from);
    dateRow->addWidget(fromLabel);
    dateRow->addWidget(m_from);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    dateRow->addWidget(toLabel);
    dateRow->addWidget(m_to);
    dateRow->addStretch(1);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), formatRow);
    form->addRow(QString(), m_bom);
    form->addRow(tr("Visit dates:"), dateRow);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_csv, &QRadioButton::toggled, this, &ExportDialog::onFormatChanged);
    connect(m_allDates, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
    });
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::onExportClicked);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);

    setTabOrder(m_csv, m_json);
    setTabOrder(m_json, m_bom);
    setTabOrder(m_bom, m_allDates);
    setTabOrder(m_allDates, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_path);
    setTabOrder(m_path, m_choose);
    setTabOrder(m_choose, m_export);
    setTabOrder(m_export, m_cancel);
}

ExportDialog::~ExportDialog()
{
    // A closing window must not leave a thread writing behind it.
    if (m_thread) {
        m_cancelFlag->store(true);
        stopThread();
    }
}

QString ExportDialog::defaultFileName(const QDate& day, RecordExporter::Format format)
{
    return QStringLiteral("clinic-intake-export-%1.%2")
        .arg(day.toString(Qt::ISODate), suffixOf(format));
}

RecordExporter::Format ExportDialog::format() const
{
    return m_json->isChecked() ? RecordExporter::Format::Json : RecordExporter::Format::Csv;
}

void ExportDialog::setFormat(RecordExporter::Format format)
{
    (format == RecordExporter::Format::Json ? m_json : m_csv)->setChecked(true);
}

bool ExportDialog::byteOrderMark() const
{
    return format() == RecordExporter::Format::Csv && m_bom->isChecked();
}

void ExportDialog::setByteOrderMark(bool on)
{
    m_bom->setChecked(on);
}

QDate ExportDialog::fromDate() const
{
    return m_allDates->isChecked() ? QDate() : m_from->date();
}

QDate ExportDialog::toDate() const
{
    return m_allDates->isChecked() ? QDate() : m_to->date();
}

void ExportDialog::setDateRange(const QDate& from, const QDate& to)
{
    const bool all = !from.isValid() && !to.isValid();
    if (from.isValid()) {
        m_from->setDate(from);
    }
    if (to.isValid()) {
        m_to->setDate(to);
    }
    m_allDates->setChecked(all);
}

QString ExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setFilePath(const QString& path)
{
    m_path->setText(path);
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::onFormatChanged()
{
    const bool csv = format() == RecordExporter::Format::Csv;
    m_bom->setEnabled(csv && !isExporting());
    // Keep the file's extension in step with the format, unless the name
    // ends in something else the user chose on purpose.
    const QString path = filePath();
    const QString from = QLatin1Char('.') +
                         suffixOf(csv ? RecordExporter::Format::Json : RecordExporter::Format::Csv);
    if (path.endsWith(from, Qt::CaseInsensitive)) {
        m_path->setText(path.left(path.size() - from.size()) + QLatin1Char('.') +
                        suffixOf(format()));
    }
}

void ExportDialog::chooseFile()
{
    const bool csv = format() == RecordExporter::Format::Csv;
    QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export records to"), filePath(),
                                     csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (chosen.isEmpty()) {
        return;
    }
    if (QFileInfo(chosen).suffix().isEmpty()) {
        chosen += QLatin1Char('.') + suffixOf(format());
    }
    m_path->setText(chosen);
}

void ExportDialog::onExportClicked()
{
    const QString path = filePath();
    m_replaceConfirmed = false;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        const auto answer =
            QMessageBox::question(this, tr("Replace the file?"),
                                  tr("%1 already exists. Replace it with this export?")
                                      .arg(QDir::toNativeSeparators(path)),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
        m_replaceConfirmed = true; // the core replaces a regular file only when told so
    }
    startExport();
}

void ExportDialog::startExport()
{
    if (isExporting()) {
        return;
    }
    const QString path = filePath();
    if (path.isEmpty()) {
        finish(false, 0, tr("Choose the file to export to."));
        m_path->setFocus();
        return;
    }
    if (fromDate().isValid() && toDate().isValid() && fromDate() > toDate()) {
        finish(false, 0, tr("The first visit date is after the last one."));
        m_from->setFocus();
        return;
    }

    // The core decides, and records a refusal, before any thread starts.
    try {
        m_session.staff().require(Permission::ExportRecords, QStringLiteral("export"));
    } catch (const std::exception& error) {
        finish(false, 0,
               access_messages::sentence(error) + QLatin1Char(' ') + tr("No file was written."));
        access_messages::showRefusal(this, error);
        return;
    }

    m_running = {};
    m_running.format = format();
    m_running.byteOrderMark = byteOrderMark();
    m_running.from = fromDate();
    m_running.to = toDate();
    m_runningPath = QFileInfo(path).absoluteFilePath();
    m_total = 0;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);

    m_thread = new QThread(this);
    auto* worker =
        new ExportWorker({m_session.address(), m_runningPath, m_running,
                          m_replaceConfirmed ? ExistingFile::Replace : ExistingFile::Refuse,
                          m_session.user(), &m_session.clock()},
                         m_cancelFlag, nullptr);
    m_replaceConfirmed = false;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &ExportWorker::run);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ExportWorker::counted, this, &ExportDialog::onCounted);
    connect(worker, &ExportWorker::progress, this, &ExportDialog::onProgress);
    connect(worker, &ExportWorker::succeeded, this, &ExportDialog::onSucceeded);
    connect(worker, &ExportWorker::cancelled, this, &ExportDialog::onCancelled);
    connect(worker, &ExportWorker::failed, this, &ExportDialog::onFailed);

    setRunning(true);
    m_progress->setRange(0, 0); // busy until the records are counted
    m_status->setText(tr("Counting the records…"));
    m_thread->start();
}

void ExportDialog::cancelExport()
{
    if (!isExporting()) {
        return;
    }
    m_cancelFlag->store(true);
    m_status->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void ExportDialog::abandon()
{
    if (isExporting()) {
        // The worker stops at the flag within a few hundred records; its
        // outcome arrives as a queued signal if the dialog is still there.
        m_cancelFlag->store(true);
        stopThread();
    }
    QDialog::reject();
}

void ExportDialog::reject()
{
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::closeEvent(QCloseEvent* event)
{
    if (isExporting()) {
        // Closing now would leave the manager wondering what was written.
        cancelExport();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ExportDialog::onCounted(qint64 total)
{
    m_total = total;
    // QProgressBar counts in int; a million records fit.
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(0);
    m_status->setText(
        tr("Exporting %Ln record(s)…", nullptr, int(std::min<qint64>(total, INT_MAX))));
    emit progressChanged(0, m_total);
}

void ExportDialog::onProgress(qint64 records)
{
    // Intakes added since the count would push past the end.
    if (records > m_progress->maximum()) {
        m_progress->setMaximum(int(std::min<qint64>(records, INT_MAX)));
    }
    m_progress->setValue(int(std::min<qint64>(records, INT_MAX)));
    emit progressChanged(records, m_total);
}

void ExportDialog::onSucceeded(qint64 records)
{
    stopThread();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    const QString file = QDir::toNativeSeparators(m_runningPath);
    finish(true, records,
           tr("Exported %Ln record(s) to %1", nullptr, int(std::min<qint64>(records, INT_MAX)))
               .arg(file));
    m_cancel->setText(tr("Close"));
    m_cancel->setFocus();
}

void ExportDialog::onCancelled()
{
    stopThread();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    finish(false, 0, tr("Export cancelled. No file was written."));
}

void ExportDialog::onFailed(const QString& message)
{
    stopThread();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    finish(false, 0, message);
}

void ExportDialog::finish(bool ok, qint64 records, const QString& message)
{
    setRunning(false);
    m_status->setText(message);
    emit exportFinished(ok, records, message);
}

void ExportDialog::stopThread()
{
    if (!m_thread) {
        return;
    }
    // run() has returned or is about to (it emitted its outcome, or the
    // flag stops it at the next few hundred records).
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ExportDialog::setRunning(bool running)
{
    m_csv->setEnabled(!running);
    m_json->setEnabled(!running);
    m_bom->setEnabled(!running && format() == RecordExporter::Format::Csv);
    m_allDates->setEnabled(!running);
    m_from->setEnabled(!running && !m_allDates->isChecked());
    m_to->setEnabled(!running && !m_allDates->isChecked());
    m_path->setEnabled(!running);
    m_choose->setEnabled(!running);
    m_export->setEnabled(!running);
    m_progress->setTextVisible(running);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel"));
}
