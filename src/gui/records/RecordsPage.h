#pragma once

#include <QWidget>
#include <memory>

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

namespace Ui {
class RecordsPage;
}

// The manager's view of every intake: a table read page by page, with a
// name search, a visit date range, status and suggestion filters, and
// sorting by the column headers. Opening a row is left to the window
// (openIntakeRequested), which knows where intakes are shown.
class RecordsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsPage(ClinicSession& session, QWidget* parent = nullptr);
    ~RecordsPage() override;

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
    QTableView* view() const;
    QLineEdit* searchEdit() const;
    QCheckBox* allDatesBox() const;
    QDateEdit* fromEdit() const;
    QDateEdit* toEdit() const;
    // Items carry the status word ("pending", "reviewed"; empty for all) as data.
    QComboBox* statusCombo() const;
    // Items carry the approach word (empty for all) as data.
    QComboBox* approachCombo() const;
    QLabel* summaryLabel() const;

    // What the filter widgets say, as the store's filter.
    IntakeFilter currentFilter() const;

signals:
    void openIntakeRequested(qint64 intakeId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // What the form cannot say: the core's limits, today, the items, the model.
    void setUpFilters();
    void setUpTable();
    void updateDateEdits();
    void updateSummary();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void keepPlace();
    void restorePlace();

    ClinicSession& m_session;
    RecordsTableModel* m_model;
    std::unique_ptr<Ui::RecordsPage> m_ui; // ui/RecordsPage.ui
    QTimer* m_debounce = nullptr;
    bool m_built = false; // a language change before then has nothing to word
    // Where the user was before a reload: the current intake, the intake
    // at the top of the view, the scroll bar.
    qint64 m_keptCurrent = 0;
    qint64 m_keptTop = 0;
    int m_keptScroll = 0;
    bool m_restoring = false;
};
