#include "help/KeyboardShortcutsDialog.h"

#include "ui_KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>

namespace {

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
    : QDialog(parent), m_ui(std::make_unique<Ui::KeyboardShortcutsDialog>())
{
    m_ui->setupUi(this);

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
    addRow(tr("Delete or Backspace (a question)"), tr("Back to not asked"));
    addRow(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText) +
               tr(" (form incomplete)"),
           tr("List what is still missing and go to the first of it"));

    m_html += QStringLiteral("</table>");
    m_ui->shortcutsText->setHtml(m_html);

    m_ui->buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 34);
    m_ui->shortcutsText->setFocus();
}

KeyboardShortcutsDialog::~KeyboardShortcutsDialog() = default;

void KeyboardShortcutsDialog::addRow(const QString& keys, const QString& does)
{
    m_rows << keys + QLatin1Char('	') + does;
    m_html += QStringLiteral("<tr><td style=\"padding: 2px 16px 2px 0\"><b>%1</b></td>"
                             "<td style=\"padding: 2px 0\">%2</td></tr>")
                  .arg(keys.toHtmlEscaped(), does.toHtmlEscaped());
}

void KeyboardShortcutsDialog::addHeading(const QString& heading)
{
    m_rows << heading;
    if (!m_html.isEmpty()) {
        m_html += QStringLiteral("</table>");
    }
    m_html += QStringLiteral("<h3>%1</h3><table>").arg(heading.toHtmlEscaped());
}

QStringList KeyboardShortcutsDialog::rows() const
{
    return m_rows;
}
