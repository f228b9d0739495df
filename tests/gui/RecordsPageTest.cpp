// The manager's records table: pages read lazily, search, filters, sorting,
// referrals that cannot be missed, and opening a row.
#include "records/RecordsPage.h"

#include "ClinicSession.h"
#include "GuiClinic.h"
#include "Harness.h"
#include "IntakeGenerator.h"
#include "TestStaff.h"
#include "records/RecordsTableModel.h"
#include "security/StaffSession.h"
#include "storage/IntakeStore.h"
#include "storage/NameFolding.h"
#include "util/FixedClock.h"
#include "validation/IntakeParser.h"
#include "workflow/IntakeImporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <sstream>

namespace {

// A clinic database of generated intakes, opened as the application opens it.
struct RecordsClinic
{
    explicit RecordsClinic(int intakes)
    {
        REQUIRE(folder.isValid());
        session = gui_test::openClinic(database, std::make_unique<FixedClock>(QDate(2026, 11, 21)));
        const ImportResult result = harness::importGenerated(session->storage(), session->engine(),
                                                             session->clock(), intakes, 42);
        REQUIRE(result.errors.empty());
        REQUIRE(result.imported == std::size_t(intakes));
    }

    qint64 count(IntakeFilter filter) const
    {
        filter.limit = 0;
        return gui_test::storeOf(*session).count(filter);
    }

    BackendDatabase database;
    const QTemporaryDir& folder = database.folderDir();
    std::unique_ptr<ClinicSession> session;
};

std::vector<IntakeSummary> loadedRows(const RecordsTableModel& model)
{
    std::vector<IntakeSummary> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows.push_back(model.summaryAt(row));
    }
    return rows;
}

void fetchAll(RecordsTableModel& model)
{
    gui_test::fetchAllRecords(model);
}

void selectData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// A row's approach word as stored and sorted; empty for none.
QString approachWord(const IntakeSummary& row)
{
    return row.approach ? QString::fromUtf8(wordOf(*row.approach).data()) : QString();
}

} // namespace

TEST_CASE("gui: the records table reads a page at a time, newest visit first", "[gui][records]")
{
    RecordsClinic clinic(1000);
    RecordsPage page(*clinic.session);
    gui_test::waitForRecords(*page.model());
    RecordsTableModel& model = *page.model();

    CHECK(model.rowCount() == RecordsTableModel::kPageSize);
    CHECK(model.totalCount() == 1000);
    CHECK(model.canFetchMore({}));
    CHECK(page.summaryLabel()->text().contains(QLocale().toString(1000)));

    model.fetchMore({});
    gui_test::waitForRecords(*page.model());
    CHECK(model.rowCount() == 2 * RecordsTableModel::kPageSize);

    fetchAll(model);
    CHECK(model.rowCount() == 1000);
    CHECK_FALSE(model.canFetchMore({}));
    const auto rows = loadedRows(model);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CHECK(rows[i - 1].visitDate >= rows[i].visitDate);
    }
    std::vector<qint64> ids;
    for (const auto& row : rows) {
        ids.push_back(row.id);
    }
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end()); // no row twice
    CHECK(ids.front() == 1);
    CHECK(ids.back() == 1000);

    // The columns as staff read them.
    const QModelIndex first = model.index(0, RecordsTableModel::VisitDateColumn);
    CHECK(first.data().toString() == QLocale().toString(rows[0].visitDate, QLocale::ShortFormat));
    CHECK(model.index(0, RecordsTableModel::ClientColumn).data().toString() == rows[0].clientName);
    CHECK(model.index(0, RecordsTableModel::StatusColumn).data().toString() == "Pending");
    CHECK(model.headerData(RecordsTableModel::SuggestionColumn, Qt::Horizontal).toString() ==
          "Suggestion");
}

TEST_CASE("gui: searching by name narrows the rows, ignoring accents, after a pause in typing",
          "[gui][records]")
{
    RecordsClinic clinic(1000);
    RecordsPage page(*clinic.session);
    gui_test::waitForRecords(*page.model());
    RecordsTableModel& model = *page.model();

    IntakeFilter nunez;
    nunez.search = QStringLiteral("nunez");
    const qint64 expected = clinic.count(nunez);
    REQUIRE(expected > 0);
    REQUIRE(expected < 1000);

    QTest::keyClicks(page.searchEdit(), QStringLiteral("nunez"));
    // Typing alone does not query at once...
    CHECK(model.totalCount() == 1000);
    // ...but shortly after the last key.
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), expected, 2000);
    fetchAll(model);
    REQUIRE(model.rowCount() == expected);
    for (const auto& row : loadedRows(model)) {
        CHECK(foldedName(row.clientName).contains(QStringLiteral("nunez")));
        CHECK(row.clientName.contains(QStringLiteral("Núñez")));
    }

    // applyFilters does not wait.
    page.searchEdit()->setText(QStringLiteral("zoë nú"));
    page.applyFilters();
    gui_test::waitForRecords(*page.model());
    CHECK(model.filter().search == QStringLiteral("zoë nú"));
    fetchAll(model);
    for (const auto& row : loadedRows(model)) {
        CHECK(foldedName(row.clientName).startsWith(QStringLiteral("zoe nu")));
    }

    page.searchEdit()->clear();
    page.applyFilters();
    gui_test::waitForRecords(*page.model());
    CHECK(model.totalCount() == 1000);
}

TEST_CASE("gui: status, suggestion and date filters narrow the rows", "[gui][records]")
{
    RecordsClinic clinic(1000);
    // Reviewed: accepted where the suggestion has a plan, overridden (with a
    // reason) where the screening was incomplete and there is none.
    for (qint64 id = 1; id <= 40; ++id) {
        ReviewDecision decision;
        if (!clinic.session->staff().questionsBlockingAccept(id).empty()) {
            decision.accepted = false;
            decision.finalPressure = vocabulary::Pressure::Light;
            decision.reason = QStringLiteral("Screening completed by the therapist");
        }
        clinic.session->staff().review(id, decision);
    }
    RecordsPage page(*clinic.session);
    gui_test::waitForRecords(*page.model());
    RecordsTableModel& model = *page.model();

    SECTION("status")
    {
        selectData(page.statusCombo(), QStringLiteral("reviewed"));
        gui_test::waitForRecords(*page.model());
        CHECK(model.totalCount() == 40);
        fetchAll(model);
        REQUIRE(model.rowCount() == 40);
        for (const auto& row : loadedRows(model)) {
            CHECK(row.status == IntakeStatus::Reviewed);
        }
        selectData(page.statusCombo(), QStringLiteral("pending"));
        gui_test::waitForRecords(*page.model());
        CHECK(model.totalCount() == 960);
        selectData(page.statusCombo(), QString());
        gui_test::waitForRecords(*page.model());
        CHECK(model.totalCount() == 1000);
    }
    SECTION("suggestion")
    {
        REQUIRE(page.approachCombo()->count() == 6); // All and the five approaches
        for (const char* word :
             {"trigger_point", "deep_tissue", "swedish", "sacroiliac", "refer_out"}) {
            IntakeFilter filter;
            filter.approach =
                vocabulary::fromWord<vocabulary::Approach>(vocabulary::kApproachWords, word);
            REQUIRE(filter.approach);
            selectData(page.approachCombo(), QString::fromUtf8(word));
            gui_test::waitForRecords(*page.model());
            CAPTURE(word);
            CHECK(model.totalCount() == clinic.count(filter));
            fetchAll(model);
            for (const auto& row : loadedRows(model)) {
                CHECK(row.approach == filter.approach);
            }
        }
    }
    SECTION("visit dates")
    {
        CHECK_FALSE(page.fromEdit()->isEnabled());
        page.fromEdit()->setDate(QDate(2026, 3, 1));
        page.toEdit()->setDate(QDate(2026, 3, 31));
        page.allDatesBox()->setChecked(false); // applies at once
        gui_test::waitForRecords(*page.model());
        CHECK(page.fromEdit()->isEnabled());
        IntakeFilter march;
        march.from = QDate(2026, 3, 1);
        march.to = QDate(2026, 3, 31);
        const qint64 expected = clinic.count(march);
        REQUIRE(expected > 0);
        CHECK(model.totalCount() == expected);
        fetchAll(model);
        REQUIRE(model.rowCount() == expected);
        for (const auto& row : loadedRows(model)) {
            CHECK(row.visitDate >= march.from);
            CHECK(row.visitDate <= march.to);
        }
        page.allDatesBox()->setChecked(true);
        gui_test::waitForRecords(*page.model());
        CHECK(model.totalCount() == 1000);
    }
}

TEST_CASE("gui: clicking a column header sorts by it, unsortable columns keep the order",
          "[gui][records]")
{
    RecordsClinic clinic(1000);
    RecordsPage page(*clinic.session);
    gui_test::waitForRecords(*page.model());
    RecordsTableModel& model = *page.model();
    QHeaderView* header = page.view()->horizontalHeader();
    CHECK(header->sortIndicatorSection() == RecordsTableModel::VisitDateColumn);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);

    page.view()->sortByColumn(RecordsTableModel::ClientColumn, Qt::AscendingOrder);
    gui_test::waitForRecords(*page.model());
    CHECK(model.rowCount() == RecordsTableModel::kPageSize); // started again at the first page
    fetchAll(model);
    auto rows = loadedRows(model);
    REQUIRE(rows.size() == 1000);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CHECK(foldedName(rows[i - 1].clientName) <= foldedName(rows[i].clientName));
    }

    page.view()->sortByColumn(RecordsTableModel::ClientColumn, Qt::DescendingOrder);
    gui_test::waitForRecords(*page.model());
    rows = loadedRows(model);
    CHECK(foldedName(rows.front().clientName) >= foldedName(rows.back().clientName));

    page.view()->sortByColumn(RecordsTableModel::IdColumn, Qt::AscendingOrder);
    gui_test::waitForRecords(*page.model());
    CHECK(model.intakeIdAt(0) == 1);
    CHECK(model.intakeIdAt(1) == 2);

    page.view()->sortByColumn(RecordsTableModel::StatusColumn, Qt::DescendingOrder);
    gui_test::waitForRecords(*page.model());
    CHECK(model.filter().sort == IntakeSort::Status);
    page.view()->sortByColumn(RecordsTableModel::SuggestionColumn, Qt::AscendingOrder);
    gui_test::waitForRecords(*page.model());
    CHECK(model.filter().sort == IntakeSort::Approach);
    // Suggestions without a plan (screening incomplete) first, then by word.
    fetchAll(model);
    rows = loadedRows(model);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CHECK(approachWord(rows[i - 1]) <= approachWord(rows[i]));
    }
    const auto planned = std::find_if(rows.begin(), rows.end(), [](const IntakeSummary& row) {
        return row.approach.has_value();
    });
    REQUIRE(planned != rows.end());
    CHECK(planned->approach == vocabulary::Approach::DeepTissue);

    // A sort that only the database could do for a million rows is refused.
    page.view()->sortByColumn(RecordsTableModel::BornColumn, Qt::AscendingOrder);
    gui_test::waitForRecords(*page.model());
    CHECK(model.filter().sort == IntakeSort::Approach);
    CHECK(header->sortIndicatorSection() == RecordsTableModel::SuggestionColumn);

    // Filters keep the sort.
    selectData(page.statusCombo(), QStringLiteral("pending"));
    gui_test::waitForRecords(*page.model());
    CHECK(model.filter().sort == IntakeSort::Approach);
}

TEST_CASE("gui: a referral row says REFER OUT and its urgency in bold, with a warning icon",
          "[gui][records]")
{
    RecordsClinic clinic(1000);
    RecordsPage page(*clinic.session);
    gui_test::waitForRecords(*page.model());
    RecordsTableModel& model = *page.model();
    selectData(page.approachCombo(), QStringLiteral("refer_out"));
    gui_test::waitForRecords(*page.model());
    REQUIRE(model.rowCount() > 0);

    const IntakeSummary& referral = model.summaryAt(0);
    REQUIRE(referral.refersOut);
    const QModelIndex cell = model.index(0, RecordsTableModel::SuggestionColumn);
    REQUIRE(referral.urgency);
    CHECK(cell.data().toString() ==
          QStringLiteral("REFER OUT — ") + QString::fromUtf8(wordOf(*referral.urgency).data()));
    CHECK(cell.data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(cell.data(RecordsTableModel::RefersOutRole).toBool());

    selectData(page.approachCombo(), QStringLiteral("swedish"));
    gui_test::waitForRecords(*page.model());
    REQUIRE(model.rowCount() > 0);
    const QModelIndex massage = model.index(0, RecordsTableModel::SuggestionColumn);
    CHECK(massage.data().toString() == "Swedish massage");
    CHECK_FALSE(massage.data(Qt::FontRole).isValid());
    CHECK(massage.data(Qt::DecorationRole).isNull());
    // No plan: the screening was incomplete and nothing called for a referral.
    selectData(page.approachCombo(), QString());
    gui_test::waitForRecords(*page.model());
    fetchAll(model);
    int incomplete = -1;
    for (int row = 0; row < model.rowCount() && incomplete < 0; ++row) {
        if (!model.summaryAt(row).approach) {
            incomplete = row;
        }
    }
    REQUIRE(incomplete >= 0); // the generator leaves some questions unasked
    const QModelIndex noPlan = model.index(incomplete, RecordsTableModel::SuggestionColumn);
    CHECK(noPlan.data().toString() == "Screening incomplete");
    CHECK(noPlan.data(Qt::FontRole).value<QFont>().italic());
    CHECK(noPlan.data(Qt::ToolTipRole).toString().contains("Amend"));
    CHECK_FALSE(noPlan.data(RecordsTableModel::RefersOutRole).toBool());
}

TEST_CASE("gui: Enter or a double click on a row asks to open that intake", "[gui][records]")
{
    RecordsClinic clinic(300);
    RecordsPage page(*clinic.session);
    gui_test::waitForRecords(*page.model());
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy open(&page, &RecordsPage::openIntakeRequested);

    QTableView* view = page.view();
    view->setFocus();
    view->setCurrentIndex(page.model()->index(3, RecordsTableModel::ClientColumn));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(open.count() == 1);
    CHECK(open.takeFirst().at(0).toLongLong() == page.model()->intakeIdAt(3));

    const QModelIndex second = page.model()->index(1, RecordsTableModel::ClientColumn);
    const QPoint centre = view->visualRect(second).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(open.count() == 1);
    CHECK(open.takeFirst().at(0).toLongLong() == page.model()->intakeIdAt(1));

    // Ctrl+F lands in the search box.
    page.focusSearch();
    CHECK(page.searchEdit()->hasFocus());
}

TEST_CASE("gui: refresh shows intakes added since", "[gui][records]")
{
    RecordsClinic clinic(10);
    RecordsPage page(*clinic.session);
    gui_test::waitForRecords(*page.model());
    CHECK(page.model()->totalCount() == 10);
    IntakeGenerator generator(7);
    const IntakeParser parser(clinic.session->clock());
    const auto parsed = parser.parse(generator.next().dump());
    REQUIRE(parsed.ok());
    clinic.session->staff().addIntake(*parsed.record);
    CHECK(page.model()->totalCount() == 10);
    page.refresh();
    gui_test::waitForRecords(*page.model());
    CHECK(page.model()->totalCount() == 11);
    CHECK(page.summaryLabel()->text() == "11 intakes");
}

TEST_CASE("gui: a reviewed row says Accepted or Overridden by the therapist instead of Reviewed",
          "[gui][records]")
{
    RecordsClinic clinic(20);
    gui_test::signInAs(*clinic.session, Role::Therapist);
    std::vector<qint64> withPlan;
    for (qint64 id = 1; id <= 20 && withPlan.size() < 2; ++id) {
        if (clinic.session->staff().questionsBlockingAccept(id).empty()) {
            withPlan.push_back(id);
        }
    }
    REQUIRE(withPlan.size() == 2);
    clinic.session->staff().review(withPlan[0], ReviewDecision{});
    ReviewDecision changed;
    changed.accepted = false;
    changed.finalApproach = vocabulary::Approach::Swedish;
    changed.finalPressure = vocabulary::Pressure::Light;
    changed.reason = QStringLiteral("Client asked for a relaxing session");
    clinic.session->staff().review(withPlan[1], changed);

    gui_test::signInAs(*clinic.session, Role::Manager);
    RecordsPage page(*clinic.session);
    gui_test::waitForRecords(*page.model());
    RecordsTableModel& model = *page.model();
    fetchAll(model);
    auto statusOf = [&model](qint64 id) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.summaryAt(row).id == id) {
                return model.index(row, RecordsTableModel::StatusColumn).data().toString();
            }
        }
        return QString();
    };
    CHECK(statusOf(withPlan[0]) == QStringLiteral("Accepted"));
    CHECK(statusOf(withPlan[1]) == QStringLiteral("Overridden by ") + test_staff::kTherapist);
    for (qint64 id = 1; id <= 20; ++id) {
        if (id != withPlan[0] && id != withPlan[1]) {
            CHECK(statusOf(id) == QStringLiteral("Pending"));
        }
    }
    // The column is wide enough for an override's words.
    const int needed =
        page.findChild<QTableView*>()->fontMetrics().horizontalAdvance(statusOf(withPlan[1]));
    CHECK(page.findChild<QTableView*>()->columnWidth(RecordsTableModel::StatusColumn) >= needed);
}

TEST_CASE("gui: the records page's date filters are one Tab stop each", "[gui][records]")
{
    RecordsClinic clinic(3);
    RecordsPage page(*clinic.session);
    gui_test::waitForRecords(*page.model());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.allDatesBox()->setChecked(false);
    gui_test::waitForRecords(*page.model());
    page.fromEdit()->setFocus(Qt::TabFocusReason);
    REQUIRE(page.fromEdit()->hasFocus());
    // Tab leaves the date at once instead of walking its day, month and year.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(page.toEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    CHECK(page.fromEdit()->hasFocus());
}
