#include "common/SpatialNavigation.h"

#include <QLineF>
#include <algorithm>
#include <limits>

namespace spatial_navigation {

namespace {

// The gap between two ranges on one axis; 0 when they overlap or touch.
qreal gapBetween(qreal firstLow, qreal firstHigh, qreal secondLow, qreal secondHigh)
{
    return std::max({0.0, secondLow - firstHigh, firstLow - secondHigh});
}

} // namespace

bool isArrow(int key)
{
    return key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
}

int nearestInDirection(const QRectF& from, const std::vector<QRectF>& candidates, int arrow)
{
    const bool horizontal = arrow == Qt::Key_Left || arrow == Qt::Key_Right;
    const bool forward = arrow == Qt::Key_Right || arrow == Qt::Key_Down;
    // Along the direction: low and high edges and the centre.
    const auto low = [horizontal](const QRectF& rect) {
        return horizontal ? rect.left() : rect.top();
    };
    const auto high = [horizontal](const QRectF& rect) {
        return horizontal ? rect.right() : rect.bottom();
    };
    const auto centre = [horizontal](const QRectF& rect) {
        return horizontal ? rect.center().x() : rect.center().y();
    };
    // Across it.
    const auto acrossLow = [horizontal](const QRectF& rect) {
        return horizontal ? rect.top() : rect.left();
    };
    const auto acrossHigh = [horizontal](const QRectF& rect) {
        return horizontal ? rect.bottom() : rect.right();
    };

    int best = -1;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const QRectF& candidate = candidates[i];
        // Only what lies that way: its centre and its far edge beyond ours.
        const bool ahead = forward
                               ? centre(candidate) > centre(from) && high(candidate) > high(from)
                               : centre(candidate) < centre(from) && low(candidate) < low(from);
        if (!ahead) {
            continue;
        }
        const qreal along = forward ? std::max(0.0, low(candidate) - high(from))
                                    : std::max(0.0, low(from) - high(candidate));
        const qreal across = gapBetween(acrossLow(from), acrossHigh(from), acrossLow(candidate),
                                        acrossHigh(candidate));
        // Off to a side counts double; the distance between centres breaks ties.
        const qreal score =
            along + 2 * across + 0.01 * QLineF(from.center(), candidate.center()).length();
        if (score < bestScore) {
            bestScore = score;
            best = int(i);
        }
    }
    return best;
}

} // namespace spatial_navigation
