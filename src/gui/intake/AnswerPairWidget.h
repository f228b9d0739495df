#pragma once

#include "model/Vocabulary.h"

#include <QWidget>

class QLabel;
class QToolButton;

// One screening or precaution question: its wording and a Yes | No pair.
// Neither half pressed means "not asked", drawn differently from "No" (a
// marker in the margin, both halves empty), because a question nobody asked
// must not look answered.
//
// The row is one Tab stop. On the focused row Y answers yes and N answers no
// (and the row asks to move on to the next question), Delete or Backspace
// clears it back to not asked, Left/Right choose Yes/No without moving on,
// Up/Down move between questions. A click on the pressed half clears it.
class AnswerPairWidget : public QWidget
{
    Q_OBJECT

public:
    // The question's words are Labels::question(), in the language of the moment.
    explicit AnswerPairWidget(vocabulary::Question question, QWidget* parent = nullptr);

    vocabulary::Question question() const { return m_question; }
    vocabulary::Answer answer() const { return m_answer; }
    // Emits answerChanged when the answer is different.
    void setAnswer(vocabulary::Answer answer);
    QString text() const;

    QToolButton* yesButton() const { return m_yes; }
    QToolButton* noButton() const { return m_no; }

    QSize minimumSizeHint() const override;
    // Scrolls the enclosing scroll area (if any) so the whole row shows.
    void revealInScrollArea();

signals:
    void answerChanged(vocabulary::Question question, vocabulary::Answer answer);
    // The user asked to go on to the next question (forward) or back to the
    // previous one; the screening section decides which that is.
    void moveRequested(bool forward);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onHalfClicked(vocabulary::Answer half, bool pressed);
    void showAnswer();

    vocabulary::Question m_question;
    vocabulary::Answer m_answer = vocabulary::Answer::NotAsked;
    QLabel* m_label;
    QToolButton* m_yes;
    QToolButton* m_no;
};
