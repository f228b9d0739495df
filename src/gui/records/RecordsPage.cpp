#include "records/RecordsPage.h"

#include "ClinicSession.h"
#include "Labels.h"
#include "common/DateText.h"
#include "common/OneStopDateEdit.h"
#include "model/Vocabulary.h"
#include "records/RecordsTableModel.h"
#include "storage/IntakeStore.h"
#include "util/Clock.h"
#include "util/TextRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// Long enough to let a name be typed without a query per letter, short
// enough to feel immediate.
constexpr int kSearchDelayMs = 150;

// A filter combo item's data: its word, read back in currentFilter().
QString wordText(std::string_view word)
{
    return QString::fromUtf8(word.data(), qsizetype(word.size()));
}

// A status item's IntakeStatus, for its label in the language of the moment.
constexpr int kStatusRole = Qt::UserRole + 1;

} // namespace

RecordsPage::RecordsPage(ClinicSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new RecordsTableModel(session, this))
{
    auto* layout = new QVBoxLayout(this);
    buildFilters();
    buildTable();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &RecordsPage::applyFilters);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RecordsPage::applyFilters);
    // Dates are typed digit by digit too: wait for the pause.
    connect(m_from, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_allDates, &QCheckBox::toggled, this, [this] {
        updateDateEdits();
        applyFilters();
    });
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RecordsPage::applyFilters);
    connect(m_approach, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RecordsPage::applyFilters);

    connect(m_model, &RecordsTableModel::totalChanged, this, &RecordsPage::updateSummary);
    // A server's rows come later: the summary says so meanwhile.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordsPage::updateSummary);
    connect(m_model, &RecordsTableModel::readFailed, this, &RecordsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &RecordsPage::keepPlace);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsPage::restorePlace);

    auto* filters = new QWidget(this);
    auto* searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);

    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    m_datesLabel = new QLabel(this);
    filterRow->addWidget(m_datesLabel);
    filterRow->addWidget(m_allDates);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    filterRow->addWidget(m_fromLabel);
    filterRow->addWidget(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    filterRow->addWidget(m_toLabel);
    filterRow->addWidget(m_to);
    filterRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setBuddy(m_status);
    filterRow->addWidget(m_statusLabel);
    filterRow->addWidget(m_status);
    filterRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    m_approachLabel = new QLabel(this);
    m_approachLabel->setBuddy(m_approach);
    filterRow->addWidget(m_approachLabel);
    filterRow->addWidget(m_approach);
    filterRow->addStretch(1);

    auto* filterLayout = new QVBoxLayout(filters);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addLayout(searchRow);
    filterLayout->addLayout(filterRow);

    layout->addWidget(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    // The order they are seen in: search, dates, filters, then the table.
    setTabOrder(m_search, m_allDates);
    setTabOrder(m_allDates, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_status);
    setTabOrder(m_status, m_approach);
    setTabOrder(m_approach, m_view);

    retranslate();
    updateDateEdits();
    applyFilters();
}

void RecordsPage::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_datesLabel->setText(tr("Visit dates:"));
    m_fromLabel->setText(tr("from"));
    m_toLabel->setText(tr("to"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_approachLabel->setText(tr("Su&ggestion:"));
    m_search->setPlaceholderText(tr("Client name, e.g. \"garcia\" or \"zoe n\""));
    m_search->setAccessibleName(tr("Search clients by name"));
    m_allDates->setText(tr("All &dates"));
    m_allDates->setAccessibleName(tr("All visit dates"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(date_text::format());
    }
    m_from->setAccessibleName(tr("Visit dates from"));
    m_to->setAccessibleName(tr("Visit dates to"));
    // The items keep their words (data): the choice made stays.
    m_status->setItemText(0, tr("All"));
    for (int i = 1; i < m_status->count(); ++i) {
        m_status->setItemText(i, RecordsTableModel::statusLabel(
                                     IntakeStatus(m_status->itemData(i, kStatusRole).toInt())));
    }
    m_status->setAccessibleName(tr("Status filter"));
    m_approach->setItemText(0, tr("All"));
    for (int i = 1; i < m_approach->count(); ++i) {
        m_approach->setItemText(i, Labels::approach(vocabulary::Approach(i - 1)));
    }
    m_approach->setAccessibleName(tr("Suggestion filter"));
    m_model->retranslate();
    updateSummary();
}

void RecordsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_approachLabel) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RecordsPage::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(int(text_rules::kMaxSearchLength)); // the core's limit

    m_allDates = new QCheckBox(this);
    m_allDates->setChecked(true);

    // A month at a time is what a manager usually looks at.
    const QDate today = m_session.clock().today();
    m_from = new OneStopDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(date_text::format());
    m_to = new OneStopDateEdit(today, this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(date_text::format());

    m_status = new QComboBox(this);
    m_status->addItem(QString(), QString());
    for (const IntakeStatus status : {IntakeStatus::Pending, IntakeStatus::Reviewed}) {
        m_status->addItem(QString(), wordText(wordOf(status)));
        m_status->setItemData(m_status->count() - 1, int(status), kStatusRole);
    }

    m_approach = new QComboBox(this);
    m_approach->addItem(QString(), QString());
    for (std::size_t i = 0; i < vocabulary::kApproachWords.size(); ++i) {
        m_approach->addItem(QString(), wordText(vocabulary::kApproachWords[i]));
    }
}

void RecordsPage::buildTable()
{
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Intakes"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Rows as tall as the text and the warning icon need, so that a
    // screenful shows as many records as it can.
    const int iconSize = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_view->verticalHeader()->setDefaultSectionSize(std::max(fontMetrics().height(), iconSize) +
                                                    fontMetrics().height() / 2);

    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordsPage::onSortIndicatorChanged);

    // Widths from the font, once: sizing to contents would measure every
    // row read so far on every page fetched.
    const QFontMetrics metrics(font());
    const int padding = metrics.averageCharWidth() * 3;
    const QString longDate = date_text::show(QDate(2026, 12, 31));
    QFont bold = font();
    bold.setBold(true);
    IntakeSummary referral;
    referral.approach = vocabulary::Approach::ReferOut;
    referral.urgency = vocabulary::Urgency::Emergency;
    referral.refersOut = true;
    int suggestionWidth =
        QFontMetrics(bold).horizontalAdvance(RecordsTableModel::suggestionText(referral));
    suggestionWidth =
        std::max(suggestionWidth, metrics.horizontalAdvance(RecordsTableModel::suggestionText({})));
    for (std::size_t i = 0; i < vocabulary::kApproachWords.size(); ++i) {
        suggestionWidth = std::max(
            suggestionWidth, metrics.horizontalAdvance(Labels::approach(vocabulary::Approach(i))));
    }
    const int iconWidth = iconSize + padding;
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RecordsTableModel::ClientColumn, QHeaderView::Stretch);
    header->resizeSection(RecordsTableModel::IdColumn,
                          metrics.horizontalAdvance(QStringLiteral("0000000")) + padding);
    header->resizeSection(
        RecordsTableModel::VisitDateColumn,
        std::max(metrics.horizontalAdvance(longDate),
                 metrics.horizontalAdvance(
                     m_model->headerData(RecordsTableModel::VisitDateColumn, Qt::Horizontal)
                         .toString())) +
            padding * 2);
    header->resizeSection(RecordsTableModel::BornColumn,
                          metrics.horizontalAdvance(longDate) + padding * 2);
    IntakeSummary overridden; // the widest status: "Overridden by" and a name
    overridden.status = IntakeStatus::Reviewed;
    overridden.reviewDecision = ReviewOutcome::Overridden;
    overridden.reviewer = QStringLiteral("therapist");
    header->resizeSection(RecordsTableModel::StatusColumn,
                          metrics.horizontalAdvance(RecordsTableModel::statusText(overridden)) +
                              padding * 2);
    header->resizeSection(RecordsTableModel::SuggestionColumn,
                          suggestionWidth + iconWidth + padding);
    header->resizeSection(
        RecordsTableModel::VersionColumn,
        metrics.horizontalAdvance(
            m_model->headerData(RecordsTableModel::VersionColumn, Qt::Horizontal).toString()) +
            padding);

    // The user has seen a marked row once it is theirs.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_restoring && current.isValid()) {
                    m_model->clearMark(m_model->intakeIdAt(current.row()));
                }
            });

    // activated is both a double click and Enter on the current row.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            emit openIntakeRequested(m_model->intakeIdAt(index.row()));
        }
    });

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Number of intakes"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

IntakeFilter RecordsPage::currentFilter() const
{
    IntakeFilter filter;
    filter.search = m_search->text().trimmed();
    // All (no word) is none.
    filter.status = vocabulary::fromWord<IntakeStatus>(
        kIntakeStatusWords, m_status->currentData().toString().toStdString());
    filter.approach = vocabulary::fromWord<vocabulary::Approach>(
        vocabulary::kApproachWords, m_approach->currentData().toString().toStdString());
    if (!m_allDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
        if (filter.from > filter.to) {
            std::swap(filter.from, filter.to); // what was meant is plain enough
        }
    }
    return filter;
}

void RecordsPage::applyFilters()
{
    m_debounce->stop();
    m_model->setFilter(currentFilter());
}

void RecordsPage::refresh()
{
    m_debounce->stop();
    m_model->reload();
    updateSummary();
}

qint64 RecordsPage::selectedIntake() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->intakeIdAt(current.row()) : 0;
}

void RecordsPage::keepPlace()
{
    if (!m_model->isReloading()) {
        return; // a new search or sort starts at the top
    }
    m_keptCurrent = selectedIntake();
    const QModelIndex top = m_view->indexAt(QPoint(0, 0));
    m_keptTop = top.isValid() ? m_model->intakeIdAt(top.row()) : 0;
    m_keptScroll = m_view->verticalScrollBar()->value();
}

void RecordsPage::restorePlace()
{
    if (!m_model->isReloading()) {
        return;
    }
    m_restoring = true;
    // The scroll range follows the new rows first.
    m_view->doItemsLayout();
    const int topRow = m_keptTop > 0 ? m_model->rowOf(m_keptTop) : -1;
    if (topRow >= 0) {
        m_view->scrollTo(m_model->index(topRow, 0), QAbstractItemView::PositionAtTop);
    } else {
        m_view->verticalScrollBar()->setValue(m_keptScroll);
    }
    const int currentRow = m_keptCurrent > 0 ? m_model->rowOf(m_keptCurrent) : -1;
    if (currentRow >= 0) {
        const int column = std::max(0, m_view->currentIndex().column());
        m_view->selectionModel()->setCurrentIndex(m_model->index(currentRow, column),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
        if (topRow < 0) {
            m_view->scrollTo(m_model->index(currentRow, column));
        }
    }
    m_restoring = false;
}

void RecordsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecordsPage::updateDateEdits()
{
    const bool range = !m_allDates->isChecked();
    m_from->setEnabled(range);
    m_to->setEnabled(range);
}

void RecordsPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (!RecordsTableModel::isSortable(column)) {
        // The model ignored it; the arrow should say what the rows do.
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
}

void RecordsPage::updateSummary()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    const int shown = m_model->rowCount();
    QString text;
    if (m_model->isLoading() && shown == 0) {
        m_summary->setText(tr("Loading the records from the clinic server…"));
        return;
    }
    if (total == 0) {
        text = tr("No intakes match.");
    } else if (m_model->totalIsAtLeast()) {
        text = tr("Showing %1 of at least %Ln intake(s)", nullptr, int(total))
                   .arg(locale.toString(shown));
    } else if (shown < total) {
        text = tr("Showing %1 of %Ln intake(s)", nullptr, int(total)).arg(locale.toString(shown));
    } else {
        text = tr("%Ln intake(s)", nullptr, int(total));
    }
    if (!m_model->errorText().isEmpty()) {
        text = m_model->errorText() + QLatin1Char(' ') + text;
    }
    if (m_model->isLoading()) {
        // A reload: the rows shown stay until the new ones are there.
        text += QLatin1Char(' ') + tr("(updating from the clinic server…)");
    }
    m_summary->setText(text);
}
