#pragma once

#include "storage/IntakeStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <vector>

class ClinicSession;
class SessionWorker;

// The clinic's intakes as a table, read page by page: a million records must
// not be loaded to show the first screenful. Views ask for more through
// canFetchMore()/fetchMore() as they scroll; sorting and filtering re-query
// the store (the database sorts, with its indexes) and start again at the
// first page. Everything is read through the signed-in user's StaffSession.
// For records on the clinic's server every read is a network round trip, so
// there it runs on a SessionWorker's thread and the rows arrive when the
// server has answered (isLoading() meanwhile); a file is read at once.
class RecordsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        VisitDateColumn,
        ClientColumn,
        BornColumn,
        StatusColumn,
        SuggestionColumn,
        VersionColumn,
        ColumnCount
    };

    enum Role
    {
        IntakeIdRole = Qt::UserRole + 1, // qint64
        RefersOutRole,                   // bool
        ChangedRole,                     // bool: isMarked()
    };

    static constexpr int kPageSize = 200;
    // Counting stops here: "at least 100,000" is all a manager needs to
    // know, and counting further costs time on every keystroke of a search.
    static constexpr int kCountLimit = 100000;

    explicit RecordsTableModel(const ClinicSession& session, QObject* parent = nullptr);

    // Shows the intakes that match `filter` (its limit, offset and sort are
    // the model's own), starting again at the first page.
    void setFilter(const IntakeFilter& filter);
    const IntakeFilter& filter() const { return m_filter; }
    // Reads the current filter again, e.g. after intakes were added here or
    // on another workstation: as many rows as are loaded, the rows shown
    // staying until the new ones are there (no flash of an empty table).
    // An intake that is new since the last read, or whose version or status
    // changed, is marked (isMarked) until clearMark(). modelAboutToBeReset
    // and modelReset bracket the swap, with isReloading() true, so that a
    // view can keep its selection and scroll position across it.
    void reload();
    bool isReloading() const { return m_swapping; }

    // Whether the intake changed (or is new) since the user last looked.
    bool isMarked(qint64 intakeId) const { return m_marked.contains(intakeId); }
    int markedCount() const { return int(m_marked.size()); }
    // The user has seen it (selected it): no longer marked.
    void clearMark(qint64 intakeId);
    // The row of an intake among those loaded; -1 when it is not.
    int rowOf(qint64 intakeId) const;

    // How many intakes match, up to kCountLimit (see totalIsAtLeast()).
    qint64 totalCount() const { return m_total; }
    // True when kCountLimit or more match and totalCount() stopped there.
    bool totalIsAtLeast() const { return m_total >= kCountLimit; }
    // A read is on its way to the server.
    bool isLoading() const { return m_loading || m_fetching || m_reloading; }
    // The last read failed; empty when it worked.
    const QString& errorText() const { return m_error; }

    const IntakeSummary& summaryAt(int row) const { return m_rows.at(std::size_t(row)); }
    qint64 intakeIdAt(int row) const { return summaryAt(row).id; }

    static bool isSortable(int column);
    static IntakeSort sortFor(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    // What the Suggestion column says: the approach's label, "Screening
    // incomplete" when there is none, or for a
    // referral "REFER OUT — urgency" (the words carry it, not colour alone).
    static QString suggestionText(const IntakeSummary& summary);
    // "Pending", "Accepted" or "Overridden by NAME".
    static QString statusText(const IntakeSummary& summary);
    static QString statusLabel(IntakeStatus status);
    // The tooltip of a marked row.
    static QString changedText();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // After a language change: the views read the headers and cells again.
    void retranslate();
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every new query (filter, sort or reload), with the new total.
    void totalChanged(qint64 total);
    // A read failed (e.g. the database is busy or damaged); the rows read so
    // far stay. `message` is meant for the person at the screen.
    void readFailed(const QString& message);

private:
    void query();
    void queryInBackground();
    // reload() once rows are shown.
    void reloadInPlace();
    void swapIn(qint64 total, std::vector<IntakeSummary> rows, int asked);
    // What is known of each intake seen, to tell what changed since.
    void remember(const std::vector<IntakeSummary>& rows);
    void fetchInBackground();
    SessionWorker& worker();
    std::vector<IntakeSummary> readPage(int offset);
    QString failureMessage(const std::exception& error) const;

    const ClinicSession& m_session;
    IntakeFilter m_filter;
    std::vector<IntakeSummary> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    QString m_error;
    QIcon m_warningIcon;
    QIcon m_changedIcon;
    SessionWorker* m_worker = nullptr;
    // Answers to an older query are dropped.
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_fetching = false;
    // Changes seen while a reload was on its way: one more reload after it.
    bool m_reloading = false;
    bool m_reloadAgain = false;
    bool m_swapping = false;
    struct Seen
    {
        int version = 0;
        IntakeStatus status = IntakeStatus::Pending;
        bool operator!=(const Seen& other) const
        {
            return version != other.version || status != other.status;
        }
    };
    QHash<qint64, Seen> m_seen;
    // Ids are handed out in order: a larger id than any read before is new.
    qint64 m_newestSeen = 0;
    bool m_readOnce = false;
    QSet<qint64> m_marked;
};
