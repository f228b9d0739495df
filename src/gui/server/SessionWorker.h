#pragma once

#include "ClinicSession.h"
#include "security/SignedInUser.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QThread;
class StaffSession;

// Reads for a page on a thread of its own, for records on the clinic's
// server: there every query is a network round trip, and the window must
// not freeze while one is on its way. The thread has its own connection
// (StorageAddress) and its own StaffSession for the same signed-in user, so
// the core checks and audits as on the GUI thread. Jobs run one after
// another, in the order given; each result comes back to the GUI thread
// through this object, so none arrives once it is gone.
class SessionWorker : public QObject
{
    Q_OBJECT

public:
    // `session` must have someone signed in; its clock must outlive this.
    explicit SessionWorker(const ClinicSession& session, QObject* parent = nullptr);
    // Waits for the job in progress (bounded by the server's answer or
    // libpq's timeouts); jobs not started are dropped.
    ~SessionWorker() override;

    // Runs `work` on the thread, then `done` with its result on the GUI
    // thread, or `failed` with the exception's message (an AccessError's
    // or StorageError's words, for the person at the screen).
    template <typename Result>
    void run(std::function<Result(StaffSession&)> work, std::function<void(Result)> done,
             std::function<void(const QString&)> failed)
    {
        post(
            [this, work, done, failed](StaffSession& staff) {
                Result result = work(staff);
                deliver([done, result] { done(result); });
            },
            failed);
    }

    // Jobs given and not yet answered.
    int pending() const { return m_pending; }

signals:
    // Every answer, after its `done` or `failed` ran.
    void answered();

private:
    class Runner;
    void post(std::function<void(StaffSession&)> job, std::function<void(const QString&)> failed);
    // Runs `call` on the GUI thread, through this object.
    void deliver(std::function<void()> call);

    QThread* m_thread;
    Runner* m_runner;
    int m_pending = 0;
};
