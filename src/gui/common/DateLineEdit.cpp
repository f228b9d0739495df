#include "common/DateLineEdit.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <algorithm>

namespace {

// A small calendar page, in the text colour: the theme's icon when it has one.
QIcon calendarIcon(const QPalette& palette)
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral("x-office-calendar"));
    if (!themed.isNull()) {
        return themed;
    }
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor ink = palette.color(QPalette::Text);
    painter.setPen(ink);
    painter.drawRect(1, 2, 13, 12);
    painter.fillRect(1, 2, 14, 4, ink);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column) {
            painter.fillRect(3 + column * 4, 8 + row * 3, 2, 2, ink);
        }
    }
    return QIcon(pixmap);
}

} // namespace

DateLineEdit::DateLineEdit(QWidget* parent) : QLineEdit(parent)
{
    m_calendarAction = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    connect(m_calendarAction, &QAction::triggered, this, &DateLineEdit::showCalendar);
    // Once the user moves on, a date typed in another way (ISO, one digit
    // for the day) reads as every other date in the application.
    connect(this, &QLineEdit::editingFinished, this, &DateLineEdit::showAsLocale);
    updateHints();
}

void DateLineEdit::updateHints()
{
    const QString pattern = date_text::pattern();
    setPlaceholderText(pattern);
    m_calendarAction->setText(tr("Calendar"));
    m_calendarAction->setToolTip(tr("Pick the date on a calendar (Alt+Down)"));
    setToolTip(tr("Type the date as %1, or pick it on the calendar (Alt+Down)").arg(pattern));
}

void DateLineEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) {
        updateHints();
    }
}

void DateLineEdit::setDate(const QDate& date)
{
    setText(date_text::show(date));
}

void DateLineEdit::setStoredText(const QString& stored)
{
    const QDate date = QDate::fromString(stored.trimmed(), Qt::ISODate);
    setText(date.isValid() ? date_text::show(date) : stored);
}

void DateLineEdit::showAsLocale()
{
    const date_text::Parsed parsed = reading();
    if (parsed.reading == date_text::Reading::Date) {
        const QString shown = date_text::show(parsed.date);
        if (shown != text()) {
            setText(shown);
        }
    }
}

void DateLineEdit::keyPressEvent(QKeyEvent* event)
{
    const bool altDown =
        event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier) != 0;
    if (altDown || (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier)) {
        showCalendar();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateLineEdit::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("calendarPopup"));
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setAccessibleName(tr("Calendar for %1").arg(accessibleName()));
        m_calendar->installEventFilter(this);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateLineEdit::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateLineEdit::pick);
    }
    QDate shown = date();
    if (!shown.isValid()) {
        shown = m_calendarStart.isValid() ? m_calendarStart : QDate::currentDate();
    }
    m_calendar->setSelectedDate(shown);
    m_calendar->adjustSize();
    // Under the field, or above it when the screen ends below.
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* here = screen()) {
        const QRect room = here->availableGeometry();
        if (at.y() + m_calendar->height() > room.bottom()) {
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
        }
        at.setX(std::clamp(at.x(), room.left(),
                           std::max(room.left(), room.right() - m_calendar->width())));
    }
    m_calendar->move(at);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateLineEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_calendar && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        // Closed without a date: the field as it was.
        m_calendar->hide();
        setFocus(Qt::PopupFocusReason);
        return true;
    }
    return QLineEdit::eventFilter(watched, event);
}

void DateLineEdit::pick(const QDate& date)
{
    m_calendar->hide();
    setFocus(Qt::PopupFocusReason);
    setDate(date);
    emit textEdited(text()); // as if typed: the form takes it as the user's answer
}
