#include "records/RecordsTableModel.h"

#include "ClinicSession.h"
#include "Labels.h"
#include "account/AccessMessages.h"
#include "common/DateText.h"
#include "model/Vocabulary.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "server/SessionWorker.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <algorithm>

using namespace vocabulary;

namespace {

// The mark of a changed row: a dot before its id (with the row in bold and a
// tooltip, so that it is not told by colour alone).
QIcon changedIcon()
{
    const int size = QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize);
    QPixmap dot(size, size);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QApplication::palette().color(QPalette::Highlight));
    const qreal diameter = size * 0.5;
    painter.drawEllipse(QRectF((size - diameter) / 2, (size - diameter) / 2, diameter, diameter));
    return QIcon(dot);
}

} // namespace

RecordsTableModel::RecordsTableModel(const ClinicSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session),
      m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)),
      m_changedIcon(changedIcon())
{
    // Nothing is read until a page asks (setFilter), so that building the
    // page costs nothing before it is shown.
}

void RecordsTableModel::setFilter(const IntakeFilter& filter)
{
    const IntakeSort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    query();
}

void RecordsTableModel::reload()
{
    if (m_loading || m_rows.empty()) {
        query(); // nothing shown to keep
        return;
    }
    reloadInPlace();
}

namespace {

struct FirstPage
{
    qint64 total = 0;
    std::vector<IntakeSummary> rows;
};

// A reload reads as many rows as were loaded, so that the scroll position
// survives; past this many, only this many (a manager who scrolled through
// thousands of rows gets the rest page by page again).
constexpr int kMostRowsReloaded = 5000;

} // namespace

void RecordsTableModel::reloadInPlace()
{
    IntakeFilter counting = m_filter;
    counting.limit = kCountLimit;
    IntakeFilter rows = m_filter;
    rows.limit = std::clamp(int(m_rows.size()), int(kPageSize), kMostRowsReloaded);
    rows.offset = 0;
    if (!m_session.isServer()) {
        try {
            const qint64 total = m_session.staff().count(counting);
            swapIn(total, m_session.staff().list(rows), rows.limit);
        } catch (const std::exception& error) {
            // The rows shown stay; the summary says they are not fresh.
            m_error = failureMessage(error);
            emit readFailed(m_error);
        }
        return;
    }
    if (m_reloading) {
        m_reloadAgain = true; // the answer on its way may be older than the change
        return;
    }
    m_reloading = true;
    m_reloadAgain = false;
    // A page being fetched would land on the rows about to be replaced.
    const quint64 generation = ++m_generation;
    m_fetching = false;
    worker().run<FirstPage>(
        [counting, rows](StaffSession& staff) {
            return FirstPage{staff.count(counting), staff.list(rows)};
        },
        [this, generation, asked = rows.limit](FirstPage page) {
            if (generation != m_generation) {
                return;
            }
            m_reloading = false;
            swapIn(page.total, std::move(page.rows), asked);
            if (m_reloadAgain) {
                reloadInPlace();
            }
        },
        [this, generation](const QString& message) {
            if (generation != m_generation) {
                return;
            }
            m_reloading = false;
            m_error = tr("The records could not be read: %1").arg(message);
            emit readFailed(m_error);
        });
}

void RecordsTableModel::swapIn(qint64 total, std::vector<IntakeSummary> rows, int asked)
{
    m_swapping = true;
    beginResetModel();
    m_error.clear();
    m_total = total;
    m_rows = std::move(rows);
    m_atEnd = m_rows.size() < std::size_t(asked);
    remember(m_rows);
    endResetModel();
    m_swapping = false;
    emit totalChanged(m_total);
}

void RecordsTableModel::remember(const std::vector<IntakeSummary>& rows)
{
    qint64 newest = m_newestSeen;
    for (const IntakeSummary& row : rows) {
        const Seen now{row.version, row.status};
        const auto known = m_seen.constFind(row.id);
        if (m_readOnce) {
            const bool isNew = known == m_seen.constEnd() && row.id > m_newestSeen;
            const bool changed = known != m_seen.constEnd() && *known != now;
            if (isNew || changed) {
                m_marked.insert(row.id);
            }
        }
        m_seen.insert(row.id, now);
        newest = std::max(newest, row.id);
    }
    m_newestSeen = newest;
    m_readOnce = true;
}

void RecordsTableModel::clearMark(qint64 intakeId)
{
    if (!m_marked.remove(intakeId)) {
        return;
    }
    const int row = rowOf(intakeId);
    if (row >= 0) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int RecordsTableModel::rowOf(qint64 intakeId) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == intakeId) {
            return int(row);
        }
    }
    return -1;
}

SessionWorker& RecordsTableModel::worker()
{
    if (!m_worker) {
        m_worker = new SessionWorker(m_session, this);
    }
    return *m_worker;
}

void RecordsTableModel::query()
{
    if (m_session.isServer()) {
        queryInBackground();
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_error.clear();
    try {
        IntakeFilter counting = m_filter;
        counting.limit = kCountLimit;
        m_total = m_session.staff().count(counting);
        m_rows = readPage(0);
        m_atEnd = m_rows.size() < std::size_t(kPageSize);
        remember(m_rows);
    } catch (const std::exception& error) {
        m_error = failureMessage(error);
    }
    endResetModel();
    emit totalChanged(m_total);
    if (!m_error.isEmpty()) {
        emit readFailed(m_error);
    }
}

void RecordsTableModel::queryInBackground()
{
    // Loading before the reset: a view told of it can say so.
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_fetching = false;
    m_reloading = false;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_error.clear();
    endResetModel();
    IntakeFilter counting = m_filter;
    counting.limit = kCountLimit;
    IntakeFilter first = m_filter;
    first.limit = kPageSize;
    first.offset = 0;
    worker().run<FirstPage>(
        [counting, first](StaffSession& staff) {
            return FirstPage{staff.count(counting), staff.list(first)};
        },
        [this, generation](FirstPage page) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            beginResetModel();
            m_total = page.total;
            m_rows = std::move(page.rows);
            m_atEnd = m_rows.size() < std::size_t(kPageSize);
            remember(m_rows);
            endResetModel();
            emit totalChanged(m_total);
        },
        [this, generation](const QString& message) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            m_error = tr("The records could not be read: %1").arg(message);
            emit totalChanged(m_total);
            emit readFailed(m_error);
        });
}

void RecordsTableModel::fetchInBackground()
{
    if (m_fetching || m_loading) {
        return;
    }
    m_fetching = true;
    const quint64 generation = m_generation;
    IntakeFilter page = m_filter;
    page.limit = kPageSize;
    page.offset = int(m_rows.size());
    worker().run<std::vector<IntakeSummary>>(
        [page](StaffSession& staff) { return staff.list(page); },
        [this, generation](std::vector<IntakeSummary> rows) {
            if (generation != m_generation) {
                return;
            }
            m_fetching = false;
            m_atEnd = rows.size() < std::size_t(kPageSize);
            if (rows.empty()) {
                return;
            }
            const int at = int(m_rows.size());
            remember(rows);
            beginInsertRows({}, at, at + int(rows.size()) - 1);
            m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()),
                          std::make_move_iterator(rows.end()));
            endInsertRows();
        },
        [this, generation](const QString& message) {
            if (generation != m_generation) {
                return;
            }
            m_fetching = false;
            m_atEnd = true; // a view would otherwise retry on every scroll step
            m_error = tr("The records could not be read: %1").arg(message);
            emit readFailed(m_error);
        });
}

std::vector<IntakeSummary> RecordsTableModel::readPage(int offset)
{
    IntakeFilter page = m_filter;
    page.limit = kPageSize;
    page.offset = offset;
    return m_session.staff().list(page);
}

QString RecordsTableModel::failureMessage(const std::exception& error) const
{
    if (dynamic_cast<const AccessError*>(&error)) {
        return tr("The records could not be read: %1").arg(access_messages::sentence(error));
    }
    const auto* storage = dynamic_cast<const StorageError*>(&error);
    const StorageError::Kind kind = storage ? storage->kind() : StorageError::Kind::Other;
    switch (kind) {
    case StorageError::Kind::Busy:
        return tr("The records could not be read: another program is using the database. "
                  "Try again in a moment.");
    case StorageError::Kind::Corrupt:
        return tr("The records could not be read: the database file is damaged (%1). "
                  "Restore it from a backup.")
            .arg(QString::fromUtf8(error.what()));
    default:
        return tr("The records could not be read: %1").arg(QString::fromUtf8(error.what()));
    }
}

bool RecordsTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && !m_loading && !m_reloading;
}

void RecordsTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    if (m_session.isServer()) {
        fetchInBackground();
        return;
    }
    std::vector<IntakeSummary> page;
    try {
        page = readPage(int(m_rows.size()));
    } catch (const std::exception& error) {
        // Stop asking: a view would otherwise retry on every scroll step.
        m_atEnd = true;
        m_error = failureMessage(error);
        emit readFailed(m_error);
        return;
    }
    m_atEnd = page.size() < std::size_t(kPageSize);
    if (page.empty()) {
        return;
    }
    remember(page);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()),
                  std::make_move_iterator(page.end()));
    endInsertRows();
}

int RecordsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordsTableModel::changedText()
{
    return tr("New or changed since you last looked (here or on another workstation). "
              "Selecting the row clears the mark.");
}

QString RecordsTableModel::statusLabel(IntakeStatus status)
{
    switch (status) {
    case IntakeStatus::Pending:
        return tr("Pending");
    case IntakeStatus::Reviewed:
        return tr("Reviewed");
    }
    return {};
}

QString RecordsTableModel::statusText(const IntakeSummary& summary)
{
    // A reviewed intake says what the review decided, and an override who
    // made it: "Reviewed" alone hid that the plan was changed.
    if (summary.status == IntakeStatus::Reviewed && summary.reviewDecision) {
        switch (*summary.reviewDecision) {
        case ReviewOutcome::Accepted:
            return tr("Accepted");
        case ReviewOutcome::Overridden:
            return tr("Overridden by %1").arg(summary.reviewer);
        }
    }
    return statusLabel(summary.status);
}

QString RecordsTableModel::suggestionText(const IntakeSummary& summary)
{
    if (!summary.refersOut) {
        // No approach: the screening was incomplete and nothing called for a referral.
        return summary.approach ? Labels::approach(*summary.approach) : tr("Screening incomplete");
    }
    if (!summary.urgency) {
        return tr("REFER OUT");
    }
    return tr("REFER OUT — %1").arg(QLocale().toLower(Labels::urgency(*summary.urgency)));
}

QVariant RecordsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const IntakeSummary& row = m_rows[std::size_t(index.row())];
    const bool marked = m_marked.contains(row.id);
    if (marked) {
        switch (role) {
        case Qt::AccessibleTextRole:
            if (index.column() == IdColumn) {
                return tr("%1, changed").arg(row.id);
            }
            break;
        case Qt::ToolTipRole:
            // A referral's or an incomplete screening's own tooltip matters more.
            if (index.column() != SuggestionColumn || (!row.refersOut && row.approach)) {
                return changedText();
            }
            break;
        case Qt::DecorationRole:
            if (index.column() == IdColumn) {
                return m_changedIcon;
            }
            break;
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            bold.setItalic(index.column() == SuggestionColumn && !row.refersOut && !row.approach);
            return bold;
        }
        default:
            break;
        }
    }
    switch (role) {
    case ChangedRole:
        return marked;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IdColumn:
            return row.id;
        case VisitDateColumn:
            return date_text::show(row.visitDate);
        case ClientColumn:
            return row.clientName;
        case BornColumn:
            return date_text::show(row.dateOfBirth);
        case StatusColumn:
            return statusText(row);
        case SuggestionColumn:
            return suggestionText(row);
        case VersionColumn:
            return row.version;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SuggestionColumn && row.refersOut) {
            return tr("Refer the client to a physician; no massage until then.");
        }
        if (index.column() == SuggestionColumn && !row.approach) {
            return tr("No plan: some screening questions were not asked. Amend the intake to "
                      "complete the screening.");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SuggestionColumn && row.refersOut) {
            return m_warningIcon;
        }
        break;
    case Qt::FontRole:
        if (index.column() == SuggestionColumn && row.refersOut) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (index.column() == SuggestionColumn && !row.approach) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == VersionColumn) {
            return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case IntakeIdRole:
        return row.id;
    case RefersOutRole:
        return row.refersOut;
    default:
        break;
    }
    return {};
}

void RecordsTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

QVariant RecordsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("ID");
    case VisitDateColumn:
        return tr("Visit date");
    case ClientColumn:
        return tr("Client");
    case BornColumn:
        return tr("Born");
    case StatusColumn:
        return tr("Status");
    case SuggestionColumn:
        return tr("Suggestion");
    case VersionColumn:
        return tr("Version");
    default:
        return {};
    }
}

bool RecordsTableModel::isSortable(int column)
{
    // The orders the store can give with an index; sorting a million rows by
    // birth date or version for one page would not be responsive.
    return column == IdColumn || column == VisitDateColumn || column == ClientColumn ||
           column == StatusColumn || column == SuggestionColumn;
}

IntakeSort RecordsTableModel::sortFor(int column)
{
    switch (column) {
    case IdColumn:
        return IntakeSort::Id;
    case ClientColumn:
        return IntakeSort::Client;
    case StatusColumn:
        return IntakeSort::Status;
    case SuggestionColumn:
        return IntakeSort::Approach;
    default:
        return IntakeSort::VisitDate;
    }
}

int RecordsTableModel::sortColumn() const
{
    switch (m_filter.sort) {
    case IntakeSort::Id:
        return IdColumn;
    case IntakeSort::Client:
        return ClientColumn;
    case IntakeSort::Status:
        return StatusColumn;
    case IntakeSort::Approach:
        return SuggestionColumn;
    case IntakeSort::VisitDate:
        break;
    }
    return VisitDateColumn;
}

Qt::SortOrder RecordsTableModel::sortOrder() const
{
    return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void RecordsTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column)) {
        return;
    }
    const IntakeSort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending) {
        return;
    }
    m_filter.sort = sort;
    m_filter.descending = descending;
    query();
}
