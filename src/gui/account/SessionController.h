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
    void afterSignOut();

    ClinicSession& m_session;
    AppSettings& m_settings;
    std::unique_ptr<MainWindow> m_window;
};
