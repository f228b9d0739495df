#pragma once

#include "model/IntakeDetails.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class AppSettings;
class AuditPage;
class ClinicChanges;
class ClinicSession;
class ConnectionMonitor;
class IdleWatcher;
class IntakeFormPage;
class LockScreen;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class RecordsPage;
class ReviewPage;

// The application window of the signed-in user: the pages their role may use
// (intake, review queue, records, audit log), menus and a toolbar that reach
// all of them from the keyboard, and the status bar with the database, the
// rules and who is signed in. Pages and actions a role may not use are not
// there at all; the core refuses them anyway.
//
// With no keyboard or mouse input for the idle time (AppSettings), or on
// Account > Lock now, the pages are replaced by a lock screen until the same
// user types their password again; everything, a form in progress included,
// is as it was.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `session` must have someone signed in.
    MainWindow(ClinicSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    IntakeFormPage* intakePage() const { return m_intake; }
    // nullptr when the role may not review (front desk).
    ReviewPage* reviewPage() const { return m_review; }
    RecordsPage* recordsPage() const { return m_records; }
    // nullptr when the role may not read the audit log (all but managers).
    AuditPage* auditPage() const { return m_audit; }
    // A page the role may not see shows the intake form instead.
    void showPage(int page);
    int currentPage() const;
    bool hasPage(int page) const;

    void newIntake();
    void exportRecords();
    void backup();
    // Managers: asks about unsaved answers, then which backup (RestoreDialog);
    // true when it emitted restoreRequested.
    bool restoreBackup();
    void changePassword();
    void manageUsers();
    // From the records: the review page when there is one, else a dialog.
    void openIntake(qint64 intakeId);
    // Loads an intake's current version on the form to be saved as a new
    // version; for a `reviewed` intake, only after the user confirmed that
    // the new version will need a new review.
    void amendIntake(qint64 intakeId, int version, const IntakeVersionDetails& current,
                     bool reviewed = false);

    // Idle lock.
    void lock();
    bool isLocked() const { return m_locked; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    // Whether the clinic's server answers (nullptr for a file).
    ConnectionMonitor* connectionMonitor() const { return m_connection; }
    // What tells the pages that the records changed (on this or another
    // workstation); null when it could not be started.
    ClinicChanges* clinicChanges() const { return m_changes.get(); }
    // Reads the idle time from the settings again (after the settings dialog).
    void applyIdleLockSettings();

    // The first run (no window geometry saved yet): a size that fits in
    // `available` (a screen's area without its panels) with the title bar,
    // centred there. Called by the constructor for the window's screen.
    void placeForFirstRun(const QRect& available);

    // Asks about unsaved answers as closing does; then emits signOutRequested.
    bool signOut();

signals:
    // The user signed out (`details` for the audit log): whoever owns the
    // window closes it and asks who is next.
    void signOutRequested(const QString& details);
    // A manager confirmed a restore (`passphrase` empty for a plain backup):
    // whoever owns the window closes it and the database, restores, and asks
    // who is next. Nothing has been signed out or replaced yet.
    void restoreRequested(const QString& backupPath, const QString& passphrase);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    // `text` is the untranslated source (QT_TR_NOOP): retranslate() sets it
    // again in the language of the moment.
    QAction* addMenuAction(QMenu* menu, const char* objectName, const char* text);
    QMenu* addMenu(const char* text);
    void retranslate();
    void showConnectionState();
    bool confirmDiscardAnswers();
    void updateQueueCount(int pending);
    void watchChanges();
    void onRecordsChanged();
    void unlock();
    void signOutFromLockScreen();
    void closeDialogsForLock();
    void saveWindowSettings();

    ClinicSession& m_session;
    AppSettings& m_settings;
    QStackedWidget* m_root;        // the pages, or the lock screen
    QStackedWidget* m_pages;       // the pages the role may use
    QList<QWidget*> m_pageWidgets; // by AppSettings::Page; nullptr where hidden
    IntakeFormPage* m_intake = nullptr;
    ReviewPage* m_review = nullptr;
    RecordsPage* m_records = nullptr;
    AuditPage* m_audit = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QToolBar* m_toolbar = nullptr;
    bool m_toolbarWasVisible = true;
    QAction* m_saveAction = nullptr;
    QAction* m_reviewAction = nullptr;
    QList<QAction*> m_actions; // every action of the menus and toolbar
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_rulesLabel = nullptr;
    QLabel* m_signedInLabel = nullptr;
    QHash<QAction*, const char*> m_actionTexts;
    QHash<QMenu*, const char*> m_menuTexts;
    int m_pendingReviews = -1; // not counted yet
    ConnectionMonitor* m_connection = nullptr;

    IdleWatcher* m_idle = nullptr;
    bool m_locked = false;
    std::unique_ptr<ClinicChanges> m_changes;
    bool m_changedWhileLocked = false;
    QHash<QAction*, bool> m_enabledBeforeLock;
    QPointer<QWidget> m_focusBeforeLock;
};
