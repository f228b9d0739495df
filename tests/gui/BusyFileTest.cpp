// Issue 13 on one computer: a records file another program holds busy for
// longer than the busy timeout (10 s). The save says "The database is busy,
// try again" on the page, keeps the form as typed, and the next Save stores
// it once.
#include "AppSettings.h"
#include "ClinicSession.h"
#include "FormInput.h"
#include "GuiClinic.h"
#include "MainWindow.h"
#include "common/AlertBanner.h"
#include "intake/IntakeFormPage.h"
#include "util/FixedClock.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

TEST_CASE("gui: a save into a file another program holds busy says so, keeps the form, and is "
          "stored once on the next save",
          "[gui][sqlite][faults]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("clinic.sqlite"));
    auto session = gui_test::openClinic(path, std::make_unique<FixedClock>(QDate(2026, 11, 21)));
    AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*session, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(int(AppSettings::Page::Intake));
    IntakeFormPage& page = *window.intakePage();
    gui_test::fillBasics(page, QStringLiteral("Ana Lima"));
    gui_test::answerAllNo(page);
    const nlohmann::json typed = page.answers();
    QSignalSpy saved(&page, &IntakeFormPage::saved);

    {
        // Another program on this computer, in the middle of a long write.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("busy-file-holder"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery hold(other);
        REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

        page.save(); // waits out the busy timeout
        CHECK(saved.count() == 0);
        auto* banner = page.findChild<AlertBanner*>(QStringLiteral("connectionBanner"));
        REQUIRE(banner != nullptr);
        CHECK(banner->isShown());
        CHECK(banner->text().startsWith(QStringLiteral("The database is busy, try again")));
        CHECK(page.answers() == typed);
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        REQUIRE(name != nullptr);
        CHECK(name->text() == QStringLiteral("Ana Lima"));

        REQUIRE(hold.exec(QStringLiteral("COMMIT")));
        hold.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("busy-file-holder"));

    page.save();
    CHECK(saved.count() == 1);
    CHECK(page.savedText().startsWith(QStringLiteral("Saved intake ")));
    CHECK(gui_test::storeOf(*session).count({}) == 1);
}
