// Two workstations on one intake (issue 13): a review stored meanwhile by
// someone else, or an amendment meanwhile, asks the therapist what to do;
// nothing is overwritten and no database words are shown.
#include "AppSettings.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "common/AlertBanner.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "validation/IntakeParser.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

namespace {

struct TwoWorkstations
{
    TwoWorkstations()
    {
        REQUIRE(folder.isValid());
        here = gui_test::openClinic(database, std::make_unique<FixedClock>(gui_test::kNow),
                                    Role::Therapist);
        // Another computer of the clinic, with the manager signed in.
        there = gui_test::openClinic(database, std::make_unique<FixedClock>(gui_test::kNow),
                                     Role::Manager);
    }

    IntakeRecord record(int intensity) const
    {
        auto intake = sampleIntake();
        intake["pressure_preference"] = "medium";
        intake["pain"]["intensity"] = intensity;
        const auto parsed = IntakeParser(here->clock()).validate(intake);
        REQUIRE(parsed.ok());
        return *parsed.record;
    }

    int reviews(qint64 intakeId) const
    {
        return int(gui_test::storeOf(*here).details(intakeId).at("reviews").size());
    }

    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    std::unique_ptr<ClinicSession> here;
    std::unique_ptr<ClinicSession> there;
    AppSettings settings{folder.filePath(QStringLiteral("settings.ini"))};
};

ReviewPage& openReviewPage(MainWindow& window)
{
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(int(AppSettings::Page::Review));
    ReviewPage& review = *window.reviewPage();
    gui_test::waitForQueue(review);
    return review;
}

} // namespace

TEST_CASE("gui: review: a review stored meanwhile elsewhere asks: discard mine, or store mine too",
          "[gui][review][conflict]")
{
    TwoWorkstations clinic;
    const qint64 id = clinic.here->staff().addIntake(clinic.record(4)).intakeId;
    MainWindow window(*clinic.here, clinic.settings);
    ReviewPage& review = openReviewPage(window);
    REQUIRE(review.selectIntake(id));

    // While it is open here, the manager accepts it on another computer.
    ReviewDecision theirs;
    theirs.version = 1;
    theirs.reviewsKnown = 0;
    clinic.there->staff().review(id, theirs);

    QString asked;
    gui_test::inspectNextMessageBox([&](QMessageBox* box) { asked = box->text(); });
    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(asked.startsWith(QStringLiteral("mona reviewed intake %1 at ").arg(id)));
    CHECK(asked.contains(QStringLiteral("suggestion accepted")));
    // Closed without a choice: discarded. Theirs alone, and it is on screen.
    CHECK(clinic.reviews(id) == 1);
    CHECK(review.selectedIntake() == id);
    CHECK(review.detailsText().contains(QStringLiteral("mona")));

    // Now that it is on screen, accepting stores one more, without asking.
    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(clinic.reviews(id) == 2);

    // Once more from elsewhere while it is open here (reviewed, so opened
    // from outside the queue, as from the records): store mine too.
    review.openIntake(id);
    REQUIRE(review.selectedIntake() == id);
    theirs.reviewsKnown = 2;
    clinic.there->staff().review(id, theirs);
    gui_test::clickInNextMessageBox(QStringLiteral("Store mine as well"));
    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(clinic.reviews(id) == 4);
}

TEST_CASE("gui: review: an intake amended meanwhile is reloaded on request, what was typed kept",
          "[gui][review][conflict]")
{
    TwoWorkstations clinic;
    const qint64 id = clinic.here->staff().addIntake(clinic.record(4)).intakeId;
    MainWindow window(*clinic.here, clinic.settings);
    ReviewPage& review = openReviewPage(window);
    REQUIRE(review.selectIntake(id));
    review.findChild<QPlainTextEdit*>()->setPlainText(QStringLiteral("Neck first"));

    clinic.there->staff().amendIntake(id, clinic.record(7));

    QString asked;
    gui_test::inspectNextMessageBox([&](QMessageBox* box) { asked = box->text(); });
    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(asked.startsWith(QStringLiteral("Intake %1 changed at ").arg(id)));
    CHECK(asked.contains(QStringLiteral("version 2, by mona")));
    CHECK(clinic.reviews(id) == 0); // cancelled: nothing stored, version 1 still shown

    gui_test::clickInNextMessageBox(QStringLiteral("Reload"));
    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(clinic.reviews(id) == 0);
    CHECK(review.selectedIntake() == id);
    CHECK(review.findChild<QPlainTextEdit*>()->toPlainText() == QStringLiteral("Neck first"));
    CHECK(review.detailsText().contains(QStringLiteral("7")));

    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    const auto stored = gui_test::storeOf(*clinic.here).details(id).at("reviews");
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].at("version") == 2);
    CHECK(stored[0].at("session_note") == "Neck first");
}

TEST_CASE("gui: review: a change elsewhere to the intake on show is said before saving, with "
          "Reload",
          "[gui][review][conflict][live]")
{
    TwoWorkstations clinic;
    const qint64 id = clinic.here->staff().addIntake(clinic.record(4)).intakeId;
    MainWindow window(*clinic.here, clinic.settings);
    ReviewPage& review = openReviewPage(window);
    REQUIRE(review.selectIntake(id));
    CHECK_FALSE(review.changedBanner()->isShown());
    QTest::keyClicks(review.reasonEdit(), QStringLiteral("Prefers a lighter touch"));
    review.noteEdit()->setPlainText(QStringLiteral("Neck first"));
    const auto entries = gui_test::auditOf(*clinic.here).entries().size();

    // Amended on another computer: said on this one within a second, with
    // nothing typed here touched and nothing read that counts as a view.
    clinic.there->staff().amendIntake(id, clinic.record(7));
    QTRY_VERIFY_WITH_TIMEOUT(review.changedBanner()->isShown(), 1000);
    CHECK(
        review.changedBanner()->text().startsWith(QStringLiteral("Intake %1 changed at ").arg(id)));
    CHECK(review.changedBanner()->text().contains(QStringLiteral("(version 2, by mona)")));
    CHECK(review.reloadButton()->isVisibleTo(&review));
    CHECK(review.reasonEdit()->text() == QStringLiteral("Prefers a lighter touch"));
    CHECK(review.noteEdit()->toPlainText() == QStringLiteral("Neck first"));
    CHECK(gui_test::auditOf(*clinic.here).entries().size() == entries + 1); // the amendment

    // Reload: version 2 on show, what was typed kept, the notice gone.
    QTest::mouseClick(review.reloadButton(), Qt::LeftButton);
    CHECK_FALSE(review.changedBanner()->isShown());
    CHECK_FALSE(review.reloadButton()->isVisibleTo(&review));
    CHECK(review.detailsText().contains(QStringLiteral("7")));
    CHECK(review.noteEdit()->toPlainText() == QStringLiteral("Neck first"));

    // Reviewed elsewhere now: said too, with who and what; no reload offered.
    ReviewDecision theirs;
    theirs.version = 2;
    theirs.reviewsKnown = 0;
    clinic.there->staff().review(id, theirs);
    QTRY_VERIFY_WITH_TIMEOUT(review.changedBanner()->isShown(), 1000);
    CHECK(review.changedBanner()->text().startsWith(
        QStringLiteral("mona reviewed intake %1 at ").arg(id)));
    CHECK(review.changedBanner()->text().contains(QStringLiteral("suggestion accepted")));
    CHECK_FALSE(review.reloadButton()->isVisibleTo(&review));
    // Saving still asks; discarded, theirs alone is stored.
    gui_test::clickInNextMessageBox(QStringLiteral("Discard mine"));
    QTest::mouseClick(review.acceptButton(), Qt::LeftButton);
    CHECK(clinic.reviews(id) == 1);
}
