#pragma once

#include <QAbstractButton>
#include <QList>
#include <QObject>
#include <QPointer>

// Makes a row or a grid of check boxes one Tab stop (issue 11): Tab reaches
// the box focused last (the first one to begin with), the arrow keys move
// between the boxes in the direction pressed, Space ticks. A click still
// focuses and ticks any of them.
class ArrowKeyGroup : public QObject
{
    Q_OBJECT

public:
    ArrowKeyGroup(const QList<QAbstractButton*>& buttons, QObject* parent);

    // The box Tab reaches.
    QAbstractButton* tabStop() const { return m_current; }
    // The first box is the Tab stop again (a new form).
    void reset();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void makeTabStop(QAbstractButton* button);
    bool move(QAbstractButton* from, int arrow);

    // Guarded: the boxes may go before the group when their window closes.
    QList<QPointer<QAbstractButton>> m_buttons;
    QPointer<QAbstractButton> m_current;
};
