#pragma once

#include <QRectF>
#include <vector>

// Arrow keys that move in the direction pressed (issue 11): on the body map
// and in the grids of check boxes, Up goes to the nearest thing above, not to
// the one before in a list.
namespace spatial_navigation {

// Of `candidates`, the index of the one nearest to `from` in the direction of
// `arrow` (Qt::Key_Left, Key_Right, Key_Up or Key_Down), or -1 when none lies
// that way. Candidates level with `from` (overlapping it across the
// direction) are preferred to those off to a side.
int nearestInDirection(const QRectF& from, const std::vector<QRectF>& candidates, int arrow);

// True for the four arrow keys.
bool isArrow(int key);

} // namespace spatial_navigation
