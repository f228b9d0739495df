#include "server/SessionWorker.h"

#include "account/AccessMessages.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSetLoader.h"
#include "security/StaffSession.h"
#include "storage/ClinicStorage.h"
#include "storage/StorageError.h"

#include <QThread>

// Lives on the worker thread: everything it opens belongs to that thread.
class SessionWorker::Runner : public QObject
{
public:
    Runner(StorageAddress address, SignedInUser user, const Clock& clock)
        : m_address(std::move(address)), m_user(std::move(user)), m_clock(clock)
    {}

    ~Runner() override
    {
        m_staff.reset(); // before the storage it works on
    }

    // Opened at the first job, on the thread; again after a failure, so a
    // server back from an outage is used again.
    StaffSession& staff()
    {
        if (!m_staff) {
            if (!m_engine) {
                m_engine = std::make_unique<RuleEngine>(RuleSetLoader::builtIn());
            }
            m_storage = m_address.open(m_clock);
            m_staff = std::make_unique<StaffSession>(*m_storage, *m_engine, m_clock, m_user);
        }
        return *m_staff;
    }

    void forget()
    {
        m_staff.reset();
        m_storage.reset();
    }

private:
    StorageAddress m_address;
    SignedInUser m_user;
    const Clock& m_clock;
    std::unique_ptr<RuleEngine> m_engine;
    std::unique_ptr<ClinicStorage> m_storage;
    std::unique_ptr<StaffSession> m_staff;
};

SessionWorker::SessionWorker(const ClinicSession& session, QObject* parent)
    : QObject(parent), m_thread(new QThread(this)),
      m_runner(new Runner(session.address(), session.user(), session.clock()))
{
    m_thread->setObjectName(QStringLiteral("SessionWorker"));
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread->start();
}

SessionWorker::~SessionWorker()
{
    m_thread->quit();
    m_thread->wait();
}

void SessionWorker::post(std::function<void(StaffSession&)> job,
                         std::function<void(const QString&)> failed)
{
    ++m_pending;
    Runner* runner = m_runner;
    QMetaObject::invokeMethod(
        m_runner,
        [this, runner, job, failed] {
            try {
                job(runner->staff());
            } catch (const std::exception& error) {
                if (dynamic_cast<const StorageError*>(&error) != nullptr) {
                    // A broken connection is opened again for the next job.
                    runner->forget();
                }
                const QString message = access_messages::sentence(error);
                deliver([failed, message] { failed(message); });
            }
            deliver([this] {
                --m_pending;
                emit answered();
            });
        },
        Qt::QueuedConnection);
}

void SessionWorker::deliver(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}
