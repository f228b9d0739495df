#pragma once

#include <QMainWindow>

class AppSettings;
class AuditPage;
class ClinicSession;
class IntakeFormPage;
class QAction;
class QLabel;
class QStackedWidget;
class RecordsPage;
class ReviewPage;

// The application window: one page per role (intake, review queue, records,
// audit log), menus and a toolbar that reach all of them from the keyboard,
// and the status bar with the database and the rules in use.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ClinicSession& session, AppSettings& settings, QWidget* parent = nullptr);

    IntakeFormPage* intakePage() const { return m_intake; }
    ReviewPage* reviewPage() const { return m_review; }
    RecordsPage* recordsPage() const { return m_records; }
    AuditPage* auditPage() const { return m_audit; }
    void showPage(int page);
    int currentPage() const;

    void newIntake();
    void exportRecords();
    void backup();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    bool confirmDiscardAnswers();
    void updateQueueCount(int pending);

    ClinicSession& m_session;
    AppSettings& m_settings;
    QStackedWidget* m_pages;
    IntakeFormPage* m_intake;
    ReviewPage* m_review;
    RecordsPage* m_records;
    AuditPage* m_audit;
    QAction* m_saveAction = nullptr;
    QAction* m_reviewAction = nullptr;
    QLabel* m_userLabel = nullptr;
};
