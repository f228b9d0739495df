#include "records/RecordsPage.h"

#include "ClinicSession.h"
#include "Labels.h"
#include "common/DateText.h"
#include "common/OneStopDateEdit.h"
#include "model/Vocabulary.h"
#include "records/RecordsTableModel.h"
#include "storage/IntakeStore.h"
#include "ui_RecordsPage.h"
#include "util/Clock.h"
#include "util/TextRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QTimer>
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
    : QWidget(parent), m_session(session), m_model(new RecordsTableModel(session, this)),
      m_ui(std::make_unique<Ui::RecordsPage>())
{
    m_ui->setupUi(this);
    setUpFilters();
    setUpTable();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &RecordsPage::applyFilters);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &RecordsPage::applyFilters);
    // Dates are typed digit by digit too: wait for the pause.
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->toEdit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->allDatesBox, &QCheckBox::toggled, this, [this] {
        updateDateEdits();
        applyFilters();
    });
    connect(m_ui->statusCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RecordsPage::applyFilters);
    connect(m_ui->approachCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RecordsPage::applyFilters);

    connect(m_model, &RecordsTableModel::totalChanged, this, &RecordsPage::updateSummary);
    // A server's rows come later: the summary says so meanwhile.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordsPage::updateSummary);
    connect(m_model, &RecordsTableModel::readFailed, this, &RecordsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &RecordsPage::keepPlace);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsPage::restorePlace);

    // The gaps before Status and Suggestion, three characters wide in any font.
    const int gap = fontMetrics().averageCharWidth() * 3;
    m_ui->statusGap->changeSize(gap, 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
    m_ui->approachGap->changeSize(gap, 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
    m_ui->filterRow->invalidate();

    m_built = true;
    retranslate();
    updateDateEdits();
    applyFilters();
}

RecordsPage::~RecordsPage() = default;

QTableView* RecordsPage::view() const
{
    return m_ui->view;
}

QLineEdit* RecordsPage::searchEdit() const
{
    return m_ui->searchEdit;
}

QCheckBox* RecordsPage::allDatesBox() const
{
    return m_ui->allDatesBox;
}

QDateEdit* RecordsPage::fromEdit() const
{
    return m_ui->fromEdit;
}

QDateEdit* RecordsPage::toEdit() const
{
    return m_ui->toEdit;
}

QComboBox* RecordsPage::statusCombo() const
{
    return m_ui->statusCombo;
}

QComboBox* RecordsPage::approachCombo() const
{
    return m_ui->approachCombo;
}

QLabel* RecordsPage::summaryLabel() const
{
    return m_ui->summaryLabel;
}

void RecordsPage::retranslate()
{
    m_ui->retranslateUi(this); // the words of ui/RecordsPage.ui
    for (QDateEdit* edit : {m_ui->fromEdit, m_ui->toEdit}) {
        edit->setDisplayFormat(date_text::format());
    }
    // The items keep their words (data): the choice made stays.
    m_ui->statusCombo->setItemText(0, tr("All"));
    for (int i = 1; i < m_ui->statusCombo->count(); ++i) {
        m_ui->statusCombo->setItemText(
            i, RecordsTableModel::statusLabel(
                   IntakeStatus(m_ui->statusCombo->itemData(i, kStatusRole).toInt())));
    }
    m_ui->approachCombo->setItemText(0, tr("All"));
    for (int i = 1; i < m_ui->approachCombo->count(); ++i) {
        m_ui->approachCombo->setItemText(i, Labels::approach(vocabulary::Approach(i - 1)));
    }
    m_model->retranslate();
    updateSummary();
}

void RecordsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_built) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RecordsPage::setUpFilters()
{
    m_ui->searchEdit->setMaxLength(int(text_rules::kMaxSearchLength)); // the core's limit
    // A month at a time is what a manager usually looks at.
    const QDate today = m_session.clock().today();
    m_ui->fromEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->toEdit->setDate(today);

    // The items' words in retranslate(); their data is the choice.
    m_ui->statusCombo->addItem(QString(), QString());
    for (const IntakeStatus status : {IntakeStatus::Pending, IntakeStatus::Reviewed}) {
        m_ui->statusCombo->addItem(QString(), wordText(wordOf(status)));
        m_ui->statusCombo->setItemData(m_ui->statusCombo->count() - 1, int(status), kStatusRole);
    }

    m_ui->approachCombo->addItem(QString(), QString());
    for (std::size_t i = 0; i < vocabulary::kApproachWords.size(); ++i) {
        m_ui->approachCombo->addItem(QString(), wordText(vocabulary::kApproachWords[i]));
    }
}

void RecordsPage::setUpTable()
{
    m_ui->view->setModel(m_model);
    m_ui->view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Rows as tall as the text and the warning icon need, so that a
    // screenful shows as many records as it can.
    const int iconSize = m_ui->view->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->view->verticalHeader()->setDefaultSectionSize(std::max(fontMetrics().height(), iconSize) +
                                                        fontMetrics().height() / 2);

    QHeaderView* header = m_ui->view->horizontalHeader();
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_ui->view->setSortingEnabled(true);
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
    connect(m_ui->view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_restoring && current.isValid()) {
                    m_model->clearMark(m_model->intakeIdAt(current.row()));
                }
            });

    // activated is both a double click and Enter on the current row.
    connect(m_ui->view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            emit openIntakeRequested(m_model->intakeIdAt(index.row()));
        }
    });
}

IntakeFilter RecordsPage::currentFilter() const
{
    IntakeFilter filter;
    filter.search = m_ui->searchEdit->text().trimmed();
    // All (no word) is none.
    filter.status = vocabulary::fromWord<IntakeStatus>(
        kIntakeStatusWords, m_ui->statusCombo->currentData().toString().toStdString());
    filter.approach = vocabulary::fromWord<vocabulary::Approach>(
        vocabulary::kApproachWords, m_ui->approachCombo->currentData().toString().toStdString());
    if (!m_ui->allDatesBox->isChecked()) {
        filter.from = m_ui->fromEdit->date();
        filter.to = m_ui->toEdit->date();
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
    const QModelIndex current = m_ui->view->currentIndex();
    return current.isValid() ? m_model->intakeIdAt(current.row()) : 0;
}

void RecordsPage::keepPlace()
{
    if (!m_model->isReloading()) {
        return; // a new search or sort starts at the top
    }
    m_keptCurrent = selectedIntake();
    const QModelIndex top = m_ui->view->indexAt(QPoint(0, 0));
    m_keptTop = top.isValid() ? m_model->intakeIdAt(top.row()) : 0;
    m_keptScroll = m_ui->view->verticalScrollBar()->value();
}

void RecordsPage::restorePlace()
{
    if (!m_model->isReloading()) {
        return;
    }
    m_restoring = true;
    // The scroll range follows the new rows first.
    m_ui->view->doItemsLayout();
    const int topRow = m_keptTop > 0 ? m_model->rowOf(m_keptTop) : -1;
    if (topRow >= 0) {
        m_ui->view->scrollTo(m_model->index(topRow, 0), QAbstractItemView::PositionAtTop);
    } else {
        m_ui->view->verticalScrollBar()->setValue(m_keptScroll);
    }
    const int currentRow = m_keptCurrent > 0 ? m_model->rowOf(m_keptCurrent) : -1;
    if (currentRow >= 0) {
        const int column = std::max(0, m_ui->view->currentIndex().column());
        m_ui->view->selectionModel()->setCurrentIndex(m_model->index(currentRow, column),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        if (topRow < 0) {
            m_ui->view->scrollTo(m_model->index(currentRow, column));
        }
    }
    m_restoring = false;
}

void RecordsPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void RecordsPage::updateDateEdits()
{
    const bool range = !m_ui->allDatesBox->isChecked();
    m_ui->fromEdit->setEnabled(range);
    m_ui->toEdit->setEnabled(range);
}

void RecordsPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (!RecordsTableModel::isSortable(column)) {
        // The model ignored it; the arrow should say what the rows do.
        const QSignalBlocker blocker(m_ui->view->horizontalHeader());
        m_ui->view->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                         m_model->sortOrder());
    }
}

void RecordsPage::updateSummary()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    const int shown = m_model->rowCount();
    QString text;
    if (m_model->isLoading() && shown == 0) {
        m_ui->summaryLabel->setText(tr("Loading the records from the clinic server…"));
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
    m_ui->summaryLabel->setText(text);
}
