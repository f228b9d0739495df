#pragma once

#include <QDialog>
#include <QList>
#include <memory>

class QAction;

namespace Ui {
class KeyboardShortcutsDialog;
}

// Help > Keyboard shortcuts (F1): every shortcut of the window's menus and
// toolbar, read from the actions themselves so the list cannot drift from
// them, then the keys of the intake form (body map, screening, returning
// clients). Esc or Enter closes it. The layout is ui/KeyboardShortcutsDialog.ui.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    KeyboardShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
    ~KeyboardShortcutsDialog() override;

    // The rows as shown, "keys<TAB>what they do" (a heading alone), for tests.
    QStringList rows() const;

private:
    void addRow(const QString& keys, const QString& does);
    void addHeading(const QString& heading);

    std::unique_ptr<Ui::KeyboardShortcutsDialog> m_ui;
    QString m_html;     // what the text browser shows
    QStringList m_rows; // the same, for rows()
};
