#include "records/ExportDialog.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/DateText.h"
#include "common/OneStopDateEdit.h"
#include "common/OutputFolder.h"
#include "records/ExportWorker.h"
#include "security/StaffSession.h"
#include "ui_ExportDialog.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <algorithm>
#include <climits>

namespace {

QString suffixOf(RecordExporter::Format format)
{
    return format == RecordExporter::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace

ExportDialog::ExportDialog(ClinicSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);

    // A month at a time is the usual export.
    const QDate today = m_session.clock().today();
    m_ui->fromEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->fromEdit->setDisplayFormat(date_text::format());
    m_ui->toEdit->setDate(today);
    m_ui->toEdit->setDisplayFormat(date_text::format());
    m_ui->pathEdit->setText(QDir(output_folder::defaultFolder())
                                .filePath(defaultFileName(today, RecordExporter::Format::Csv)));
    m_ui->pathEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    // Designer gives a button box its standard buttons only; these are the form's own.
    m_ui->buttons->addButton(m_ui->exportButton, QDialogButtonBox::ActionRole);
    m_ui->buttons->addButton(m_ui->cancelButton, QDialogButtonBox::RejectRole);

    connect(m_ui->csvChoice, &QRadioButton::toggled, this, &ExportDialog::onFormatChanged);
    connect(m_ui->allDatesCheck, &QCheckBox::toggled, this, [this](bool all) {
        m_ui->fromEdit->setEnabled(!all);
        m_ui->toEdit->setEnabled(!all);
    });
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ExportDialog::onExportClicked);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ExportDialog::reject);
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
    return m_ui->jsonChoice->isChecked() ? RecordExporter::Format::Json
                                         : RecordExporter::Format::Csv;
}

void ExportDialog::setFormat(RecordExporter::Format format)
{
    (format == RecordExporter::Format::Json ? m_ui->jsonChoice : m_ui->csvChoice)->setChecked(true);
}

bool ExportDialog::byteOrderMark() const
{
    return format() == RecordExporter::Format::Csv && m_ui->bomCheck->isChecked();
}

void ExportDialog::setByteOrderMark(bool on)
{
    m_ui->bomCheck->setChecked(on);
}

QDate ExportDialog::fromDate() const
{
    return m_ui->allDatesCheck->isChecked() ? QDate() : m_ui->fromEdit->date();
}

QDate ExportDialog::toDate() const
{
    return m_ui->allDatesCheck->isChecked() ? QDate() : m_ui->toEdit->date();
}

void ExportDialog::setDateRange(const QDate& from, const QDate& to)
{
    const bool all = !from.isValid() && !to.isValid();
    if (from.isValid()) {
        m_ui->fromEdit->setDate(from);
    }
    if (to.isValid()) {
        m_ui->toEdit->setDate(to);
    }
    m_ui->allDatesCheck->setChecked(all);
}

QString ExportDialog::filePath() const
{
    return m_ui->pathEdit->text().trimmed();
}

void ExportDialog::setFilePath(const QString& path)
{
    m_ui->pathEdit->setText(path);
}

QProgressBar* ExportDialog::progressBar() const
{
    return m_ui->progressBar;
}

QString ExportDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void ExportDialog::onFormatChanged()
{
    const bool csv = format() == RecordExporter::Format::Csv;
    m_ui->bomCheck->setEnabled(csv && !isExporting());
    // Keep the file's extension in step with the format, unless the name
    // ends in something else the user chose on purpose.
    const QString path = filePath();
    const QString from = QLatin1Char('.') +
                         suffixOf(csv ? RecordExporter::Format::Json : RecordExporter::Format::Csv);
    if (path.endsWith(from, Qt::CaseInsensitive)) {
        m_ui->pathEdit->setText(path.left(path.size() - from.size()) + QLatin1Char('.') +
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
    m_ui->pathEdit->setText(chosen);
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
        m_ui->pathEdit->setFocus();
        return;
    }
    if (fromDate().isValid() && toDate().isValid() && fromDate() > toDate()) {
        finish(false, 0, tr("The first visit date is after the last one."));
        m_ui->fromEdit->setFocus();
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
    m_ui->progressBar->setRange(0, 0); // busy until the records are counted
    m_ui->statusLabel->setText(tr("Counting the records…"));
    m_thread->start();
}

void ExportDialog::cancelExport()
{
    if (!isExporting()) {
        return;
    }
    m_cancelFlag->store(true);
    m_ui->statusLabel->setText(tr("Cancelling…"));
    m_ui->cancelButton->setEnabled(false);
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
    m_ui->progressBar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_ui->progressBar->setValue(0);
    m_ui->statusLabel->setText(
        tr("Exporting %Ln record(s)…", nullptr, int(std::min<qint64>(total, INT_MAX))));
    emit progressChanged(0, m_total);
}

void ExportDialog::onProgress(qint64 records)
{
    // Intakes added since the count would push past the end.
    if (records > m_ui->progressBar->maximum()) {
        m_ui->progressBar->setMaximum(int(std::min<qint64>(records, INT_MAX)));
    }
    m_ui->progressBar->setValue(int(std::min<qint64>(records, INT_MAX)));
    emit progressChanged(records, m_total);
}

void ExportDialog::onSucceeded(qint64 records)
{
    stopThread();
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    const QString file = QDir::toNativeSeparators(m_runningPath);
    finish(true, records,
           tr("Exported %Ln record(s) to %1", nullptr, int(std::min<qint64>(records, INT_MAX)))
               .arg(file));
    m_ui->cancelButton->setText(tr("Close"));
    m_ui->cancelButton->setFocus();
}

void ExportDialog::onCancelled()
{
    stopThread();
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    finish(false, 0, tr("Export cancelled. No file was written."));
}

void ExportDialog::onFailed(const QString& message)
{
    stopThread();
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    finish(false, 0, message);
}

void ExportDialog::finish(bool ok, qint64 records, const QString& message)
{
    setRunning(false);
    m_ui->statusLabel->setText(message);
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
    m_ui->csvChoice->setEnabled(!running);
    m_ui->jsonChoice->setEnabled(!running);
    m_ui->bomCheck->setEnabled(!running && format() == RecordExporter::Format::Csv);
    m_ui->allDatesCheck->setEnabled(!running);
    m_ui->fromEdit->setEnabled(!running && !m_ui->allDatesCheck->isChecked());
    m_ui->toEdit->setEnabled(!running && !m_ui->allDatesCheck->isChecked());
    m_ui->pathEdit->setEnabled(!running);
    m_ui->chooseButton->setEnabled(!running);
    m_ui->exportButton->setEnabled(!running);
    m_ui->progressBar->setTextVisible(running);
    m_ui->cancelButton->setEnabled(true);
    m_ui->cancelButton->setText(tr("Cancel"));
}
