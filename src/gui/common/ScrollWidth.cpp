#include "common/ScrollWidth.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace {

class ContentsWidthFollower : public QObject
{
public:
    explicit ContentsWidthFollower(QScrollArea* area) : QObject(area), m_area(area) { fit(Always); }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest) {
            fit(OnlyWhenCut);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    enum When
    {
        Always,
        OnlyWhenCut,
    };

    // After the first time, only contents that no longer fit move the
    // columns beside: a wider line that still fits changes nothing.
    void fit(When when)
    {
        const QWidget* contents = m_area->widget();
        if (!contents) {
            return;
        }
        const int needed = contents->minimumSizeHint().width() +
                           m_area->verticalScrollBar()->sizeHint().width() +
                           2 * m_area->frameWidth();
        if (needed > m_area->minimumWidth() && (when == Always || needed > m_area->width())) {
            m_area->setMinimumWidth(needed);
        }
    }

    QScrollArea* m_area;
};

} // namespace

void keepWideEnoughForContents(QScrollArea* area)
{
    if (area->widget()) {
        area->widget()->installEventFilter(new ContentsWidthFollower(area));
    }
}
