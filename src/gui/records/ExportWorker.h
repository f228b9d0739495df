#pragma once

#include "ClinicSession.h"
#include "export/RecordExporter.h"
#include "security/SignedInUser.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class Clock;

// Writes one export file on a thread of its own, so that the window stays
// responsive through a million records. Qt SQL connections belong to the
// thread that opened them, so the worker opens its own storage on the
// session's database (file or server) inside run(), on its thread, and goes through a
// StaffSession of its own on that connection for the same signed-in user:
// the core checks the permission again there and records the finished
// export in the audit log.
//
// Cancelling is a flag rather than a queued call: run() does not return to
// the event loop until the export is over. The flag is shared, so whoever
// sets it never touches a worker that has already been deleted.
class ExportWorker : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        StorageAddress database;
        QString filePath;
        RecordExporter::Options options;
        // Replace only when the user confirmed replacing the file there.
        ExistingFile existing = ExistingFile::Refuse;
        SignedInUser user;
        // The session's clock, for the audit entry; it outlives the worker
        // (the dialog waits for the thread) and is only read.
        const Clock* clock = nullptr;
    };

    ExportWorker(Request request, std::shared_ptr<std::atomic<bool>> cancelFlag,
                 QObject* parent = nullptr);

    // Runs the whole export and emits exactly one of succeeded, cancelled or
    // failed. Connect QThread::started to it after moveToThread.
    void run();

signals:
    // How many records will be written (the date range's intakes), first.
    void counted(qint64 total);
    // Records written so far, every few hundred.
    void progress(qint64 records);
    void succeeded(qint64 records);
    // Stopped at the flag; the file was not written.
    void cancelled();
    // `message` is worded for a clinic manager; nothing was written.
    void failed(const QString& message);

private:
    QString messageFor(const std::exception& error) const;

    Request m_request;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
