#pragma once

#include <QString>

// The key under which names are matched: lower case, accents removed,
// spaces collapsed, so "Zoë  Núñez" and "zoe nunez" are the same client.
QString foldedName(const QString& name);
