#include "common/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace date_text {

namespace {

// Walks a QLocale date format, calling `letters(run)` for every run of one
// pattern letter outside quotes and `literal(text)` for everything else.
template <typename Letters, typename Literal>
void walkFormat(const QString& format, Letters letters, Literal literal)
{
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar c = format[i];
        if (c == QLatin1Char('\'')) {
            const qsizetype end = format.indexOf(QLatin1Char('\''), i + 1);
            const qsizetype stop = end < 0 ? format.size() : end + 1;
            literal(format.mid(i, stop - i));
            i = stop;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < format.size() && format[j] == c) {
                ++j;
            }
            letters(format.mid(i, j - i));
            i = j;
        } else {
            literal(QString(c));
            ++i;
        }
    }
}

QString translate(const char* text)
{
    return QCoreApplication::translate("DateText", text);
}

} // namespace

QString format()
{
    QString widened;
    walkFormat(
        QLocale().dateFormat(QLocale::ShortFormat),
        [&widened](const QString& run) {
            widened += run.front() == QLatin1Char('y') ? QStringLiteral("yyyy") : run;
        },
        [&widened](const QString& text) { widened += text; });
    return widened;
}

QString show(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, format()) : QString();
}

QString show(const QDateTime& at)
{
    if (!at.isValid()) {
        return {};
    }
    const QDateTime local = at.toLocalTime();
    return show(local.date()) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString pattern()
{
    QString shown;
    walkFormat(
        format(),
        [&shown](const QString& run) {
            switch (run.front().toLatin1()) {
            case 'd':
                shown += run.size() <= 2 ? QStringLiteral("DD") : run.toUpper();
                break;
            case 'M':
                shown += run.size() <= 2 ? QStringLiteral("MM") : run;
                break;
            case 'y':
                shown += QStringLiteral("YYYY");
                break;
            default:
                shown += run;
            }
        },
        [&shown](const QString& text) {
            if (!text.startsWith(QLatin1Char('\''))) {
                shown += text;
            } else if (text.size() > 2) {
                shown += text.mid(1, text.size() - 2);
            }
        });
    return shown;
}

Parsed parse(const QString& typed)
{
    Parsed parsed;
    const QString text = typed.trimmed();
    parsed.stored = text;
    if (text.isEmpty()) {
        return parsed;
    }
    const QDate inLocale = QLocale().toDate(text, format());
    if (inLocale.isValid()) {
        parsed.reading = Reading::Date;
        parsed.date = inLocale;
        parsed.stored = inLocale.toString(Qt::ISODate);
        return parsed;
    }

    // Three groups of digits, whatever separates them: in the order of the
    // locale's format, or year first when the first has four digits (ISO).
    QList<QString> groups;
    QString group;
    bool onlyDigitsAndMarks = true;
    for (const QChar c : text + QLatin1Char(' ')) {
        if (c.isDigit()) {
            group += QChar(u'0' + c.digitValue());
        } else {
            if (c.isLetter()) {
                onlyDigitsAndMarks = false;
            }
            if (!group.isEmpty()) {
                groups << group;
                group.clear();
            }
        }
    }
    int yearAt = -1;
    int monthAt = -1;
    int dayAt = -1;
    if (!groups.isEmpty() && groups.front().size() == 4) {
        yearAt = 0;
        monthAt = 1;
        dayAt = 2;
    } else {
        int next = 0;
        walkFormat(
            format(),
            [&](const QString& run) {
                int* at = run.front() == QLatin1Char('y')   ? &yearAt
                          : run.front() == QLatin1Char('M') ? &monthAt
                          : run.front() == QLatin1Char('d') ? &dayAt
                                                            : nullptr;
                if (at && *at < 0) {
                    *at = next++;
                }
            },
            [](const QString&) {});
    }
    const bool shaped = onlyDigitsAndMarks && groups.size() == 3 && yearAt >= 0 && monthAt >= 0 &&
                        dayAt >= 0 && groups[yearAt].size() == 4 && groups[monthAt].size() <= 2 &&
                        groups[dayAt].size() <= 2;
    if (!shaped) {
        parsed.reading = Reading::NotADate;
        parsed.problem = translate("must be a date written %1, got \"%2\"").arg(pattern(), text);
        return parsed;
    }
    const int year = groups[yearAt].toInt();
    const int month = groups[monthAt].toInt();
    const int day = groups[dayAt].toInt();
    const QDate date(year, month, day);
    parsed.stored = QStringLiteral("%1-%2-%3")
                        .arg(year, 4, 10, QLatin1Char('0'))
                        .arg(month, 2, 10, QLatin1Char('0'))
                        .arg(day, 2, 10, QLatin1Char('0'));
    if (date.isValid()) {
        parsed.reading = Reading::Date;
        parsed.date = date;
    } else {
        parsed.reading = Reading::NotACalendarDate;
        parsed.problem = translate("not a calendar date: %1").arg(text);
    }
    return parsed;
}

} // namespace date_text
