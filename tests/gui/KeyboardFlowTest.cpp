// The front desk's keyboard (issue 11): a whole typical intake typed without
// the mouse, with every key counted. A keystroke is one key press with
// whatever modifiers are held (Ctrl+S is one, a typed letter is one).
#include "AppSettings.h"
#include "ClinicSession.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "common/DateText.h"
#include "intake/AnswerPairWidget.h"
#include "intake/BodyMapWidget.h"
#include "intake/ClearanceEditor.h"
#include "intake/IntakeFormPage.h"
#include "intake/ScreeningSection.h"
#include "security/StaffSession.h"
#include "storage/IntakeStore.h"
#include "validation/IntakeParser.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace vocabulary;

namespace {

// Sends keys to whatever has the focus, as a keyboard does, and counts them.
struct Keyboard
{
    int count = 0;

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focused = QApplication::focusWidget();
        REQUIRE(focused != nullptr);
        ++count;
        QTest::keyClick(focused, key, modifiers);
    }

    void type(const QString& text)
    {
        for (const QChar character : text) {
            QWidget* focused = QApplication::focusWidget();
            REQUIRE(focused != nullptr);
            ++count;
            QTest::keyClicks(focused, QString(character));
        }
    }

    // Tab until `target` has the focus, as a receptionist who knows the
    // form does; returns how many Tabs that took.
    int tabTo(QWidget* target)
    {
        int tabs = 0;
        while (QApplication::focusWidget() != target) {
            REQUIRE(tabs < 200);
            press(Qt::Key_Tab);
            ++tabs;
        }
        return tabs;
    }
};

QWidget* fieldOf(IntakeFormPage& page, const char* name)
{
    QWidget* widget = page.fieldWidget(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace

TEST_CASE("gui: a whole typical intake from the keyboard takes at most 93 keys",
          "[gui][intake][keys]")
{
    gui_test::TemporaryClinic clinic;
    gui_test::signInAs(clinic.session, Role::FrontDesk);
    QTemporaryDir settingsFolder;
    AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(clinic.session, settings);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    IntakeFormPage& page = *window.intakePage();
    REQUIRE(QApplication::focusWidget() == fieldOf(page, "nameEdit"));

    Keyboard keys;
    keys.type(QStringLiteral("Jane Doe"));
    keys.tabTo(fieldOf(page, "dateOfBirthEdit"));
    keys.type(QStringLiteral("1980-04-12"));
    keys.tabTo(fieldOf(page, "phoneEdit"));
    keys.type(QStringLiteral("555-0101"));
    // No email; the visit date is today.
    keys.tabTo(fieldOf(page, "intensitySpin"));
    keys.type(QStringLiteral("6"));
    keys.tabTo(fieldOf(page, "durationSpin"));
    keys.type(QStringLiteral("3"));
    // Where it hurts: the lower back, on the body map.
    BodyMapWidget* map = page.bodyMap();
    const int tabsToMap = keys.tabTo(map);
    REQUIRE(map->focusedRegion() == int(PainLocation::LowerBack));
    keys.press(Qt::Key_Space);
    REQUIRE(map->selection() == bitOf(PainLocation::LowerBack));
    // The screening and precautions, each answered N (which moves on).
    ScreeningSection& screening = *page.screening();
    const int tabsToScreening = keys.tabTo(screening.questionWidget(Question::SaddleNumbness));
    const int questions = screening.requiredCount();
    for (int i = 0; i < questions; ++i) {
        REQUIRE(qobject_cast<AnswerPairWidget*>(QApplication::focusWidget()) != nullptr);
        keys.press(Qt::Key_N);
    }
    REQUIRE(screening.answeredCount() == questions);
    // A firm pressure, then save.
    auto* pressure = qobject_cast<QComboBox*>(fieldOf(page, "pressureCombo"));
    REQUIRE(pressure != nullptr);
    keys.tabTo(pressure);
    keys.press(Qt::Key_Down);
    REQUIRE(pressure->currentIndex() == int(Pressure::Firm));
    REQUIRE(page.isValid());
    keys.press(Qt::Key_S, Qt::ControlModifier);

    // Saved as typed, and the form is ready for the next client.
    const auto saved = gui_test::storeOf(clinic.session).list({});
    REQUIRE(saved.size() == 1);
    const auto details = gui_test::storeOf(clinic.session).details(saved.front().id);
    const auto& intake = details.at("intake");
    CHECK(intake.at("client").at("name") == "Jane Doe");
    CHECK(intake.at("client").at("phone") == "555-0101");
    CHECK(intake.at("pain").at("intensity") == 6);
    CHECK(intake.at("pain").at("locations").dump() == R"(["lower_back"])");
    CHECK(intake.at("pressure_preference") == "firm");
    CHECK(intake.at("screening").at("saddle_numbness") == "no");
    CHECK(QApplication::focusWidget() == fieldOf(page, "nameEdit"));

    INFO("Tabs from duration to the map: " << tabsToMap << ", from the map to the screening: "
                                           << tabsToScreening);
    INFO("Keys for the whole intake: " << keys.count);
    WARN("Keys for a whole typical intake: " << keys.count);
    // Issue 11 counted about 156 before; the target is at most 60% of that.
    CHECK(keys.count <= 93);
}

TEST_CASE("gui: Tab goes through the intake form in the consultation's order with the body map "
          "as one stop",
          "[gui][intake][keys]")
{
    gui_test::TemporaryClinic clinic;
    IntakeFormPage page(clinic.session);
    page.resize(1366, 768);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QWidget* notes = fieldOf(page, "notesEdit");
    fieldOf(page, "nameEdit")->setFocus(Qt::OtherFocusReason);

    // Every Tab from Name to Notes, and where it went.
    Keyboard keys;
    QStringList stops{QApplication::focusWidget()->objectName()};
    while (QApplication::focusWidget() != notes) {
        REQUIRE(keys.count < 200);
        keys.press(Qt::Key_Tab);
        stops << QApplication::focusWidget()->objectName();
    }
    QStringList expected{QStringLiteral("nameEdit"),
                         QStringLiteral("dateOfBirthEdit"),
                         QStringLiteral("phoneEdit"),
                         QStringLiteral("emailEdit"),
                         QStringLiteral("visitDateEdit"), // one stop, not one per part of the date
                         QStringLiteral("intensitySpin"),
                         QStringLiteral("durationSpin"),
                         QStringLiteral("radiatesHip"), // the four boxes: one stop, arrows inside
                         QStringLiteral("painModeRadio"),
                         QStringLiteral("bodyMap"),             // one stop, arrows inside
                         QStringLiteral("location_lower_back"), // the boxes beside it: one stop
                         QStringLiteral("finding_shooting_leg_pain"), // nerve symptoms
                         QStringLiteral("finding_tight_hamstrings")}; // muscle findings
    for (const QWidget* question : page.screening()->tabStops()) {
        if (question->isVisibleTo(&page)) {
            expected << question->objectName(); // screening, then precautions
        }
    }
    expected << page.clearance()->objectName() << QStringLiteral("pressureCombo")
             << QStringLiteral("notesEdit");
    CHECK(stops == expected);
    CHECK(keys.count == 41);
    // Shift+Tab goes back the same way.
    for (qsizetype i = expected.size() - 2; i >= 0; --i) {
        keys.press(Qt::Key_Backtab, Qt::ShiftModifier);
        CHECK(QApplication::focusWidget()->objectName() == expected.at(i));
    }
}

TEST_CASE("gui: the arrow keys move within a row of boxes that is one Tab stop",
          "[gui][intake][keys]")
{
    gui_test::TemporaryClinic clinic;
    IntakeFormPage page(clinic.session);
    page.resize(1366, 768);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    Keyboard keys;
    // The body map's boxes: two columns, the arrows go the way pressed.
    fieldOf(page, "location_lower_back")->setFocus(Qt::TabFocusReason);
    keys.press(Qt::Key_Right);
    CHECK(QApplication::focusWidget() == fieldOf(page, "location_sacroiliac"));
    keys.press(Qt::Key_Down);
    CHECK(QApplication::focusWidget() == fieldOf(page, "location_upper_back"));
    keys.press(Qt::Key_Left);
    CHECK(QApplication::focusWidget() == fieldOf(page, "location_mid_back"));
    keys.press(Qt::Key_Space);
    CHECK(page.bodyMap()->selection() == bitOf(PainLocation::MidBack));
    keys.press(Qt::Key_Up);
    CHECK(QApplication::focusWidget() == fieldOf(page, "location_lower_back"));
    keys.press(Qt::Key_Up); // the edge: the arrows do not leave the boxes
    CHECK(QApplication::focusWidget() == fieldOf(page, "location_lower_back"));
    // Tab leaves the boxes, Shift+Tab comes back to the one last used.
    keys.press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == fieldOf(page, "finding_shooting_leg_pain"));
    keys.press(Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == fieldOf(page, "location_lower_back"));
    // The nerve symptoms: Down to the next one.
    keys.press(Qt::Key_Tab);
    keys.press(Qt::Key_Down);
    CHECK(QApplication::focusWidget() == fieldOf(page, "finding_leg_numbness_or_tingling"));
    keys.press(Qt::Key_Space);
    CHECK(page.answers().at("nerve_symptoms").at("leg_numbness_or_tingling") == true);
}

TEST_CASE("gui: Down in Name goes to the returning clients found and Enter picks one",
          "[gui][intake][keys]")
{
    gui_test::TemporaryClinic clinic;
    gui_test::signInAs(clinic.session, Role::FrontDesk);
    IntakeFormPage page(clinic.session);
    page.resize(1366, 768);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto intake = sampleIntake();
    intake["client"]["name"] = "Ana Lima";
    intake["client"]["phone"] = "555-0101";
    for (const char* name : {"Ana Lima", "Anabel Limon"}) {
        intake["client"]["name"] = name;
        const auto parsed = IntakeParser(clinic.session.clock()).validate(intake);
        REQUIRE(parsed.ok());
        clinic.session.staff().addIntake(*parsed.record);
    }

    auto* name = qobject_cast<QLineEdit*>(fieldOf(page, "nameEdit"));
    auto* found = qobject_cast<QListWidget*>(fieldOf(page, "returningClientList"));
    REQUIRE(QApplication::focusWidget() == name);
    Keyboard keys;
    keys.type(QStringLiteral("lim"));
    gui_test::waitForLookup(page); // no key: the matches arrive
    REQUIRE(found->isVisibleTo(&page));
    REQUIRE(found->count() == 2);
    // Down: into the list, on the first client found.
    keys.press(Qt::Key_Down);
    CHECK(QApplication::focusWidget() == found);
    CHECK(found->currentRow() == 0);
    // Up from the first goes back to the name, as typed.
    keys.press(Qt::Key_Up);
    CHECK(QApplication::focusWidget() == name);
    CHECK(name->text() == QStringLiteral("lim"));
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Down);
    const QString second = found->item(1)->data(Qt::UserRole).toString();
    CHECK(found->currentRow() == 1);
    keys.press(Qt::Key_Return);
    CHECK(name->text() == second);
    // Shown in the locale's format, as every date in the application.
    CHECK(
        qobject_cast<QLineEdit*>(fieldOf(page, "dateOfBirthEdit"))->text() ==
        date_text::show(QDate::fromString(
            QString::fromStdString(sampleIntake().at("client").at("date_of_birth")), Qt::ISODate)));
    CHECK(qobject_cast<QLineEdit*>(fieldOf(page, "phoneEdit"))->text() ==
          QStringLiteral("555-0101"));
    CHECK_FALSE(found->isVisibleTo(&page));
    // On to the visit, the next thing to ask.
    CHECK(QApplication::focusWidget() == fieldOf(page, "visitDateEdit"));
    CHECK(keys.count == 3 + 5);
}
