#pragma once

#include "ClinicSession.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>

class Clock;
class QTimer;

// Whether the clinic's server answers, for the status bar: now and then
// (every `interval`, sooner while it does not answer) a thread of its own
// opens its own connection and asks the server one question. The GUI
// thread never waits for the network here.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown, // not asked yet
        Connected,
        NotReachable, // since notReachableSince()
    };

    ConnectionMonitor(StorageAddress address, const Clock& clock, int intervalMs = 30000,
                      int retryMs = 10000, QObject* parent = nullptr);
    ~ConnectionMonitor() override;

    void start();
    // Asks now, unless a question is already on its way.
    void probe();
    State state() const { return m_state; }
    QDateTime notReachableSince() const { return m_since; }
    // "Connected", "Not reachable since 14:02, retrying".
    QString text() const;
    // The server's own words when it last failed.
    const QString& lastProblem() const { return m_problem; }

signals:
    void stateChanged();
    // Every answer, also when nothing changed.
    void probed();

private:
    void answered(bool connected, const QString& problem);

    StorageAddress m_address;
    const Clock& m_clock;
    int m_intervalMs;
    int m_retryMs;
    QTimer* m_timer;
    QPointer<QThread> m_thread;
    State m_state = State::Unknown;
    QDateTime m_since;
    QString m_problem;
};
