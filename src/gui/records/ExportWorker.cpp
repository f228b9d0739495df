#include "records/ExportWorker.h"

#include "account/AccessMessages.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "storage/ClinicStorage.h"
#include "storage/StorageError.h"
#include "util/SystemClock.h"

ExportWorker::ExportWorker(Request request, std::shared_ptr<std::atomic<bool>> cancelFlag,
                           QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_cancel(std::move(cancelFlag))
{}

void ExportWorker::run()
{
    try {
        // Everything here is this thread's own: the connection and the
        // signed-in user's session over it.
        const RuleEngine engine(RuleSetLoader::builtIn());
        const SystemClock systemClock;
        const Clock& clock = m_request.clock ? *m_request.clock : systemClock;
        const std::unique_ptr<ClinicStorage> storage = m_request.database.open(clock);
        const StaffSession staff(*storage, engine, clock, m_request.user);

        IntakeFilter range;
        range.from = m_request.options.from;
        range.to = m_request.options.to;
        range.limit = 0;
        emit counted(staff.count(range));
        if (m_cancel->load()) {
            emit cancelled();
            return;
        }

        const qint64 records = staff.exportToFile(
            m_request.filePath, m_request.options,
            [this](qint64 written) {
                emit progress(written);
                return !m_cancel->load();
            },
            m_request.existing);
        emit progress(records);
        emit succeeded(records);
    } catch (const RecordExporter::ExportCancelled&) {
        emit cancelled(); // the temporary file was discarded
    } catch (const std::exception& error) {
        emit failed(messageFor(error));
    }
}

QString ExportWorker::messageFor(const std::exception& error) const
{
    if (dynamic_cast<const AccessError*>(&error)) {
        return access_messages::sentence(error) + QLatin1Char(' ') + tr("No file was written.");
    }
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
    case StorageError::Kind::Invalid:
        message = tr("Records cannot be exported to that file (the clinic's database, a link, "
                     "a folder or a device, or a file you did not choose to replace). Choose "
                     "another file name.");
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
