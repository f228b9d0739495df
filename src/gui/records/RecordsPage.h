#pragma once

#include <QWidget>

class ClinicSession;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class RecordsTableModel;
struct IntakeFilter;

// The manager's view of every intake: a table read page by page, with a
// name search, a visit date range, status and suggestion filters, and
// sorting by the column headers. Opening a row is left to the window
// (openIntakeRequested), which knows where intakes are shown.
class RecordsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsPage(ClinicSession& session, QWidget* parent = nullptr);

    // Queries again with the filters as they are now (typing waits for a
    // pause; this does not).
    void applyFilters();
    // Reads the records again, e.g. after an intake was saved elsewhere:
    // the selection (by intake) and the scroll position stay, and intakes
    // new or changed since are marked until selected.
    void refresh();
    // The intake of the current row; 0 when none.
    qint64 selectedIntake() const;
    // Ctrl+F: put the cursor in the search box.
    void focusSearch();

    RecordsTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* allDatesBox() const { return m_allDates; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    // Items carry the status word ("pending", "reviewed"; empty for all) as data.
    QComboBox* statusCombo() const { return m_status; }
    // Items carry the approach word (empty for all) as data.
    QComboBox* approachCombo() const { return m_approach; }
    QLabel* summaryLabel() const { return m_summary; }

    // What the filter widgets say, as the store's filter.
    IntakeFilter currentFilter() const;

signals:
    void openIntakeRequested(qint64 intakeId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void buildFilters();
    void buildTable();
    void updateDateEdits();
    void updateSummary();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void keepPlace();
    void restorePlace();

    ClinicSession& m_session;
    RecordsTableModel* m_model;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_allDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_approach = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLabel* m_datesLabel = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_approachLabel = nullptr; // the last part built
    QTimer* m_debounce = nullptr;
    // Where the user was before a reload: the current intake, the intake
    // at the top of the view, the scroll bar.
    qint64 m_keptCurrent = 0;
    qint64 m_keptTop = 0;
    int m_keptScroll = 0;
    bool m_restoring = false;
};
