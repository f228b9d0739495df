// The front desk and the therapist, end to end through the widgets: fill an
// intake with the keyboard and the body map, watch the suggestion, save,
// find it in the review queue, accept and override.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "FormInput.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "common/DateText.h"
#include "intake/AnswerPairWidget.h"
#include "intake/BodyMapWidget.h"
#include "intake/IntakeFormPage.h"
#include "intake/ScreeningSection.h"
#include "intake/SuggestionPanel.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "settings/SettingsDialog.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using vocabulary::Answer;
using vocabulary::PainLocation;
using vocabulary::Question;

using gui_test::field;
using gui_test::typeInto;

namespace {

using Clinic = gui_test::TemporaryClinic;

using gui_test::answerAllNo;
using gui_test::answerNextMessageBox;
using gui_test::fillBasics;

} // namespace

TEST_CASE("gui: an intake filled with the keyboard and body map gets a live suggestion",
          "[gui][intake]")
{
    Clinic clinic;
    IntakeFormPage page(clinic.session);
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    CHECK_FALSE(page.isValid());
    CHECK(page.suggestionPanel()->approachText() == QStringLiteral("No suggestion yet"));

    fillBasics(page);
    answerAllNo(page);
    // The body map and the checkbox list agree.
    CHECK(field<QCheckBox>(page, "location_lower_back")->isChecked());
    for (const auto& error : page.currentErrors()) {
        UNSCOPED_INFO(error.toString());
    }
    REQUIRE(page.isValid());
    CHECK(page.hasUnsavedAnswers());
    CHECK(field<QLabel>(page, "ageLabel")->text() == QStringLiteral("age 46"));
    CHECK(field<QLabel>(page, "acuityLabel")->text().contains(QStringLiteral("acute")));
    // Acute, only the low back: gentle sacroiliac work.
    CHECK(page.suggestionPanel()->approachText() == QStringLiteral("Gentle sacroiliac work"));
    CHECK_FALSE(page.suggestionPanel()->bannerVisible());

    // A red flag answered yes turns the suggestion into the referral banner at once.
    auto* saddle = field<AnswerPairWidget>(page, "answer_saddle_numbness");
    saddle->setFocus();
    QTest::keyClick(saddle, Qt::Key_Y);
    CHECK(page.suggestionPanel()->bannerVisible());
    CHECK(page.suggestionPanel()->bannerText().contains(QStringLiteral("EMERGENCY")));
    CHECK(page.suggestionPanel()->bannerText().contains(QStringLiteral("emergency care now")));
    QTest::keyClick(saddle, Qt::Key_N);
    CHECK_FALSE(page.suggestionPanel()->bannerVisible());

    // A caution shows as a chip and limits the pressure.
    page.screening()->setAnswer(Question::Anticoagulants, Answer::Yes);
    CHECK(page.suggestionPanel()->cautionTexts().size() == 1);
    CHECK(page.suggestionPanel()->pressureText().contains(QStringLiteral("Light")));
    CHECK(
        page.suggestionPanel()->rationaleText().contains(QStringLiteral("caution-anticoagulants")));
}

TEST_CASE("gui: a wrong answer is marked beside its field with the validator's message",
          "[gui][intake]")
{
    Clinic clinic;
    IntakeFormPage page(clinic.session);
    page.show();
    typeInto(field<QLineEdit>(page, "dateOfBirthEdit"), QStringLiteral("1990-02-30"));
    auto* error = field<QLabel>(page, "dateOfBirthError");
    CHECK(error->isVisibleTo(&page));
    CHECK(error->text() == QStringLiteral("not a calendar date: 1990-02-30"));
    // Untouched fields are not shouted at before a save is attempted.
    CHECK_FALSE(field<QLabel>(page, "nameError")->isVisibleTo(&page));
    QString missing;
    gui_test::readNextMessageBox(&missing);
    CHECK(page.save() == 0);
    CHECK(missing.contains(QStringLiteral("• Name: must not be empty")));
    CHECK(field<QLabel>(page, "nameError")->isVisibleTo(&page));
    CHECK(field<QLabel>(page, "nameError")->text() == QStringLiteral("must not be empty"));
}

TEST_CASE("gui: save stores the intake, clears the form, and the therapist reviews it",
          "[gui][intake][review]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(0);

    IntakeFormPage& page = *window.intakePage();
    fillBasics(page, QStringLiteral("Ana Lima"));
    answerAllNo(page);
    QSignalSpy saved(&page, &IntakeFormPage::saved);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.count() == 1);
    const qint64 firstId = saved.at(0).at(0).toLongLong();
    CHECK_FALSE(page.hasUnsavedAnswers());
    CHECK(field<QLineEdit>(page, "nameEdit")->text().isEmpty());

    fillBasics(page, QStringLiteral("Ben Okafor"));
    answerAllNo(page);
    page.save();
    REQUIRE(saved.count() == 2);
    const qint64 secondId = saved.at(1).at(0).toLongLong();

    // Ctrl+R: the review queue, with both waiting.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    CHECK(window.currentPage() == 1);
    ReviewPage& review = *window.reviewPage();
    gui_test::waitForQueue(review);
    CHECK(review.queueSize() == 2);
    REQUIRE(review.selectIntake(firstId));
    CHECK(review.detailsText().contains(QStringLiteral("Ana Lima")));
    CHECK(review.detailsText().contains(QStringLiteral("Gentle sacroiliac work")));

    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(review.queueSize() == 1);
    CHECK(gui_test::storeOf(clinic.session).details(firstId).at("status") == "reviewed");

    // An override needs a reason: the button waits for one.
    REQUIRE(review.selectIntake(secondId));
    review.overrideApproach()->setCurrentIndex(int(vocabulary::Approach::Swedish));
    review.overridePressure()->setCurrentIndex(int(vocabulary::Pressure::Light));
    CHECK_FALSE(review.overrideButton()->isEnabled());
    typeInto(review.reasonEdit(), QStringLiteral("Client bruises easily"));
    CHECK(review.overrideButton()->isEnabled());
    typeInto(review.noteEdit(), QStringLiteral("Felt better"));
    QTest::mouseClick(review.overrideButton(), Qt::LeftButton);
    CHECK(review.queueSize() == 0);
    const auto details = gui_test::storeOf(clinic.session).details(secondId);
    CHECK(details.at("reviews").at(0).at("decision") == "overridden");
    CHECK(details.at("reviews").at(0).at("reason") == "Client bruises easily");
    CHECK(details.at("reviews").at(0).at("final_pressure") == "light");
    CHECK(details.at("reviews").at(0).at("session_note") == "Felt better");
}

TEST_CASE("gui: a failed save keeps every answer on the form", "[gui][intake]")
{
    Clinic clinic;
    IntakeFormPage page(clinic.session);
    page.show();
    fillBasics(page);
    REQUIRE(page.isValid());
    // The database refuses the write: read-only for the session's connection
    // to the file; a constraint no new intake meets on the server.
    const auto refuseWrites = [&](bool refuse) {
        if (clinic.database.onServer()) {
            clinic.database.executeAsOwner(
                refuse ? QStringLiteral("ALTER TABLE intakes ADD CONSTRAINT refused_by_the_test "
                                        "CHECK (false) NOT VALID")
                       : QStringLiteral("ALTER TABLE intakes DROP CONSTRAINT refused_by_the_test"));
        } else {
            gui_test::databaseOf(clinic.session)
                .execute(refuse ? QStringLiteral("PRAGMA query_only = ON")
                                : QStringLiteral("PRAGMA query_only = OFF"),
                         "test");
        }
    };
    refuseWrites(true);
    answerNextMessageBox(QMessageBox::Ok);
    CHECK(page.save() == 0);
    CHECK(field<QLineEdit>(page, "nameEdit")->text() == QStringLiteral("Jane Doe"));
    CHECK(page.hasUnsavedAnswers());
    refuseWrites(false);
    CHECK(page.save() > 0);
}

TEST_CASE("gui: leaving a form with unsaved answers asks first", "[gui][intake]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.show();
    typeInto(window.intakePage()->fieldWidget(QStringLiteral("nameEdit")), QStringLiteral("Zoe"));
    answerNextMessageBox(QMessageBox::Cancel);
    window.newIntake();
    CHECK(qobject_cast<QLineEdit*>(window.intakePage()->fieldWidget(QStringLiteral("nameEdit")))
              ->text() == QStringLiteral("Zoe"));
    answerNextMessageBox(QMessageBox::Discard);
    window.newIntake();
    CHECK(qobject_cast<QLineEdit*>(window.intakePage()->fieldWidget(QStringLiteral("nameEdit")))
              ->text()
              .isEmpty());
}

TEST_CASE("gui: the window starts on the role's own page, not the last user's", "[gui]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    {
        MainWindow window(clinic.session, settings);
        CHECK(window.currentPage() == int(AppSettings::Page::Review));
        window.showPage(int(AppSettings::Page::Records));
        window.close();
    }
    MainWindow again(clinic.session, settings);
    CHECK(again.currentPage() == int(AppSettings::Page::Review));
    gui_test::signInAs(clinic.session, Role::FrontDesk);
    MainWindow frontDesk(clinic.session, settings);
    CHECK(frontDesk.currentPage() == int(AppSettings::Page::Intake));
}

TEST_CASE("gui: the settings dialog chooses the database file", "[gui][settings][sqlite]")
{
    Clinic clinic; // a manager's
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    SettingsDialog dialog(clinic.session, settings);
    CHECK(dialog.databasePathEdit()->text() == Database::defaultPath());
    dialog.databasePathEdit()->setText(folder.filePath(QStringLiteral("other.sqlite")));
    dialog.accept();
    CHECK(AppSettings(folder.filePath(QStringLiteral("settings.ini"))).databasePath() ==
          folder.filePath(QStringLiteral("other.sqlite")));
}

TEST_CASE("gui: the front desk finds a returning client by name and fills in their details",
          "[gui][intake]")
{
    Clinic clinic;
    gui_test::signInAs(clinic.session, Role::FrontDesk);
    IntakeFormPage page(clinic.session);
    page.show();
    fillBasics(page, QStringLiteral("Ana Lima"));
    typeInto(field<QLineEdit>(page, "phoneEdit"), QStringLiteral("555-0101"));
    REQUIRE(page.save() > 0);

    typeInto(field<QLineEdit>(page, "nameEdit"), QStringLiteral("lim"));
    gui_test::waitForLookup(page);
    auto* found = field<QListWidget>(page, "returningClientList");
    REQUIRE(found->isVisibleTo(&page));
    REQUIRE(found->count() == 1);
    CHECK(found->item(0)->text().startsWith(QStringLiteral("Ana Lima, born")));
    found->setFocus();
    found->setCurrentRow(0);
    QTest::keyClick(found, Qt::Key_Return);
    CHECK(field<QLineEdit>(page, "nameEdit")->text() == "Ana Lima");
    CHECK(field<QLineEdit>(page, "dateOfBirthEdit")->text() == date_text::show(QDate(1980, 4, 12)));
    CHECK(field<QLineEdit>(page, "phoneEdit")->text() == "555-0101");
    CHECK_FALSE(found->isVisibleTo(&page));
}

TEST_CASE("gui: saving an emergency referral says so in a dialog before the form clears",
          "[gui][intake]")
{
    Clinic clinic;
    IntakeFormPage page(clinic.session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    fillBasics(page, QStringLiteral("Eli Stone"));
    answerAllNo(page);
    // Cauda equina, as in tests/golden/03-cauda-equina.json.
    page.screening()->setAnswer(Question::SaddleNumbness, Answer::Yes);
    REQUIRE(page.suggestionPanel()->bannerText().contains(QStringLiteral("EMERGENCY")));

    QString shown;
    QString nameWhileShown;
    bool bannerWhileShown = false;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    auto* name = field<QLineEdit>(page, "nameEdit");
    gui_test::inspectNextMessageBox([&](QMessageBox* box) {
        shown = box->text();
        icon = box->icon();
        nameWhileShown = name->text();
        bannerWhileShown = page.suggestionPanel()->bannerVisible();
    });
    const qint64 id = page.save();
    REQUIRE(id > 0);
    CHECK(shown.startsWith(QStringLiteral("Refer out — emergency: tell the client now.")));
    CHECK(shown.contains(QStringLiteral("send the client to emergency care now")));
    // The reason, as the rule gives it, and not the caution's.
    CHECK(shown.contains(QStringLiteral("Numbness in the saddle area can mean cauda equina "
                                        "syndrome: emergency department now, no massage.")));
    CHECK_FALSE(shown.contains(QStringLiteral("Nerve symptoms")));
    CHECK(shown.contains(QStringLiteral("Intake %1 is saved.").arg(id)));
    CHECK(icon == QMessageBox::Critical);
    // Shown while the answers and the banner were still there; cleared after.
    CHECK(nameWhileShown == QStringLiteral("Eli Stone"));
    CHECK(bannerWhileShown);
    CHECK(name->text().isEmpty());
    CHECK_FALSE(page.suggestionPanel()->bannerVisible());
}

TEST_CASE("gui: after a save and after New intake the form is at the top with the focus in Name",
          "[gui][intake]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(0);
    IntakeFormPage& page = *window.intakePage();
    QScrollBar* scroll = field<QScrollArea>(page, "formScroll")->verticalScrollBar();
    auto* name = field<QLineEdit>(page, "nameEdit");

    fillBasics(page, QStringLiteral("Ana Lima"));
    answerAllNo(page);
    // The last answer given is at the bottom of the form.
    field<QPlainTextEdit>(page, "notesEdit")->setFocus();
    scroll->setValue(scroll->maximum());
    REQUIRE(scroll->value() > 0);
    QSignalSpy saved(&page, &IntakeFormPage::saved);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.count() == 1);
    CHECK(scroll->value() == 0);
    CHECK(QApplication::focusWidget() == name);

    // New intake (Ctrl+N) from the bottom of a half-filled form.
    typeInto(name, QStringLiteral("Zoe"));
    page.screening()->focusQuestion(Question::VaricoseVeins);
    REQUIRE(scroll->value() > 0);
    answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(name->text().isEmpty());
    CHECK(scroll->value() == 0);
    // The window's focus (the offscreen platform does not activate it again
    // after the question's dialog, as a window manager would).
    CHECK(window.focusWidget() == name);
}

TEST_CASE("gui: Ctrl+S on an incomplete form lists what is missing and goes to the first of it",
          "[gui][intake]")
{
    Clinic clinic;
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(0);
    IntakeFormPage& page = *window.intakePage();
    auto* name = field<QLineEdit>(page, "nameEdit");
    auto* bodyMapGroup = field<QGroupBox>(page, "bodyMapGroup");

    // What still needs an answer is marked from the start, in words, before
    // anything is shouted in red.
    CHECK(field<QLabel>(page, "nameLabel")->text() == QStringLiteral("&Name (needed)"));
    CHECK(field<QLabel>(page, "dateOfBirthLabel")->text() == QStringLiteral("&Born (needed)"));
    CHECK(bodyMapGroup->title() == QStringLiteral("Body map: mark where it hurts (needed)"));
    CHECK(field<QLabel>(page, "phoneLabel")->text() == QStringLiteral("&Phone"));
    CHECK_FALSE(field<QLabel>(page, "nameError")->isVisibleTo(&page));
    // The marks do not move the fields beside them when they go.
    const auto fieldsAt = [&page] {
        QApplication::sendPostedEvents();
        return page.fieldWidget(QStringLiteral("nameEdit"))->mapTo(&page, QPoint(0, 0)).x();
    };
    const int fieldsWereAt = fieldsAt();
    typeInto(field<QLineEdit>(page, "dateOfBirthEdit"), QStringLiteral("1980-04-12"));
    CHECK(field<QLabel>(page, "dateOfBirthLabel")->text() == QStringLiteral("&Born"));

    // Ctrl+S from far down the form: the message, then Name.
    page.screening()->focusQuestion(Question::VaricoseVeins);
    QString shown;
    gui_test::readNextMessageBox(&shown);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK(shown.contains(QStringLiteral("• Name: must not be empty")));
    CHECK(shown.contains(
        QStringLiteral("• Where it hurts (body map): must name at least one body area")));
    CHECK(shown.contains(QStringLiteral("• Screening: %1 questions not asked yet")
                             .arg(page.screening()->requiredCount())));
    CHECK_FALSE(shown.contains(QStringLiteral("Born")));
    // After the message (the window's focus: the offscreen platform does not
    // activate the window again, as a window manager would).
    CHECK(window.focusWidget() == name);
    CHECK(field<QLabel>(page, "nameError")->isVisibleTo(&page));
    CHECK(field<QLabel>(page, "locationsError")->isVisibleTo(&page));

    // With a name, the body map is the first thing missing.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    typeInto(name, QStringLiteral("Jane Doe"));
    CHECK(field<QLabel>(page, "nameLabel")->text() == QStringLiteral("&Name"));
    CHECK(fieldsAt() == fieldsWereAt);
    shown.clear();
    gui_test::readNextMessageBox(&shown);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(shown.contains(QStringLiteral("• Name")));
    CHECK(shown.contains(QStringLiteral("• Where it hurts (body map)")));
    CHECK(window.focusWidget() == page.bodyMap());
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Complete, Ctrl+S saves as before, without a message.
    QTest::mouseClick(page.bodyMap(), Qt::LeftButton, {},
                      page.bodyMap()->regionBounds(PainLocation::LowerBack).center());
    CHECK(bodyMapGroup->title() == QStringLiteral("Body map"));
    QSignalSpy saved(&page, &IntakeFormPage::saved);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK(saved.count() == 1);
}

TEST_CASE("gui: saving the same intake form twice stores one intake", "[gui][intake][save-id]")
{
    Clinic clinic;
    IntakeFormPage page(clinic.session);
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    fillBasics(page);
    answerAllNo(page);
    REQUIRE(page.isValid());
    const QString saveId = page.saveId();
    REQUIRE_FALSE(saveId.isEmpty());
    // The answers do not change the form's save id: it is the form's.
    typeInto(field<QLineEdit>(page, "phoneEdit"), QStringLiteral("416 555 0100"));
    CHECK(page.saveId() == saveId);

    // The first save fails as far as the form can tell (here the database
    // refuses it; a dropped connection looks the same)...
    const auto refuseWrites = [&](bool refuse) {
        if (clinic.database.onServer()) {
            clinic.database.executeAsOwner(
                refuse ? QStringLiteral("ALTER TABLE intakes ADD CONSTRAINT refused_by_the_test "
                                        "CHECK (false) NOT VALID")
                       : QStringLiteral("ALTER TABLE intakes DROP CONSTRAINT refused_by_the_test"));
        } else {
            gui_test::databaseOf(clinic.session)
                .execute(refuse ? QStringLiteral("PRAGMA query_only = ON")
                                : QStringLiteral("PRAGMA query_only = OFF"),
                         "test");
        }
    };
    refuseWrites(true);
    answerNextMessageBox(QMessageBox::Ok);
    CHECK(page.save() == 0);
    refuseWrites(false);
    CHECK(page.saveId() == saveId);
    // ...but, as after a connection lost before the answer came back, the
    // save is in the database, with the form's save id.
    const auto parsed = IntakeParser(clinic.session.clock()).validate(page.answers());
    REQUIRE(parsed.record);
    const SavedIntake first = clinic.session.staff().addIntake(*parsed.record, saveId);

    // Saved again: the first save's intake, nothing more stored, and no
    // "same client, same day" question about the form's own intake.
    QSignalSpy saved(&page, &IntakeFormPage::saved);
    CHECK(page.save() == first.intakeId);
    REQUIRE(saved.count() == 1);
    CHECK(saved.at(0).at(0).toLongLong() == first.intakeId);
    CHECK(gui_test::storeOf(clinic.session).count(IntakeFilter{}) == 1);
    int adds = 0;
    for (const AuditEntry& entry : gui_test::auditOf(clinic.session).entries()) {
        adds += entry.action == QLatin1String("add") ? 1 : 0;
    }
    CHECK(adds == 1);

    // A cleared form is a new save, and asks again about the same day.
    CHECK_FALSE(page.hasUnsavedAnswers());
    CHECK(page.saveId() != saveId);
    fillBasics(page);
    answerAllNo(page);
    gui_test::clickInNextMessageBox(QStringLiteral("Save anyway"));
    CHECK(page.save() > first.intakeId);
    CHECK(gui_test::storeOf(clinic.session).count(IntakeFilter{}) == 2);
}
