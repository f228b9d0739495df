#pragma once

#include <QString>
#include <QStringList>

// The key under which names are matched: lower case, accents removed,
// spaces collapsed, so "Zoë  Núñez" and "zoe nunez" are the same client.
QString foldedName(const QString& name);

// The words of a folded name as name search matches them: its runs of
// letters and digits, each once, in the order they first appear. A search
// finds the clients that have, for each of its words, a word starting with
// it (SQLite's FTS5 prefix query; the server's client_words table).
QStringList nameWords(const QString& folded);
