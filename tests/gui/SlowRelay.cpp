#include "SlowRelay.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <deque>
#include <utility>

namespace {

// One client's connection: what the server sent waits in `held` until its
// time has come.
class Pair : public QObject
{
public:
    Pair(QTcpSocket* client, int targetPort, std::shared_ptr<std::atomic<int>> delay,
         QObject* parent)
        : QObject(parent), m_client(client), m_upstream(new QTcpSocket(this)),
          m_delay(std::move(delay))
    {
        client->setParent(this);
        m_release.setSingleShot(true);
        connect(&m_release, &QTimer::timeout, this, &Pair::release);
        connect(m_client, &QTcpSocket::readyRead, this, [this] {
            m_toServer += m_client->readAll();
            forwardToServer();
        });
        connect(m_upstream, &QTcpSocket::connected, this, &Pair::forwardToServer);
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
            m_held.emplace_back(QDeadlineTimer(m_delay->load()), m_upstream->readAll());
            if (!m_release.isActive()) {
                m_release.start(int(m_held.front().first.remainingTime()));
            }
        });
        connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            m_upstreamGone = true;
            if (m_held.empty()) {
                m_client->disconnectFromHost();
            }
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, quint16(targetPort));
        m_toServer += m_client->readAll(); // what came before the signals were connected
    }

    void cut()
    {
        m_client->abort();
        m_upstream->abort();
        deleteLater();
    }

private:
    void forwardToServer()
    {
        if (m_upstream->state() == QAbstractSocket::ConnectedState && !m_toServer.isEmpty()) {
            m_upstream->write(m_toServer);
            m_toServer.clear();
        }
    }

    void release()
    {
        while (!m_held.empty() && m_held.front().first.hasExpired()) {
            m_client->write(m_held.front().second);
            m_held.pop_front();
        }
        if (!m_held.empty()) {
            m_release.start(int(m_held.front().first.remainingTime()));
        } else if (m_upstreamGone) {
            m_client->disconnectFromHost();
        }
    }

    QTcpSocket* m_client;
    QTcpSocket* m_upstream;
    std::shared_ptr<std::atomic<int>> m_delay;
    QByteArray m_toServer;
    std::deque<std::pair<QDeadlineTimer, QByteArray>> m_held;
    QTimer m_release;
    bool m_upstreamGone = false;
};

} // namespace

SlowRelay::SlowRelay(int targetPort)
{
    m_thread.start();
    auto delay = m_delayMs;
    auto* relay = new QObject;
    relay->moveToThread(&m_thread);
    m_relay = relay;
    int port = 0;
    QMetaObject::invokeMethod(
        relay,
        [relay, targetPort, delay, &port] {
            auto* server = new QTcpServer(relay);
            server->listen(QHostAddress::LocalHost, 0);
            port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, relay,
                             [server, relay, targetPort, delay] {
                                 while (QTcpSocket* client = server->nextPendingConnection()) {
                                     new Pair(client, targetPort, delay, relay);
                                 }
                             });
        },
        Qt::BlockingQueuedConnection);
    m_port = port;
}

void SlowRelay::cutOff()
{
    QObject* relay = m_relay;
    QMetaObject::invokeMethod(
        relay,
        [relay] {
            for (QTcpServer* server : relay->findChildren<QTcpServer*>()) {
                server->close();
            }
            for (QObject* child : relay->children()) {
                if (auto* pair = dynamic_cast<Pair*>(child)) {
                    pair->cut();
                }
            }
        },
        Qt::BlockingQueuedConnection);
}

SlowRelay::~SlowRelay()
{
    QObject* relay = m_relay;
    QMetaObject::invokeMethod(
        relay, [relay] { delete relay; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
