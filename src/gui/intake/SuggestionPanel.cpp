#include "intake/SuggestionPanel.h"

#include "Labels.h"
#include "common/AlertBanner.h"
#include "common/AlertColours.h"
#include "common/DateText.h"
#include "common/ScrollWidth.h"
#include "model/IntakeRecord.h"
#include "rules/Recommendation.h"
#include "rules/RuleSet.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <bitset>

using namespace vocabulary;

namespace {

QLabel* body(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

QLabel* SuggestionPanel::heading(const char* text, QWidget* parent)
{
    auto* label = new QLabel(tr(text), parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    m_headings.append({label, text});
    return label;
}

SuggestionPanel::SuggestionPanel(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Colours are set explicitly, text and background together, so the
    // banner reads the same (contrast above 4.5:1) in light and dark palettes.
    m_banner = new QWidget(this);
    m_banner->setAutoFillBackground(true);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerIcon = new QLabel(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    QFont bannerFont = m_bannerText->font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.15);
    m_bannerText->setFont(bannerFont);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    outer->addWidget(m_banner);

    // Amber, with a warning sign and words: no plan until every question is answered.
    m_screeningBanner = new AlertBanner(this);
    outer->addWidget(m_screeningBanner);

    // The rest scrolls, so that a long list of questions or reasons never
    // pushes the panel off a 768-pixel screen; the banners stay in view.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    keepWideEnoughForContents(scroll);
    outer->addWidget(scroll, 1);

    m_unansweredBox = new QWidget(content);
    auto* unansweredOuter = new QVBoxLayout(m_unansweredBox);
    unansweredOuter->setContentsMargins(0, 0, 0, 0);
    unansweredOuter->addWidget(
        heading(QT_TR_NOOP("Not asked yet (click to answer)"), m_unansweredBox));
    m_unansweredLayout = new QVBoxLayout;
    m_unansweredLayout->setSpacing(0);
    unansweredOuter->addLayout(m_unansweredLayout);
    layout->addWidget(m_unansweredBox);

    m_clearedBox = new QWidget(content);
    auto* clearedLayout = new QVBoxLayout(m_clearedBox);
    clearedLayout->setContentsMargins(0, 0, 0, 0);
    clearedLayout->addWidget(heading(QT_TR_NOOP("Medical clearance"), m_clearedBox));
    m_cleared = body(m_clearedBox);
    clearedLayout->addWidget(m_cleared);
    layout->addWidget(m_clearedBox);

    layout->addWidget(heading(QT_TR_NOOP("Approach"), content));
    m_approach = body(content);
    QFont approachFont = m_approach->font();
    approachFont.setPointSizeF(approachFont.pointSizeF() * 1.2);
    approachFont.setBold(true);
    m_approach->setFont(approachFont);
    layout->addWidget(m_approach);
    m_approachReason = body(content);
    layout->addWidget(m_approachReason);
    m_pressure = body(content);
    layout->addWidget(m_pressure);

    layout->addWidget(heading(QT_TR_NOOP("Focus on"), content));
    m_focus = body(content);
    layout->addWidget(m_focus);

    layout->addWidget(heading(QT_TR_NOOP("Cautions"), content));
    m_cautions = new QWidget(content);
    auto* cautionsLayout = new QVBoxLayout(m_cautions);
    cautionsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cautions);

    layout->addWidget(heading(QT_TR_NOOP("Home care"), content));
    m_homeCare = body(content);
    layout->addWidget(m_homeCare);

    auto* whyRow = new QHBoxLayout;
    m_whyButton = new QToolButton(content);
    m_whyButton->setCheckable(true);
    m_whyButton->setChecked(true);
    m_whyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_whyButton->setArrowType(Qt::DownArrow);
    m_evidenceButton = new QToolButton(content);
    m_evidenceButton->setCheckable(true);
    whyRow->addWidget(m_whyButton);
    whyRow->addWidget(m_evidenceButton);
    whyRow->addStretch(1);
    layout->addLayout(whyRow);
    m_rationale = new QWidget(content);
    m_rationaleLayout = new QVBoxLayout(m_rationale);
    m_rationaleLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rationale);
    m_rulesVersion = body(content);
    layout->addWidget(m_rulesVersion);
    connect(m_whyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_rationale->setVisible(shown);
        m_evidenceButton->setVisible(shown);
        m_whyButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_evidenceButton, &QToolButton::toggled, this, [this](bool shown) {
        for (QLabel* label : std::as_const(m_evidenceLabels)) {
            label->setVisible(shown);
        }
        showEvidenceButtonText();
    });
    layout->addStretch(1);

    retranslate();
    showIncomplete(0);
}

void SuggestionPanel::showEvidenceButtonText()
{
    m_evidenceButton->setText(m_evidenceButton->isChecked() ? tr("Hide evidence")
                                                            : tr("Show evidence"));
}

// The fixed texts; what is shown for an intake is shown again by its page.
void SuggestionPanel::retranslate()
{
    setAccessibleName(tr("Suggestion"));
    for (const auto& [label, text] : std::as_const(m_headings)) {
        label->setText(tr(text));
    }
    m_whyButton->setText(tr("Why (rules that fired)"));
    m_whyButton->setAccessibleName(tr("Show the rules that fired"));
    showEvidenceButtonText();
    m_evidenceButton->setAccessibleName(tr("Show the evidence behind each rule"));
    m_evidenceButton->setToolTip(
        tr("The sources the rules file gives for each rule (also shown when you hover a line)."));
}

void SuggestionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SuggestionPanel::setBanner(const QString& text, const QString& background,
                                const QString& foreground, const QIcon& icon)
{
    m_banner->setStyleSheet(
        QStringLiteral("background-color: %1; border-radius: 4px;").arg(background));
    m_bannerText->setStyleSheet(
        QStringLiteral("color: %1; background: transparent;").arg(foreground));
    m_bannerIcon->setPixmap(icon.pixmap(32, 32));
    m_bannerText->setText(text);
    m_banner->setAccessibleName(text);
    m_banner->setVisible(true);
}

void SuggestionPanel::clearDetails()
{
    m_pressure->clear();
    m_focus->clear();
    clearLayout(m_cautions->layout());
    m_cautionTexts.clear();
    m_homeCare->clear();
    clearLayout(m_rationaleLayout);
    m_rationaleLines.clear();
    m_evidence.clear();
    m_evidenceLabels.clear();
    m_rulesVersion->clear();
    m_cleared->clear();
    m_clearedBox->setVisible(false);
}

void SuggestionPanel::showIncomplete(int problems)
{
    m_banner->setVisible(false);
    m_screeningBanner->clear();
    m_approach->setText(tr("No suggestion yet"));
    m_approachReason->setText(
        problems > 0 ? tr("%n answer(s) still need attention on the form.", nullptr, problems)
                     : tr("Fill in the client and the pain to see one."));
    Recommendation none;
    showUnanswered(none);
    clearDetails();
}

void SuggestionPanel::showUnanswered(const Recommendation& result)
{
    QList<Question> questions;
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        if ((result.unanswered & bitOf(Question(i))) != 0) {
            questions << Question(i);
        }
    }
    m_unansweredBox->setVisible(!questions.isEmpty());
    if (questions == m_unanswered) {
        return; // the same buttons: keep them (and the focus, if one has it)
    }
    m_unanswered = questions;
    // Hidden now, deleted once back in the event loop: a button may be the
    // sender of the click that led here.
    for (QAbstractButton* button : std::as_const(m_unansweredButtons)) {
        m_unansweredLayout->removeWidget(button);
        button->hide();
        button->deleteLater();
    }
    m_unansweredButtons.clear();
    for (const Question question : questions) {
        auto* button = new QPushButton(QStringLiteral("▸ ") + Labels::questionShort(question),
                                       m_unansweredBox);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(Labels::question(question) + QLatin1Char('\n') +
                           tr("Click (or press Space) to go to this question on the form."));
        button->setAccessibleName(tr("Go to the question: %1").arg(Labels::question(question)));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 4px;"));
        QFont font = button->font();
        font.setUnderline(true);
        button->setFont(font);
        QPalette palette = button->palette();
        palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
        button->setPalette(palette);
        connect(button, &QPushButton::clicked, this,
                [this, question] { emit questionActivated(question); });
        m_unansweredLayout->addWidget(button);
        m_unansweredButtons << button;
    }
}

void SuggestionPanel::showRecommendation(const Recommendation& result, const RuleSet& rules,
                                         const IntakeRecord& record)
{
    const int missing = int(std::bitset<32>(result.unanswered).count());
    if (result.refersOut()) {
        const Urgency urgency = result.urgency.value_or(Urgency::Routine);
        const QIcon icon =
            style()->standardIcon(urgency == Urgency::Routine ? QStyle::SP_MessageBoxInformation
                                                              : QStyle::SP_MessageBoxCritical);
        if (urgency == Urgency::Emergency) {
            setBanner(tr("REFER OUT — EMERGENCY\nDo not start a massage. Possible emergency: "
                         "send the client to emergency care now."),
                      alert_colours::css(alert_colours::errorBackground()),
                      alert_colours::css(alert_colours::errorText()), icon);
        } else if (urgency == Urgency::Urgent) {
            setBanner(tr("REFER OUT — URGENT\nDo not start a massage. The client should see a "
                         "physician today."),
                      alert_colours::css(alert_colours::warningBackground()),
                      alert_colours::css(alert_colours::warningText()), icon);
        } else {
            setBanner(tr("REFER OUT — ROUTINE\nPain may not be muscular. Recommend a physician "
                         "visit before massage."),
                      QStringLiteral("#1565c0"), QStringLiteral("#ffffff"), icon);
        }
    } else {
        m_banner->setVisible(false);
    }

    if (result.screeningComplete()) {
        m_screeningBanner->clear();
    } else if (result.refersOut()) {
        m_screeningBanner->showMessage(
            AlertBanner::Kind::Warning,
            tr("Screening incomplete: %1. The urgency may be higher than shown.")
                .arg(Labels::questionsNotAsked(missing)));
    } else {
        m_screeningBanner->showMessage(
            AlertBanner::Kind::Warning,
            tr("SCREENING INCOMPLETE\n%1. No plan until every one is answered yes or no.")
                .arg(Labels::questionsNotAsked(missing)));
    }
    showUnanswered(result);
    clearDetails();

    // Cleared by a physician, or a clearance too old to count.
    QStringList cleared;
    for (std::size_t i = 0; i < kClearanceCodeWords.size(); ++i) {
        if ((result.cleared & bitOf(ClearanceCode(i))) != 0) {
            cleared << Labels::clearanceCode(ClearanceCode(i));
        }
    }
    if (record.clearance) {
        const QString date = date_text::show(record.clearance->date);
        const QString by = record.clearance->by ? fromStd(*record.clearance->by) : QString();
        QString text;
        if (!record.clearance->validOn(record.visitDate)) {
            text = tr("The clearance of %1 is more than %n day(s) old: it clears nothing.", nullptr,
                      kClearanceValidDays)
                       .arg(date);
        } else if (cleared.isEmpty()) {
            text = tr("Clearance of %1: none of its flags was raised.").arg(date);
        } else {
            text = (by.isEmpty() ? tr("Cleared on %1 for: %2").arg(date)
                                 : tr("Cleared by %1 on %2 for: %3").arg(by, date))
                       .arg(cleared.join(QStringLiteral(", ")));
        }
        m_cleared->setText(text);
        m_clearedBox->setVisible(true);
    } else if (!cleared.isEmpty()) {
        m_cleared->setText(tr("Cleared for: %1").arg(cleared.join(QStringLiteral(", "))));
        m_clearedBox->setVisible(true);
    }

    if (result.approach) {
        m_approach->setText(Labels::approach(*result.approach));
        m_approachReason->setText(Labels::approachReason(*result.approach));
    } else {
        m_approach->setText(tr("Screening incomplete"));
        m_approachReason->setText(
            tr("No plan is offered until every required question has been answered."));
    }
    if (result.pressure && *result.pressure < record.pressurePreference) {
        // The approach or a caution capped what the client asked for: the
        // client should hear it, and Why has the rule that says what capped it.
        const QString preferred = QLocale().toLower(Labels::pressure(record.pressurePreference));
        m_pressure->setText((record.pressurePreferenceStated
                                 ? tr("Pressure: %1 (the client asked for %2: see Why)")
                                 : tr("Pressure: %1 (below the usual %2: see Why)"))
                                .arg(Labels::pressure(*result.pressure), preferred));
    } else if (result.pressure) {
        m_pressure->setText(tr("Pressure: %1").arg(Labels::pressure(*result.pressure)));
    } else {
        m_pressure->setText(result.refersOut() ? tr("Pressure: none (no massage)")
                                               : tr("Pressure: —"));
    }

    QStringList focus;
    for (const auto& word : result.focusAreaWords(rules)) {
        focus << Labels::focusArea(word);
    }
    QString focusText;
    if (!focus.isEmpty()) {
        focusText = focus.join(QStringLiteral(", "));
    } else if (result.hasApproach() && !result.refersOut()) {
        focusText = tr("A general back massage");
    } else {
        focusText = tr("—");
    }
    QStringList avoid;
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        if (record.avoids(PainLocation(i))) {
            avoid << Labels::location(PainLocation(i));
        }
    }
    if (!avoid.isEmpty()) {
        focusText +=
            QLatin1Char('\n') + tr("⊘ Do not work on: %1").arg(avoid.join(QStringLiteral(", ")));
    }
    m_focus->setText(focusText);

    showCautions(result, rules);

    QStringList homeCare;
    for (const auto& word : result.homeCareWords(rules)) {
        homeCare << Labels::homeCare(word);
    }
    m_homeCare->setText(homeCare.isEmpty() ? tr("None") : homeCare.join(QLatin1Char('\n')));

    showRationale(result, rules, record);
}

void SuggestionPanel::showCautions(const Recommendation& result, const RuleSet& rules)
{
    for (std::size_t i = 0; i < rules.cautions.size(); ++i) {
        if ((result.cautions & (std::uint64_t(1) << i)) == 0) {
            continue;
        }
        const QString text = fromStd(rules.cautions[i].text.in(language::current()));
        m_cautionTexts << text;
        // A yellow chip with a warning sign: never colour alone.
        auto* chip = new QLabel(QStringLiteral("⚠ ") + text, m_cautions);
        chip->setWordWrap(true);
        chip->setStyleSheet(QStringLiteral("background-color: #fff3c4; color: #3d2f00; "
                                           "border: 1px solid #c9a400; border-radius: 8px; "
                                           "padding: 3px 8px;"));
        m_cautions->layout()->addWidget(chip);
    }
    if (m_cautionTexts.isEmpty()) {
        m_cautions->layout()->addWidget(new QLabel(tr("None"), m_cautions));
    }
}

void SuggestionPanel::showRationale(const Recommendation& result, const RuleSet& rules,
                                    const IntakeRecord& record)
{
    const bool showEvidence = m_evidenceButton->isChecked();
    for (std::size_t i = 0; i < result.rationale.size(); ++i) {
        const Rule& rule = rules.rules[result.rationale[i].rule];
        const QString reason = fromStd(result.reasonText(rules, record, i, language::current()));
        const QString evidence = Labels::evidence(rule, rules);
        m_rationaleLines << fromStd(rule.id) + QStringLiteral(": ") + reason;
        m_evidence << evidence;

        auto* line = new QLabel(m_rationale);
        line->setWordWrap(true);
        line->setTextFormat(Qt::RichText);
        line->setText(QStringLiteral("• <b>%1</b>: %2")
                          .arg(fromStd(rule.id).toHtmlEscaped(), reason.toHtmlEscaped()));
        const QString tip = evidence.isEmpty()
                                ? tr("The rules file names no evidence for this rule.")
                                : tr("Evidence:") + QLatin1Char('\n') + evidence;
        line->setToolTip(tip);
        m_rationaleLayout->addWidget(line);

        auto* evidenceLabel = new QLabel(m_rationale);
        evidenceLabel->setWordWrap(true);
        evidenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        evidenceLabel->setContentsMargins(fontMetrics().averageCharWidth() * 3, 0, 0, 4);
        QFont small = evidenceLabel->font();
        small.setItalic(true);
        small.setPointSizeF(small.pointSizeF() * 0.9);
        evidenceLabel->setFont(small);
        evidenceLabel->setText(evidence.isEmpty() ? tr("No evidence named.")
                                                  : tr("Evidence: %1").arg(evidence));
        evidenceLabel->setVisible(showEvidence);
        m_rationaleLayout->addWidget(evidenceLabel);
        m_evidenceLabels << evidenceLabel;
    }
    m_rulesVersion->setText(tr("Rules version %1").arg(fromStd(rules.version)));
}

QString SuggestionPanel::bannerText() const
{
    return bannerVisible() ? m_bannerText->text() : QString();
}

bool SuggestionPanel::bannerVisible() const
{
    return !m_banner->isHidden();
}

QString SuggestionPanel::approachText() const
{
    return m_approach->text();
}

QString SuggestionPanel::pressureText() const
{
    return m_pressure->text();
}

QString SuggestionPanel::focusText() const
{
    return m_focus->text();
}

QStringList SuggestionPanel::cautionTexts() const
{
    return m_cautionTexts;
}

QString SuggestionPanel::homeCareText() const
{
    return m_homeCare->text();
}

QString SuggestionPanel::rationaleText() const
{
    QStringList lines;
    for (int i = 0; i < m_rationaleLines.size(); ++i) {
        lines << m_rationaleLines[i];
        if (!m_evidence[i].isEmpty()) {
            lines << tr("Evidence: %1").arg(m_evidence[i]);
        }
    }
    lines << m_rulesVersion->text();
    return lines.join(QLatin1Char('\n'));
}

QString SuggestionPanel::evidenceText(int line) const
{
    return line >= 0 && line < m_evidence.size() ? m_evidence[line] : QString();
}

bool SuggestionPanel::screeningIncompleteShown() const
{
    return m_screeningBanner->isShown();
}

QString SuggestionPanel::screeningText() const
{
    return m_screeningBanner->text();
}

QAbstractButton* SuggestionPanel::unansweredButton(Question question) const
{
    const auto index = m_unanswered.indexOf(question);
    return index >= 0 ? m_unansweredButtons.value(index) : nullptr;
}

QString SuggestionPanel::clearedText() const
{
    return m_clearedBox->isHidden() ? QString() : m_cleared->text();
}
