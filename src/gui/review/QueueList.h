#pragma once

#include <QItemSelectionModel>
#include <QListWidget>
#include <QSignalBlocker>

// The review queue (ui/ReviewPage.ui). A list without a current row makes
// its first row current when it gets the focus; here that would open (and
// audit as a view) an intake nobody chose, so the focus alone leaves the
// list as it is.
class QueueList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        const bool noneCurrent = currentRow() < 0;
        const QSignalBlocker blocker(this);
        QListWidget::focusInEvent(event);
        if (noneCurrent && currentRow() >= 0) {
            selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        }
    }
};
