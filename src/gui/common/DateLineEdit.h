#pragma once

#include "common/DateText.h"

#include <QLineEdit>

class QAction;
class QCalendarWidget;

// A date that may be left empty (a date of birth not given yet, a clearance
// not dated yet): a line edit that reads the locale's date format (and ISO
// yyyy-MM-dd), shows a date in the locale's format once typed, and has a
// calendar popup (the button at its end, Alt+Down or F4). Unlike a QDateEdit,
// it has an empty state, and what is typed stays as typed until it is a date,
// so a mistyped one (February 30) gets its message beside the field.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget* parent = nullptr);

    date_text::Parsed reading() const { return date_text::parse(text()); }
    // The date typed; invalid when empty or not a date.
    QDate date() const { return reading().date; }
    // Shows `date` in the locale's format; an invalid one empties the field.
    void setDate(const QDate& date);
    // From the intake JSON: an ISO date shows in the locale's format, anything
    // else as it is.
    void setStoredText(const QString& stored);

    // The month the calendar opens at while the field is empty (today
    // otherwise).
    void setCalendarStart(const QDate& date) { m_calendarStart = date; }
    QAction* calendarAction() const { return m_calendarAction; }
    QCalendarWidget* calendar() const { return m_calendar; }
    // Opens the calendar at the date typed; a date picked there (Enter, a
    // click) replaces the text as if typed (textEdited).
    void showCalendar();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void pick(const QDate& date);
    void showAsLocale();
    void updateHints();

    QAction* m_calendarAction;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_calendarStart;
};
