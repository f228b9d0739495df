#pragma once

class QScrollArea;

// Keeps a scroll area that scrolls only up and down at least as wide as its
// contents need, now and whenever they change (a text grows, the language
// changes): a line is never cut off at the right edge. It only grows, and
// only when the contents would be cut, so the columns beside do not shift
// while someone types.
void keepWideEnoughForContents(QScrollArea* area);
