#include "intake/IntakeFormPage.h"

#include "ClinicSession.h"
#include "Labels.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "common/ArrowKeyGroup.h"
#include "common/DateLineEdit.h"
#include "common/DateText.h"
#include "common/FormGrid.h"
#include "intake/AnswerPairWidget.h"
#include "intake/BodyMapWidget.h"
#include "intake/ClearanceEditor.h"
#include "intake/ScreeningSection.h"
#include "intake/SuggestionPanel.h"
#include "model/IntakeRecord.h"
#include "rules/Recommendation.h"
#include "rules/Rule.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSet.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "server/SessionWorker.h"
#include "storage/ClientDirectory.h"
#include "storage/IntakeStore.h"
#include "storage/StorageError.h"
#include "ui_IntakeFormPage.h"
#include "util/Clock.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeWorkflow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <bitset>

using nlohmann::json;
using namespace vocabulary;

namespace {

constexpr int kWideLayoutMinimum = 1100; // below this the suggestion goes under the form
// The suggestion's height under the form, in lines of text: what fits under
// the form and body map on a 768-pixel screen.
constexpr int kNarrowSuggestionLines = 12;

// The pain scale: the arrows stop at 0 and 10, but a typed 11 stays 11 (and
// the validator refuses it with its message) instead of being dropped to 1.
class IntensitySpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

    void stepBy(int steps) override { setValue(std::clamp(value() + steps, 0, kScaleTop)); }

    static constexpr int kScaleTop = 10;

protected:
    StepEnabled stepEnabled() const override
    {
        StepEnabled enabled = StepNone;
        if (value() < kScaleTop) {
            enabled |= StepUpEnabled;
        }
        if (value() > 0) {
            enabled |= StepDownEnabled;
        }
        return enabled;
    }
};

QString latin(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// The .ui names each checkbox after its field, so code and form cannot drift.
QCheckBox* findingBox(const QWidget* page, std::size_t finding)
{
    return page->findChild<QCheckBox*>(QStringLiteral("finding_") +
                                       latin(kFindingFields[finding].field));
}

QCheckBox* locationBox(const QWidget* page, std::size_t location)
{
    return page->findChild<QCheckBox*>(
        QStringLiteral("location_") +
        QLatin1String(kPainLocationWords[location].data(),
                      qsizetype(kPainLocationWords[location].size())));
}

} // namespace

IntakeFormPage::IntakeFormPage(ClinicSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::IntakeFormPage>())
{
    m_ui->setupUi(this);
    replaceIntensitySpin();
    // Rows that hide (errors, the returning clients) beside rows that wrap:
    // a grid, where QFormLayout (Qt 6.4) lost Name's error (common/FormGrid.h).
    for (QFormLayout* form : {m_ui->clientLayout, m_ui->painLayout, m_ui->preferencesLayout}) {
        replaceWithGrid(form);
    }
    // "1 week", "3 weeks" after the duration.
    connect(m_ui->durationSpin, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            [this](double weeks) {
                Labels::setCountAffixes(m_ui->durationSpin, Labels::weeks(weeks), weeks);
            });
    Labels::setCountAffixes(m_ui->durationSpin, Labels::weeks(0), 0);
    m_bodyMap = new BodyMapWidget(m_ui->bodyMapGroup);
    m_bodyMap->setObjectName(QStringLiteral("bodyMap"));
    buildBodyMapControls();
    m_suggestion = new SuggestionPanel(m_ui->suggestionGroup);
    m_ui->suggestionLayout->addWidget(m_suggestion);
    m_amendBanner = new AlertBanner(m_ui->formColumn);
    m_ui->formColumnLayout->insertWidget(0, m_amendBanner);
    // The last save, said on the page (the status bar may be off screen):
    // it stays while the next client is entered, until the next save.
    m_savedBanner = new AlertBanner(m_ui->formColumn);
    m_ui->formColumnLayout->insertWidget(0, m_savedBanner);
    m_connectionBanner = new AlertBanner(m_ui->formColumn);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_ui->formColumnLayout->insertWidget(0, m_connectionBanner);

    // Screening, precautions and a clearance come after the findings, in the
    // order a consultation asks them.
    m_screening = new ScreeningSection(m_ui->formColumn);
    m_clearance = new ClearanceEditor(m_ui->formColumn);
    m_clearance->setValidDays(m_session.engine().ruleSet().clearanceValidDays);
    const int preferencesAt = m_ui->formColumnLayout->indexOf(m_ui->preferencesGroup);
    m_ui->formColumnLayout->insertWidget(preferencesAt, m_screening);
    m_ui->formColumnLayout->insertWidget(preferencesAt + 1, m_clearance);

    // How many questions remain stays in sight under the scrolling form.
    auto* formPane = new QWidget(this);
    auto* formPaneLayout = new QVBoxLayout(formPane);
    formPaneLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->pageLayout->removeWidget(m_ui->formScroll);
    m_ui->formScroll->setParent(formPane);
    formPaneLayout->addWidget(m_ui->formScroll, 1);
    m_screeningFooter = new QLabel(formPane);
    m_screeningFooter->setObjectName(QStringLiteral("screeningFooter"));
    m_screeningFooter->setWordWrap(true);
    m_screeningFooter->setFrameShape(QFrame::StyledPanel);
    m_screeningFooter->setMargin(4);
    formPaneLayout->addWidget(m_screeningFooter);
    m_ui->pageLayout->addWidget(formPane, 0, 0);
    // The form scrolls up and down, never sideways: a question's Yes | No
    // must not end up out of sight.
    m_ui->formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Dates typed and shown as everywhere else: the locale's format, a
    // calendar to pick from.
    m_ui->visitDateEdit->setDisplayFormat(date_text::format());
    m_ui->visitDateEdit->setCalendarPopup(true);
    const QDate today = m_session.clock().today();
    m_ui->dateOfBirthEdit->setCalendarStart(QDate(today.year() - 40, 1, 1));
    connect(m_suggestion, &SuggestionPanel::questionActivated, this, &IntakeFormPage::goToQuestion);
    chainTabOrder();
    groupCheckBoxes();
    // The returning clients found are reached with Down from Name (and a
    // click), not with Tab: typing a new client's name never adds a stop.
    m_ui->returningClientList->setFocusPolicy(Qt::ClickFocus);
    for (QWidget* watched : {static_cast<QWidget*>(m_ui->nameEdit),
                             static_cast<QWidget*>(m_ui->returningClientList)}) {
        watched->installEventFilter(this);
    }
    for (QLabel* caption :
         {m_ui->nameLabel, m_ui->dateOfBirthLabel, m_ui->phoneLabel, m_ui->emailLabel,
          m_ui->visitDateLabel, m_ui->intensityLabel, m_ui->durationLabel, m_ui->notesLabel}) {
        m_captions.insert(caption, caption->text());
    }
    measureCaptions();
    m_clearance->setChecked(true);
    measureFormWidth();
    m_clearance->clear();
    // However the focus gets into the form (Tab, a mnemonic, code), what has
    // it is scrolled into view.
    m_focusFollower = connect(qApp, &QApplication::focusChanged, this,
                              [this](QWidget*, QWidget* now) { revealInForm(now); });
    // The window's Save is disabled while the form is incomplete; Ctrl+S
    // then says what is missing instead of doing nothing.
    m_incompleteSave = new QShortcut(QKeySequence::Save, this);
    m_incompleteSave->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_incompleteSave, &QShortcut::activated, this, &IntakeFormPage::save);
    connectChanges();
    clearForm();
}

IntakeFormPage::~IntakeFormPage()
{
    // QWidget's destructor hides the page and moves the focus; by then this
    // is no longer an IntakeFormPage, so the follower must be gone first.
    disconnect(m_focusFollower);
}

void IntakeFormPage::replaceIntensitySpin()
{
    auto* spin = new IntensitySpinBox(m_ui->painGroup);
    spin->setObjectName(m_ui->intensitySpin->objectName());
    spin->setAccessibleName(m_ui->intensitySpin->accessibleName());
    spin->setRange(0, 9999); // what is typed is kept; only 0 to 10 is valid
    delete m_ui->intensityLayout->replaceWidget(m_ui->intensitySpin, spin);
    delete m_ui->intensitySpin;
    m_ui->intensitySpin = spin;
    m_ui->intensityLabel->setBuddy(spin);
}

void IntakeFormPage::buildBodyMapControls()
{
    // The mode switch above the map: what a click or Space marks.
    auto* modeRow = new QHBoxLayout;
    m_modeLabel = new QLabel(m_ui->bodyMapGroup);
    m_painMode = new QRadioButton(m_ui->bodyMapGroup);
    m_painMode->setObjectName(QStringLiteral("painModeRadio"));
    m_avoidMode = new QRadioButton(m_ui->bodyMapGroup);
    m_avoidMode->setObjectName(QStringLiteral("avoidModeRadio"));
    retranslateBodyMapControls();
    m_painMode->setChecked(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_painMode);
    modes->addButton(m_avoidMode);
    modeRow->addWidget(m_modeLabel);
    modeRow->addWidget(m_painMode);
    modeRow->addWidget(m_avoidMode);
    modeRow->addStretch(1);
    m_ui->bodyMapLayout->addLayout(modeRow);
    m_ui->bodyMapLayout->addWidget(m_bodyMap, 1);
    m_avoidSummary = new QLabel(m_ui->bodyMapGroup);
    m_avoidSummary->setObjectName(QStringLiteral("avoidSummary"));
    m_avoidSummary->setWordWrap(true);
    m_ui->bodyMapLayout->addWidget(m_avoidSummary);

    connect(m_avoidMode, &QRadioButton::toggled, this, [this](bool avoid) {
        m_bodyMap->setMode(avoid ? BodyMapWidget::Mode::Avoid : BodyMapWidget::Mode::Pain);
    });
    connect(m_bodyMap, &BodyMapWidget::modeChanged, this, [this](BodyMapWidget::Mode mode) {
        (mode == BodyMapWidget::Mode::Avoid ? m_avoidMode : m_painMode)->setChecked(true);
    });
}

void IntakeFormPage::retranslateBodyMapControls()
{
    m_modeLabel->setText(tr("Mark:"));
    m_painMode->setText(tr("&Where it hurts"));
    m_avoidMode->setText(tr("Do no&t work here"));
    m_avoidMode->setToolTip(tr("Areas the therapist must not work directly: a surgical site, a "
                               "skin condition, a bruise, varicose veins. Drawn hatched."));
}

void IntakeFormPage::measureCaptions()
{
    for (auto caption = m_captions.begin(); caption != m_captions.end(); ++caption) {
        QLabel* label = caption.key();
        caption.value() = label->text();
        // Wide enough for "(needed)" from the start: the fields beside do not
        // move when the mark comes or goes.
        label->setMinimumWidth(0);
        label->setText(tr("%1 (needed)").arg(caption.value()));
        label->setMinimumWidth(label->sizeHint().width());
        label->setText(caption.value());
    }
}

// Wide enough for the widest the form gets: the clearance's codes, the
// captions with "(needed)", the longest age, acuity and "weeks" beside their
// fields, so that the columns beside never move while someone types. The
// clearance must be ticked; the texts measured with are said again after.
void IntakeFormPage::measureFormWidth()
{
    m_ui->ageLabel->setText(tr("age %1").arg(120));
    const QFontMetrics metrics(m_ui->acuityLabel->font());
    QString widestAcuity;
    for (const vocabulary::Acuity acuity :
         {vocabulary::Acuity::Acute, vocabulary::Acuity::Subacute, vocabulary::Acuity::Chronic}) {
        const QString text = QStringLiteral("= ") + Labels::acuity(acuity);
        if (metrics.horizontalAdvance(text) > metrics.horizontalAdvance(widestAcuity)) {
            widestAcuity = text;
        }
    }
    m_ui->acuityLabel->setText(widestAcuity);
    Labels::setCountAffixes(m_ui->durationSpin, Labels::weeks(2), 2);
    m_ui->formScroll->setMinimumWidth(m_ui->formColumn->minimumSizeHint().width() +
                                      style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2);
    Labels::setCountAffixes(m_ui->durationSpin, Labels::weeks(0), 0);
    m_ui->ageLabel->clear();
    m_ui->acuityLabel->clear();
}

// Everything typed, ticked and scrolled to stays; only the words change.
void IntakeFormPage::retranslate()
{
    const QSignalBlocker blockPressure(m_ui->pressureCombo);
    m_ui->retranslateUi(this);
    measureCaptions();
    // Measured again for the new words; a clearance not given is ticked only
    // for the measure (unticking keeps what it holds).
    const bool clearanceGiven = m_clearance->isChecked();
    m_clearance->setChecked(true);
    measureFormWidth();
    m_clearance->setChecked(clearanceGiven);
    const double weeks = m_ui->durationSpin->value();
    Labels::setCountAffixes(m_ui->durationSpin, Labels::weeks(weeks), weeks);
    retranslateBodyMapControls();
    m_ui->visitDateEdit->setDisplayFormat(date_text::format());
    for (int row = 0; row < m_ui->returningClientList->count(); ++row) {
        QListWidgetItem* item = m_ui->returningClientList->item(row);
        item->setText(tr("%1, born %2")
                          .arg(item->data(Qt::UserRole).toString(),
                               date_text::show(item->data(Qt::UserRole + 1).toDate())));
    }
    // The derived texts, the messages and the suggestion, said again.
    onAnswersChanged();
}

void IntakeFormPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_screeningFooter) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void IntakeFormPage::chainTabOrder()
{
    // Tab follows the consultation: client, pain (with the body map and its
    // mode switch), nerve symptoms, muscle findings, screening, precautions,
    // clearance, preferences. The map is one stop (arrows inside), and so is
    // each row or grid of boxes (groupCheckBoxes): a whole intake crosses
    // two stops for where it hurts, not twenty.
    QList<QWidget*> order = {m_ui->nameEdit,
                             m_ui->returningClientList,
                             m_ui->dateOfBirthEdit,
                             m_ui->phoneEdit,
                             m_ui->emailEdit,
                             m_ui->visitDateEdit,
                             m_ui->intensitySpin,
                             m_ui->durationSpin,
                             m_ui->radiatesHip,
                             m_ui->radiatesLeg,
                             m_ui->radiatesNeckShoulders,
                             m_ui->radiatesArm,
                             m_painMode,
                             m_avoidMode,
                             m_bodyMap};
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        order << locationBox(this, i);
    }
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        order << findingBox(this, i);
    }
    order << m_screening->tabStops() << m_clearance->tabStops();
    order << m_ui->pressureCombo << m_ui->notesEdit;
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
}

void IntakeFormPage::groupCheckBoxes()
{
    QList<QAbstractButton*> locations;
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        locations << locationBox(this, i);
    }
    QList<QAbstractButton*> nerves;
    QList<QAbstractButton*> muscles;
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        QCheckBox* box = findingBox(this, i);
        (m_ui->nerveGroup->isAncestorOf(box) ? nerves : muscles) << box;
    }
    for (const QList<QAbstractButton*>& boxes :
         {QList<QAbstractButton*>{m_ui->radiatesHip, m_ui->radiatesLeg, m_ui->radiatesNeckShoulders,
                                  m_ui->radiatesArm},
          locations, nerves, muscles}) {
        m_boxGroups << new ArrowKeyGroup(boxes, this);
    }
}

bool IntakeFormPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const auto modifiers = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier) {
        return QWidget::eventFilter(watched, event);
    }
    QListWidget* found = m_ui->returningClientList;
    if (watched == m_ui->nameEdit && key->key() == Qt::Key_Down && found->isVisible() &&
        found->count() > 0) {
        // Down from the name into the returning clients found.
        found->setFocus(Qt::TabFocusReason);
        found->setCurrentRow(0);
        return true;
    }
    if (watched == found &&
        ((key->key() == Qt::Key_Up && found->currentRow() <= 0) || key->key() == Qt::Key_Escape)) {
        // Back to the name as typed.
        m_ui->nameEdit->setFocus(Qt::BacktabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

IntakeRecord IntakeFormPage::neckAnswers() const
{
    IntakeRecord record;
    record.painLocations = m_bodyMap->selection();
    const std::pair<QCheckBox*, Radiation> radiation[] = {
        {m_ui->radiatesHip, Radiation::Hip},
        {m_ui->radiatesLeg, Radiation::Leg},
        {m_ui->radiatesNeckShoulders, Radiation::NeckShoulders},
        {m_ui->radiatesArm, Radiation::Arm}};
    for (const auto& [box, word] : radiation) {
        if (box->isChecked()) {
            record.radiatesTo |= bitOf(word);
        }
    }
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        if (findingBox(this, i)->isChecked()) {
            record.findings |= bitOf(Finding(i));
        }
    }
    return record;
}

void IntakeFormPage::goToQuestion(Question question)
{
    m_screening->focusQuestion(question);
}

void IntakeFormPage::updateFooter()
{
    const int left = m_screening->requiredCount() - m_screening->answeredCount();
    QStringList parts;
    parts << tr("Screening: %1").arg(m_screening->counterText());
    if (left > 0) {
        parts << tr("%n still to ask", nullptr, left);
    }
    parts << tr("on a question: Y yes, N no, Delete clears");
    m_screeningFooter->setText(parts.join(QStringLiteral(" · ")));

    QStringList avoided;
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        if ((m_bodyMap->avoidSelection() & bitOf(PainLocation(i))) != 0) {
            avoided << Labels::location(PainLocation(i));
        }
    }
    m_avoidSummary->setText(
        avoided.isEmpty() ? tr("Do not work here: none marked")
                          : tr("Do not work here: %1").arg(avoided.join(QStringLiteral(", "))));
}

void IntakeFormPage::connectChanges()
{
    const auto changed = [this](const QString& field) {
        return [this, field] {
            if (!m_updating) {
                m_touched.insert(field);
                m_dirty = true;
            }
            onAnswersChanged();
        };
    };
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, changed(QStringLiteral("client.name")));
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &IntakeFormPage::lookUpSoon);
    connect(m_ui->dateOfBirthEdit, &QLineEdit::textEdited, this,
            changed(QStringLiteral("client.date_of_birth")));
    connect(m_ui->dateOfBirthEdit, &QLineEdit::textEdited, this, &IntakeFormPage::lookUpSoon);
    connect(m_ui->phoneEdit, &QLineEdit::textEdited, this, changed(QStringLiteral("client.phone")));
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this, changed(QStringLiteral("client.email")));
    connect(m_ui->visitDateEdit, &QDateEdit::dateChanged, this,
            changed(QStringLiteral("visit_date")));
    connect(m_ui->intensitySlider, &QSlider::valueChanged, m_ui->intensitySpin,
            &QSpinBox::setValue);
    // The slider shows the typed value, but never writes back its own
    // clamped one: an 11 typed must not become 10.
    connect(m_ui->intensitySpin, qOverload<int>(&QSpinBox::valueChanged), this, [this](int value) {
        const QSignalBlocker quiet(m_ui->intensitySlider);
        m_ui->intensitySlider->setValue(value);
    });
    connect(m_ui->intensitySpin, qOverload<int>(&QSpinBox::valueChanged), this,
            changed(QStringLiteral("pain.intensity")));
    connect(m_ui->durationSpin, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            changed(QStringLiteral("pain.duration_weeks")));
    for (QCheckBox* box :
         {m_ui->radiatesHip, m_ui->radiatesLeg, m_ui->radiatesNeckShoulders, m_ui->radiatesArm}) {
        connect(box, &QCheckBox::toggled, this, changed(QStringLiteral("pain.radiates_to")));
    }
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        connect(locationBox(this, i), &QCheckBox::toggled, this, [this, i](bool checked) {
            if (!m_updating) {
                const std::uint16_t bit = bitOf(PainLocation(i));
                const std::uint16_t now =
                    checked ? (m_bodyMap->selection() | bit) : (m_bodyMap->selection() & ~bit);
                m_updating = true;
                m_bodyMap->setSelection(now);
                m_updating = false;
                m_touched.insert(QStringLiteral("pain.locations"));
                m_dirty = true;
            }
            onAnswersChanged();
        });
    }
    connect(m_bodyMap, &BodyMapWidget::selectionChanged, this,
            &IntakeFormPage::syncLocationsFromBodyMap);
    connect(m_bodyMap, &BodyMapWidget::avoidSelectionChanged, this,
            changed(QStringLiteral("avoid_areas")));
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        connect(findingBox(this, i), &QCheckBox::toggled, this,
                changed(latin(kFindingFields[i].block) + QLatin1Char('.') +
                        latin(kFindingFields[i].field)));
    }
    connect(m_screening, &ScreeningSection::answersChanged, this,
            changed(QStringLiteral("screening")));
    connect(m_clearance, &ClearanceEditor::changed, this,
            changed(QStringLiteral("medical_clearance")));
    connect(m_ui->pressureCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            changed(QStringLiteral("pressure_preference")));
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, changed(QStringLiteral("notes")));
    connect(m_ui->returningClientList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) {
                ClientMatch match;
                match.name = item->data(Qt::UserRole).toString();
                match.dateOfBirth = item->data(Qt::UserRole + 1).toDate();
                match.phone = item->data(Qt::UserRole + 2).toString();
                match.email = item->data(Qt::UserRole + 3).toString();
                fillFromClient(match);
            });
    connect(m_ui->returningClientList, &QListWidget::itemClicked, m_ui->returningClientList,
            &QListWidget::itemActivated);
}

void IntakeFormPage::syncLocationsFromBodyMap(std::uint16_t locations)
{
    if (m_updating) {
        return;
    }
    m_updating = true;
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        locationBox(this, i)->setChecked((locations & bitOf(PainLocation(i))) != 0);
    }
    m_updating = false;
    m_touched.insert(QStringLiteral("pain.locations"));
    m_dirty = true;
    onAnswersChanged();
}

json IntakeFormPage::answers() const
{
    json intake;
    intake["format"] = wordOf(IntakeFormat::V2);
    json client = {{"name", m_ui->nameEdit->text().toStdString()},
                   {"date_of_birth", m_ui->dateOfBirthEdit->reading().stored.toStdString()}};
    if (!m_ui->phoneEdit->text().trimmed().isEmpty()) {
        client["phone"] = m_ui->phoneEdit->text().trimmed().toStdString();
    }
    if (!m_ui->emailEdit->text().trimmed().isEmpty()) {
        client["email"] = m_ui->emailEdit->text().trimmed().toStdString();
    }
    intake["client"] = client;
    intake["visit_date"] = m_ui->visitDateEdit->date().toString(Qt::ISODate).toStdString();

    json locations = json::array();
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        if (locationBox(this, i)->isChecked()) {
            locations.push_back(kPainLocationWords[i]);
        }
    }
    json radiates = json::array();
    if (m_ui->radiatesHip->isChecked()) {
        radiates.push_back("hip");
    }
    if (m_ui->radiatesLeg->isChecked()) {
        radiates.push_back("leg");
    }
    if (m_ui->radiatesNeckShoulders->isChecked()) {
        radiates.push_back("neck_shoulders");
    }
    if (m_ui->radiatesArm->isChecked()) {
        radiates.push_back("arm");
    }
    intake["pain"] = {{"locations", locations},
                      {"intensity", m_ui->intensitySpin->value()},
                      {"duration_weeks", m_ui->durationSpin->value()},
                      {"radiates_to", radiates}};
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        const auto& field = kFindingFields[i];
        intake[std::string(field.block)][std::string(field.field)] =
            findingBox(this, i)->isChecked();
    }
    // A question left out was not asked.
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const Answer given = m_screening->answer(Question(i));
        if (given != Answer::NotAsked) {
            const auto& field = kQuestionFields[i];
            intake[std::string(field.block)][std::string(field.field)] =
                given == Answer::Yes ? "yes" : "no";
        }
    }
    json avoid = json::array();
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        if ((m_bodyMap->avoidSelection() & bitOf(PainLocation(i))) != 0) {
            avoid.push_back(kPainLocationWords[i]);
        }
    }
    intake["avoid_areas"] = avoid;
    if (m_clearance->isGiven()) {
        intake["medical_clearance"] = m_clearance->toJson();
    }
    intake["pressure_preference"] =
        kPressureWords[std::size_t(m_ui->pressureCombo->currentIndex())];
    const QString notes = m_ui->notesEdit->toPlainText();
    if (!notes.trimmed().isEmpty()) {
        intake["notes"] = notes.toStdString();
    }
    return intake;
}

void IntakeFormPage::onAnswersChanged()
{
    // The neck questions follow the answers that involve the neck.
    m_screening->setNeckInvolved(neckAnswers().neckInvolved());
    m_clearance->setVisitDate(m_ui->visitDateEdit->date());
    updateFooter();

    const IntakeParseResult parsed = IntakeParser(m_session.clock()).validate(answers());
    const bool wasValid = m_errors.empty();
    m_errors = parsed.errors;
    // A date not written as one is said in the locale's terms, with the text
    // as typed (the validator only sees the ISO date the form stores).
    const auto sayAsTyped = [this](const DateLineEdit* edit, const std::string& path) {
        const QString problem = edit->reading().problem;
        for (FieldError& error : m_errors) {
            if (!problem.isEmpty() && error.path == path) {
                error.message = problem.toStdString();
            }
        }
    };
    sayAsTyped(m_ui->dateOfBirthEdit, "client.date_of_birth");
    sayAsTyped(m_clearance->dateEdit(), "medical_clearance.date");

    // The derived values beside their fields, so a mistyped date stands out.
    const QDate born = m_ui->dateOfBirthEdit->date();
    m_ui->ageLabel->setText(
        born.isValid() && born <= m_ui->visitDateEdit->date()
            ? tr("age %1").arg(wholeYearsBetween(born, m_ui->visitDateEdit->date()))
            : QString());
    IntakeRecord weeks;
    weeks.durationWeeks = m_ui->durationSpin->value();
    m_ui->acuityLabel->setText(QStringLiteral("= ") + Labels::acuity(weeks.acuity()));

    if (parsed.ok()) {
        const RuleEngine& engine = m_session.engine();
        m_suggestion->showRecommendation(engine.recommend(*parsed.record), engine.ruleSet(),
                                         *parsed.record);
    } else {
        m_suggestion->showIncomplete(int(m_errors.size()));
    }
    showErrors();
    m_incompleteSave->setEnabled(!m_errors.empty());
    if (wasValid != m_errors.empty()) {
        emit validityChanged(m_errors.empty());
    }
}

std::vector<IntakeFormPage::FieldPlace> IntakeFormPage::fieldPlaces() const
{
    // In the order the form shows them (and Tab reaches them).
    return {
        {QStringLiteral("client.name"), tr("Name"), m_ui->nameError, m_ui->nameEdit,
         m_ui->nameLabel},
        {QStringLiteral("client.date_of_birth"), tr("Born"), m_ui->dateOfBirthError,
         m_ui->dateOfBirthEdit, m_ui->dateOfBirthLabel},
        {QStringLiteral("client.phone"), tr("Phone"), m_ui->phoneError, m_ui->phoneEdit,
         m_ui->phoneLabel},
        {QStringLiteral("client.email"), tr("Email"), m_ui->emailError, m_ui->emailEdit,
         m_ui->emailLabel},
        {QStringLiteral("visit_date"), tr("Visit date"), m_ui->visitDateError, m_ui->visitDateEdit,
         m_ui->visitDateLabel},
        {QStringLiteral("pain.intensity"), tr("Intensity"), m_ui->intensityError,
         m_ui->intensitySpin, m_ui->intensityLabel},
        {QStringLiteral("pain.duration_weeks"), tr("Duration"), m_ui->durationError,
         m_ui->durationSpin, m_ui->durationLabel},
        {QStringLiteral("pain.locations"), tr("Where it hurts (body map)"), m_ui->locationsError,
         m_bodyMap, nullptr},
        {QStringLiteral("medical_clearance"), tr("Medical clearance"), m_clearance->errorLabel(),
         m_clearance->dateEdit(), nullptr, true},
        {QStringLiteral("notes"), tr("Notes"), m_ui->notesError, m_ui->notesEdit, m_ui->notesLabel},
    };
}

QStringList IntakeFormPage::messagesFor(const FieldPlace& place) const
{
    QStringList messages;
    for (const FieldError& error : m_errors) {
        const QString path = QString::fromStdString(error.path);
        if (path.startsWith(place.prefix)) {
            const QString part = path.mid(place.prefix.size() + 1);
            messages << (place.namesPart && !part.isEmpty()
                             ? part + QStringLiteral(": ") + QString::fromStdString(error.message)
                             : QString::fromStdString(error.message));
        }
    }
    return messages;
}

bool IntakeFormPage::isBlank(const FieldPlace& place) const
{
    if (place.field == m_bodyMap) {
        return m_bodyMap->selection() == 0;
    }
    if (const auto* edit = qobject_cast<const QLineEdit*>(place.field)) {
        return edit->text().trimmed().isEmpty();
    }
    return false;
}

void IntakeFormPage::showErrors()
{
    bool bodyMapNeeded = false;
    for (const FieldPlace& place : fieldPlaces()) {
        const QStringList all = messagesFor(place);
        const QStringList messages =
            m_showAllErrors || m_touched.contains(place.prefix) ? all : QStringList();
        place.error->setText(messages.join(QLatin1Char('\n')));
        place.error->setVisible(!messages.isEmpty());
        place.field->setProperty("invalid", !messages.isEmpty());
        place.field->setStyleSheet(
            messages.isEmpty() ? QString() : QStringLiteral("border: 2px solid #b00020;"));
        place.field->setAccessibleDescription(messages.join(QLatin1Char(' ')));
        // A field still empty that must be answered says so from the start,
        // in words beside its name (quietly: not red before a save).
        const bool needed = !all.isEmpty() && isBlank(place);
        if (place.caption) {
            const QString caption = m_captions.value(place.caption);
            place.caption->setText(needed ? tr("%1 (needed)").arg(caption) : caption);
        } else if (place.field == m_bodyMap) {
            bodyMapNeeded = needed;
        }
    }
    m_ui->bodyMapGroup->setTitle(bodyMapNeeded ? tr("Body map: mark where it hurts (needed)")
                                               : tr("Body map"));
}

QStringList IntakeFormPage::missingAnswers(QWidget** first) const
{
    QStringList lines;
    const std::vector<FieldPlace> places = fieldPlaces();
    for (const FieldPlace& place : places) {
        const QStringList messages = messagesFor(place);
        if (!messages.isEmpty()) {
            lines << tr("• %1: %2").arg(place.name, messages.join(QStringLiteral("; ")));
            if (first && !*first) {
                *first = place.field;
            }
        }
    }
    // Anything the validator found that has no field of its own.
    for (const FieldError& error : m_errors) {
        const QString path = QString::fromStdString(error.path);
        if (std::none_of(places.begin(), places.end(), [&path](const FieldPlace& place) {
                return path.startsWith(place.prefix);
            })) {
            lines << tr("• %1: %2").arg(path, QString::fromStdString(error.message));
        }
    }
    const int notAsked = m_screening->requiredCount() - m_screening->answeredCount();
    if (notAsked > 0) {
        lines << tr("• Screening: %1 yet, marked in the margin (the intake can be saved "
                    "without them, but no plan is offered until they are answered)")
                     .arg(Labels::questionsNotAsked(notAsked));
    }
    return lines;
}

void IntakeFormPage::reportMissing()
{
    QWidget* first = nullptr;
    const QStringList lines = missingAnswers(&first);
    emit statusMessage(
        tr("Not saved: %n answer(s) need attention.", nullptr, int(m_errors.size())));
    QMessageBox box(QMessageBox::Warning, tr("Not saved yet"),
                    tr("This intake cannot be saved yet. Still to answer or correct:") +
                        QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("missingAnswersDialog"));
    box.exec();
    // After the dialog, which gives the focus back to where it was.
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        revealInForm(first);
    }
}

void IntakeFormPage::revealInForm(QWidget* widget)
{
    if (widget && m_ui->formColumn->isAncestorOf(widget)) {
        // The whole field, not only its text cursor (what ensureWidgetVisible
        // shows of a focused text box), and a little around it.
        const QRect shown(widget->mapTo(m_ui->formColumn, QPoint(0, 0)), widget->size());
        const int room = m_ui->formScroll->viewport()->height() / 2;
        m_ui->formScroll->ensureVisible(shown.center().x(), shown.center().y(), 0,
                                        std::min(shown.height() / 2 + 24, room));
    }
}

void IntakeFormPage::lookUpSoon()
{
    if (!m_session.isServer()) {
        lookUpReturningClients(); // a file on this computer answers at once
        return;
    }
    // On a server each lookup is a round trip: one after a pause in typing,
    // not one per keystroke.
    if (!m_lookupDelay) {
        m_lookupDelay = new QTimer(this);
        m_lookupDelay->setSingleShot(true);
        m_lookupDelay->setInterval(300);
        connect(m_lookupDelay, &QTimer::timeout, this, &IntakeFormPage::lookUpReturningClients);
    }
    ++m_lookupGeneration; // an answer to what was typed before is stale now
    m_lookupDelay->start();
}

bool IntakeFormPage::isLookingUp() const
{
    return (m_lookupDelay && m_lookupDelay->isActive()) ||
           (m_lookupWorker && m_lookupWorker->pending() > 0);
}

void IntakeFormPage::lookUpReturningClients()
{
    std::vector<ClientMatch> matches;
    const QString name = m_ui->nameEdit->text().trimmed();
    const QDate born = m_ui->dateOfBirthEdit->date();
    if (m_session.isServer() && (name.size() >= 2 || born.isValid())) {
        if (!m_lookupWorker) {
            m_lookupWorker = new SessionWorker(m_session, this);
        }
        const quint64 generation = ++m_lookupGeneration;
        m_lookupWorker->run<std::vector<ClientMatch>>(
            [name, born](StaffSession& staff) { return staff.returningClients(name, born, 8); },
            [this, generation](std::vector<ClientMatch> found) {
                if (generation == m_lookupGeneration) {
                    showReturningClients(found);
                }
            },
            [this, generation](const QString& message) {
                if (generation == m_lookupGeneration) {
                    // A lookup is a convenience; the form goes on without it.
                    emit statusMessage(message);
                    showReturningClients({});
                }
            });
        return;
    }
    if (name.size() >= 2 || born.isValid()) {
        try {
            matches = m_session.staff().returningClients(name, born, 8);
        } catch (const AccessError& error) {
            // Not a message box per keystroke: the status bar says it once.
            emit statusMessage(access_messages::sentence(error));
        } catch (const StorageError&) {
            matches.clear(); // a lookup is a convenience; the form goes on without it
        }
    }
    showReturningClients(matches);
}

void IntakeFormPage::showReturningClients(const std::vector<ClientMatch>& matches)
{
    m_ui->returningClientList->clear();
    for (const ClientMatch& match : matches) {
        auto* item = new QListWidgetItem(
            tr("%1, born %2").arg(match.name, date_text::show(match.dateOfBirth)),
            m_ui->returningClientList);
        item->setData(Qt::UserRole, match.name);
        item->setData(Qt::UserRole + 1, match.dateOfBirth);
        item->setData(Qt::UserRole + 2, match.phone);
        item->setData(Qt::UserRole + 3, match.email);
    }
    m_ui->returningClientList->setVisible(!matches.empty());
}

void IntakeFormPage::fillFromClient(const ClientMatch& client)
{
    m_ui->nameEdit->setText(client.name);
    m_ui->dateOfBirthEdit->setDate(client.dateOfBirth);
    m_ui->phoneEdit->setText(client.phone);
    m_ui->emailEdit->setText(client.email);
    m_touched << QStringLiteral("client.name") << QStringLiteral("client.date_of_birth");
    m_dirty = true;
    m_ui->returningClientList->hide();
    emit statusMessage(tr("Returning client: %1").arg(client.name));
    onAnswersChanged();
    // On to the visit: the client's details are in.
    m_ui->visitDateEdit->setFocus(Qt::TabFocusReason);
}

qint64 IntakeFormPage::save()
{
    if (m_waitingSave) {
        // Save again is the obvious click while one waits: that one, now.
        retryPendingSave();
        return 0;
    }
    m_showAllErrors = true;
    onAnswersChanged();
    if (!isValid()) {
        reportMissing();
        return 0;
    }
    const IntakeParseResult parsed = IntakeParser(m_session.clock()).validate(answers());
    try {
        // Asked once per save: a retry of these answers (the first attempt may
        // be stored, and would be found here) does not ask again.
        const std::string answered = answers().dump();
        if (m_amendingId == 0 && answered != m_sameDayAnswered) {
            if (!confirmSameDay(*parsed.record)) {
                emit statusMessage(tr("Not saved: the client already has an intake that day."));
                return 0;
            }
            m_sameDayAnswered = answered;
        }
    } catch (const AccessError& error) {
        access_messages::showRefusal(this, error);
        return 0;
    }
    return send(*parsed.record, m_amendingId);
}

bool IntakeFormPage::retryPendingSave()
{
    if (!m_waitingSave) {
        return false;
    }
    try {
        m_session.reconnect();
    } catch (const StorageError&) {
        return false; // still away: the save keeps waiting
    }
    const WaitingSave request = *m_waitingSave;
    return send(request.record, request.amendingId) > 0;
}

qint64 IntakeFormPage::send(const IntakeRecord& record, qint64 amendingId)
{
    try {
        // The form's save id: the same for a retry of this save (the form is
        // locked while it waits), so that one cut off after its commit is
        // answered, not stored twice.
        const SavedIntake stored = amendingId > 0
                                       ? m_session.staff().amendIntake(amendingId, record, m_saveId)
                                       : m_session.staff().addIntake(record, m_saveId);
        endWaiting();
        const Recommendation result = m_session.engine().recommend(record);
        emit saved(stored.intakeId, result.refersOut());
        const QTime at = QTime::currentTime();
        const int notAsked =
            result.screeningComplete() ? 0 : int(std::bitset<32>(result.unanswered).count());
        // Said again in the language of the moment while it stays on the page.
        const auto message = [at, notAsked, amendingId, stored] {
            const QString time = QLocale().toString(at, QLocale::ShortFormat);
            QString text = amendingId > 0
                               ? tr("Saved version %1 of intake %2 at %3")
                                     .arg(stored.version)
                                     .arg(stored.intakeId)
                                     .arg(time)
                               : tr("Saved intake %1 at %2").arg(stored.intakeId).arg(time);
            if (notAsked > 0) {
                text += tr(" (screening incomplete: %n question(s) not asked)", nullptr, notAsked);
            }
            return text;
        };
        emit statusMessage(message());
        m_savedBanner->showMessage(AlertBanner::Kind::Done,
                                   [message] { return message() + QLatin1Char('.'); });
        // The referral banner goes with the answers: say it once more, in a
        // dialog that must be closed, before the form is emptied.
        if (result.refersOut()) {
            tellReferral(result, record, stored.intakeId);
        }
        clearForm();
        return stored.intakeId;
    } catch (const AccessError& error) {
        // Refused by the core (the role, or a disabled account): nothing stored.
        endWaiting();
        access_messages::showRefusal(this, error);
        return 0;
    } catch (const StorageError& error) {
        // The form keeps every answer: nothing typed is lost to a failed save.
        if (error.kind() == StorageError::Kind::ConnectionLost) {
            waitForServer(record, amendingId);
            return 0;
        }
        endWaiting();
        if (error.kind() == StorageError::Kind::Busy) {
            // Not a dialog in database words: the page says it, Save tries again.
            const auto busy = [] {
                return tr("The database is busy, try again: the intake is not saved; "
                          "your answers are still on the form.");
            };
            m_connectionBanner->showMessage(AlertBanner::Kind::Warning, busy);
            emit statusMessage(busy());
            return 0;
        }
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The intake could not be saved. Your answers are still on the "
                                "form.\n\n%1")
                                 .arg(QString::fromStdString(error.what())));
        return 0;
    }
}

void IntakeFormPage::waitForServer(const IntakeRecord& record, qint64 amendingId)
{
    m_waitingSave = std::make_unique<WaitingSave>(WaitingSave{record, amendingId});
    // Locked as it was when Save was pressed: what is stored is what is shown.
    const auto parts = m_ui->formColumn->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* part : parts) {
        if (part != m_connectionBanner && part != m_savedBanner && part != m_amendBanner) {
            part->setEnabled(false);
        }
    }
    m_connectionBanner->showMessage(AlertBanner::Kind::Warning, [] {
        return tr("Connection lost: retrying. This intake is not saved yet: it stays on the "
                  "form as typed and is saved as soon as the clinic server answers again.");
    });
    emit statusMessage(tr("Connection lost: retrying"));
    emit connectionLost();
}

void IntakeFormPage::endWaiting()
{
    m_connectionBanner->clear();
    if (!m_waitingSave) {
        return;
    }
    m_waitingSave.reset();
    const auto parts = m_ui->formColumn->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* part : parts) {
        part->setEnabled(true);
    }
}

bool IntakeFormPage::confirmSameDay(const IntakeRecord& record)
{
    std::vector<SameDayIntake> earlier;
    try {
        earlier = m_session.staff().sameDayIntakes(record);
    } catch (const StorageError&) {
        return true; // a warning that cannot be looked up does not stop the save
    }
    if (earlier.empty()) {
        return true;
    }
    QStringList intakes;
    for (const SameDayIntake& intake : earlier) {
        intakes << tr("intake #%1, saved %2 by %3")
                       .arg(intake.intakeId)
                       .arg(date_text::show(intake.createdAt), intake.createdBy);
    }
    const QString name = QString::fromStdString(record.clientName);
    QMessageBox box(
        QMessageBox::Question, tr("Same client, same day"),
        tr("%1 (born %2) already has %n intake(s) for a visit on %3:", nullptr, int(earlier.size()))
                .arg(name, date_text::show(record.dateOfBirth), date_text::show(record.visitDate)) +
            QLatin1Char('\n') + intakes.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            tr("To change it, open it from the records and amend it. Save a second intake "
               "for the same visit anyway?"),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("sameDayDialog"));
    // Enter or Escape keeps the form and stores nothing: a duplicate is
    // only ever saved on purpose.
    QPushButton* back = box.addButton(tr("&Go back, do not save"), QMessageBox::RejectRole);
    QPushButton* anyway = box.addButton(tr("&Save anyway"), QMessageBox::AcceptRole);
    back->setObjectName(QStringLiteral("goBackButton"));
    anyway->setObjectName(QStringLiteral("saveAnywayButton"));
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == anyway;
}

void IntakeFormPage::clearForm()
{
    m_updating = true;
    for (QLineEdit* edit : {m_ui->nameEdit, static_cast<QLineEdit*>(m_ui->dateOfBirthEdit),
                            m_ui->phoneEdit, m_ui->emailEdit}) {
        edit->clear();
    }
    m_ui->visitDateEdit->setDate(m_session.clock().today());
    m_ui->intensitySpin->setValue(0);
    m_ui->durationSpin->setValue(0);
    for (QCheckBox* box : findChildren<QCheckBox*>()) {
        box->setChecked(false);
    }
    m_bodyMap->setSelection(0);
    m_bodyMap->setAvoidSelection(0);
    m_painMode->setChecked(true);
    m_screening->clear();
    m_clearance->clear();
    m_ui->pressureCombo->setCurrentIndex(int(Pressure::Medium));
    m_ui->notesEdit->clear();
    ++m_lookupGeneration; // a lookup still on its way is for the old form
    if (m_lookupDelay) {
        m_lookupDelay->stop();
    }
    m_ui->returningClientList->clear();
    m_ui->returningClientList->hide();
    for (ArrowKeyGroup* group : std::as_const(m_boxGroups)) {
        group->reset();
    }
    m_updating = false;
    m_touched.clear();
    m_showAllErrors = false;
    m_dirty = false;
    m_amendingId = 0;
    // A new form is a new save: until it is saved or cleared, saving again
    // (a double click, a retry after a lost connection) repeats this one.
    m_saveId = IntakeWorkflow::newSaveId();
    m_sameDayAnswered.clear();
    m_amendBanner->clear();
    onAnswersChanged();
    // The next client starts at the top, in Name: no button left focused
    // that would decide for them.
    m_ui->formScroll->verticalScrollBar()->setValue(0);
    focusFirstField();
}

void IntakeFormPage::tellReferral(const Recommendation& result, const IntakeRecord& record,
                                  qint64 intakeId)
{
    const RuleSet& rules = m_session.engine().ruleSet();
    QStringList reasons;
    for (std::size_t i = 0; i < result.rationale.size(); ++i) {
        const RationaleLine& line = result.rationale[i];
        const Rule& rule = rules.rules[line.rule];
        // A referral a physician cleared is not why the client is sent on.
        if (rule.stage == RuleStage::Referral && rule.clearedVariant != line.variant) {
            reasons << QStringLiteral("• ") +
                           QString::fromStdString(result.reasonText(rules, record, i));
        }
    }
    const Urgency urgency = result.urgency.value_or(Urgency::Routine);
    QString title;
    QString text;
    QMessageBox::Icon icon = QMessageBox::Critical;
    if (urgency == Urgency::Emergency) {
        title = tr("Refer out — emergency");
        text = tr("Refer out — emergency: tell the client now.\nDo not start a massage. Possible "
                  "emergency: send the client to emergency care now.");
    } else if (urgency == Urgency::Urgent) {
        title = tr("Refer out — urgent");
        text = tr("Refer out — urgent: tell the client now.\nDo not start a massage. The client "
                  "should see a physician today.");
    } else {
        title = tr("Refer out");
        text = tr("Refer out: tell the client before they leave.\nPain may not be muscular. "
                  "Recommend a physician visit before massage.");
        icon = QMessageBox::Warning;
    }
    if (!reasons.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Why:") + QLatin1Char('\n') +
                reasons.join(QLatin1Char('\n'));
    }
    text += QStringLiteral("\n\n") + tr("Intake %1 is saved.").arg(intakeId);
    QMessageBox box(icon, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("referralDialog"));
    box.button(QMessageBox::Ok)->setText(tr("I have told the client"));
    box.exec();
}

void IntakeFormPage::startAmending(qint64 intakeId, int version, const json& intake)
{
    // Read as the core reads it: a clinic-intake/1 record as version 2, its
    // answers that version 1 could not record left as not asked.
    const IntakeParseResult parsed = IntakeParser(m_session.clock()).validate(intake);
    const bool version1 = parsed.ok()
                              ? parsed.record->format == IntakeFormat::V1
                              : intake.is_object() && intake.contains("format") &&
                                    intake.at("format") == std::string(wordOf(IntakeFormat::V1));
    beginAmending(intakeId, version, parsed.ok() ? &*parsed.record : nullptr, intake, version1);
}

void IntakeFormPage::startAmending(qint64 intakeId, int version, const IntakeVersionDetails& stored)
{
    if (stored.record) {
        beginAmending(intakeId, version, &*stored.record, json(),
                      stored.record->format == IntakeFormat::V1);
        return;
    }
    const json text = json::parse(stored.recordJson, nullptr, false);
    beginAmending(intakeId, version, nullptr, text.is_object() ? text : json::object(),
                  stored.format == IntakeFormat::V1);
}

void IntakeFormPage::beginAmending(qint64 intakeId, int version, const IntakeRecord* record,
                                   const json& stored, bool version1)
{
    clearForm();
    if (record != nullptr) {
        setAnswers(*record);
    } else {
        setAnswers(stored);
    }
    m_amendingId = intakeId;
    m_savedBanner->clear(); // the amend banner says what Save will do now
    m_amendBanner->showMessage(AlertBanner::Kind::Warning, [intakeId, version, version1] {
        QString message = tr("Amending intake #%1 (now at version %2). Save stores your "
                             "changes as version %3; New intake (Ctrl+N) leaves it as it "
                             "is.")
                              .arg(intakeId)
                              .arg(version)
                              .arg(version + 1);
        if (version1) {
            message += QLatin1Char(' ') +
                       tr("It was recorded on the old form, which could not tell \"no\" from "
                          "\"not asked\": the screening questions it did not record show as "
                          "not asked. Ask them now.");
        }
        return message;
    });
    emit statusMessage(tr("Amending intake %1").arg(intakeId));
}

void IntakeFormPage::setAnswers(const json& intake)
{
    const auto text = [](const json& object, const char* key) {
        const auto found = object.find(key);
        return found != object.end() && found->is_string()
                   ? QString::fromStdString(found->get<std::string>())
                   : QString();
    };
    const json empty = json::object();
    const json& client = intake.contains("client") ? intake.at("client") : empty;
    const json& pain = intake.contains("pain") ? intake.at("pain") : empty;
    m_updating = true;
    m_ui->nameEdit->setText(text(client, "name"));
    m_ui->dateOfBirthEdit->setStoredText(text(client, "date_of_birth"));
    m_ui->phoneEdit->setText(text(client, "phone"));
    m_ui->emailEdit->setText(text(client, "email"));
    const QDate visit = QDate::fromString(text(intake, "visit_date"), Qt::ISODate);
    if (visit.isValid()) {
        m_ui->visitDateEdit->setDate(visit);
    }
    m_ui->intensitySpin->setValue(pain.value("intensity", 0));
    m_ui->durationSpin->setValue(pain.value("duration_weeks", 0.0));
    std::uint16_t locations = 0;
    for (const auto& word : pain.value("locations", json::array())) {
        if (const auto index = word.is_string()
                                   ? indexOfWord(kPainLocationWords, word.get<std::string>())
                                   : std::nullopt) {
            locations |= bitOf(PainLocation(*index));
        }
    }
    m_bodyMap->setSelection(locations);
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        locationBox(this, i)->setChecked((locations & bitOf(PainLocation(i))) != 0);
    }
    const json radiates = pain.value("radiates_to", json::array());
    const auto radiatesTo = [&radiates](const char* word) {
        return std::find(radiates.begin(), radiates.end(), word) != radiates.end();
    };
    m_ui->radiatesHip->setChecked(radiatesTo("hip"));
    m_ui->radiatesLeg->setChecked(radiatesTo("leg"));
    m_ui->radiatesNeckShoulders->setChecked(radiatesTo("neck_shoulders"));
    m_ui->radiatesArm->setChecked(radiatesTo("arm"));
    const auto blockOf = [&intake, &empty](std::string_view name) -> const json& {
        const auto block = intake.find(std::string(name));
        return block != intake.end() && block->is_object() ? *block : empty;
    };
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        const auto& field = kFindingFields[i];
        const json& block = blockOf(field.block);
        const auto value = block.find(std::string(field.field));
        findingBox(this, i)->setChecked(value != block.end() && value->is_boolean() &&
                                        value->get<bool>());
    }
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const auto& field = kQuestionFields[i];
        const std::string given = text(blockOf(field.block), field.field.data()).toStdString();
        m_screening->setAnswer(Question(i), given == "yes"  ? Answer::Yes
                                            : given == "no" ? Answer::No
                                                            : Answer::NotAsked);
    }
    std::uint16_t avoid = 0;
    for (const auto& word : intake.value("avoid_areas", json::array())) {
        if (const auto index = word.is_string()
                                   ? indexOfWord(kPainLocationWords, word.get<std::string>())
                                   : std::nullopt) {
            avoid |= bitOf(PainLocation(*index));
        }
    }
    m_bodyMap->setAvoidSelection(avoid);
    m_clearance->setFromJson(intake.value("medical_clearance", json::object()));
    if (const auto pressure =
            indexOfWord(kPressureWords, text(intake, "pressure_preference").toStdString())) {
        m_ui->pressureCombo->setCurrentIndex(int(*pressure));
    }
    m_ui->notesEdit->setPlainText(text(intake, "notes"));
    answersSet();
}

void IntakeFormPage::setAnswers(const IntakeRecord& record)
{
    m_updating = true;
    m_ui->nameEdit->setText(QString::fromStdString(record.clientName));
    m_ui->dateOfBirthEdit->setStoredText(record.dateOfBirth.toString(Qt::ISODate));
    m_ui->phoneEdit->setText(QString::fromStdString(record.phone.value_or(std::string())));
    m_ui->emailEdit->setText(QString::fromStdString(record.email.value_or(std::string())));
    if (record.visitDate.isValid()) {
        m_ui->visitDateEdit->setDate(record.visitDate);
    }
    m_ui->intensitySpin->setValue(record.painIntensity);
    m_ui->durationSpin->setValue(record.durationWeeks);
    m_bodyMap->setSelection(record.painLocations);
    for (std::size_t i = 0; i < kPainLocationWords.size(); ++i) {
        locationBox(this, i)->setChecked(record.hurtsAt(PainLocation(i)));
    }
    m_ui->radiatesHip->setChecked(record.radiatesInto(Radiation::Hip));
    m_ui->radiatesLeg->setChecked(record.radiatesInto(Radiation::Leg));
    m_ui->radiatesNeckShoulders->setChecked(record.radiatesInto(Radiation::NeckShoulders));
    m_ui->radiatesArm->setChecked(record.radiatesInto(Radiation::Arm));
    for (std::size_t i = 0; i < kFindingCount; ++i) {
        findingBox(this, i)->setChecked(record.has(Finding(i)));
    }
    // A version 1 record's answers are already read as version 2's.
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        m_screening->setAnswer(Question(i), record.answer(Question(i)));
    }
    m_bodyMap->setAvoidSelection(record.avoidAreas);
    m_clearance->setClearance(record.clearance);
    if (record.pressurePreferenceStated) {
        m_ui->pressureCombo->setCurrentIndex(int(record.pressurePreference));
    }
    m_ui->notesEdit->setPlainText(QString::fromStdString(record.notes.value_or(std::string())));
    answersSet();
}

void IntakeFormPage::answersSet()
{
    ++m_lookupGeneration; // a lookup still on its way is for the old form
    if (m_lookupDelay) {
        m_lookupDelay->stop();
    }
    m_ui->returningClientList->clear();
    m_ui->returningClientList->hide();
    m_updating = false;
    // Stored answers were valid once: show whatever the rules say about them now.
    m_showAllErrors = true;
    m_dirty = false;
    onAnswersChanged();
}

QString IntakeFormPage::savedText() const
{
    return m_savedBanner->text();
}

void IntakeFormPage::focusFirstField()
{
    m_ui->nameEdit->setFocus(Qt::ShortcutFocusReason);
}

QWidget* IntakeFormPage::fieldWidget(const QString& name) const
{
    if (name == QLatin1String("bodyMap")) {
        return m_bodyMap;
    }
    return findChild<QWidget*>(name);
}

void IntakeFormPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeColumns(event->size().width() >= kWideLayoutMinimum);
}

void IntakeFormPage::arrangeColumns(bool wide)
{
    if (wide == m_wide) {
        return;
    }
    m_wide = wide;
    // At narrow widths the suggestion moves under the form, never away.
    auto* grid = m_ui->pageLayout;
    grid->removeWidget(m_ui->suggestionGroup);
    if (wide) {
        grid->addWidget(m_ui->suggestionGroup, 0, 2);
        m_ui->suggestionGroup->setMinimumHeight(0);
        m_ui->suggestionGroup->setMaximumHeight(QWIDGETSIZE_MAX);
    } else {
        grid->addWidget(m_ui->suggestionGroup, 1, 0, 1, 2);
        // A height of its own, whatever it shows (the details scroll inside):
        // the body map above keeps its size when a suggestion or a banner
        // appears.
        m_ui->suggestionGroup->setFixedHeight(fontMetrics().lineSpacing() * kNarrowSuggestionLines);
    }
}
