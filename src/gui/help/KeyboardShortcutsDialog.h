#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

// Help > Keyboard shortcuts (F1): every shortcut of the window's menus and
// toolbar, read from the actions themselves so the list cannot drift from
// them, then the keys of the intake form (body map, screening, returning
// clients). Esc or Enter closes it.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    KeyboardShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    // The rows as shown, "keys<TAB>what they do" (a heading alone), for tests.
    QStringList rows() const;

private:
    void addRow(const QString& keys, const QString& does);
    void addHeading(const QString& heading);

    QTextBrowser* m_text;
    QString m_html;     // what m_text shows
    QStringList m_rows; // the same, for rows()
};
