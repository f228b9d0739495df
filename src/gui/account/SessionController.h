#pragma once

#include <QObject>
#include <memory>

class AppSettings;
class ClinicSession;
class MainWindow;

// Who uses the window, from start to quit: the first-run dialog when the
// database has no accounts, the sign-in dialog, then a MainWindow for the
// signed-in user; after Sign out, the sign-in dialog again for the next one.
// Cancelling either dialog quits.
//
// A restore (File > Restore from backup) is a sign-out with the database
// closed in between: the window goes, the session's connection is closed,
// DatabaseRestore puts the backup in place, the database (restored or, after
// any failure, untouched) is opened again, a message box says what happened,
// and whoever is next signs in to it, the manager who restored included.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(ClinicSession& session, AppSettings& settings, QObject* parent = nullptr);
    ~SessionController() override;

    // Runs the dialogs and shows the window. False when someone chose to quit
    // instead (the application should end).
    bool start();

    MainWindow* window() const { return m_window.get(); }

signals:
    // The dialogs were cancelled after a sign-out: time to quit.
    void finished();

private:
    bool signIn();
    void showWindow();
    void onSignOutRequested(const QString& details);
    // Hides the window and ends its user's session; the window itself is
    // deleted later (it may be in one of its own slots).
    void leaveWindow(const QString& details);
    // Deletes the window, then the sign-in (or first-run) dialog and a new
    // window; quits when the dialog is cancelled.
    void nextUser();
    void onRestoreRequested(const QString& backupPath, const QString& passphrase);
    void restore(const QString& backupPath, const QString& passphrase, const QString& actor);

    ClinicSession& m_session;
    AppSettings& m_settings;
    std::unique_ptr<MainWindow> m_window;
};
