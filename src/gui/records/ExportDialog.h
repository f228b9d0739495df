#pragma once

#include "export/RecordExporter.h"

#include <QDate>
#include <QDialog>
#include <atomic>
#include <memory>

class ClinicSession;
class ExportWorker;
class QProgressBar;
class QThread;

namespace Ui {
class ExportDialog;
}

// The manager's export: the same files as `clinic-intake-cli export`, written
// by an ExportWorker on its own thread while this dialog shows the progress
// and can cancel (ui/ExportDialog.ui). The core is asked for the permission before the worker
// starts; the worker's own StaffSession asks again and records the finished
// export in the audit log, as the command-line tool does.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(ClinicSession& session, QWidget* parent = nullptr);
    ~ExportDialog() override;

    RecordExporter::Format format() const;
    void setFormat(RecordExporter::Format format);
    // The byte-order mark Excel wants; only CSV has one.
    bool byteOrderMark() const;
    void setByteOrderMark(bool on);
    // Visit dates, inclusive. Invalid dates (the default) mean all dates.
    QDate fromDate() const;
    QDate toDate() const;
    void setDateRange(const QDate& from, const QDate& to);
    QString filePath() const;
    void setFilePath(const QString& path);

    // Starts the export with what the dialog shows; returns at once. The
    // outcome comes as exportFinished. Does not ask before replacing an
    // existing file (the Export button does).
    void startExport();
    // Stops a running export; its file is not written.
    void cancelExport();
    // Stops a running export, waits for its thread, and closes the dialog
    // (the window is being locked).
    void abandon();
    bool isExporting() const { return m_thread != nullptr; }

    // What the dialog says under the progress bar.
    QString statusText() const;
    QProgressBar* progressBar() const;

    // clinic-intake-export-YYYY-MM-DD.csv (or .json) in the Documents folder.
    static QString defaultFileName(const QDate& day, RecordExporter::Format format);

signals:
    void exportFinished(bool ok, qint64 records, const QString& message);
    // Records written so far, and how many there will be (0 until counted).
    void progressChanged(qint64 records, qint64 total);

public slots:
    // Esc and Cancel: stop a running export, or close when there is none.
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onExportClicked();
    void chooseFile();
    void onFormatChanged();
    void onCounted(qint64 total);
    void onProgress(qint64 records);
    void onSucceeded(qint64 records);
    void onCancelled();
    void onFailed(const QString& message);
    void finish(bool ok, qint64 records, const QString& message);
    void stopThread();
    void setRunning(bool running);

    ClinicSession& m_session;
    std::unique_ptr<Ui::ExportDialog> m_ui;

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    // The export that is running: what the audit entry will say.
    RecordExporter::Options m_running;
    QString m_runningPath;
    // The user said yes to replacing the file already at the path (onExportClicked).
    bool m_replaceConfirmed = false;
    qint64 m_total = 0;
};
