#include "intake/SuggestionPanel.h"

#include "Labels.h"
#include "rules/Recommendation.h"
#include "rules/RuleSet.h"

#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace vocabulary;

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

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

} // namespace

SuggestionPanel::SuggestionPanel(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Suggestion"));
    auto* layout = new QVBoxLayout(this);

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
    layout->addWidget(m_banner);

    layout->addWidget(heading(tr("Approach"), this));
    m_approach = body(this);
    QFont approachFont = m_approach->font();
    approachFont.setPointSizeF(approachFont.pointSizeF() * 1.2);
    approachFont.setBold(true);
    m_approach->setFont(approachFont);
    layout->addWidget(m_approach);
    m_approachReason = body(this);
    layout->addWidget(m_approachReason);
    m_pressure = body(this);
    layout->addWidget(m_pressure);

    layout->addWidget(heading(tr("Focus on"), this));
    m_focus = body(this);
    layout->addWidget(m_focus);

    layout->addWidget(heading(tr("Cautions"), this));
    m_cautions = new QWidget(this);
    auto* cautionsLayout = new QVBoxLayout(m_cautions);
    cautionsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cautions);

    layout->addWidget(heading(tr("Home care"), this));
    m_homeCare = body(this);
    layout->addWidget(m_homeCare);

    m_whyButton = new QToolButton(this);
    m_whyButton->setText(tr("Why (rules that fired)"));
    m_whyButton->setCheckable(true);
    m_whyButton->setChecked(true);
    m_whyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_whyButton->setArrowType(Qt::DownArrow);
    m_whyButton->setAccessibleName(tr("Show the rules that fired"));
    layout->addWidget(m_whyButton);
    m_rationale = body(this);
    m_rationale->setTextFormat(Qt::RichText);
    layout->addWidget(m_rationale);
    connect(m_whyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_rationale->setVisible(shown);
        m_whyButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addStretch(1);

    showIncomplete(0);
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

void SuggestionPanel::showIncomplete(int problems)
{
    m_banner->setVisible(false);
    m_approach->setText(tr("No suggestion yet"));
    m_approachReason->setText(
        problems > 0 ? tr("%n answer(s) still need attention on the form.", nullptr, problems)
                     : tr("Fill in the client and the pain to see one."));
    m_pressure->clear();
    m_focus->clear();
    clearLayout(m_cautions->layout());
    m_cautionTexts.clear();
    m_homeCare->clear();
    m_rationale->clear();
}

void SuggestionPanel::showRecommendation(const Recommendation& result, const RuleSet& rules)
{
    if (result.refersOut()) {
        const Urgency urgency = result.urgency.value_or(Urgency::Routine);
        const QIcon icon =
            style()->standardIcon(urgency == Urgency::Routine ? QStyle::SP_MessageBoxInformation
                                                              : QStyle::SP_MessageBoxCritical);
        if (urgency == Urgency::Emergency) {
            setBanner(tr("REFER OUT — EMERGENCY\nDo not start a massage. Possible emergency: "
                         "send the client to emergency care now."),
                      QStringLiteral("#b00020"), QStringLiteral("#ffffff"), icon);
        } else if (urgency == Urgency::Urgent) {
            setBanner(tr("REFER OUT — URGENT\nDo not start a massage. The client should see a "
                         "physician today."),
                      QStringLiteral("#ffb300"), QStringLiteral("#000000"), icon);
        } else {
            setBanner(tr("REFER OUT — ROUTINE\nPain may not be muscular. Recommend a physician "
                         "visit before massage."),
                      QStringLiteral("#1565c0"), QStringLiteral("#ffffff"), icon);
        }
    } else {
        m_banner->setVisible(false);
    }

    m_approach->setText(Labels::approach(result.approach));
    m_approachReason->setText(Labels::approachReason(result.approach));
    m_pressure->setText(result.pressure ? tr("Pressure: %1").arg(Labels::pressure(*result.pressure))
                                        : tr("Pressure: none (no massage)"));

    QStringList focus;
    for (const auto& word : result.focusAreaWords(rules)) {
        focus << Labels::focusArea(word);
    }
    m_focus->setText(focus.isEmpty() ? (result.refersOut() ? tr("—") : tr("A general back massage"))
                                     : focus.join(QStringLiteral(", ")));

    clearLayout(m_cautions->layout());
    m_cautionTexts.clear();
    for (std::size_t i = 0; i < rules.cautions.size(); ++i) {
        if ((result.cautions & (std::uint64_t(1) << i)) == 0) {
            continue;
        }
        const QString text = QString::fromStdString(rules.cautions[i].text);
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

    QStringList homeCare;
    for (const auto& word : result.homeCareWords(rules)) {
        homeCare << Labels::homeCare(word);
    }
    m_homeCare->setText(homeCare.isEmpty() ? tr("None") : homeCare.join(QLatin1Char('\n')));

    QStringList lines;
    for (const auto index : result.firedRules) {
        const Rule& rule = rules.rules[index];
        lines << QStringLiteral("<li><b>%1</b>: %2</li>")
                     .arg(QString::fromStdString(rule.id).toHtmlEscaped(),
                          QString::fromStdString(rule.reason).toHtmlEscaped());
    }
    m_rationale->setText(QStringLiteral("<ul style=\"margin-left: 12px; -qt-list-indent: 0;\">") +
                         lines.join(QString()) + QStringLiteral("</ul><p>") +
                         tr("Rules version %1").arg(QString::fromStdString(rules.version)) +
                         QStringLiteral("</p>"));
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

QString SuggestionPanel::rationaleText() const
{
    return m_rationale->text();
}
