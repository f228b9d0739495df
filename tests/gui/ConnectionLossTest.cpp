// The desktop when the clinic server's connection is lost between typing
// and saving (issue 13, "Faults"): a connection the server ended is opened
// again by the save itself; with the server away, the page says
// "Connection lost: retrying" without a dialog, keeps what was sent, and
// sends it again, once, when the server answers.

#include "AppSettings.h"
#include "ClinicSession.h"
#include "FormInput.h"
#include "GuiClinic.h"
#include "Harness.h"
#include "IntakeGenerator.h"
#include "MainWindow.h"
#include "PgClinicDatabase.h"
#include "PgTestServer.h"
#include "PrivateCluster.h"
#include "TestStaff.h"
#include "common/AlertBanner.h"
#include "intake/IntakeFormPage.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "security/UserAccounts.h"
#include "server/ConnectionMonitor.h"
#include "storage/ClinicStorage.h"
#include "util/FixedClock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {

// Every connection of the program's role ends, as in a server restart:
// the window's own, its pages' workers' and the connection monitor's.
void terminateProgramConnections(const PgTestServer& server, const PgClinicDatabase& clinic)
{
    server.adminExecute(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE usename = '%1'")
                            .arg(clinic.application.name()));
}

int programConnections(const PgTestServer& server, const PgClinicDatabase& clinic)
{
    const auto admin = server.adminConnection();
    QSqlQuery query(admin->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'")
                           .arg(clinic.application.name())));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("gui: server: a save after the server ended the connection is stored at once, with "
          "nothing said",
          "[gui][server][faults]")
{
    REQUIRE_PG_SERVER(server);
    PgClinicDatabase clinic(*server);
    auto session = gui_test::openServerClinic(gui_test::serverLocation(*server, clinic),
                                              clinic.application.password());
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*session, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* state = window.statusBar()->findChild<QLabel*>(QStringLiteral("connectionLabel"));
    REQUIRE(state != nullptr);
    REQUIRE(gui_test::waitFor([&] { return state->text() == QStringLiteral("Connected"); }, 60));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    window.showPage(int(AppSettings::Page::Intake));
    IntakeFormPage& page = *window.intakePage();
    gui_test::fillBasics(page, QStringLiteral("Ana Lima"));
    gui_test::answerAllNo(page);

    // Every connection of the window ended while the form was typed (an
    // idle timeout, a restart): the save opens its connection again.
    gui_test::ModalCloser modals;
    terminateProgramConnections(*server, clinic);
    REQUIRE(gui_test::waitFor([&] { return programConnections(*server, clinic) == 0; }, 30));
    QSignalSpy saved(&page, &IntakeFormPage::saved);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    CHECK(saved.count() == 1);
    CHECK_FALSE(page.isSaveWaiting());
    auto* banner = page.findChild<AlertBanner*>(QStringLiteral("connectionBanner"));
    REQUIRE(banner != nullptr);
    CHECK_FALSE(banner->isShown());
    CHECK(page.savedText().startsWith(QStringLiteral("Saved intake ")));
    CHECK(gui_test::storeOf(*session).count({}) == 1);
    CHECK(modals.seen.isEmpty());
}

TEST_CASE("gui: server: a review sent while the server is stopped is kept and stored once it is "
          "back",
          "[gui][server][faults]")
{
    PrivateCluster* cluster = PrivateCluster::get();
    if (cluster == nullptr) {
        return; // no test cluster on this machine: said by PgTestServer
    }
    const PgTestServer& server = cluster->server();
    PgClinicDatabase clinic(server);
    auto session = gui_test::openServerClinic(gui_test::serverLocation(server, clinic),
                                              clinic.application.password());
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    const auto parsed = harness::parse(IntakeGenerator(7).next());
    REQUIRE(parsed.ok());
    const qint64 id = session->staff().addIntake(*parsed.record).intakeId;
    gui_test::signInAs(*session, Role::Therapist);
    MainWindow window(*session, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReviewPage& review = *window.reviewPage();
    REQUIRE(gui_test::waitFor([&] { return !review.isLoading(); }, 60));
    REQUIRE(review.selectIntake(id));
    auto* state = window.statusBar()->findChild<QLabel*>(QStringLiteral("connectionLabel"));
    REQUIRE(gui_test::waitFor([&] { return state->text() == QStringLiteral("Connected"); }, 60));

    gui_test::ModalCloser modals;
    cluster->stop();
    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(review.isReviewWaiting());
    CHECK(review.doneText().startsWith(QStringLiteral("Connection lost: retrying")));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Connection lost: retrying"));
    // Still on the page, as it was sent.
    CHECK(review.selectedIntake() == id);
    REQUIRE(gui_test::waitFor(
        [&] { return state->text().startsWith(QStringLiteral("Not reachable")); }, 30));
    CHECK(review.isReviewWaiting());

    cluster->start();
    window.connectionMonitor()->probe(); // else within its 10 s
    REQUIRE(gui_test::waitFor([&] { return !review.isReviewWaiting(); }, 60));
    CHECK(review.doneText().contains(QStringLiteral("review stored")));
    const auto details = gui_test::storeOf(*session).details(id);
    CHECK(details.at("status") == "reviewed");
    CHECK(details.at("reviews").size() == 1);
    CHECK(modals.seen.isEmpty());
}
