#include "intake/AnswerPairWidget.h"

#include "Labels.h"
#include "common/AlertColours.h"
#include "util/Language.h"

#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QToolButton>

using namespace vocabulary;

namespace {

// The two halves of the segmented control. The pressed half is filled with
// the palette's highlight and carries a tick, so the answer does not rest
// on colour alone; palette() keeps it readable in light and dark themes.
const char* const kHalfStyle =
    "QToolButton { border: 1px solid palette(mid); background: palette(base);"
    " color: palette(text); padding: 2px 8px; }"
    "QToolButton:hover:!checked { background: palette(alternate-base); }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); font-weight: bold; }"
    "QToolButton#yes { border-top-left-radius: 4px; border-bottom-left-radius: 4px; }"
    "QToolButton#no { border-top-right-radius: 4px; border-bottom-right-radius: 4px;"
    " border-left: none; }";

// The margin marker of an unanswered question.
constexpr int kMarkerWidth = 4;
constexpr int kMarkerGap = 6;

} // namespace

AnswerPairWidget::AnswerPairWidget(Question question, QWidget* parent)
    : QWidget(parent), m_question(question)
{
    setObjectName(QStringLiteral("answer_") +
                  QString::fromLatin1(wordOf(question).data(), qsizetype(wordOf(question).size())));
    setFocusPolicy(Qt::StrongFocus);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kMarkerWidth + kMarkerGap, 3, 4, 3);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_label, 1);

    auto* pair = new QHBoxLayout;
    pair->setSpacing(0);
    const auto makeHalf = [this, pair](const char* name, Answer half) {
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // the row is the Tab stop; Y and N answer
        button->setStyleSheet(QLatin1String(kHalfStyle));
        // Wide enough for the ticked text, so the row does not jump when answered.
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("✓ Yes")) +
                                22);
        connect(button, &QToolButton::clicked, this,
                [this, half](bool pressed) { onHalfClicked(half, pressed); });
        pair->addWidget(button);
        return button;
    };
    m_yes = makeHalf("yes", Answer::Yes);
    m_no = makeHalf("no", Answer::No);
    layout->addLayout(pair);
    layout->setAlignment(pair, Qt::AlignVCenter);
    retranslate();
}

void AnswerPairWidget::retranslate()
{
    const QString text = Labels::question(m_question);
    setAccessibleName(text);
    m_label->setText(text);
    m_yes->setToolTip(tr("Yes (key Y). Click again to clear."));
    m_no->setToolTip(tr("No (key N). Click again to clear."));
    showAnswer();
}

void AnswerPairWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

QString AnswerPairWidget::text() const
{
    return m_label->text();
}

QSize AnswerPairWidget::minimumSizeHint() const
{
    // Narrow enough to wrap the wording rather than widen the form.
    QSize hint = QWidget::minimumSizeHint();
    hint.setWidth(std::min(hint.width(), 240));
    return hint;
}

void AnswerPairWidget::setAnswer(Answer answer)
{
    if (answer == m_answer) {
        showAnswer(); // a click may have unpressed a half: put it back
        return;
    }
    m_answer = answer;
    showAnswer();
    emit answerChanged(m_question, m_answer);
}

void AnswerPairWidget::onHalfClicked(Answer half, bool pressed)
{
    setFocus(Qt::MouseFocusReason);
    setAnswer(pressed ? half : Answer::NotAsked);
}

void AnswerPairWidget::showAnswer()
{
    m_yes->setChecked(m_answer == Answer::Yes);
    m_no->setChecked(m_answer == Answer::No);
    m_yes->setText(m_answer == Answer::Yes ? tr("✓ Yes") : tr("Yes"));
    m_no->setText(m_answer == Answer::No ? tr("✓ No") : tr("No"));
    const QString question = m_label->text();
    m_yes->setAccessibleName(tr("Yes: %1").arg(question));
    m_no->setAccessibleName(tr("No: %1").arg(question));
    QString state;
    switch (m_answer) {
    case Answer::Yes:
        state = tr("Answered yes");
        break;
    case Answer::No:
        state = tr("Answered no");
        break;
    case Answer::NotAsked:
        state = tr("Not asked yet");
        break;
    }
    setAccessibleDescription(tr("%1. Press Y for yes, N for no, Delete to clear.").arg(state));
    setToolTip(m_answer == Answer::NotAsked ? tr("Not asked yet: Y for yes, N for no") : QString());
    update();
}

void AnswerPairWidget::keyPressEvent(QKeyEvent* event)
{
    const auto modifiers = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier) {
        QWidget::keyPressEvent(event); // Ctrl+S and friends belong to the window
        return;
    }
    // Y for yes in every language, and O for « oui » in French.
    const bool yes = event->key() == Qt::Key_Y ||
                     (event->key() == Qt::Key_O && language::current() == UiLanguage::French);
    if (yes) {
        setAnswer(Answer::Yes);
        emit moveRequested(true);
        return;
    }
    switch (event->key()) {
    case Qt::Key_N:
        setAnswer(Answer::No);
        emit moveRequested(true);
        return;
    case Qt::Key_Left:
        setAnswer(Answer::Yes);
        return;
    case Qt::Key_Right:
        setAnswer(Answer::No);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setAnswer(Answer::NotAsked);
        return;
    case Qt::Key_Down:
        emit moveRequested(true);
        return;
    case Qt::Key_Up:
        emit moveRequested(false);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void AnswerPairWidget::revealInScrollArea()
{
    for (QWidget* ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(ancestor)) {
            scroll->ensureWidgetVisible(this, 8, 24);
            return;
        }
    }
}

void AnswerPairWidget::focusInEvent(QFocusEvent* event)
{
    // However the focus came here (Tab, a key, the suggestion panel), the
    // question is brought into view.
    revealInScrollArea();
    update();
    QWidget::focusInEvent(event);
}

void AnswerPairWidget::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

void AnswerPairWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF row = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    if (hasFocus()) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.16);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        painter.setBrush(fill);
        painter.drawRoundedRect(row, 4, 4);
    }
    if (m_answer == Answer::NotAsked) {
        // An amber bar in the margin, the colour of "Screening incomplete" in
        // the suggestion: still to ask. Outlined, so it shows on any palette.
        QColor outline = palette().color(QPalette::WindowText);
        outline.setAlphaF(0.6);
        painter.setPen(QPen(outline, 1));
        painter.setBrush(alert_colours::warningBackground());
        painter.drawRoundedRect(
            QRectF(row.left() + 2, row.top() + 4, kMarkerWidth, row.height() - 8), 1.5, 1.5);
    }
}
