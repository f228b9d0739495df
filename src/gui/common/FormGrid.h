#pragma once

class QFormLayout;
class QGridLayout;

// Qt 6.4's QFormLayout mixes up the heights of its rows when some are
// hidden and others wrap their text (QFormLayoutPrivate::setupHfwLayoutData
// writes the sizes of hidden rows at a stale index): with the returning-
// client list hidden, Name's error message got no height at all, and rows
// came and went as errors appeared. A QGridLayout lays out the same rows
// correctly. This moves every row of `form` (labels in column 0, fields in
// column 1, spanning rows across both) into a grid that replaces it on its
// widget; `form` is deleted. The widgets and nested layouts are kept.
QGridLayout* replaceWithGrid(QFormLayout* form);
