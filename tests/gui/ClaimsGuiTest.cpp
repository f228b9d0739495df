// Who is doing what (issue 13): a therapist opening an intake that someone
// else has open for review reads "Being reviewed by mona since 12:00"
// within a few seconds, and the line goes once the other has moved on.
#include "AppSettings.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "SampleIntake.h"
#include "review/ReviewClaim.h"
#include "review/ReviewPage.h"
#include "security/StaffSession.h"
#include "validation/IntakeParser.h"

#include <QLabel>
#include <QLocale>
#include <QTest>
#include <catch2/catch.hpp>

namespace {

// A check every 3 s; on a busy test machine a server worker's first
// connection (and its rules) can take a few seconds more.
constexpr int kFewSeconds = 6 * ReviewClaim::kCheckMs;

struct TwoWorkstations
{
    TwoWorkstations()
    {
        REQUIRE(folder.isValid());
        here = gui_test::openClinic(database, std::make_unique<FixedClock>(gui_test::kNow),
                                    Role::Therapist);
        there = gui_test::openClinic(database, std::make_unique<FixedClock>(gui_test::kNow),
                                     Role::Manager);
    }

    qint64 add()
    {
        const auto parsed = IntakeParser(here->clock()).validate(sampleIntake());
        REQUIRE(parsed.ok());
        return here->staff().addIntake(*parsed.record).intakeId;
    }

    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    std::unique_ptr<ClinicSession> here;
    std::unique_ptr<ClinicSession> there;
    AppSettings settings{folder.filePath(QStringLiteral("settings.ini"))};
    AppSettings otherSettings{folder.filePath(QStringLiteral("other-settings.ini"))};
};

ReviewPage& openReviewPage(MainWindow& window)
{
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(int(AppSettings::Page::Review));
    ReviewPage& review = *window.reviewPage();
    gui_test::waitForQueue(review);
    return review;
}

QString noticeOf(const ReviewPage& review)
{
    const QLabel* notice = review.claim()->notice();
    return notice->isVisible() ? notice->text() : QString();
}

} // namespace

TEST_CASE("gui: review: an intake someone else has open says who and since when, and stops "
          "saying it once they moved on",
          "[gui][review][claims]")
{
    TwoWorkstations clinic;
    const qint64 first = clinic.add();
    const qint64 second = clinic.add();
    MainWindow window(*clinic.here, clinic.settings);
    MainWindow other(*clinic.there, clinic.otherSettings);
    ReviewPage& mine = openReviewPage(window);
    ReviewPage& theirs = openReviewPage(other);
    const QString noon =
        QLocale().toString(gui_test::kNow.toLocalTime().time(), QLocale::ShortFormat);

    REQUIRE(theirs.selectIntake(first));
    REQUIRE(mine.selectIntake(first));
    const QString expected = QStringLiteral("Being reviewed by mona since %1").arg(noon);
    QTRY_COMPARE_WITH_TIMEOUT(noticeOf(mine), expected, kFewSeconds);
    CHECK(mine.claim()->notice()->accessibleName() == expected);
    // And the other way round, without a refresh.
    QTRY_COMPARE_WITH_TIMEOUT(
        noticeOf(theirs), QStringLiteral("Being reviewed by ben since %1").arg(noon), kFewSeconds);

    // Another intake there: the line goes here.
    REQUIRE(theirs.selectIntake(second));
    QTRY_COMPARE_WITH_TIMEOUT(noticeOf(mine), QString(), kFewSeconds);
    CHECK(noticeOf(theirs).isEmpty());

    // Back on the first, then another page there: gone again.
    REQUIRE(theirs.selectIntake(first));
    QTRY_VERIFY_WITH_TIMEOUT(!noticeOf(mine).isEmpty(), kFewSeconds);
    other.showPage(int(AppSettings::Page::Records));
    QTRY_COMPARE_WITH_TIMEOUT(noticeOf(mine), QString(), kFewSeconds);

    // Back on the review page there: the claim is taken again; then the
    // idle lock there releases it.
    other.showPage(int(AppSettings::Page::Review));
    QTRY_VERIFY_WITH_TIMEOUT(!noticeOf(mine).isEmpty(), kFewSeconds);
    other.lock();
    QTRY_COMPARE_WITH_TIMEOUT(noticeOf(mine), QString(), kFewSeconds);
}

TEST_CASE("gui: review: signing out and closing the window release the claim",
          "[gui][review][claims]")
{
    TwoWorkstations clinic;
    const qint64 id = clinic.add();
    MainWindow window(*clinic.here, clinic.settings);
    ReviewPage& mine = openReviewPage(window);
    {
        auto other = std::make_unique<MainWindow>(*clinic.there, clinic.otherSettings);
        ReviewPage& theirs = openReviewPage(*other);
        REQUIRE(theirs.selectIntake(id));
        REQUIRE(mine.selectIntake(id));
        QTRY_VERIFY_WITH_TIMEOUT(
            noticeOf(mine).startsWith(QStringLiteral("Being reviewed by mona")), kFewSeconds);
        // The window closed (as on quitting): its claim goes with it.
        other->close();
        other.reset();
    }
    QTRY_COMPARE_WITH_TIMEOUT(noticeOf(mine), QString(), kFewSeconds);

    // Signed out while the window stays: released by the session.
    auto other = std::make_unique<MainWindow>(*clinic.there, clinic.otherSettings);
    ReviewPage& theirs = openReviewPage(*other);
    REQUIRE(theirs.selectIntake(id));
    QTRY_VERIFY_WITH_TIMEOUT(!noticeOf(mine).isEmpty(), kFewSeconds);
    clinic.there->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(noticeOf(mine), QString(), kFewSeconds);
}
