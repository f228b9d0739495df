#pragma once

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

class QTcpServer;

// A server that answers late: a TCP relay on 127.0.0.1 to the test
// cluster's port, on a thread of its own, that holds everything the server
// sends for delayMs() before passing it on (in order). Connections made
// through it see a slow network; a GUI thread that waited for one would
// stop running its timers.
class SlowRelay
{
public:
    explicit SlowRelay(int targetPort);
    ~SlowRelay();
    SlowRelay(const SlowRelay&) = delete;
    SlowRelay& operator=(const SlowRelay&) = delete;

    int port() const { return m_port; }
    void setDelayMs(int delay) { m_delayMs->store(delay); }
    // Stops accepting and drops every connection: a server gone away.
    void cutOff();

private:
    std::shared_ptr<std::atomic<int>> m_delayMs = std::make_shared<std::atomic<int>>(0);
    QThread m_thread;
    QObject* m_relay = nullptr;
    int m_port = 0;
};
