#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
struct Recommendation;
struct RuleSet;

// The right-hand panel of the intake page: what the rules suggest, updated
// as the answers change. A referral turns it into a banner that cannot be
// missed (colour, icon and words by urgency).
class SuggestionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionPanel(QWidget* parent = nullptr);

    void showRecommendation(const Recommendation& result, const RuleSet& rules);
    // The form is not complete yet: say what is missing instead.
    void showIncomplete(int problems);

    // What is on screen, for tests and screen readers.
    QString bannerText() const;
    QString approachText() const;
    QString pressureText() const;
    QString focusText() const;
    QStringList cautionTexts() const;
    QString rationaleText() const;
    bool bannerVisible() const;

private:
    void setBanner(const QString& text, const QString& background, const QString& foreground,
                   const QIcon& icon);

    QWidget* m_banner;
    QLabel* m_bannerIcon;
    QLabel* m_bannerText;
    QLabel* m_approach;
    QLabel* m_approachReason;
    QLabel* m_pressure;
    QLabel* m_focus;
    QWidget* m_cautions;
    QLabel* m_homeCare;
    QToolButton* m_whyButton;
    QLabel* m_rationale;
    QStringList m_cautionTexts;
};
