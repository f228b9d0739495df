#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates as the user types and reads them, everywhere in the application: the
// locale's short date format (QLocale, so "4/12/1980" in en_US, "1980-04-12"
// in en_CA, "12/04/1980" in fr_FR), with the year always in four digits: a
// date of birth "4/12/54" could be 1954 or 2054. What is stored does not
// change: ISO yyyy-MM-dd in the intake JSON.
namespace date_text {

// The default locale's short date format, the year widened to "yyyy".
QString format();
// `date` in format(); empty for an invalid date.
QString show(const QDate& date);
// A moment in local time: its date in format(), then the locale's short time.
QString show(const QDateTime& at);
// format() as the user reads it, for placeholders and messages: "MM/DD/YYYY",
// "YYYY-MM-DD", "DD/MM/YYYY".
QString pattern();

enum class Reading
{
    Empty,
    Date,             // a real date
    NotACalendarDate, // written as a date, but no such day (February 30)
    NotADate,         // not written as a date
};

struct Parsed
{
    Reading reading = Reading::Empty;
    QDate date;      // valid for Reading::Date
    QString stored;  // for the intake JSON: ISO yyyy-MM-dd for a date (also for
                     // one that is no calendar date, so the validator says so),
                     // else the text as typed, trimmed
    QString problem; // what is wrong, in the validator's words; empty if nothing
};

// What the user typed: the locale's format (format()), or ISO yyyy-MM-dd
// (any date starting with a four-digit year is read year, month, day). Day
// and month may have one digit or two; the year needs four.
Parsed parse(const QString& typed);

} // namespace date_text
