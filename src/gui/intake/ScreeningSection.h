#pragma once

#include "model/Vocabulary.h"

#include <QWidget>
#include <array>
#include <vector>

class AnswerPairWidget;
class QGroupBox;
class QLabel;

// The screening and precaution questions of clinic-intake/2, each a Yes | No
// pair (AnswerPairWidget), grouped by what they screen for: nerve
// compression, fracture, infection, cancer, blood vessels (with the two neck
// questions, shown when the neck is involved), the pain pattern, and the
// precautions. A counter says how many of the required questions are
// answered ("17 of 26 answered"); the neck questions count only while the
// neck is involved.
class ScreeningSection : public QWidget
{
    Q_OBJECT

public:
    explicit ScreeningSection(QWidget* parent = nullptr);

    // What a group of questions screens for, as its title says.
    static QString groupTitle(vocabulary::Question question);

    vocabulary::Answer answer(vocabulary::Question question) const;
    void setAnswer(vocabulary::Question question, vocabulary::Answer answer);
    // Every question back to not asked.
    void clear();

    // From IntakeRecord::neckInvolved() of the form's current answers. The
    // neck questions show while the neck is involved, and also while one of
    // them is answered (an answer is never hidden: a "yes" always counts).
    void setNeckInvolved(bool involved);
    bool neckInvolved() const { return m_neckInvolved; }
    bool neckQuestionsShown() const;

    int answeredCount() const;
    int requiredCount() const;
    QString counterText() const; // "17 of 26 answered"

    AnswerPairWidget* questionWidget(vocabulary::Question question) const;
    // Moves the keyboard focus to a question and scrolls it into view.
    void focusQuestion(vocabulary::Question question);
    // The questions in the order they are shown, to chain the form's tab order.
    QList<QWidget*> tabStops() const;

signals:
    void answersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void moveFrom(vocabulary::Question question, bool forward);
    void updateNeckQuestions();
    void updateCounter();

    std::array<AnswerPairWidget*, vocabulary::kQuestionCount> m_questions{};
    // The questions in the order they are shown (and tabbed through).
    std::array<vocabulary::Question, vocabulary::kQuestionCount> m_shownOrder{};
    QLabel* m_title = nullptr;
    QLabel* m_help = nullptr;
    std::vector<QGroupBox*> m_groups; // as kGroups
    QWidget* m_neckBlock = nullptr;
    QLabel* m_neckHeading = nullptr;
    QLabel* m_counter = nullptr;
    bool m_neckInvolved = false;
};
