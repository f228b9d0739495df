#include "help/KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// A menu entry's words without its mnemonic mark or trailing dots.
QString plainText(const QAction* action)
{
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text;
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts — Clinic Intake"));
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    addHeading(tr("Anywhere in the window"));
    for (const QAction* action : actions) {
        if (!action->shortcut().isEmpty()) {
            addRow(action->shortcut().toString(QKeySequence::NativeText), plainText(action));
        }
    }
    addRow(tr("Alt+underlined letter"), tr("Go to that field or button, or open that menu"));
    addRow(tr("Esc"), tr("Close a dialog"));

    addHeading(tr("Intake form"));
    addRow(tr("Tab / Shift+Tab"),
           tr("Next / previous field: client, pain, body map, nerve symptoms, muscle findings, "
              "screening, precautions, clearance, preference, notes"));
    addRow(tr("Down (in Name)"), tr("Into the returning clients found; Enter picks one"));
    addRow(tr("Arrow keys (body map)"), tr("The nearest region in that direction"));
    addRow(tr("Space (body map)"), tr("Mark or clear the region"));
    addRow(tr("Arrow keys (a row of boxes)"), tr("The next box in that direction; Space ticks it"));
    addRow(tr("Y / N (a question)"), tr("Yes / No, and on to the next question"));
    addRow(tr("Left / Right (a question)"), tr("Yes / No, staying on the question"));
    addRow(tr("Up / Down (a question)"), tr("Previous / next question"));
    addRow(tr("Delete (a question)"), tr("Back to not asked"));

    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
    m_table->setFocus();
}

void KeyboardShortcutsDialog::addRow(const QString& keys, const QString& does)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, cell(keys));
    m_table->setItem(row, 1, cell(does));
}

void KeyboardShortcutsDialog::addHeading(const QString& heading)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* item = cell(heading);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    m_table->setItem(row, 0, item);
    m_table->setSpan(row, 0, 1, 2);
}

QStringList KeyboardShortcutsDialog::rows() const
{
    QStringList rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* does = m_table->item(row, 1);
        rows << m_table->item(row, 0)->text() + QLatin1Char('\t') +
                    (does ? does->text() : QString());
    }
    return rows;
}
