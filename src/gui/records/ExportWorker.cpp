#include "records/ExportWorker.h"

#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "storage/Database.h"
#include "storage/IntakeStore.h"
#include "storage/StorageError.h"
#include "util/SystemClock.h"

ExportWorker::ExportWorker(Request request, std::shared_ptr<std::atomic<bool>> cancelFlag,
                           QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_cancel(std::move(cancelFlag))
{}

void ExportWorker::run()
{
    try {
        // Everything here is this thread's own: the connection, the store
        // over it, and a clock (the store only needs one to write, which an
        // export never does).
        const Database database(m_request.databasePath, Database::Mode::MustExist);
        const RuleEngine engine(RuleSetLoader::builtIn());
        const SystemClock clock;
        const IntakeStore store(database, engine, clock);

        IntakeFilter range;
        range.from = m_request.options.from;
        range.to = m_request.options.to;
        range.limit = 0;
        emit counted(store.count(range));
        if (m_cancel->load()) {
            emit cancelled();
            return;
        }

        const RecordExporter exporter(database, store);
        const qint64 records =
            exporter.writeFile(m_request.filePath, m_request.options, [this](qint64 written) {
                emit progress(written);
                return !m_cancel->load();
            });
        emit progress(records);
        emit succeeded(records);
    } catch (const RecordExporter::ExportCancelled&) {
        emit cancelled(); // QSaveFile discarded what was written
    } catch (const std::exception& error) {
        emit failed(messageFor(error));
    }
}

QString ExportWorker::messageFor(const std::exception& error) const
{
    const auto* storage = dynamic_cast<const StorageError*>(&error);
    const StorageError::Kind kind = storage ? storage->kind() : StorageError::Kind::Other;
    QString message;
    switch (kind) {
    case StorageError::Kind::Busy:
        message = tr("Another program is using the clinic's database. Try the export again in "
                     "a moment.");
        break;
    case StorageError::Kind::ReadOnly:
        message = tr("The file could not be written there. Choose a folder you are allowed to "
                     "write to, such as your Documents folder.");
        break;
    case StorageError::Kind::DiskFull:
        message = tr("The disk is full. Free some space or choose another drive, then export "
                     "again.");
        break;
    case StorageError::Kind::Corrupt:
        message = tr("The clinic's database is damaged, so the records could not be read. "
                     "Restore it from a backup.");
        break;
    default:
        message = tr("The export did not complete.");
        break;
    }
    return message + QLatin1Char(' ') + tr("No file was written.") + QStringLiteral("\n\n") +
           tr("Details: %1").arg(QString::fromUtf8(error.what()));
}
