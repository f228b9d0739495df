#include "account/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
    if (m_timer->isActive()) {
        m_timer->start();
    }
}

int IdleWatcher::interval() const
{
    return m_timer->interval();
}

void IdleWatcher::start()
{
    m_timer->start();
}

void IdleWatcher::stop()
{
    m_timer->stop();
}

bool IdleWatcher::isActive() const
{
    return m_timer->isActive();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_timer->isActive()) {
            m_timer->start(); // someone is there: count again from now
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
