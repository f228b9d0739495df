// The audit log page: newest first, in local time, from a chosen day on.
#include "audit/AuditPage.h"

#include "ClinicSession.h"
#include "GuiClinic.h"
#include "common/AlertBanner.h"
#include "storage/AuditLog.h"
#include "util/FixedClock.h"

#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

namespace {

std::unique_ptr<ClinicSession> openClinic(const BackendDatabase& database, const QDateTime& now)
{
    return gui_test::openClinic(database, std::make_unique<FixedClock>(now));
}

// An entry in a transaction of its own.
void append(ClinicSession& session, const QString& actor, const QString& action,
            const QString& records, const QString& details = {})
{
    gui_test::auditOf(session).append(actor, action, records, details);
}

QString textAt(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("gui: the audit page lists entries newest first, in local time", "[gui][audit]")
{
    const BackendDatabase database;
    const QDateTime now(QDate(2026, 11, 21), QTime(14, 2, 11), Qt::UTC);
    auto session = openClinic(database, now);
    // The accounts' creation and the manager's sign-in are there already.
    const int before = int(gui_test::auditOf(*session).entries().size());
    REQUIRE(before > 0);
    append(*session, QStringLiteral("ana"), QStringLiteral("add"), QStringLiteral("intake 1"),
           QStringLiteral("client 1 (new)"));
    append(*session, QStringLiteral("ben"), QStringLiteral("review"),
           QStringLiteral("intake 1 version 1"), QStringLiteral("accepted"));
    append(*session, QStringLiteral("maria"), QStringLiteral("export"), QStringLiteral("1 intakes"),
           QStringLiteral("csv from the start to the end into x.csv"));

    AuditPage page(*session);
    gui_test::waitForChainCheck(page);
    QTableWidget* table = page.table();
    REQUIRE(table->rowCount() == before + 3);
    CHECK(textAt(table, 0, AuditPage::ActorColumn) == "maria");
    CHECK(textAt(table, 0, AuditPage::ActionColumn) == "Export");
    CHECK(textAt(table, 0, AuditPage::RecordsColumn) == "1 intakes");
    CHECK(textAt(table, 0, AuditPage::DetailsColumn) == "csv from the start to the end into x.csv");
    CHECK(textAt(table, 1, AuditPage::ActionColumn) == "Review");
    CHECK(textAt(table, 2, AuditPage::ActorColumn) == "ana");
    CHECK(textAt(table, 2, AuditPage::ActionColumn) == "Add");
    CHECK(textAt(table, 0, AuditPage::TimeColumn) ==
          QLocale().toString(now.toLocalTime(), QLocale::ShortFormat));
    CHECK(table->item(0, AuditPage::TimeColumn)->toolTip() == "2026-11-21T14:02:11.000Z");
    CHECK(table->horizontalHeaderItem(AuditPage::ActorColumn)->text() == "Who");
    CHECK(
        page.summaryLabel()->text().startsWith(QStringLiteral("%1 entries since").arg(before + 3)));

    // Refresh picks up what happened since.
    append(*session, QStringLiteral("ana"), QStringLiteral("backup"), QStringLiteral("database"));
    CHECK(table->rowCount() == before + 3);
    QTest::mouseClick(page.refreshButton(), Qt::LeftButton);
    gui_test::waitForChainCheck(page);
    REQUIRE(table->rowCount() == before + 4);
    CHECK(textAt(table, 0, AuditPage::ActionColumn) == "Backup");
}

TEST_CASE("gui: the audit page shows entries from the Since day on", "[gui][audit]")
{
    const BackendDatabase database;
    {
        // Last month's work, written by an earlier session.
        auto october = openClinic(database, QDateTime(QDate(2026, 10, 2), QTime(12, 0), Qt::UTC));
        append(*october, QStringLiteral("ana"), QStringLiteral("add"), QStringLiteral("intake 1"));
        append(*october, QStringLiteral("ana"), QStringLiteral("add"), QStringLiteral("intake 2"));
    }
    auto session = openClinic(database, QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    append(*session, QStringLiteral("ben"), QStringLiteral("review"),
           QStringLiteral("intake 2 version 1"));

    AuditPage page(*session);
    gui_test::waitForChainCheck(page);
    // A month back by default: today's sign-in and review.
    CHECK(page.since() == QDate(2026, 10, 22));
    CHECK(page.table()->rowCount() == 2);
    CHECK(textAt(page.table(), 1, AuditPage::ActionColumn) == "Sign-in");

    page.setSince(QDate(2026, 10, 1));
    page.refresh();
    gui_test::waitForChainCheck(page);
    // October's accounts, sign-in and intakes too.
    REQUIRE(page.table()->rowCount() == 8);
    CHECK(textAt(page.table(), 0, AuditPage::ActorColumn) == "ben");
    CHECK(textAt(page.table(), 2, AuditPage::RecordsColumn) == "intake 2");
    CHECK(textAt(page.table(), 3, AuditPage::RecordsColumn) == "intake 1");

    // Changing the day re-reads by itself once the typing stops.
    page.sinceEdit()->setDate(QDate(2026, 11, 22));
    QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), 0, 2000);
    CHECK(page.summaryLabel()->text().startsWith(QStringLiteral("0 entries since")));
}

TEST_CASE("gui: the audit page says the chain is intact, or shows a red banner where it broke",
          "[gui][audit]")
{
    const BackendDatabase database;
    auto session = openClinic(database, QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    for (int i = 1; i <= 3; ++i) {
        append(*session, QStringLiteral("ben"), QStringLiteral("view"),
               QStringLiteral("intake %1").arg(i));
    }
    AuditPage page(*session);
    gui_test::waitForChainCheck(page);
    gui_test::waitForChainCheck(page);
    const AuditChainReport intact = session->storage().verifyAuditChain();
    REQUIRE(intact.intact());
    CHECK_FALSE(page.chainBanner()->isShown());
    CHECK(page.chainLabel()->text().contains(QStringLiteral("Audit chain intact")));
    CHECK(page.chainLabel()->text().contains(QLocale().toString(intact.entries)));
    CHECK(page.chainLabel()->text().contains(intact.headHash));

    gui_test::tamper(
        *session, database,
        QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE records = 'intake 2'"), {},
        {QStringLiteral("audit_log")});
    page.refresh();
    gui_test::waitForChainCheck(page);
    gui_test::waitForChainCheck(page);
    REQUIRE(page.chainBanner()->isShown());
    CHECK(page.chainBanner()->text().contains(QStringLiteral("AUDIT LOG CHAIN BROKEN")));
    CHECK(page.chainBanner()->text().contains(QStringLiteral("was changed after it was written")));
    CHECK(page.chainLabel()->text().contains(QStringLiteral("BROKEN")));
    // The entries are still listed, the changed one as it is now.
    CHECK(page.table()->rowCount() > 3);
}

TEST_CASE("gui: the audit page shows account events in words", "[gui][audit]")
{
    CHECK(AuditPage::actionLabel(QStringLiteral("login")) == "Sign-in");
    CHECK(AuditPage::actionLabel(QStringLiteral("login failed")) == "Sign-in failed");
    CHECK(AuditPage::actionLabel(QStringLiteral("view")) == "View");
    CHECK(AuditPage::actionLabel(QStringLiteral("denied")) == "Refused");
    CHECK(AuditPage::actionLabel(QStringLiteral("user disable")) == "User disabled");
    CHECK(AuditPage::actionLabel(QStringLiteral("something new")) == "something new");
}

TEST_CASE("gui: the audit page shows a red banner when an account was changed outside the program",
          "[gui][audit][rows]")
{
    const BackendDatabase database;
    auto session = openClinic(database, QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    AuditPage page(*session);
    gui_test::waitForChainCheck(page);
    gui_test::waitForChainCheck(page);
    CHECK_FALSE(page.chainBanner()->isShown());
    // A front-desk or therapist account made manager behind the program's back.
    gui_test::tamper(*session, database,
                     QStringLiteral("UPDATE users SET role = 'manager' WHERE name = 'ben'"));
    page.refresh();
    gui_test::waitForChainCheck(page);
    gui_test::waitForChainCheck(page);
    REQUIRE(page.chainBanner()->isShown());
    CHECK(page.chainBanner()->text().contains(
        QStringLiteral("STORED RECORDS CHANGED OUTSIDE CLINIC INTAKE")));
    CHECK(page.chainBanner()->text().contains(QStringLiteral("users row")));
    CHECK(page.chainLabel()->text().contains(QStringLiteral("Audit chain intact")));
}

TEST_CASE("gui: the audit page's Details column fills the width left by the others", "[gui][audit]")
{
    const BackendDatabase database;
    auto session = openClinic(database, QDateTime(QDate(2026, 11, 21), QTime(14, 2, 11), Qt::UTC));
    append(*session, QStringLiteral("ana"), QStringLiteral("add"), QStringLiteral("intake 1"),
           QStringLiteral("client 1 (new)"));
    AuditPage page(*session);
    gui_test::waitForChainCheck(page);
    page.resize(1366, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(page.refreshButton(), Qt::LeftButton);
    QApplication::processEvents();
    QTableWidget* table = page.table();
    QHeaderView* header = table->horizontalHeader();
    // No empty band right of the last column (there was one of 700 pixels).
    CHECK(header->sectionViewportPosition(AuditPage::DetailsColumn) +
              header->sectionSize(AuditPage::DetailsColumn) >=
          table->viewport()->width() - 1);
    // The other columns still fit their text.
    CHECK(header->sectionSize(AuditPage::RecordsColumn) >=
          table->fontMetrics().horizontalAdvance(QStringLiteral("intake 1")));
}
