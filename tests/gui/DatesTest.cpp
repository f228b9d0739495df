// Dates typed and shown the same way everywhere (the locale's short format,
// the year in four digits, a calendar to pick from), and the warning before a
// second intake of the same client on the same day (issue 11, item 19).
#include "ClinicSession.h"
#include "FormInput.h"
#include "GuiClinic.h"
#include "Harness.h"
#include "SampleIntake.h"
#include "audit/AuditPage.h"
#include "common/DateLineEdit.h"
#include "common/DateText.h"
#include "intake/AnswerPairWidget.h"
#include "intake/BodyMapWidget.h"
#include "intake/ClearanceEditor.h"
#include "intake/IntakeFormPage.h"
#include "intake/ScreeningSection.h"
#include "records/RecordsPage.h"
#include "records/RecordsTableModel.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "storage/IntakeStore.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using vocabulary::PainLocation;
using vocabulary::Question;

using gui_test::field;
using gui_test::typeInto;

namespace {

using Clinic = gui_test::TemporaryClinic;

// The default locale for one test, put back after it.
struct LocaleForTest
{
    explicit LocaleForTest(const char* name) { QLocale::setDefault(QLocale(QLatin1String(name))); }
    ~LocaleForTest() { QLocale::setDefault(previous); }
    LocaleForTest(const LocaleForTest&) = delete;
    LocaleForTest& operator=(const LocaleForTest&) = delete;

    QLocale previous;
};

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The minimum a valid intake needs, with every screening question "no".
void fillIntake(IntakeFormPage& page, const QString& name, const QString& born)
{
    gui_test::fillBasics(page, name, born);
    gui_test::answerAllNo(page);
    REQUIRE(page.isValid());
}

std::string storedBirthDate(const IntakeFormPage& page)
{
    return page.answers().at("client").at("date_of_birth").get<std::string>();
}

qint64 intakeCount(const ClinicSession& session)
{
    return gui_test::storeOf(session).count(IntakeFilter{});
}

} // namespace

TEST_CASE("gui: dates: the date of birth is typed and shown in the locale's format",
          "[gui][intake][dates]")
{
    const LocaleForTest usa("en_US");
    Clinic clinic;
    IntakeFormPage page(clinic.session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* born = field<DateLineEdit>(page, "dateOfBirthEdit");
    auto* visit = field<QDateEdit>(page, "visitDateEdit");

    // The year in four digits, where en_US's own short format has two.
    CHECK(date_text::format() == QStringLiteral("M/d/yyyy"));
    CHECK(born->placeholderText() == QStringLiteral("MM/DD/YYYY"));
    CHECK(visit->displayFormat() == QStringLiteral("M/d/yyyy"));
    CHECK(visit->text() == QStringLiteral("11/21/2026"));

    // Empty, the date of birth is not given (no default date), and needed.
    CHECK(born->text().isEmpty());
    CHECK(storedBirthDate(page).empty());
    CHECK(field<QLabel>(page, "dateOfBirthLabel")->text().contains(QStringLiteral("(needed)")));

    // Typed month first, stored as ISO, the age beside it.
    typeInto(born, QStringLiteral("4/12/1980"));
    CHECK(storedBirthDate(page) == "1980-04-12");
    CHECK(field<QLabel>(page, "ageLabel")->text() == QStringLiteral("age 46"));
    CHECK_FALSE(
        field<QLabel>(page, "dateOfBirthLabel")->text().contains(QStringLiteral("(needed)")));
    CHECK_FALSE(field<QLabel>(page, "dateOfBirthError")->isVisibleTo(&page));

    // ISO is understood too, and shown in the locale's format once left.
    retype(born, QStringLiteral("1980-04-12"));
    CHECK(storedBirthDate(page) == "1980-04-12");
    field<QLineEdit>(page, "phoneEdit")->setFocus();
    CHECK(born->text() == QStringLiteral("4/12/1980"));

    // No such day: the message beside the field, with the text as typed.
    retype(born, QStringLiteral("2/30/1990"));
    auto* error = field<QLabel>(page, "dateOfBirthError");
    CHECK(error->isVisibleTo(&page));
    CHECK(error->text() == QStringLiteral("not a calendar date: 2/30/1990"));
    CHECK(field<QLabel>(page, "ageLabel")->text().isEmpty());
    // A year in two digits is not guessed.
    retype(born, QStringLiteral("4/12/80"));
    CHECK(error->text() == QStringLiteral("must be a date written MM/DD/YYYY, got \"4/12/80\""));
    CHECK(born->text() == QStringLiteral("4/12/80")); // left as typed
}

TEST_CASE("gui: dates: day first and year first locales read and show their own order",
          "[gui][intake][dates]")
{
    SECTION("en_GB")
    {
        const LocaleForTest britain("en_GB");
        Clinic clinic;
        IntakeFormPage page(clinic.session);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        auto* born = field<DateLineEdit>(page, "dateOfBirthEdit");
        CHECK(born->placeholderText() == QStringLiteral("DD/MM/YYYY"));
        CHECK(field<QDateEdit>(page, "visitDateEdit")->text() == QStringLiteral("21/11/2026"));
        typeInto(born, QStringLiteral("12/4/1980"));
        CHECK(storedBirthDate(page) == "1980-04-12");
        field<QLineEdit>(page, "phoneEdit")->setFocus();
        CHECK(born->text() == QStringLiteral("12/04/1980"));
        retype(born, QStringLiteral("30/02/1990"));
        CHECK(field<QLabel>(page, "dateOfBirthError")->text() ==
              QStringLiteral("not a calendar date: 30/02/1990"));
    }
    SECTION("fr_CA")
    {
        const LocaleForTest quebec("fr_CA");
        Clinic clinic;
        IntakeFormPage page(clinic.session);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        auto* born = field<DateLineEdit>(page, "dateOfBirthEdit");
        CHECK(born->placeholderText() == QStringLiteral("YYYY-MM-DD"));
        CHECK(field<QDateEdit>(page, "visitDateEdit")->text() == QStringLiteral("2026-11-21"));
        typeInto(born, QStringLiteral("1980-04-12"));
        CHECK(storedBirthDate(page) == "1980-04-12");
        retype(born, QStringLiteral("1990-02-30"));
        CHECK(field<QLabel>(page, "dateOfBirthError")->text() ==
              QStringLiteral("not a calendar date: 1990-02-30"));
    }
}

TEST_CASE("gui: dates: the date of birth and the clearance date have a calendar popup",
          "[gui][intake][dates]")
{
    const LocaleForTest usa("en_US");
    Clinic clinic;
    IntakeFormPage page(clinic.session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(field<QDateEdit>(page, "visitDateEdit")->calendarPopup());

    auto* born = field<DateLineEdit>(page, "dateOfBirthEdit");
    REQUIRE(born->calendarAction() != nullptr);
    CHECK(born->actions().contains(born->calendarAction()));
    // Alt+Down opens it; Enter picks the day selected and fills the field.
    born->setFocus();
    QTest::keyClick(born, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget* calendar = born->calendar();
    REQUIRE(calendar != nullptr);
    REQUIRE(calendar->isVisible());
    calendar->setSelectedDate(QDate(1980, 4, 12));
    QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Return);
    CHECK_FALSE(calendar->isVisible());
    CHECK(born->text() == QStringLiteral("4/12/1980"));
    CHECK(storedBirthDate(page) == "1980-04-12");
    // Taken as the user's answer: the age shows, the form has unsaved answers.
    CHECK(field<QLabel>(page, "ageLabel")->text() == QStringLiteral("age 46"));
    CHECK(page.hasUnsavedAnswers());
    // It opens at the date typed; Escape closes it and changes nothing.
    QTest::keyClick(born, Qt::Key_F4);
    REQUIRE(calendar->isVisible());
    CHECK(calendar->selectedDate() == QDate(1980, 4, 12));
    QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Escape);
    CHECK_FALSE(calendar->isVisible());
    CHECK(born->text() == QStringLiteral("4/12/1980"));

    // The clearance's date: the same field, read in the locale's format.
    ClearanceEditor& clearance = *page.clearance();
    clearance.setChecked(true);
    CHECK(clearance.dateEdit()->calendarAction() != nullptr);
    CHECK(clearance.dateEdit()->placeholderText() == QStringLiteral("MM/DD/YYYY"));
    typeInto(clearance.dateEdit(), QStringLiteral("10/1/2026"));
    CHECK(page.answers().at("medical_clearance").at("date") == "2026-10-01");
    CHECK(clearance.validityText() == QStringLiteral("✓ valid until 12/30/2026"));
}

TEST_CASE("gui: dates: a returning client's date of birth shows and fills in the locale's format",
          "[gui][intake][dates]")
{
    const LocaleForTest usa("en_US");
    Clinic clinic;
    gui_test::signInAs(clinic.session, Role::FrontDesk);
    IntakeFormPage page(clinic.session);
    page.resize(1366, 768);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    fillIntake(page, QStringLiteral("Ana Lima"), QStringLiteral("4/12/1980"));
    REQUIRE(page.save() > 0);

    // By date of birth, typed in the locale's format.
    typeInto(field<QLineEdit>(page, "dateOfBirthEdit"), QStringLiteral("4/12/1980"));
    gui_test::waitForLookup(page);
    auto* found = field<QListWidget>(page, "returningClientList");
    REQUIRE(found->isVisibleTo(&page));
    REQUIRE(found->count() == 1);
    CHECK(found->item(0)->text() == QStringLiteral("Ana Lima, born 4/12/1980"));
    page.clearForm();

    // By name: Down into the matches, Enter fills the date in the locale's format.
    auto* name = field<QLineEdit>(page, "nameEdit");
    typeInto(name, QStringLiteral("lim"));
    gui_test::waitForLookup(page);
    REQUIRE(found->count() == 1);
    QTest::keyClick(name, Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(field<QLineEdit>(page, "dateOfBirthEdit")->text() == QStringLiteral("4/12/1980"));
    CHECK(storedBirthDate(page) == "1980-04-12");
}

TEST_CASE("gui: dates: the records, review and audit pages show dates in the locale's format",
          "[gui][records][dates]")
{
    const LocaleForTest usa("en_US");
    Clinic clinic;
    auto parsed = harness::parse(sampleIntake()); // Sam Example, born 1980-06-15, visit 2026-11-21
    REQUIRE(parsed.ok());
    const SavedIntake saved = clinic.session.staff().addIntake(*parsed.record);

    RecordsPage records(clinic.session);
    RecordsTableModel& model = *records.model();
    gui_test::waitForRecords(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, RecordsTableModel::VisitDateColumn).data().toString() ==
          QStringLiteral("11/21/2026"));
    CHECK(model.index(0, RecordsTableModel::BornColumn).data().toString() ==
          QStringLiteral("6/15/1980"));
    CHECK(records.fromEdit()->displayFormat() == QStringLiteral("M/d/yyyy"));
    CHECK(records.toEdit()->displayFormat() == QStringLiteral("M/d/yyyy"));

    gui_test::signInAs(clinic.session, Role::Therapist);
    ReviewPage review(clinic.session);
    gui_test::waitForQueue(review);
    review.refresh();
    gui_test::waitForQueue(review);
    auto* queue = review.findChild<QListWidget*>();
    REQUIRE(queue != nullptr);
    REQUIRE(queue->count() >= 1);
    CHECK(queue->item(0)->text().contains(
        QStringLiteral("#%1  11/21/2026  Sam Example").arg(saved.intakeId)));

    gui_test::signInAs(clinic.session, Role::Manager);
    AuditPage audit(clinic.session);
    gui_test::waitForChainCheck(audit);
    CHECK(audit.sinceEdit()->displayFormat() == QStringLiteral("M/d/yyyy"));
    CHECK(audit.sinceEdit()->calendarPopup());
    CHECK(date_text::show(QDateTime(QDate(2026, 11, 21), QTime(14, 5))) ==
          QStringLiteral("11/21/2026 2:05 PM"));
}

TEST_CASE("gui: saving a second intake for the same client on the same day asks first",
          "[gui][intake][sameday]")
{
    Clinic clinic;
    gui_test::signInAs(clinic.session, Role::FrontDesk);
    IntakeFormPage page(clinic.session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    fillIntake(page, QStringLiteral("Ana Lima"), QStringLiteral("1980-04-12"));
    const qint64 first = page.save();
    REQUIRE(first > 0);
    // Another client the same day, and this client another day: no question.
    fillIntake(page, QStringLiteral("Eli Stone"), QStringLiteral("1980-04-12"));
    REQUIRE(page.save() > 0);
    REQUIRE(intakeCount(clinic.session) == 2);

    // The same client again (the name as typed another way), the same day.
    fillIntake(page, QStringLiteral("ana  LIMA"), QStringLiteral("1980-04-12"));
    QString text;
    bool enterKept = false;
    gui_test::onNextModal<QMessageBox>([&](QMessageBox* box) {
        text = box->text();
        auto* back = box->findChild<QPushButton*>(QStringLiteral("goBackButton"));
        auto* anyway = box->findChild<QPushButton*>(QStringLiteral("saveAnywayButton"));
        REQUIRE(back != nullptr);
        REQUIRE(anyway != nullptr);
        CHECK(box->defaultButton() == back);
        CHECK(back->text().contains(QLatin1Char('&')));
        CHECK(anyway->text().contains(QLatin1Char('&')));
        // Enter: the default, which stores nothing.
        QTest::keyClick(box, Qt::Key_Return);
        enterKept = !box->isVisible();
    });
    CHECK(page.save() == 0);
    CHECK(enterKept);
    CHECK(text.contains(QStringLiteral("intake #%1").arg(first)));
    CHECK(text.contains(date_text::show(gui_test::kNow)));
    CHECK(intakeCount(clinic.session) == 2);
    // The form keeps every answer.
    CHECK(field<QLineEdit>(page, "nameEdit")->text() == QStringLiteral("ana  LIMA"));
    CHECK(page.isValid());
    CHECK(page.hasUnsavedAnswers());

    // Escape too.
    gui_test::onNextModal<QMessageBox>(
        [](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); });
    CHECK(page.save() == 0);
    CHECK(intakeCount(clinic.session) == 2);

    // "Save anyway" stores it.
    gui_test::clickInNextMessageBox(QStringLiteral("Save anyway"));
    const qint64 second = page.save();
    CHECK(second > first);
    CHECK(intakeCount(clinic.session) == 3);
    CHECK(field<QLineEdit>(page, "nameEdit")->text().isEmpty());
}

TEST_CASE("gui: amending an intake does not ask about the same day", "[gui][intake][sameday]")
{
    Clinic clinic;
    IntakeFormPage page(clinic.session);
    page.show();
    fillIntake(page, QStringLiteral("Ana Lima"), QStringLiteral("1980-04-12"));
    const qint64 first = page.save();
    REQUIRE(first > 0);
    page.startAmending(first, 1,
                       nlohmann::json::parse(
                           gui_test::storeOf(clinic.session).details(first).at("intake").dump()));
    auto* intensity = field<QSpinBox>(page, "intensitySpin");
    intensity->setValue(6);
    // No question: a message box here would never be answered.
    CHECK(page.save() == first);
    CHECK(intakeCount(clinic.session) == 1);
}
