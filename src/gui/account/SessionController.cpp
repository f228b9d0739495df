#include "account/SessionController.h"

#include "AppSettings.h"
#include "ClinicSession.h"
#include "MainWindow.h"
#include "account/AccessMessages.h"
#include "account/FirstRunDialog.h"
#include "account/IdleWatcher.h"
#include "account/SignInDialog.h"
#include "security/UserAccounts.h"
#include "storage/ClinicStorage.h"
#include "storage/DatabaseRestore.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <exception>
#include <optional>

namespace {

// The copies earlier restores kept beside the database.
QStringList keptCopies(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    return database.dir().entryList({database.fileName() + QStringLiteral(".replaced-*")},
                                    QDir::Files | QDir::Hidden);
}

} // namespace

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
    connect(m_window.get(), &MainWindow::restoreRequested, this,
            &SessionController::onRestoreRequested);
    m_window->show();
}

void SessionController::leaveWindow(const QString& details)
{
    // Nothing of the old user's stays on screen, and the application does
    // not take the hidden window for its last one.
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->idleWatcher()->stop();
    m_window->hide();
    m_session.signOut(details);
}

void SessionController::onSignOutRequested(const QString& details)
{
    leaveWindow(details);
    // The window emitted this from inside one of its own slots: it is
    // deleted once that has returned.
    QMetaObject::invokeMethod(this, &SessionController::nextUser, Qt::QueuedConnection);
}

void SessionController::nextUser()
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

void SessionController::onRestoreRequested(const QString& backupPath, const QString& passphrase)
{
    const QString actor = m_session.user().name;
    leaveWindow(QStringLiteral("to restore the backup %1").arg(backupPath));
    QMetaObject::invokeMethod(
        this, [this, backupPath, passphrase, actor] { restore(backupPath, passphrase, actor); },
        Qt::QueuedConnection);
}

void SessionController::restore(const QString& backupPath, const QString& passphrase,
                                const QString& actor)
{
    // Everything that had the database open goes first: the window with its
    // pages (an export dialog has waited for its thread), then the session's
    // own connection (withDatabaseClosed). DatabaseRestore refuses (Busy,
    // nothing replaced) while any connection is left, another program's too.
    m_window.reset();
    const QStringList keptBefore = keptCopies(m_session.location());
    const std::optional<QString> key =
        passphrase.isEmpty() ? std::nullopt : std::optional<QString>(passphrase);
    RestoreResult result;
    QString failure;
    bool replacedDespiteFailure = false;
    try {
        m_session.withDatabaseClosed([&] {
            // On a thread of its own: deriving an encrypted backup's key and
            // checking a large database take seconds, and the screen should
            // not freeze meanwhile.
            std::exception_ptr thrown;
            std::unique_ptr<QThread> thread(QThread::create([&] {
                try {
                    result = DatabaseRestore::restore(backupPath, key, m_session.location(),
                                                      m_session.clock(), actor);
                } catch (...) {
                    thrown = std::current_exception();
                }
            }));
            QProgressDialog progress(tr("Checking the backup and restoring it…"), QString(), 0, 0);
            progress.setWindowTitle(tr("Restoring the database"));
            progress.setCancelButton(nullptr); // DatabaseRestore cannot be stopped halfway
            progress.setWindowModality(Qt::ApplicationModal);
            progress.setMinimumDuration(0);
            QEventLoop loop;
            connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
            thread->start();
            progress.show();
            loop.exec();
            thread->wait();
            progress.hide();
            if (thrown) {
                std::rethrow_exception(thrown);
            }
        });
    } catch (const RestoredWithProblem& error) {
        failure = access_messages::sentence(error);
        replacedDespiteFailure = true;
    } catch (const std::exception& error) {
        failure = access_messages::sentence(error);
    }

    const QString database = QDir::toNativeSeparators(m_session.location());
    if (!m_session.isOpen()) {
        QMessageBox::critical(nullptr, tr("Clinic Intake"),
                              tr("The clinic's database %1 could not be opened again:\n%2\n\n"
                                 "Clinic Intake ends now. Start it again; if the database "
                                 "still does not open, restore a backup with "
                                 "clinic-intake-cli restore.")
                                  .arg(database, failure));
        QApplication::setQuitOnLastWindowClosed(true);
        emit finished();
        QApplication::quit();
        return;
    }
    const QString next = tr("Sign in with an account of the restored database to go on.");
    if (failure.isEmpty()) {
        QString text = tr("The clinic's database %1 was restored from the backup %2.")
                           .arg(database, QDir::toNativeSeparators(backupPath));
        if (!result.keptAs.isEmpty()) {
            text += QStringLiteral("\n\n") + tr("The database it replaced is kept as %1.")
                                                 .arg(QDir::toNativeSeparators(result.keptAs));
        }
        QMessageBox::information(nullptr, tr("Backup restored"),
                                 text + QStringLiteral("\n\n") + next);
    } else if (keptCopies(m_session.location()) != keptBefore || replacedDespiteFailure) {
        // Replaced, but something after the swap failed (the audit entry,
        // moving the replaced file): the core's message says what and where.
        QMessageBox::warning(nullptr, tr("Backup restored, with a problem"),
                             failure + QStringLiteral("\n\n") + next);
    } else {
        // The untouched database records the refused attempt.
        try {
            m_session.storage().audit().append(
                actor, QStringLiteral("restore failed"), QStringLiteral("whole database"),
                QStringLiteral("from %1: %2")
                    .arg(QFileInfo(backupPath).absoluteFilePath(), failure));
        } catch (const std::exception&) {
            // The message box below says what went wrong with the restore.
        }
        QMessageBox::warning(nullptr, tr("Backup not restored"),
                             tr("The backup was not restored.\n\n%1\n\nNothing was replaced: the "
                                "clinic's database is as it was. Sign in again to go on.")
                                 .arg(failure));
    }
    nextUser();
}
