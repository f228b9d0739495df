#include "common/ArrowKeyGroup.h"

#include "common/SpatialNavigation.h"

#include <QAbstractButton>
#include <QEvent>
#include <QKeyEvent>
#include <vector>

ArrowKeyGroup::ArrowKeyGroup(const QList<QAbstractButton*>& buttons, QObject* parent)
    : QObject(parent)
{
    for (QAbstractButton* button : buttons) {
        m_buttons << button;
        button->installEventFilter(this);
    }
    reset();
}

void ArrowKeyGroup::reset()
{
    if (!m_buttons.isEmpty() && m_buttons.constFirst()) {
        makeTabStop(m_buttons.constFirst());
    }
}

void ArrowKeyGroup::makeTabStop(QAbstractButton* button)
{
    m_current = button;
    for (QAbstractButton* member : std::as_const(m_buttons)) {
        if (member) {
            member->setFocusPolicy(member == button ? Qt::StrongFocus : Qt::ClickFocus);
        }
    }
}

bool ArrowKeyGroup::move(QAbstractButton* from, int arrow)
{
    QWidget* top = from->window();
    const auto placeOf = [top](const QWidget* widget) {
        return QRectF(QRect(widget->mapTo(top, QPoint(0, 0)), widget->size()));
    };
    std::vector<QRectF> places;
    QList<QAbstractButton*> reachable;
    for (QAbstractButton* member : std::as_const(m_buttons)) {
        if (member && member != from && member->isVisibleTo(top) && member->isEnabled()) {
            places.push_back(placeOf(member));
            reachable << member;
        }
    }
    const int next = spatial_navigation::nearestInDirection(placeOf(from), places, arrow);
    if (next < 0) {
        return false;
    }
    reachable[next]->setFocus(Qt::TabFocusReason);
    return true;
}

bool ArrowKeyGroup::eventFilter(QObject* watched, QEvent* event)
{
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (!button || !m_buttons.contains(QPointer<QAbstractButton>(button))) {
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::FocusIn) {
        makeTabStop(button);
    } else if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier && spatial_navigation::isArrow(key->key())) {
            // At the edge the focus stays: the arrows never leave the group
            // (Tab does).
            move(button, key->key());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
