#include "server/ConnectionMonitor.h"

#include "storage/ClinicStorage.h"
#include "util/Clock.h"
#include "util/SystemClock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThread>
#include <QTimer>

ConnectionMonitor::ConnectionMonitor(StorageAddress address, const Clock& clock, int intervalMs,
                                     int retryMs, QObject* parent)
    : QObject(parent), m_address(std::move(address)), m_clock(clock), m_intervalMs(intervalMs),
      m_retryMs(retryMs), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionMonitor::probe);
}

ConnectionMonitor::~ConnectionMonitor()
{
    // Bounded by libpq's connect timeout; the thread reports to nobody.
    if (m_thread) {
        m_thread->wait();
    }
}

void ConnectionMonitor::start()
{
    probe();
}

void ConnectionMonitor::probe()
{
    if (m_thread) {
        return;
    }
    m_timer->stop();
    QPointer<ConnectionMonitor> self(this);
    const StorageAddress address = m_address;
    m_thread = QThread::create([self, address] {
        bool connected = false;
        QString problem;
        try {
            const SystemClock clock;
            const auto storage = address.open(clock);
            storage->schemaVersion(); // one round trip to the server
            connected = true;
        } catch (const std::exception& error) {
            problem = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, connected, problem] {
                if (self) {
                    self->answered(connected, problem);
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void ConnectionMonitor::answered(bool connected, const QString& problem)
{
    m_thread = nullptr;
    const State before = m_state;
    if (connected) {
        m_state = State::Connected;
        m_since = {};
        m_problem.clear();
    } else {
        if (m_state != State::NotReachable) {
            m_since = m_clock.now();
        }
        m_state = State::NotReachable;
        m_problem = problem;
    }
    m_timer->start(connected ? m_intervalMs : m_retryMs);
    if (m_state != before) {
        emit stateChanged();
    }
    emit probed();
}

QString ConnectionMonitor::text() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Connecting…");
    case State::Connected:
        return tr("Connected");
    case State::NotReachable:
        return tr("Not reachable since %1, retrying")
            .arg(QLocale().toString(m_since.toLocalTime().time(), QLocale::ShortFormat));
    }
    return {};
}
