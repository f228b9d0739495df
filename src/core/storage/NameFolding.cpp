#include "storage/NameFolding.h"

QString foldedName(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter
        }
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded += QLatin1Char(' ');
            pendingSpace = false;
        }
        folded += c.toCaseFolded();
    }
    return folded;
}

QStringList nameWords(const QString& folded)
{
    QStringList words;
    QString word;
    for (const QChar c : folded + QLatin1Char(' ')) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            if (!words.contains(word)) {
                words << word;
            }
            word.clear();
        }
    }
    return words;
}
