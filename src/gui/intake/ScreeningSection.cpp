#include "intake/ScreeningSection.h"

#include "Labels.h"
#include "intake/AnswerPairWidget.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <initializer_list>
#include <iterator>

using namespace vocabulary;

namespace {

struct Group
{
    const char* title;
    std::initializer_list<Question> questions;
};

// What each group screens for, in the order a consultation asks them. The
// neck questions are added to "Blood vessels" in a block of their own.
const Group kGroups[] = {
    {QT_TRANSLATE_NOOP("ScreeningSection", "Nerve compression (cauda equina)"),
     {Question::SaddleNumbness, Question::BladderOrBowelChange, Question::SexualDysfunction,
      Question::SymptomsInBothLegs, Question::ProgressiveLegWeakness}},
    {QT_TRANSLATE_NOOP("ScreeningSection", "Fracture"),
     {Question::RecentMajorTrauma, Question::RecentMinorFall, Question::CannotBearWeight}},
    {QT_TRANSLATE_NOOP("ScreeningSection", "Infection"),
     {Question::FeverOrUnwell, Question::Immunosuppressed, Question::InjectsDrugs}},
    {QT_TRANSLATE_NOOP("ScreeningSection", "Cancer"),
     {Question::CancerHistory, Question::UnexplainedWeightLoss, Question::ConstantNightPain}},
    {QT_TRANSLATE_NOOP("ScreeningSection", "Blood vessels"),
     {Question::CalfSwelling, Question::ChestPainOrBreathlessness, Question::SuddenSeverePain}},
    {QT_TRANSLATE_NOOP("ScreeningSection", "Pain that may not be muscular"),
     {Question::PainUnchangedByMovement}},
    {QT_TRANSLATE_NOOP("ScreeningSection", "Precautions"),
     {Question::Anticoagulants, Question::Pregnancy, Question::Osteoporosis,
      Question::LongTermSteroids, Question::RecentSurgery, Question::DvtHistory,
      Question::SkinConditionInArea, Question::VaricoseVeins}},
};
constexpr std::size_t kBloodVesselsGroup = 4;

QString translated(const char* text)
{
    return QCoreApplication::translate("ScreeningSection", text);
}

} // namespace

QString ScreeningSection::groupTitle(Question question)
{
    if (isNeckQuestion(question)) {
        return translated(kGroups[kBloodVesselsGroup].title);
    }
    for (const Group& group : kGroups) {
        for (const Question member : group.questions) {
            if (member == question) {
                return translated(group.title);
            }
        }
    }
    return {};
}

ScreeningSection::ScreeningSection(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The heading: what this is, how to answer fast, and how many remain.
    auto* heading = new QWidget(this);
    auto* headingLayout = new QHBoxLayout(heading);
    headingLayout->setContentsMargins(0, 6, 0, 0);
    m_title = new QLabel(heading);
    QLabel* title = m_title;
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    headingLayout->addWidget(title);
    headingLayout->addStretch(1);
    m_counter = new QLabel(heading);
    m_counter->setObjectName(QStringLiteral("screeningCounter"));
    QFont counterFont = m_counter->font();
    counterFont.setBold(true);
    m_counter->setFont(counterFont);
    headingLayout->addWidget(m_counter);
    layout->addWidget(heading);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    layout->addWidget(m_help);

    std::size_t shown = 0;
    const auto addQuestion = [this, &shown](Question question, QWidget* parent, QVBoxLayout* into) {
        auto* row = new AnswerPairWidget(question, parent);
        m_questions[std::size_t(question)] = row;
        m_shownOrder[shown++] = question;
        into->addWidget(row);
        connect(row, &AnswerPairWidget::answerChanged, this, [this] {
            updateNeckQuestions();
            updateCounter();
            emit answersChanged();
        });
        connect(row, &AnswerPairWidget::moveRequested, this,
                [this, question](bool forward) { moveFrom(question, forward); });
    };

    for (std::size_t g = 0; g < std::size(kGroups); ++g) {
        const Group& group = kGroups[g];
        auto* box = new QGroupBox(this);
        m_groups.push_back(box);
        box->setObjectName(QStringLiteral("screeningGroup%1").arg(g));
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setSpacing(0);
        for (const Question question : group.questions) {
            addQuestion(question, box, boxLayout);
        }
        if (g == kBloodVesselsGroup) {
            m_neckBlock = new QWidget(box);
            m_neckBlock->setObjectName(QStringLiteral("neckQuestions"));
            auto* neckLayout = new QVBoxLayout(m_neckBlock);
            neckLayout->setContentsMargins(0, 4, 0, 0);
            neckLayout->setSpacing(0);
            m_neckHeading = new QLabel(m_neckBlock);
            m_neckHeading->setWordWrap(true);
            QFont bold = m_neckHeading->font();
            bold.setBold(true);
            m_neckHeading->setFont(bold);
            neckLayout->addWidget(m_neckHeading);
            addQuestion(Question::SevereHeadache, m_neckBlock, neckLayout);
            addQuestion(Question::DizzinessOrNeuroSigns, m_neckBlock, neckLayout);
            boxLayout->addWidget(m_neckBlock);
        }
        layout->addWidget(box);
    }

    // Tab goes through the questions in the order they are shown.
    for (std::size_t i = 1; i < m_shownOrder.size(); ++i) {
        setTabOrder(questionWidget(m_shownOrder[i - 1]), questionWidget(m_shownOrder[i]));
    }
    retranslate();
}

void ScreeningSection::retranslate()
{
    m_title->setText(tr("Screening"));
    m_help->setText(tr("Ask every question. On a question: Y yes, N no, Delete clears "
                       "(an empty pair means not asked)."));
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        m_groups[g]->setTitle(translated(kGroups[g].title));
    }
    updateNeckQuestions();
    updateCounter();
}

void ScreeningSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

Answer ScreeningSection::answer(Question question) const
{
    return questionWidget(question)->answer();
}

void ScreeningSection::setAnswer(Question question, Answer answer)
{
    questionWidget(question)->setAnswer(answer);
}

void ScreeningSection::clear()
{
    const QSignalBlocker quiet(this);
    for (AnswerPairWidget* row : m_questions) {
        row->setAnswer(Answer::NotAsked);
    }
    updateNeckQuestions();
    updateCounter();
}

void ScreeningSection::setNeckInvolved(bool involved)
{
    if (involved == m_neckInvolved) {
        return;
    }
    m_neckInvolved = involved;
    updateNeckQuestions();
    updateCounter();
}

bool ScreeningSection::neckQuestionsShown() const
{
    return !m_neckBlock->isHidden();
}

int ScreeningSection::requiredCount() const
{
    const int neck = 2;
    return int(kQuestionCount) - (m_neckInvolved ? 0 : neck);
}

int ScreeningSection::answeredCount() const
{
    int answered = 0;
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const Question question = Question(i);
        if ((m_neckInvolved || !isNeckQuestion(question)) &&
            m_questions[i]->answer() != Answer::NotAsked) {
            ++answered;
        }
    }
    return answered;
}

QString ScreeningSection::counterText() const
{
    return tr("%1 of %2 answered").arg(answeredCount()).arg(requiredCount());
}

AnswerPairWidget* ScreeningSection::questionWidget(Question question) const
{
    return m_questions[std::size_t(question)];
}

void ScreeningSection::focusQuestion(Question question)
{
    AnswerPairWidget* row = questionWidget(question);
    if (isNeckQuestion(question) && m_neckBlock->isHidden()) {
        m_neckBlock->show(); // asked for by name: show it rather than fail
    }
    row->setFocus(Qt::OtherFocusReason);
    row->revealInScrollArea(); // also when the window is not active (no focus event)
}

QList<QWidget*> ScreeningSection::tabStops() const
{
    QList<QWidget*> stops;
    for (const Question question : m_shownOrder) {
        stops << questionWidget(question);
    }
    return stops;
}

void ScreeningSection::moveFrom(Question question, bool forward)
{
    std::ptrdiff_t index =
        std::find(m_shownOrder.begin(), m_shownOrder.end(), question) - m_shownOrder.begin();
    const std::ptrdiff_t count = std::ptrdiff_t(m_shownOrder.size());
    for (index += forward ? 1 : -1; index >= 0 && index < count; index += forward ? 1 : -1) {
        AnswerPairWidget* row = questionWidget(m_shownOrder[std::size_t(index)]);
        if (!row->isHidden() && !row->parentWidget()->isHidden()) {
            row->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
    // The last question keeps the focus; Tab goes on from there.
}

void ScreeningSection::updateNeckQuestions()
{
    const bool answered =
        questionWidget(Question::SevereHeadache)->answer() != Answer::NotAsked ||
        questionWidget(Question::DizzinessOrNeuroSigns)->answer() != Answer::NotAsked;
    m_neckHeading->setText(m_neckInvolved
                               ? tr("Neck (asked because the neck is involved)")
                               : tr("Neck (answered, although the neck is not involved now)"));
    m_neckBlock->setHidden(!m_neckInvolved && !answered);
}

void ScreeningSection::updateCounter()
{
    const int answered = answeredCount();
    const int required = requiredCount();
    m_counter->setText(answered == required ? tr("✓ %1").arg(counterText()) : counterText());
    m_counter->setAccessibleName(tr("Screening: %1").arg(counterText()));
}
