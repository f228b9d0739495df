// Review safety (issue 11): nothing is decided, opened or sent back to the
// queue by a key press meant for something else. After a decision the focus
// is on the queue, the override starts unchosen for each intake, signing in
// opens no intake, and the record viewer's Enter only closes it; amending a
// reviewed intake asks first, and an unchanged amendment is not stored.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "TestStaff.h"
#include "account/SessionController.h"
#include "account/SignInDialog.h"
#include "intake/IntakeFormPage.h"
#include "review/IntakeDetailsDialog.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "storage/AuditLog.h"
#include "storage/IntakeStore.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace vocabulary;

namespace {

struct Clinic
{
    explicit Clinic(Role role = Role::Therapist)
    {
        REQUIRE(folder.isValid());
        session =
            gui_test::openClinic(database, std::make_unique<FixedClock>(gui_test::kNow), role);
    }

    qint64 add(const QString& name)
    {
        auto intake = sampleIntake();
        intake["client"]["name"] = name.toStdString();
        // As the intake form writes it (it always writes a pressure preference).
        intake["pressure_preference"] = "medium";
        const auto parsed = IntakeParser(session->clock()).validate(intake);
        REQUIRE(parsed.ok());
        return session->staff().addIntake(*parsed.record).intakeId;
    }

    nlohmann::ordered_json details(qint64 intakeId) const
    {
        return gui_test::storeOf(*session).details(intakeId);
    }

    // The "view" entries of the audit log, as "actor records".
    QStringList views() const
    {
        QStringList found;
        for (const AuditEntry& entry : gui_test::auditOf(*session).entries()) {
            if (entry.action == QLatin1String("view")) {
                found << entry.actor + QLatin1Char(' ') + entry.records;
            }
        }
        return found;
    }

    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    std::unique_ptr<ClinicSession> session;
    AppSettings settings{folder.filePath(QStringLiteral("settings.ini"))};
};

} // namespace

TEST_CASE("gui: review: after an accept from the keyboard the focus is on the queue and "
          "Space again accepts nobody",
          "[gui][review]")
{
    Clinic clinic;
    const qint64 first = clinic.add(QStringLiteral("Ana Lima"));
    const qint64 second = clinic.add(QStringLiteral("Ben Okafor"));
    const qint64 third = clinic.add(QStringLiteral("Cy Ito"));
    MainWindow window(*clinic.session, clinic.settings);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ReviewPage& review = *window.reviewPage();
    window.showPage(int(AppSettings::Page::Review));
    gui_test::waitForQueue(review);
    REQUIRE(review.queueSize() == 3);

    // The first of the queue opened, Accept focused, Space.
    QListWidget* queue = review.queue();
    const qint64 opened = queue->item(0)->data(Qt::UserRole).toLongLong();
    REQUIRE(review.selectIntake(opened));
    review.acceptButton()->setFocus();
    QTest::keyClick(review.acceptButton(), Qt::Key_Space);
    CHECK(clinic.details(opened).at("status") == "reviewed");

    // Nothing else is open, and the keyboard is in the queue, not on a button.
    CHECK(review.selectedIntake() == 0);
    CHECK(review.queueSize() == 2);
    CHECK(QApplication::focusWidget() == queue);
    CHECK_FALSE(review.acceptButton()->isEnabled());

    // The double press: Space, and Space once more, decide for no one.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    for (const qint64 id : {first, second, third}) {
        if (id != opened) {
            INFO("intake " << id);
            CHECK(clinic.details(id).at("status") == "pending");
            CHECK(clinic.details(id).at("reviews").empty());
        }
    }
    CHECK(review.selectedIntake() == 0);
    CHECK(QApplication::focusWidget() == queue);

    // An override leaves the focus in the queue as well.
    QTest::keyClick(queue, Qt::Key_Down);
    const qint64 next = review.selectedIntake();
    REQUIRE(next > 0);
    review.overrideApproach()->setCurrentIndex(
        review.overrideApproach()->findData(int(Approach::Swedish)));
    review.overridePressure()->setCurrentIndex(
        review.overridePressure()->findData(int(Pressure::Light)));
    review.reasonEdit()->setText(QStringLiteral("Bruises easily"));
    review.overrideButton()->setFocus();
    QTest::keyClick(review.overrideButton(), Qt::Key_Space);
    CHECK(clinic.details(next).at("status") == "reviewed");
    CHECK(QApplication::focusWidget() == queue);
    CHECK(review.selectedIntake() == 0);
}

TEST_CASE("gui: review: the override controls start unchosen for each intake", "[gui][review]")
{
    Clinic clinic;
    const qint64 first = clinic.add(QStringLiteral("Ana Lima"));
    const qint64 second = clinic.add(QStringLiteral("Ben Okafor"));
    ReviewPage page(*clinic.session);
    gui_test::waitForQueue(page);
    page.refresh();
    gui_test::waitForQueue(page);
    REQUIRE(page.selectIntake(first));
    CHECK(page.overrideApproach()->currentIndex() == -1);
    CHECK(page.overridePressure()->currentIndex() == -1);
    page.overrideApproach()->setCurrentIndex(
        page.overrideApproach()->findData(int(Approach::DeepTissue)));
    page.overridePressure()->setCurrentIndex(
        page.overridePressure()->findData(int(Pressure::Firm)));
    page.reasonEdit()->setText(QStringLiteral("Athlete, asked for firm"));
    CHECK(page.overrideButton()->isEnabled());

    // The next client gets none of it: no approach, no pressure, no reason.
    REQUIRE(page.selectIntake(second));
    CHECK(page.overrideApproach()->currentIndex() == -1);
    CHECK(page.overridePressure()->currentIndex() == -1);
    CHECK(page.reasonEdit()->text().isEmpty());
    // A reason alone is not an override: the approach and pressure are chosen.
    page.reasonEdit()->setText(QStringLiteral("Bruises easily"));
    CHECK_FALSE(page.overrideButton()->isEnabled());
    page.overrideSuggestion();
    CHECK(clinic.details(second).at("status") == "pending");
    page.overrideApproach()->setCurrentIndex(
        page.overrideApproach()->findData(int(Approach::Swedish)));
    CHECK_FALSE(page.overrideButton()->isEnabled());
    page.overridePressure()->setCurrentIndex(
        page.overridePressure()->findData(int(Pressure::Light)));
    CHECK(page.overrideButton()->isEnabled());
    // A referral has no pressure to choose.
    page.overridePressure()->setCurrentIndex(-1);
    page.overrideApproach()->setCurrentIndex(
        page.overrideApproach()->findData(int(Approach::ReferOut)));
    CHECK_FALSE(page.overridePressure()->isEnabled());
    CHECK(page.overrideButton()->isEnabled());
}

TEST_CASE("gui: after sign-in the review queue shows with no intake opened, and only opening "
          "one is a view in the audit log",
          "[gui][review][account]")
{
    Clinic clinic(Role::Manager);
    clinic.add(QStringLiteral("Ana Lima"));
    clinic.add(QStringLiteral("Ben Okafor"));
    clinic.session->signOut();
    // The last user left the window on the review queue.
    QSettings(clinic.folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        .setValue(QStringLiteral("window/lastPage"), int(AppSettings::Page::Review));

    SessionController controller(*clinic.session, clinic.settings);
    QTimer::singleShot(50, [] {
        auto* dialog = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr);
        if (!dialog) {
            return; // a failure thrown through the event loop would end the tests
        }
        dialog->nameEdit()->setText(test_staff::kTherapist);
        dialog->passwordEdit()->setText(test_staff::passwordOf(test_staff::kTherapist));
        dialog->accept();
    });
    REQUIRE(controller.start());
    MainWindow& window = *controller.window();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    ReviewPage& review = *window.reviewPage();
    gui_test::waitForQueue(review);
    CHECK(window.currentPage() == int(AppSettings::Page::Review));
    CHECK(review.queueSize() == 2);
    CHECK(review.selectedIntake() == 0);
    CHECK(review.queue()->currentRow() == -1);
    CHECK(review.detailsText().isEmpty());
    CHECK(clinic.views().isEmpty());

    // Away and back (Ctrl+R) opens nothing either.
    window.showPage(int(AppSettings::Page::Intake));
    window.showPage(int(AppSettings::Page::Review));
    gui_test::waitForQueue(review);
    CHECK(review.selectedIntake() == 0);
    CHECK(clinic.views().isEmpty());

    // The user opens one: that, and only that, is a view.
    review.queue()->setFocus();
    QTest::keyClick(review.queue(), Qt::Key_Down);
    const qint64 opened = review.selectedIntake();
    REQUIRE(opened > 0);
    CHECK(review.detailsText().contains(
        QString::fromStdString(clinic.details(opened).at("intake").at("client").at("name"))));
    CHECK(clinic.views() == QStringList{QStringLiteral("ben intake %1").arg(opened)});
}

TEST_CASE("gui: records: Enter in the record viewer closes it, Amend is not the default",
          "[gui][records]")
{
    Clinic clinic(Role::Therapist);
    const qint64 id = clinic.add(QStringLiteral("Ana Lima"));
    clinic.session->staff().review(id, {});
    gui_test::signInAs(*clinic.session, Role::FrontDesk);

    IntakeDetailsDialog dialog(*clinic.session, id);
    REQUIRE(dialog.isOpen());
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons != nullptr);
    CHECK(buttons->button(QDialogButtonBox::Close)->isDefault());
    CHECK_FALSE(dialog.amendButton()->isDefault());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.amendRequested());
}

TEST_CASE("gui: amending a reviewed intake asks first, and saving it unchanged stores nothing",
          "[gui][records][intake]")
{
    Clinic clinic(Role::Therapist);
    const qint64 id = clinic.add(QStringLiteral("Ana Lima"));
    clinic.session->staff().review(id, {});
    gui_test::signInAs(*clinic.session, Role::FrontDesk);
    MainWindow window(*clinic.session, clinic.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    IntakeFormPage& form = *window.intakePage();

    // The record viewer's Amend… asks before anything starts; Cancel keeps it as it is.
    QString question;
    gui_test::onNextModal<IntakeDetailsDialog>(
        [](IntakeDetailsDialog* dialog) { dialog->amendButton()->click(); });
    gui_test::readNextMessageBox(&question);
    window.openIntake(id);
    CHECK(question.contains(QStringLiteral("has been reviewed")));
    CHECK(question.contains(QStringLiteral("review it again before the session")));
    CHECK(form.amendingIntake() == 0);

    gui_test::onNextModal<IntakeDetailsDialog>(
        [](IntakeDetailsDialog* dialog) { dialog->amendButton()->click(); });
    gui_test::clickInNextMessageBox(QStringLiteral("Amend"));
    window.openIntake(id);
    REQUIRE(form.amendingIntake() == id);
    CHECK(window.currentPage() == int(AppSettings::Page::Intake));

    // Saved as it is: refused by the core, said on screen, nothing stored.
    QString refusal;
    gui_test::readNextMessageBox(&refusal);
    CHECK(form.save() == 0);
    CHECK(refusal.contains(
        QStringLiteral("nothing changed: version 1 already says this; no new version stored")));
    const auto details = clinic.details(id);
    CHECK(details.at("versions").size() == 1);
    CHECK(details.at("status") == "reviewed");

    // A pending intake is amended without the question.
    const qint64 pending = clinic.add(QStringLiteral("Ben Okafor"));
    form.clearForm();
    gui_test::onNextModal<IntakeDetailsDialog>(
        [](IntakeDetailsDialog* dialog) { dialog->amendButton()->click(); });
    window.openIntake(pending);
    CHECK(form.amendingIntake() == pending);
}

TEST_CASE("gui: review: Amend on a reviewed intake asks first", "[gui][review]")
{
    Clinic clinic(Role::Manager);
    const qint64 id = clinic.add(QStringLiteral("Ana Lima"));
    clinic.session->staff().review(id, {});
    MainWindow window(*clinic.session, clinic.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openIntake(id);
    REQUIRE(window.reviewPage()->selectedIntake() == id);
    QString question;
    gui_test::readNextMessageBox(&question);
    window.reviewPage()->amendButton()->click();
    CHECK(question.contains(QStringLiteral("has been reviewed")));
    CHECK(window.intakePage()->amendingIntake() == 0);
    gui_test::clickInNextMessageBox(QStringLiteral("Amend"));
    window.reviewPage()->amendButton()->click();
    CHECK(window.intakePage()->amendingIntake() == id);
}
