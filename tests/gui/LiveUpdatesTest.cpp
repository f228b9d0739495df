// Two workstations on one clinic, as two main windows in one process with
// sessions of their own: what one saves shows in the other's review queue
// and records within a second, without a refresh, the other's place kept.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "FormInput.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "intake/IntakeFormPage.h"
#include "records/RecordsPage.h"
#include "records/RecordsTableModel.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "util/FixedClock.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using gui_test::answerAllNo;
using gui_test::fillBasics;

namespace {

// The promise to the clinic: on every screen within a second.
constexpr int kWithinASecond = 1000;

// A workstation: a session of its own (its own connections) and its window.
struct Workstation
{
    Workstation(const BackendDatabase& database, Role role)
        : session(gui_test::openClinic(database, std::make_unique<FixedClock>(QDate(2026, 11, 21)),
                                       role)),
          settings(folder.filePath(QStringLiteral("settings.ini"))), window(*session, settings)
    {
        window.resize(1400, 900);
        window.show();
    }

    qint64 save(const QString& name)
    {
        IntakeFormPage& form = *window.intakePage();
        fillBasics(form, name);
        answerAllNo(form);
        const qint64 id = form.save();
        REQUIRE(id > 0);
        return id;
    }

    std::unique_ptr<ClinicSession> session;
    QTemporaryDir folder;
    AppSettings settings;
    MainWindow window;
};

bool inQueue(const ReviewPage& review, qint64 intakeId)
{
    for (int row = 0; row < review.queue()->count(); ++row) {
        if (review.queue()->item(row)->data(Qt::UserRole).toLongLong() == intakeId) {
            return true;
        }
    }
    return false;
}

// With CLINIC_LIVE_SCREENSHOTS=FOLDER (run under Xvfb for real pixels), the
// window as it is, to look at the marks: FOLDER/NAME.png.
void screenshot(MainWindow& window, const char* name)
{
    const QString folder = qEnvironmentVariable("CLINIC_LIVE_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QTest::qWait(50); // painted
        REQUIRE(window.grab().save(folder + QLatin1Char('/') + QLatin1String(name) +
                                   QStringLiteral(".png")));
    }
}

QString queueAction(const MainWindow& window)
{
    return window.findChild<QAction*>(QStringLiteral("reviewAction"))->text();
}

} // namespace

TEST_CASE("gui: an intake saved on one workstation shows on another within a second", "[gui][live]")
{
    BackendDatabase database;
    Workstation desk(database, Role::Manager);
    Workstation therapist(database, Role::Therapist);
    REQUIRE(QTest::qWaitForWindowExposed(&desk.window));
    REQUIRE(QTest::qWaitForWindowExposed(&therapist.window));
    desk.window.showPage(int(AppSettings::Page::Intake));

    ReviewPage& review = *therapist.window.reviewPage();
    RecordsPage& records = *therapist.window.recordsPage();
    RecordsTableModel& model = *records.model();
    gui_test::waitForQueue(review);
    CHECK(review.queueSize() == 0);

    // The first intake arrives on the therapist's screen by itself.
    const qint64 first = desk.save(QStringLiteral("Ana Lima"));
    QTRY_VERIFY_WITH_TIMEOUT(inQueue(review, first), kWithinASecond);
    CHECK(queueAction(therapist.window).contains(QStringLiteral("(1)")));

    // The therapist looks at the records, on the first intake, and has it
    // open in the queue too.
    therapist.window.showPage(int(AppSettings::Page::Records));
    gui_test::waitForRecords(model);
    REQUIRE(model.rowOf(first) >= 0);
    records.view()->setCurrentIndex(model.index(model.rowOf(first), 0));
    REQUIRE(records.selectedIntake() == first);
    REQUIRE(review.selectIntake(first));

    const qint64 second = desk.save(QStringLiteral("Ben Okafor"));
    QTRY_VERIFY_WITH_TIMEOUT(inQueue(review, second) && model.rowOf(second) >= 0 &&
                                 !model.isLoading() && !review.isLoading(),
                             kWithinASecond);
    CHECK(review.queueSize() == 2);
    CHECK(queueAction(therapist.window).contains(QStringLiteral("(2)")));
    CHECK(model.totalCount() == 2);
    // Where the therapist was, they still are.
    CHECK(records.selectedIntake() == first);
    CHECK(review.selectedIntake() == first);
    CHECK(review.queue()->currentItem()->data(Qt::UserRole).toLongLong() == first);

    // The new one is marked, in words as well, until it is selected.
    CHECK(model.isMarked(second));
    CHECK_FALSE(model.isMarked(first));
    const QModelIndex secondId = model.index(model.rowOf(second), RecordsTableModel::IdColumn);
    CHECK(model.data(secondId, RecordsTableModel::ChangedRole).toBool());
    CHECK(model.data(secondId, Qt::AccessibleTextRole)
              .toString()
              .contains(QStringLiteral("changed")));
    CHECK(model.data(secondId, Qt::ToolTipRole).toString().contains(QStringLiteral("changed")));
    CHECK(model.data(secondId, Qt::FontRole).value<QFont>().bold());
    CHECK(review.isMarked(second));
    screenshot(therapist.window, "live-records-marked");
    therapist.window.showPage(int(AppSettings::Page::Review));
    screenshot(therapist.window, "live-queue-marked");
    therapist.window.showPage(int(AppSettings::Page::Records));
    gui_test::waitForRecords(model);
    REQUIRE(records.selectedIntake() == first);
    QTest::keyClick(records.view(),
                    model.rowOf(second) > model.rowOf(first) ? Qt::Key_Down : Qt::Key_Up);
    CHECK(records.selectedIntake() == second);
    CHECK_FALSE(model.isMarked(second));
    REQUIRE(review.selectIntake(second));
    CHECK_FALSE(review.isMarked(second));

    // Reviewed elsewhere while the therapist has it selected: the row
    // changes under them and is marked; it leaves their queue, and what
    // they had on show stays on show.
    REQUIRE(records.selectedIntake() == second);
    desk.session->staff().review(second, ReviewDecision{});
    QTRY_VERIFY_WITH_TIMEOUT(model.isMarked(second) && review.queueSize() == 1 &&
                                 !model.isLoading() && !review.isLoading(),
                             kWithinASecond);
    CHECK(records.selectedIntake() == second);
    CHECK(model.summaryAt(model.rowOf(second)).status == IntakeStatus::Reviewed);
    CHECK(queueAction(therapist.window).contains(QStringLiteral("(1)")));
    CHECK(review.selectedIntake() == second);

    // The desk's own records page follows its own saves too.
    desk.window.showPage(int(AppSettings::Page::Records));
    RecordsTableModel& deskModel = *desk.window.recordsPage()->model();
    gui_test::waitForRecords(deskModel);
    desk.window.showPage(int(AppSettings::Page::Intake));
    CHECK(deskModel.totalCount() == 2);
}

TEST_CASE("gui: a review being written is not disturbed by changes elsewhere", "[gui][live]")
{
    BackendDatabase database;
    Workstation desk(database, Role::Manager);
    Workstation therapist(database, Role::Therapist);
    REQUIRE(QTest::qWaitForWindowExposed(&therapist.window));
    desk.window.showPage(int(AppSettings::Page::Intake));
    ReviewPage& review = *therapist.window.reviewPage();

    const qint64 first = desk.save(QStringLiteral("Ana Lima"));
    const qint64 second = desk.save(QStringLiteral("Ben Okafor"));
    QTRY_VERIFY_WITH_TIMEOUT(
        inQueue(review, first) && inQueue(review, second) && !review.isLoading(), kWithinASecond);

    // The therapist is in the middle of an override of the first.
    REQUIRE(review.selectIntake(first));
    QTest::keyClicks(review.reasonEdit(), QStringLiteral("Prefers a lighter touch"));
    review.noteEdit()->setPlainText(QStringLiteral("Half way through a note"));

    const qint64 third = desk.save(QStringLiteral("Cleo Park"));
    QTRY_VERIFY_WITH_TIMEOUT(review.isQueueStale(), kWithinASecond);
    CHECK(review.queueStateLabel()->isVisibleTo(&review));
    CHECK(review.queueStateLabel()->text().contains(QStringLiteral("changed")));
    therapist.window.showPage(int(AppSettings::Page::Review));
    screenshot(therapist.window, "live-queue-stale");
    // Nothing the therapist typed or chose is touched.
    CHECK_FALSE(inQueue(review, third));
    CHECK(review.selectedIntake() == first);
    CHECK(review.reasonEdit()->text() == QStringLiteral("Prefers a lighter touch"));
    CHECK(review.noteEdit()->toPlainText() == QStringLiteral("Half way through a note"));

    // Leaving that review (another intake chosen) brings the queue up to date.
    review.queue()->setCurrentRow(review.queue()->row(
        review.queue()->findItems(QStringLiteral("Ben Okafor"), Qt::MatchContains).value(0)));
    REQUIRE(review.selectedIntake() == second);
    QTRY_VERIFY_WITH_TIMEOUT(inQueue(review, third) && !review.isLoading(), kWithinASecond);
    CHECK_FALSE(review.isQueueStale());
    CHECK(review.queueSize() == 3);
    CHECK(review.selectedIntake() == second);
    CHECK(review.isMarked(third));
}
