// The audit log page: newest first, in local time, from a chosen day on.
#include "audit/AuditPage.h"

#include "ClinicSession.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "util/FixedClock.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

namespace {

std::unique_ptr<ClinicSession> openClinic(const QTemporaryDir& folder, const QDateTime& now)
{
    return std::make_unique<ClinicSession>(folder.filePath(QStringLiteral("clinic.sqlite")),
                                           std::make_unique<FixedClock>(now));
}

void append(ClinicSession& session, const QString& actor, const QString& action,
            const QString& records, const QString& details = {})
{
    WriteTransaction transaction(session.database());
    session.audit().append(actor, action, records, details);
    transaction.commit();
}

QString textAt(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("the audit page lists entries newest first, in local time", "[gui][audit]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QDateTime now(QDate(2026, 11, 21), QTime(14, 2, 11), Qt::UTC);
    auto session = openClinic(folder, now);
    append(*session, QStringLiteral("ana"), QStringLiteral("add"), QStringLiteral("intake 1"),
           QStringLiteral("client 1 (new)"));
    append(*session, QStringLiteral("ben"), QStringLiteral("review"),
           QStringLiteral("intake 1 version 1"), QStringLiteral("accepted"));
    append(*session, QStringLiteral("maria"), QStringLiteral("export"), QStringLiteral("1 intakes"),
           QStringLiteral("csv from the start to the end into x.csv"));

    AuditPage page(*session);
    QTableWidget* table = page.table();
    REQUIRE(table->rowCount() == 3);
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
    CHECK(page.summaryLabel()->text().startsWith(QStringLiteral("3 entries since")));

    // Refresh picks up what happened since.
    append(*session, QStringLiteral("ana"), QStringLiteral("backup"), QStringLiteral("database"));
    CHECK(table->rowCount() == 3);
    QTest::mouseClick(page.refreshButton(), Qt::LeftButton);
    REQUIRE(table->rowCount() == 4);
    CHECK(textAt(table, 0, AuditPage::ActionColumn) == "Backup");
}

TEST_CASE("the audit page shows entries from the Since day on", "[gui][audit]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    {
        // Last month's work, written by an earlier session.
        auto october = openClinic(folder, QDateTime(QDate(2026, 10, 2), QTime(12, 0), Qt::UTC));
        append(*october, QStringLiteral("ana"), QStringLiteral("add"), QStringLiteral("intake 1"));
        append(*october, QStringLiteral("ana"), QStringLiteral("add"), QStringLiteral("intake 2"));
    }
    auto session = openClinic(folder, QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
    append(*session, QStringLiteral("ben"), QStringLiteral("review"),
           QStringLiteral("intake 2 version 1"));

    AuditPage page(*session);
    // A month back by default.
    CHECK(page.since() == QDate(2026, 10, 22));
    CHECK(page.table()->rowCount() == 1);

    page.setSince(QDate(2026, 10, 1));
    page.refresh();
    REQUIRE(page.table()->rowCount() == 3);
    CHECK(textAt(page.table(), 0, AuditPage::ActorColumn) == "ben");
    CHECK(textAt(page.table(), 1, AuditPage::RecordsColumn) == "intake 2");
    CHECK(textAt(page.table(), 2, AuditPage::RecordsColumn) == "intake 1");

    // Changing the day re-reads by itself once the typing stops.
    page.sinceEdit()->setDate(QDate(2026, 11, 22));
    QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), 0, 2000);
    CHECK(page.summaryLabel()->text().startsWith(QStringLiteral("0 entries since")));
}
