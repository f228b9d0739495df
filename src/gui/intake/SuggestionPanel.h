#pragma once

#include "model/Vocabulary.h"

#include <QPair>
#include <QWidget>

class AlertBanner;
class QAbstractButton;
class QLabel;
class QToolButton;
class QVBoxLayout;
struct IntakeRecord;
struct Recommendation;
struct RuleSet;

// The right-hand panel of the intake page: what the rules suggest, updated
// as the answers change. A referral turns it into a banner that cannot be
// missed (colour, icon and words by urgency); an incomplete screening says
// so and lists the questions not asked yet, each a button that asks the form
// to go to it (questionActivated). "Why" lists the rules that fired with
// their reasons and the evidence behind each (a tooltip, or shown under each
// line with "Show evidence").
class SuggestionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionPanel(QWidget* parent = nullptr);

    // `record` is the intake `result` was made for: reason texts are filled
    // in from it (which questions, who cleared the client and when).
    void showRecommendation(const Recommendation& result, const RuleSet& rules,
                            const IntakeRecord& record);
    // The form is not complete yet: say what is missing instead.
    void showIncomplete(int problems);

    // What is on screen, for tests and screen readers.
    QString bannerText() const;
    bool bannerVisible() const;
    QString approachText() const;
    QString pressureText() const;
    QString focusText() const;
    QStringList cautionTexts() const;
    QString homeCareText() const;
    // Every rationale line as "rule: reason", with its evidence under it.
    QString rationaleText() const;
    QStringList rationaleLines() const { return m_rationaleLines; }
    // The evidence of rationale line `line`, as shown in its tooltip.
    QString evidenceText(int line) const;
    // "Screening incomplete" and the questions not asked, in the spec's order.
    bool screeningIncompleteShown() const;
    QString screeningText() const;
    QList<vocabulary::Question> unansweredQuestions() const { return m_unanswered; }
    QAbstractButton* unansweredButton(vocabulary::Question question) const;
    QString clearedText() const;
    QToolButton* evidenceButton() const { return m_evidenceButton; }

signals:
    // An unanswered question was clicked (or activated from the keyboard):
    // the form should move the focus to it.
    void questionActivated(vocabulary::Question question);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* heading(const char* text, QWidget* parent);
    void retranslate();
    void showEvidenceButtonText();
    void setBanner(const QString& text, const QString& background, const QString& foreground,
                   const QIcon& icon);
    void showUnanswered(const Recommendation& result);
    void showCautions(const Recommendation& result, const RuleSet& rules);
    void showRationale(const Recommendation& result, const RuleSet& rules,
                       const IntakeRecord& record);
    void clearDetails();

    QWidget* m_banner;
    QLabel* m_bannerIcon;
    QLabel* m_bannerText;
    AlertBanner* m_screeningBanner;
    QWidget* m_unansweredBox;
    QVBoxLayout* m_unansweredLayout;
    QWidget* m_clearedBox;
    QLabel* m_cleared;
    QLabel* m_approach;
    QLabel* m_approachReason;
    QLabel* m_pressure;
    QLabel* m_focus;
    QWidget* m_cautions;
    QLabel* m_homeCare;
    QToolButton* m_whyButton;
    QToolButton* m_evidenceButton;
    QWidget* m_rationale;
    QVBoxLayout* m_rationaleLayout;
    QLabel* m_rulesVersion;
    QStringList m_cautionTexts;
    QStringList m_rationaleLines;
    QStringList m_evidence;
    QList<QLabel*> m_evidenceLabels;
    QList<vocabulary::Question> m_unanswered;
    QList<QAbstractButton*> m_unansweredButtons;
    QList<QPair<QLabel*, const char*>> m_headings; // untranslated, for retranslate()
};
