#pragma once

#include <QDateEdit>

// A date edit that is one Tab stop: Tab and Shift+Tab leave it instead of
// walking its day, month and year (the arrow keys and typing change those).
// The visit date and the records, export and audit date fields use it.
class OneStopDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        // QDateTimeEdit's own version moves between the sections.
        return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
    }
};
