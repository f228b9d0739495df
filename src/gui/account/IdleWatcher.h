#pragma once

#include <QObject>

class QTimer;

// Watches the whole application's keyboard and mouse input (an event filter
// on the QApplication) and says when there has been none for the interval.
// Stopped while the window is locked.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(int milliseconds);
    int interval() const;
    void start();
    void stop();
    bool isActive() const;

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
};
