// The intake form's clinic-intake/2 parts, through the widgets: a whole
// screening answered from the keyboard, the counter and the neck questions,
// "do not work here" areas, a medical clearance, and amending a version 1
// record. The form is 1366x768 here, the smallest screen it must fit.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "FormInput.h"
#include "GuiClinic.h"
#include "Labels.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "help/KeyboardShortcutsDialog.h"
#include "intake/AnswerPairWidget.h"
#include "intake/BodyMapWidget.h"
#include "intake/ClearanceEditor.h"
#include "intake/IntakeFormPage.h"
#include "intake/ScreeningSection.h"
#include "intake/SuggestionPanel.h"
#include "model/IntakeRecord.h"
#include "security/StaffSession.h"
#include "storage/IntakeStore.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using nlohmann::json;
using namespace vocabulary;

using gui_test::field;
using gui_test::typeInto;

namespace {

using Clinic = gui_test::TemporaryClinic;

// The form at the smallest size it must work at, active so that keys go to
// the focused widget as they would for a receptionist.
struct ShownForm
{
    explicit ShownForm(ClinicSession& session) : page(session)
    {
        page.resize(1366, 768);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }
    IntakeFormPage page;
};

// A key pressed on whatever has the focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focused = QApplication::focusWidget();
    REQUIRE(focused != nullptr);
    QTest::keyClick(focused, key, modifiers);
}

void fillBasics(IntakeFormPage& page)
{
    typeInto(field<QLineEdit>(page, "nameEdit"), QStringLiteral("Jane Doe"));
    typeInto(field<QLineEdit>(page, "dateOfBirthEdit"), QStringLiteral("1980-04-12"));
    field<QSpinBox>(page, "intensitySpin")->setValue(5);
    field<QDoubleSpinBox>(page, "durationSpin")->setValue(3);
    BodyMapWidget* map = page.bodyMap();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionBounds(PainLocation::LowerBack).center());
}

Question focusedQuestion()
{
    auto* row = qobject_cast<AnswerPairWidget*>(QApplication::focusWidget());
    REQUIRE(row != nullptr);
    return row->question();
}

// Tabs from the last finding into the screening, then answers every shown
// question with N (or Y for those in `yes`), as a receptionist would.
void answerScreeningFromKeyboard(IntakeFormPage& page, std::uint32_t yes = 0)
{
    field<QCheckBox>(page, "finding_neck_shoulder_stress")->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab);
    REQUIRE(focusedQuestion() == Question::SaddleNumbness);
    const int required = page.screening()->requiredCount();
    for (int i = 0; i < required; ++i) {
        const Question question = focusedQuestion();
        press((yes & bitOf(question)) != 0 ? Qt::Key_Y : Qt::Key_N);
    }
}

bool isVisibleIn(QScrollArea* scroll, QWidget* widget)
{
    const QRect shown(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
    return scroll->viewport()->rect().contains(shown);
}

} // namespace

TEST_CASE("gui: a whole screening is answered from the keyboard with Y and N",
          "[gui][intake][screening]")
{
    Clinic clinic;
    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    fillBasics(page);
    REQUIRE(page.isValid());
    ScreeningSection& screening = *page.screening();
    CHECK(screening.counterText() == QStringLiteral("0 of 26 answered"));
    // Nothing asked yet: no plan, the questions are listed instead.
    CHECK(page.suggestionPanel()->screeningIncompleteShown());
    CHECK(page.suggestionPanel()->unansweredQuestions().size() == 26);

    // Tab walks the questions in order without answering them.
    field<QCheckBox>(page, "finding_neck_shoulder_stress")->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab);
    CHECK(focusedQuestion() == Question::SaddleNumbness);
    press(Qt::Key_Tab);
    CHECK(focusedQuestion() == Question::BladderOrBowelChange);
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(focusedQuestion() == Question::SaddleNumbness);
    CHECK(screening.answeredCount() == 0);

    answerScreeningFromKeyboard(page);
    CHECK(screening.counterText() == QStringLiteral("26 of 26 answered"));
    // The last question keeps the focus.
    CHECK(focusedQuestion() == Question::VaricoseVeins);

    const json intake = page.answers();
    CHECK(intake.at("format") == "clinic-intake/2");
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        const Question question = Question(i);
        const auto& [block, name] = kQuestionFields[i];
        INFO(name);
        if (isNeckQuestion(question)) {
            // The neck is not involved: its questions were not asked.
            CHECK_FALSE(intake.at(std::string(block)).contains(std::string(name)));
        } else {
            CHECK(intake.at(std::string(block)).at(std::string(name)) == "no");
        }
    }
    CHECK_FALSE(page.suggestionPanel()->screeningIncompleteShown());
    CHECK_FALSE(page.suggestionPanel()->bannerVisible());
    CHECK(page.suggestionPanel()->approachText() == QStringLiteral("Gentle sacroiliac work"));

    // Back to one question: Y calls for a referral at once, Delete makes it
    // "not asked" again (which is not the same as "no").
    page.goToQuestion(Question::CalfSwelling);
    CHECK(focusedQuestion() == Question::CalfSwelling);
    press(Qt::Key_Y);
    CHECK(screening.answer(Question::CalfSwelling) == Answer::Yes);
    CHECK(page.answers().at("screening").at("calf_swelling") == "yes");
    CHECK(page.suggestionPanel()->bannerVisible());
    // Y moved on to the next question; Up goes back.
    CHECK(focusedQuestion() == Question::ChestPainOrBreathlessness);
    press(Qt::Key_Up);
    CHECK(focusedQuestion() == Question::CalfSwelling);
    press(Qt::Key_Delete);
    CHECK(screening.answer(Question::CalfSwelling) == Answer::NotAsked);
    CHECK_FALSE(page.answers().at("screening").contains("calf_swelling"));
    CHECK(screening.counterText() == QStringLiteral("25 of 26 answered"));
    CHECK(page.suggestionPanel()->screeningIncompleteShown());
    CHECK(page.suggestionPanel()->unansweredQuestions() == QList<Question>{Question::CalfSwelling});
    // Backspace clears too; N answers no.
    press(Qt::Key_N);
    CHECK(screening.answer(Question::CalfSwelling) == Answer::No);
    press(Qt::Key_Up);
    press(Qt::Key_Backspace);
    CHECK(screening.answer(Question::CalfSwelling) == Answer::NotAsked);
}

TEST_CASE("gui: an unanswered question looks unanswered, not like No", "[gui][screening]")
{
    AnswerPairWidget row(Question::FeverOrUnwell);
    row.resize(400, 40);
    row.show();
    REQUIRE(QTest::qWaitForWindowExposed(&row));
    const QImage notAsked = row.grab().toImage();
    CHECK_FALSE(row.yesButton()->isChecked());
    CHECK_FALSE(row.noButton()->isChecked());
    CHECK(row.accessibleDescription().startsWith(QStringLiteral("Not asked")));
    CHECK(row.accessibleName() == QStringLiteral("Fever, chills, night sweats, or feeling "
                                                 "generally unwell"));

    QTest::mouseClick(row.noButton(), Qt::LeftButton);
    CHECK(row.answer() == Answer::No);
    CHECK(row.noButton()->isChecked());
    CHECK(row.noButton()->text().contains(QStringLiteral("✓")));
    CHECK(row.accessibleDescription().startsWith(QStringLiteral("Answered no")));
    const QImage answeredNo = row.grab().toImage();
    CHECK(notAsked != answeredNo);
    // A click on the pressed half clears it.
    QTest::mouseClick(row.noButton(), Qt::LeftButton);
    CHECK(row.answer() == Answer::NotAsked);
    QTest::mouseClick(row.yesButton(), Qt::LeftButton);
    CHECK(row.answer() == Answer::Yes);
    QTest::mouseClick(row.noButton(), Qt::LeftButton);
    CHECK(row.answer() == Answer::No);
    CHECK_FALSE(row.yesButton()->isChecked());
}

TEST_CASE("gui: the neck questions appear while the neck is involved, and the counter follows",
          "[gui][intake][screening]")
{
    Clinic clinic;
    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    fillBasics(page);
    ScreeningSection& screening = *page.screening();
    CHECK_FALSE(screening.neckQuestionsShown());
    CHECK(screening.requiredCount() == 26);

    // Each of the spec's triggers involves the neck.
    const std::vector<const char*> triggers = {"location_neck",
                                               "location_shoulders",
                                               "location_upper_back",
                                               "radiatesNeckShoulders",
                                               "radiatesArm",
                                               "finding_arm_numbness_or_tingling",
                                               "finding_neck_shoulder_stress"};
    for (const char* trigger : triggers) {
        INFO(trigger);
        auto* box = field<QCheckBox>(page, trigger);
        box->setChecked(true);
        CHECK(screening.neckInvolved());
        CHECK(screening.neckQuestionsShown());
        CHECK(screening.questionWidget(Question::SevereHeadache)->isVisibleTo(&page));
        CHECK(screening.counterText() == QStringLiteral("0 of 28 answered"));
        box->setChecked(false);
        CHECK_FALSE(screening.neckQuestionsShown());
        CHECK(screening.counterText() == QStringLiteral("0 of 26 answered"));
    }
    // Hurting in the lower back or a leg does not.
    field<QCheckBox>(page, "radiatesLeg")->setChecked(true);
    field<QCheckBox>(page, "finding_leg_numbness_or_tingling")->setChecked(true);
    CHECK_FALSE(screening.neckQuestionsShown());

    // Keyboard through the screening with the neck involved: 28 questions,
    // the neck ones among the blood vessels.
    field<QCheckBox>(page, "location_neck")->setChecked(true);
    answerScreeningFromKeyboard(page, bitOf(Question::SevereHeadache));
    CHECK(screening.counterText() == QStringLiteral("28 of 28 answered"));
    CHECK(page.answers().at("screening").at("severe_headache") == "yes");
    CHECK(page.answers().at("screening").at("dizziness_or_neuro_signs") == "no");
    CHECK(page.suggestionPanel()->bannerText().contains(QStringLiteral("EMERGENCY")));

    // The neck no longer involved: the answered questions stay in sight (a
    // "yes" always counts) but are no longer counted as required.
    field<QCheckBox>(page, "location_neck")->setChecked(false);
    CHECK(screening.neckQuestionsShown());
    CHECK(screening.counterText() == QStringLiteral("26 of 26 answered"));
    CHECK(page.suggestionPanel()->bannerVisible());
    screening.setAnswer(Question::SevereHeadache, Answer::NotAsked);
    screening.setAnswer(Question::DizzinessOrNeuroSigns, Answer::NotAsked);
    CHECK_FALSE(screening.neckQuestionsShown());
    CHECK_FALSE(page.suggestionPanel()->bannerVisible());
}

TEST_CASE("gui: pain unchanged by movement is a question, not a ticked box",
          "[gui][intake][screening]")
{
    Clinic clinic;
    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    CHECK(page.fieldWidget(QStringLiteral("changesWithMovementCheck")) == nullptr);
    CHECK(page.screening()->answer(Question::PainUnchangedByMovement) == Answer::NotAsked);
    CHECK(ScreeningSection::groupTitle(Question::PainUnchangedByMovement) ==
          QStringLiteral("Pain that may not be muscular"));
    CHECK(ScreeningSection::groupTitle(Question::SaddleNumbness) ==
          QStringLiteral("Nerve compression (cauda equina)"));
    CHECK(ScreeningSection::groupTitle(Question::CannotBearWeight) == QStringLiteral("Fracture"));
    CHECK(ScreeningSection::groupTitle(Question::InjectsDrugs) == QStringLiteral("Infection"));
    CHECK(ScreeningSection::groupTitle(Question::ConstantNightPain) == QStringLiteral("Cancer"));
    CHECK(ScreeningSection::groupTitle(Question::DizzinessOrNeuroSigns) ==
          QStringLiteral("Blood vessels"));
    CHECK(ScreeningSection::groupTitle(Question::VaricoseVeins) == QStringLiteral("Precautions"));
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        INFO(i);
        CHECK_FALSE(Labels::question(Question(i)).isEmpty());
        CHECK_FALSE(ScreeningSection::groupTitle(Question(i)).isEmpty());
    }
}

TEST_CASE("gui: a question chosen in the suggestion gets the focus and scrolls into view",
          "[gui][intake][screening]")
{
    Clinic clinic;
    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    fillBasics(page);
    auto* scroll = field<QScrollArea>(page, "formScroll");
    AnswerPairWidget* last = page.screening()->questionWidget(Question::VaricoseVeins);
    field<QLineEdit>(page, "nameEdit")->setFocus();
    REQUIRE_FALSE(isVisibleIn(scroll, last)); // the form scrolls at 1366x768
    REQUIRE(page.suggestionPanel()->unansweredQuestions().contains(Question::VaricoseVeins));
    emit page.suggestionPanel()->questionActivated(Question::VaricoseVeins);
    CHECK(QApplication::focusWidget() == last);
    CHECK(isVisibleIn(scroll, last));
    // The same through the panel's own button for the question.
    field<QLineEdit>(page, "nameEdit")->setFocus();
    QTest::mouseClick(page.suggestionPanel()->unansweredButton(Question::SaddleNumbness),
                      Qt::LeftButton);
    CHECK(focusedQuestion() == Question::SaddleNumbness);
    CHECK(isVisibleIn(scroll, page.screening()->questionWidget(Question::SaddleNumbness)));
}

TEST_CASE("gui: areas not to work are marked on the body map and saved in avoid_areas",
          "[gui][intake][bodymap]")
{
    Clinic clinic;
    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    fillBasics(page);
    answerScreeningFromKeyboard(page, bitOf(Question::VaricoseVeins));
    BodyMapWidget* map = page.bodyMap();

    // The mode switch from the keyboard: Tab from the radiation boxes, then
    // the arrow to "Do not work here" (beside "Where it hurts").
    field<QCheckBox>(page, "radiatesArm")->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == field<QRadioButton>(page, "painModeRadio"));
    press(Qt::Key_Right);
    CHECK(field<QRadioButton>(page, "avoidModeRadio")->isChecked());
    CHECK(map->mode() == BodyMapWidget::Mode::Avoid);

    // A click marks the lower leg as an area not to work; where it hurts stays.
    QTest::mouseClick(map, Qt::LeftButton, {}, map->regionBounds(PainLocation::LowerLeg).center());
    CHECK(map->avoidSelection() == bitOf(PainLocation::LowerLeg));
    CHECK(map->selection() == bitOf(PainLocation::LowerBack));
    CHECK_FALSE(field<QCheckBox>(page, "location_lower_leg")->isChecked());
    // And the keyboard: the click left the focus on the map, at the lower
    // leg; the arrow up to the thigh above it, Space.
    REQUIRE(QApplication::focusWidget() == map);
    CHECK(map->focusedRegion() == int(PainLocation::LowerLeg));
    press(Qt::Key_Up);
    REQUIRE(map->focusedRegion() == int(PainLocation::Thigh));
    press(Qt::Key_Space);
    CHECK(map->avoidSelection() == (bitOf(PainLocation::Thigh) | bitOf(PainLocation::LowerLeg)));
    CHECK(field<QLabel>(page, "avoidSummary")->text() ==
          QStringLiteral("Do not work here: Thigh, Lower leg"));
    CHECK(page.answers().at("avoid_areas") == json({"thigh", "lower_leg"}));

    const qint64 id = page.save();
    REQUIRE(id > 0);
    const auto stored = gui_test::storeOf(clinic.session).details(id).at("intake");
    CHECK(stored.at("format") == "clinic-intake/2");
    CHECK(stored.at("avoid_areas").dump() == R"(["thigh","lower_leg"])");
    CHECK(stored.at("pain").at("locations").dump() == R"(["lower_back"])");
    CHECK(stored.at("precautions").at("varicose_veins") == "yes");
    // A new form starts marking where it hurts, with nothing avoided.
    CHECK(map->mode() == BodyMapWidget::Mode::Pain);
    CHECK(map->avoidSelection() == 0);
}

TEST_CASE("gui: a medical clearance offers only the clearable flags and shows its validity",
          "[gui][intake][clearance]")
{
    Clinic clinic; // the visit is on 2026-11-21
    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    fillBasics(page);
    answerScreeningFromKeyboard(page, bitOf(Question::CancerHistory));
    CHECK(page.suggestionPanel()->bannerVisible()); // cancer history: see a physician first
    ClearanceEditor& clearance = *page.clearance();
    CHECK_FALSE(clearance.isGiven());
    CHECK_FALSE(page.answers().contains("medical_clearance"));

    // Only the clearance codes: no emergency flag can be cleared here.
    const auto boxes = clearance.findChildren<QCheckBox*>();
    CHECK(boxes.size() == qsizetype(kClearanceCodeWords.size()));
    for (std::size_t i = 0; i < kClearanceCodeWords.size(); ++i) {
        CHECK(clearance.codeBox(ClearanceCode(i))->objectName() ==
              QStringLiteral("clearance_") + QString::fromLatin1(kClearanceCodeWords[i].data()));
    }
    CHECK(clearance.findChild<QCheckBox*>(QStringLiteral("clearance_saddle_numbness")) == nullptr);

    // From the keyboard: Space on the group's box, then the fields.
    clearance.setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    REQUIRE(clearance.isGiven());
    CHECK(clearance.dateEdit()->isVisibleTo(&page));
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == clearance.dateEdit());
    QTest::keyClicks(clearance.dateEdit(), QStringLiteral("2026-08-23")); // 90 days before
    CHECK(clearance.validityText() ==
          QStringLiteral("✓ valid until ") +
              QLocale().toString(QDate(2026, 11, 21), QLocale::ShortFormat));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // past "recent major injury" to "cancer"
    REQUIRE(QApplication::focusWidget() == clearance.codeBox(ClearanceCode::CancerHistory));
    press(Qt::Key_Space);
    typeInto(clearance.byEdit(), QStringLiteral("Dr. A. Roy"));
    CHECK(page.answers().at("medical_clearance") ==
          json{{"date", "2026-08-23"}, {"for", {"cancer_history"}}, {"by", "Dr. A. Roy"}});
    REQUIRE(page.isValid());
    // Cleared: no referral, and the panel says who cleared what.
    CHECK_FALSE(page.suggestionPanel()->bannerVisible());

    // One day older: expired, and the referral is back.
    clearance.dateEdit()->setText(QStringLiteral("2026-08-22"));
    CHECK(clearance.validityText() == QStringLiteral("✗ expired: older than 90 days"));
    CHECK(page.suggestionPanel()->bannerVisible());
    // After the visit: the validator's message, beside the clearance.
    clearance.dateEdit()->setText(QStringLiteral("2026-11-22"));
    CHECK(clearance.validityText() == QStringLiteral("✗ dated after the visit"));
    CHECK_FALSE(page.isValid());
    CHECK(clearance.errorLabel()->isVisibleTo(&page));
    CHECK(clearance.errorLabel()->text().startsWith(QStringLiteral("date: ")));

    // Unticked, the record has no clearance at all.
    clearance.setChecked(false);
    CHECK_FALSE(page.answers().contains("medical_clearance"));
    CHECK(page.isValid());
}

TEST_CASE("gui: amending a version 1 record shows what it could not record as not asked",
          "[gui][intake][amend]")
{
    Clinic clinic;
    json old = sampleIntakeVersion1();
    old["red_flags"]["cancer_history"] = true;
    old["pain"]["changes_with_movement"] = false;
    old["sciatica"]["numbness_or_tingling"] = true;
    const IntakeParseResult parsed = IntakeParser(clinic.session.clock()).validate(old);
    for (const auto& error : parsed.errors) {
        UNSCOPED_INFO(error.toString());
    }
    REQUIRE(parsed.ok());
    REQUIRE(parsed.record->format == IntakeFormat::V1);
    const qint64 id = clinic.session.staff().addIntake(*parsed.record).intakeId;
    const json stored = gui_test::storeOf(clinic.session).details(id).at("intake");
    REQUIRE(stored.at("format") == "clinic-intake/1");

    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    page.startAmending(id, 1, stored);
    ScreeningSection& screening = *page.screening();
    // Version 1's true flags are yes; its false ones were never "no".
    CHECK(screening.answer(Question::CancerHistory) == Answer::Yes);
    CHECK(screening.answer(Question::PainUnchangedByMovement) == Answer::Yes);
    CHECK(screening.answer(Question::SaddleNumbness) == Answer::NotAsked);
    CHECK(screening.answer(Question::SexualDysfunction) == Answer::NotAsked);
    CHECK(screening.answer(Question::Anticoagulants) == Answer::NotAsked);
    CHECK(screening.counterText() == QStringLiteral("2 of 26 answered"));
    CHECK(field<QCheckBox>(page, "finding_leg_numbness_or_tingling")->isChecked());
    CHECK(field<QLineEdit>(page, "nameEdit")->text() ==
          QString::fromStdString(old.at("client").at("name").get<std::string>()));
    const auto* banner = page.findChild<QWidget*>(QStringLiteral("alertBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->accessibleName().contains(QStringLiteral("not asked")));
    CHECK(page.answers().at("format") == "clinic-intake/2");
    CHECK_FALSE(page.answers().at("screening").contains("saddle_numbness"));

    // Completing the screening and saving stores version 2 of the intake.
    answerScreeningFromKeyboard(page, bitOf(Question::CancerHistory) |
                                          bitOf(Question::PainUnchangedByMovement));
    CHECK(screening.counterText() == QStringLiteral("26 of 26 answered"));
    // The cancer history refers out: said once more on saving.
    QString referral;
    gui_test::readNextMessageBox(&referral);
    REQUIRE(page.save() == id);
    CHECK(referral.startsWith(QStringLiteral("Refer out")));
    const auto details = gui_test::storeOf(clinic.session).details(id);
    CHECK(details.at("versions").size() == 2);
    CHECK(details.at("versions").at(0).at("intake").at("format") == "clinic-intake/1");
    CHECK(details.at("intake").at("format") == "clinic-intake/2");
    CHECK(details.at("intake").at("screening").at("saddle_numbness") == "no");
    CHECK(details.at("intake").at("screening").at("cancer_history") == "yes");
}

TEST_CASE("gui: no mnemonic is used twice on the intake page and the menu bar", "[gui][intake]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    QMap<QChar, QStringList> used;
    const auto note = [&used](const QString& text) {
        const qsizetype at = QString(text).replace(QStringLiteral("&&"), QString()).indexOf('&');
        if (at >= 0 && at + 1 < text.size()) {
            used[text.at(at + 1).toLower()] << text;
        }
    };
    for (QAction* menu : window.menuBar()->actions()) {
        note(menu->text());
    }
    IntakeFormPage& page = *window.intakePage();
    for (QLabel* label : page.findChildren<QLabel*>()) {
        if (label->buddy()) {
            note(label->text());
        }
    }
    for (QAbstractButton* button : page.findChildren<QAbstractButton*>()) {
        note(button->text());
    }
    for (QGroupBox* group : page.findChildren<QGroupBox*>()) {
        note(group->title());
    }
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        INFO(it.value().join(QStringLiteral(" | ")).toStdString());
        CHECK(it.value().size() == 1);
    }
}

TEST_CASE("gui: a field reached by its shortcut or by Tab scrolls into view at 1366x768",
          "[gui][intake]")
{
    Clinic clinic;
    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    auto* scroll = field<QScrollArea>(page, "formScroll");
    auto* pressure = field<QComboBox>(page, "pressureCombo");
    auto* notes = field<QPlainTextEdit>(page, "notesEdit");
    field<QLineEdit>(page, "nameEdit")->setFocus();
    REQUIRE_FALSE(isVisibleIn(scroll, pressure));

    // Alt+U, "Pressure preference", from the top of the form.
    press(Qt::Key_U, Qt::AltModifier);
    REQUIRE(QApplication::focusWidget() == pressure);
    CHECK(isVisibleIn(scroll, pressure));

    // Alt+O, "Notes", with the form scrolled back to the top.
    scroll->verticalScrollBar()->setValue(0);
    REQUIRE_FALSE(isVisibleIn(scroll, notes));
    press(Qt::Key_O, Qt::AltModifier);
    REQUIRE(QApplication::focusWidget() == notes);
    CHECK(isVisibleIn(scroll, notes));

    // Tab from the (unticked) clearance into the pressure.
    page.clearance()->tabStops().constFirst()->setFocus(Qt::OtherFocusReason);
    scroll->verticalScrollBar()->setValue(0);
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == pressure);
    CHECK(isVisibleIn(scroll, pressure));
    // A field above the view comes back into it too.
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    field<QLineEdit>(page, "nameEdit")->setFocus(Qt::BacktabFocusReason);
    CHECK(isVisibleIn(scroll, field<QLineEdit>(page, "nameEdit")));
}

TEST_CASE("gui: an intensity of 11 typed is refused with a message and not turned into 1",
          "[gui][intake]")
{
    Clinic clinic;
    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    fillBasics(page);
    REQUIRE(page.isValid());
    auto* intensity = field<QSpinBox>(page, "intensitySpin");
    auto* error = field<QLabel>(page, "intensityError");
    intensity->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(intensity, QStringLiteral("11"));
    CHECK(intensity->text() == QStringLiteral("11"));
    CHECK(intensity->value() == 11);
    CHECK_FALSE(page.isValid());
    CHECK(error->isVisibleTo(&page));
    CHECK(error->text() == QStringLiteral("must be an integer from 0 to 10, got 11"));
    CHECK(page.suggestionPanel()->approachText() == QStringLiteral("No suggestion yet"));

    // Corrected, it is taken; the slider follows.
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(intensity, QStringLiteral("10"));
    CHECK(intensity->value() == 10);
    CHECK(field<QSlider>(page, "intensitySlider")->value() == 10);
    CHECK_FALSE(error->isVisibleTo(&page));
    CHECK(page.isValid());
    // The arrows stay on the scale.
    press(Qt::Key_Up);
    CHECK(intensity->value() == 10);
    press(Qt::Key_Down);
    CHECK(intensity->value() == 9);
}

TEST_CASE("gui: the body map keeps its place when the suggestion or a banner appears",
          "[gui][intake][bodymap]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    // Side by side, and with the suggestion under the form (narrow).
    const int width = GENERATE(1366, 1024);
    window.resize(width, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(0);
    IntakeFormPage& page = *window.intakePage();
    BodyMapWidget* map = page.bodyMap();
    // Where the map is once the layouts have settled.
    const auto place = [&window, map] {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
        return QRect(map->mapTo(&window, QPoint(0, 0)), map->size());
    };
    const QRect empty = place();

    // The suggestion appears (with "Screening incomplete" and its list).
    fillBasics(page);
    REQUIRE(page.isValid());
    REQUIRE(page.suggestionPanel()->screeningIncompleteShown());
    CHECK(place() == empty);
    // The whole screening: the plan.
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        page.screening()->setAnswer(Question(i), Answer::No);
    }
    REQUIRE(page.suggestionPanel()->approachText() == QStringLiteral("Gentle sacroiliac work"));
    CHECK(place() == empty);
    // The emergency banner.
    page.screening()->setAnswer(Question::SaddleNumbness, Answer::Yes);
    REQUIRE(page.suggestionPanel()->bannerVisible());
    CHECK(place() == empty);
    // The urgent one, with a caution.
    page.screening()->setAnswer(Question::SaddleNumbness, Answer::No);
    page.screening()->setAnswer(Question::CalfSwelling, Answer::Yes);
    page.screening()->setAnswer(Question::Anticoagulants, Answer::Yes);
    REQUIRE(page.suggestionPanel()->bannerVisible());
    CHECK(place() == empty);

    // Amending: the banner over the form.
    page.screening()->setAnswer(Question::CalfSwelling, Answer::No);
    const qint64 id = page.save();
    REQUIRE(id > 0);
    page.startAmending(id, 1, gui_test::storeOf(clinic.session).details(id).at("intake"));
    CHECK(place() == empty);
    // Back to an empty form: where it started.
    page.clearForm();
    CHECK(place() == empty);
}

TEST_CASE("gui: the intake form at 1366x768 (screenshot)", "[.screenshot]")
{
    // Not a check: tests/gui/ScreeningTest.cpp's picture of the form, written
    // to $CLINIC_SCREENSHOT_DIR for a person to look at.
    const QString folder = qEnvironmentVariable("CLINIC_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    Clinic clinic;
    ShownForm shown(clinic.session);
    IntakeFormPage& page = shown.page;
    fillBasics(page);
    field<QCheckBox>(page, "radiatesLeg")->setChecked(true);
    field<QCheckBox>(page, "finding_shooting_leg_pain")->setChecked(true);
    page.bodyMap()->setAvoidSelection(bitOf(PainLocation::LowerLeg));
    for (const Question question :
         {Question::SaddleNumbness, Question::BladderOrBowelChange, Question::SexualDysfunction}) {
        page.screening()->setAnswer(question, Answer::No);
    }
    page.screening()->setAnswer(Question::SymptomsInBothLegs, Answer::Yes);
    page.screening()->focusQuestion(Question::ProgressiveLegWeakness);
    QTest::qWait(50);
    CHECK(page.grab().save(folder + QStringLiteral("/intake-form-top.png")));
    page.screening()->setAnswer(Question::SymptomsInBothLegs, Answer::No);
    page.screening()->setAnswer(Question::CancerHistory, Answer::Yes);
    page.clearance()->setChecked(true);
    page.clearance()->dateEdit()->setText(QStringLiteral("2026-10-01"));
    page.clearance()->codeBox(ClearanceCode::CancerHistory)->setChecked(true);
    page.screening()->focusQuestion(Question::VaricoseVeins);
    page.clearance()->byEdit()->setFocus();
    field<QScrollArea>(page, "formScroll")->ensureWidgetVisible(page.clearance());
    QTest::qWait(50);
    CHECK(page.grab().save(folder + QStringLiteral("/intake-form-bottom.png")));

    // The whole window, menus, toolbar and status bar included.
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(0);
    window.intakePage()->screening()->focusQuestion(Question::SaddleNumbness);
    QTest::qWait(50);
    CHECK(window.grab().save(folder + QStringLiteral("/intake-window.png")));

    // Save on an empty form: what is missing, then the marked form.
    IntakeFormPage& form = *window.intakePage();
    form.clearForm();
    gui_test::inspectNextMessageBox([folder](QMessageBox* box) {
        box->grab().save(folder + QStringLiteral("/intake-missing-message.png"));
    });
    form.save();
    QTest::qWait(50);
    CHECK(window.grab().save(folder + QStringLiteral("/intake-missing-marked.png")));

    // An emergency: the banner, then the dialog on saving.
    fillBasics(form);
    for (std::size_t i = 0; i < kQuestionCount; ++i) {
        form.screening()->setAnswer(Question(i), Answer::No);
    }
    form.screening()->setAnswer(Question::SaddleNumbness, Answer::Yes);
    QTest::qWait(50);
    CHECK(window.grab().save(folder + QStringLiteral("/intake-emergency-banner.png")));
    gui_test::inspectNextMessageBox([folder](QMessageBox* box) {
        box->grab().save(folder + QStringLiteral("/intake-emergency-dialog.png"));
    });
    CHECK(form.save() > 0);
    QTest::qWait(50);
    CHECK(window.grab().save(folder + QStringLiteral("/intake-after-save.png")));

    // The keyboard: the body map focused (Tab into it, Up once), a row of
    // boxes focused, and Help > Keyboard shortcuts.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    form.bodyMap()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(form.bodyMap(), Qt::Key_Up);
    QTest::qWait(50);
    CHECK(window.grab().save(folder + QStringLiteral("/intake-map-focused.png")));
    field<QCheckBox>(form, "radiatesHip")->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::qWait(50);
    CHECK(window.grab().save(folder + QStringLiteral("/intake-boxes-focused.png")));
    KeyboardShortcutsDialog shortcuts(window.findChildren<QAction*>(), &window);
    shortcuts.show();
    REQUIRE(QTest::qWaitForWindowExposed(&shortcuts));
    QTest::qWait(50);
    CHECK(shortcuts.grab().save(folder + QStringLiteral("/keyboard-shortcuts.png")));
}
