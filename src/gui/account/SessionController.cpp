#include "account/SessionController.h"

#include "AppSettings.h"
#include "ClinicSession.h"
#include "MainWindow.h"
#include "account/FirstRunDialog.h"
#include "account/IdleWatcher.h"
#include "account/SignInDialog.h"
#include "security/UserAccounts.h"

#include <QApplication>

SessionController::SessionController(ClinicSession& session, AppSettings& settings, QObject* parent)
    : QObject(parent), m_session(session), m_settings(settings)
{}

SessionController::~SessionController()
{
    m_window.reset();
    m_session.signOut(QStringLiteral("quit"));
}

bool SessionController::start()
{
    if (!signIn()) {
        return false;
    }
    showWindow();
    return true;
}

bool SessionController::signIn()
{
    if (m_session.accounts().empty()) {
        FirstRunDialog firstRun(m_session);
        if (firstRun.exec() != QDialog::Accepted) {
            return false;
        }
        m_session.begin(firstRun.user());
        return true;
    }
    SignInDialog dialog(m_session);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    m_session.begin(dialog.user());
    return true;
}

void SessionController::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_session, m_settings);
    connect(m_window.get(), &MainWindow::signOutRequested, this,
            &SessionController::onSignOutRequested);
    m_window->show();
}

void SessionController::onSignOutRequested(const QString& details)
{
    // Nothing of the old user's stays on screen, and the application does
    // not take the hidden window for its last one.
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->idleWatcher()->stop();
    m_window->hide();
    m_session.signOut(details);
    // The window emitted this from inside one of its own slots: it is
    // deleted once that has returned.
    QMetaObject::invokeMethod(this, &SessionController::afterSignOut, Qt::QueuedConnection);
}

void SessionController::afterSignOut()
{
    m_window.reset();
    const bool someone = signIn();
    QApplication::setQuitOnLastWindowClosed(true);
    if (!someone) {
        emit finished();
        QApplication::quit();
        return;
    }
    showWindow();
}
