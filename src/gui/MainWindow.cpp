#include "MainWindow.h"

#include "AppSettings.h"
#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "account/ChangePasswordDialog.h"
#include "account/IdleWatcher.h"
#include "account/LockScreen.h"
#include "account/UsersDialog.h"
#include "audit/AuditPage.h"
#include "help/KeyboardShortcutsDialog.h"
#include "intake/IntakeFormPage.h"
#include "maintenance/BackupDialog.h"
#include "maintenance/RestoreDialog.h"
#include "records/ExportDialog.h"
#include "records/RecordsPage.h"
#include "review/IntakeDetailsDialog.h"
#include "review/ReviewPage.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSet.h"
#include "security/StaffSession.h"
#include "server/ConnectionMonitor.h"
#include "settings/SettingsDialog.h"
#include "storage/ClinicChanges.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <algorithm>

namespace {

enum Page
{
    IntakePage = 0,
    ReviewQueuePage = 1,
    RecordsListPage = 2,
    AuditLogPage = 3
};

// The desktop theme's icon, else the one bundled in resources/icons.
QIcon themed(const char* name, const char* bundled)
{
    return QIcon::fromTheme(QLatin1String(name),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(bundled))));
}

} // namespace

MainWindow::MainWindow(ClinicSession& session, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_settings(settings)
{
    const StaffSession& staff = session.staff();

    // Pages the role may not use are not built: nothing of them to show,
    // focus or reach by a shortcut.
    m_pages = new QStackedWidget(this);
    m_intake = new IntakeFormPage(session, m_pages);
    if (staff.may(Permission::ReviewIntakes)) {
        m_review = new ReviewPage(session, m_pages);
    }
    m_records = new RecordsPage(session, m_pages);
    if (staff.may(Permission::ViewAuditLog)) {
        m_audit = new AuditPage(session, m_pages);
    }
    m_pageWidgets = {m_intake, m_review, m_records, m_audit};
    for (QWidget* page : m_pageWidgets) {
        if (page) {
            m_pages->addWidget(page);
        }
    }
    m_lockScreen = new LockScreen(session, this);
    m_root = new QStackedWidget(this);
    m_root->addWidget(m_pages);
    m_root->addWidget(m_lockScreen);
    m_root->setCurrentWidget(m_pages);
    setCentralWidget(m_root);

    createActions();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
    if (session.isServer()) {
        // Asked on a thread of its own: the label never waits for the network.
        m_connection =
            new ConnectionMonitor(session.address(), session.clock(), 30000, 10000, this);
        m_connectionLabel = new QLabel(this);
        m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
        connect(m_connection, &ConnectionMonitor::probed, this, &MainWindow::showConnectionState);
        statusBar()->addPermanentWidget(m_connectionLabel);
        m_connection->start();
    }
    m_rulesLabel = new QLabel(this);
    m_rulesLabel->setObjectName(QStringLiteral("rulesLabel"));
    statusBar()->addPermanentWidget(m_rulesLabel);
    m_signedInLabel = new QLabel(this);
    m_signedInLabel->setObjectName(QStringLiteral("signedInLabel"));
    statusBar()->addPermanentWidget(m_signedInLabel);
    retranslate();

    const auto showStatus = [this](const QString& message) {
        if (!m_locked) {
            statusBar()->showMessage(message, 10000);
        }
    };
    connect(m_intake, &IntakeFormPage::statusMessage, this, showStatus);
    connect(m_intake, &IntakeFormPage::validityChanged, m_saveAction, &QAction::setEnabled);
    connect(m_records, &RecordsPage::openIntakeRequested, this, &MainWindow::openIntake);
    if (m_review) {
        connect(m_review, &ReviewPage::statusMessage, this, showStatus);
        connect(m_intake, &IntakeFormPage::saved, this, [this] { m_review->refresh(); });
        connect(m_review, &ReviewPage::queueChanged, this, &MainWindow::updateQueueCount);
        connect(m_review, &ReviewPage::reviewed, this, [this] { m_records->refresh(); });
        connect(m_review, &ReviewPage::amendRequested, this, &MainWindow::amendIntake);
    }
    if (m_connection) {
        // A save cut off by a lost connection waits on its page: ask the
        // server now, and send it each time the server answers.
        const auto askNow = [this] {
            m_connection->probe();
        };
        connect(m_intake, &IntakeFormPage::connectionLost, m_connection, askNow);
        if (m_review) {
            connect(m_review, &ReviewPage::connectionLost, m_connection, askNow);
        }
        connect(m_connection, &ConnectionMonitor::probed, this, [this] {
            if (m_connection->state() == ConnectionMonitor::State::Connected) {
                m_intake->retryPendingSave();
                if (m_review) {
                    m_review->retryPendingReview();
                }
            }
        });
    }
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOutFromLockScreen);
    m_saveAction->setEnabled(m_intake->isValid());
    if (m_review) {
        m_review->refresh();
    }
    watchChanges();

    if (!restoreGeometry(settings.windowGeometry())) {
        if (const QScreen* shownOn = screen()) {
            placeForFirstRun(shownOn->availableGeometry());
        }
    }
    restoreState(settings.windowState());
    // Whoever signs in starts on their own work, not on the page the last
    // user left: the review queue (nothing opened) for those who review,
    // else the intake form.
    showPage(m_review ? ReviewQueuePage : IntakePage);

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    applyIdleLockSettings();
    m_idle->start();
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::addMenuAction(QMenu* menu, const char* objectName, const char* text)
{
    auto* action = menu->addAction(tr(text));
    action->setObjectName(QLatin1String(objectName));
    m_actions << action;
    m_actionTexts.insert(action, text);
    return action;
}

QMenu* MainWindow::addMenu(const char* text)
{
    QMenu* menu = menuBar()->addMenu(tr(text));
    m_menuTexts.insert(menu, text);
    return menu;
}

void MainWindow::createActions()
{
    const StaffSession& staff = m_session.staff();

    auto* fileMenu = addMenu(QT_TR_NOOP("&File"));
    auto* newAction = addMenuAction(fileMenu, "newIntakeAction", QT_TR_NOOP("&New intake"));
    newAction->setIcon(themed("document-new", "new-intake"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newIntake);
    m_saveAction = addMenuAction(fileMenu, "saveAction", QT_TR_NOOP("&Save intake"));
    m_saveAction->setIcon(themed("document-save", "save"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() != m_intake) {
            showPage(IntakePage);
        }
        m_intake->save();
    });
    fileMenu->addSeparator();
    QAction* exportAction = nullptr;
    if (staff.may(Permission::ExportRecords)) {
        exportAction = addMenuAction(fileMenu, "exportAction", QT_TR_NOOP("&Export records…"));
        exportAction->setIcon(themed("document-export", "export"));
        exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        connect(exportAction, &QAction::triggered, this, &MainWindow::exportRecords);
    }
    if (staff.may(Permission::BackUp)) {
        connect(addMenuAction(fileMenu, "backupAction", QT_TR_NOOP("&Back up database…")),
                &QAction::triggered, this, &MainWindow::backup);
    }
    // Not for a server's records: see restoreBackup().
    if (staff.may(Permission::Restore) && !m_session.isServer()) {
        connect(addMenuAction(fileMenu, "restoreAction", QT_TR_NOOP("&Restore from backup…")),
                &QAction::triggered, this, &MainWindow::restoreBackup);
    }
    connect(addMenuAction(fileMenu, "settingsAction", QT_TR_NOOP("Se&ttings…")),
            &QAction::triggered, this, [this] {
                SettingsDialog dialog(m_session, m_settings, this);
                if (dialog.exec() == QDialog::Accepted) {
                    applyIdleLockSettings();
                }
            });
    fileMenu->addSeparator();
    auto* quit = addMenuAction(fileMenu, "quitAction", QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto* viewMenu = addMenu(QT_TR_NOOP("&View"));
    auto* intakeAction = addMenuAction(viewMenu, "intakeAction", QT_TR_NOOP("&Intake form"));
    intakeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(intakeAction, &QAction::triggered, this, [this] { showPage(IntakePage); });
    if (m_review) {
        m_reviewAction = addMenuAction(viewMenu, "reviewAction", QT_TR_NOOP("&Review queue"));
        m_reviewAction->setIcon(themed("view-task", "review-queue"));
        m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        connect(m_reviewAction, &QAction::triggered, this, [this] { showPage(ReviewQueuePage); });
    }

    auto* recordsMenu = addMenu(QT_TR_NOOP("&Records"));
    auto* recordsAction = addMenuAction(recordsMenu, "recordsAction", QT_TR_NOOP("&Find records"));
    recordsAction->setIcon(themed("system-search", "records"));
    recordsAction->setShortcut(QKeySequence::Find);
    connect(recordsAction, &QAction::triggered, this, [this] {
        showPage(RecordsListPage);
        m_records->focusSearch();
    });
    if (m_audit) {
        auto* auditAction = addMenuAction(recordsMenu, "auditAction", QT_TR_NOOP("&Audit log"));
        auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        connect(auditAction, &QAction::triggered, this, [this] { showPage(AuditLogPage); });
    }
    if (exportAction) {
        recordsMenu->addAction(exportAction);
    }

    auto* accountMenu = addMenu(QT_TR_NOOP("&Account"));
    connect(addMenuAction(accountMenu, "changePasswordAction", QT_TR_NOOP("&Change password…")),
            &QAction::triggered, this, &MainWindow::changePassword);
    if (staff.may(Permission::ManageUsers)) {
        connect(addMenuAction(accountMenu, "usersAction", QT_TR_NOOP("&Users…")),
                &QAction::triggered, this, &MainWindow::manageUsers);
    }
    accountMenu->addSeparator();
    auto* lockAction = addMenuAction(accountMenu, "lockAction", QT_TR_NOOP("&Lock now"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(addMenuAction(accountMenu, "signOutAction", QT_TR_NOOP("Sign &out")),
            &QAction::triggered, this, &MainWindow::signOut);

    auto* helpMenu = addMenu(QT_TR_NOOP("&Help"));
    auto* keysAction =
        addMenuAction(helpMenu, "keyboardShortcutsAction", QT_TR_NOOP("&Keyboard shortcuts"));
    keysAction->setShortcut(QKeySequence::HelpContents);
    connect(keysAction, &QAction::triggered, this, [this] {
        KeyboardShortcutsDialog dialog(m_actions, this);
        dialog.exec();
    });
    connect(addMenuAction(helpMenu, "aboutAction", QT_TR_NOOP("&About Clinic Intake")),
            &QAction::triggered, this, [this] {
                QMessageBox::about(
                    this, tr("About Clinic Intake"),
                    tr("<h3>Clinic Intake %1</h3><p>Pre-session consultations and "
                       "treatment suggestions for massage and physical-therapy clinics. "
                       "The suggestion is for the therapist to review; it is never a "
                       "diagnosis.</p>")
                        .arg(QApplication::applicationVersion()));
            });

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(newAction);
    m_toolbar->addAction(m_saveAction);
    m_toolbar->addSeparator();
    if (m_reviewAction) {
        m_toolbar->addAction(m_reviewAction);
    }
    m_toolbar->addAction(recordsAction);
    if (exportAction) {
        m_toolbar->addAction(exportAction);
    }
    auto* spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_userLabel = new QLabel(m_toolbar);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setContentsMargins(0, 0, fontMetrics().averageCharWidth(), 0);
    m_toolbar->addWidget(m_userLabel);
}

bool MainWindow::hasPage(int page) const
{
    return page >= 0 && page < m_pageWidgets.size() && m_pageWidgets[page] != nullptr;
}

void MainWindow::showPage(int page)
{
    if (!hasPage(page)) {
        page = IntakePage;
    }
    m_pages->setCurrentWidget(m_pageWidgets[page]);
    if (page == RecordsListPage) {
        m_records->refresh();
    } else if (page == AuditLogPage) {
        m_audit->refresh();
    } else if (page == IntakePage) {
        m_intake->focusFirstField();
    } else if (page == ReviewQueuePage) {
        m_review->focusQueue();
    }
}

int MainWindow::currentPage() const
{
    const int page = int(m_pageWidgets.indexOf(m_pages->currentWidget()));
    return page >= 0 ? page : IntakePage;
}

void MainWindow::watchChanges()
{
    const StorageAddress address = m_session.address();
    try {
        m_changes = watchClinicChanges(address.location, address.serverPassword);
    } catch (const std::exception& error) {
        // The pages still read the records whenever they are opened.
        statusBar()->showMessage(
            tr("Changes saved elsewhere will show when a page is opened again: %1")
                .arg(QString::fromUtf8(error.what())),
            10000);
        return;
    }
    connect(m_changes.get(), &ClinicChanges::changed, this, &MainWindow::onRecordsChanged);
    if (m_connection) {
        // Watching again once the server is known to answer: connecting
        // then does not keep the window waiting.
        connect(m_connection, &ConnectionMonitor::probed, this, [this] {
            if (m_changes->isLost() &&
                m_connection->state() == ConnectionMonitor::State::Connected) {
                m_changes->reconnect();
            }
        });
    }
}

void MainWindow::onRecordsChanged()
{
    if (m_locked || !m_session.isSignedIn()) {
        m_changedWhileLocked = true; // nothing is read for a locked screen
        return;
    }
    m_changedWhileLocked = false;
    if (m_connection && m_changes->isLost()) {
        m_connection->probe(); // and watch again as soon as it answers
    }
    if (m_review) {
        m_review->recordsChanged();
    }
    // The records page reads them again whenever it is shown.
    if (m_pages->currentWidget() == m_records) {
        m_records->refresh();
    }
}

void MainWindow::updateQueueCount(int pending)
{
    m_pendingReviews = pending;
    if (m_reviewAction) {
        m_reviewAction->setText(tr("&Review queue (%1)").arg(pending));
    }
}

void MainWindow::showConnectionState()
{
    m_connectionLabel->setText(m_connection->text());
    m_connectionLabel->setToolTip(m_connection->lastProblem());
}

void MainWindow::retranslate()
{
    const SignedInUser& user = m_session.user();
    const QString role = access_messages::roleLabel(user.role);
    const QString who = tr("%1 (%2)").arg(user.name, role);
    // The application's name last, as the other windows have it: the
    // platform adds it to a title that does not end with it, so it shows once.
    setWindowTitle(tr("%1 — Clinic Intake").arg(who));
    for (auto menu = m_menuTexts.cbegin(); menu != m_menuTexts.cend(); ++menu) {
        menu.key()->setTitle(tr(menu.value()));
    }
    for (auto action = m_actionTexts.cbegin(); action != m_actionTexts.cend(); ++action) {
        action.key()->setText(tr(action.value()));
    }
    if (m_pendingReviews >= 0) {
        updateQueueCount(m_pendingReviews);
    }
    m_toolbar->setWindowTitle(tr("Main"));
    m_userLabel->setText(tr("user: %1 (%2)").arg(user.name, role));
    m_databaseLabel->setText(m_session.isServer()
                                 ? m_session.displayLocation()
                                 : tr("Database: %1").arg(m_session.displayLocation()));
    if (m_connectionLabel) {
        showConnectionState();
    }
    m_rulesLabel->setText(
        tr("Rules: %1").arg(QString::fromStdString(m_session.engine().ruleSet().version)));
    m_signedInLabel->setText(tr("Signed in: %1").arg(who));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::confirmDiscardAnswers()
{
    if (!m_intake->hasUnsavedAnswers()) {
        return true;
    }
    showPage(IntakePage);
    QMessageBox prompt(QMessageBox::Question, tr("Unsaved intake"),
                       tr("The intake form has answers that are not saved. Save them first?"),
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    prompt.setObjectName(QStringLiteral("unsavedAnswersPrompt"));
    // A letter for each, whatever the platform's own words for them.
    prompt.button(QMessageBox::Save)->setText(tr("&Save"));
    prompt.button(QMessageBox::Discard)->setText(tr("&Discard"));
    prompt.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    prompt.setDefaultButton(QMessageBox::Save);
    prompt.setEscapeButton(QMessageBox::Cancel);
    const int answer = prompt.exec();
    if (answer == QMessageBox::Save) {
        return m_intake->save() > 0;
    }
    return answer == QMessageBox::Discard;
}

void MainWindow::newIntake()
{
    if (confirmDiscardAnswers()) {
        m_intake->clearForm();
        showPage(IntakePage);
    }
}

void MainWindow::openIntake(qint64 intakeId)
{
    if (m_review) {
        showPage(ReviewQueuePage);
        m_review->openIntake(intakeId);
        return;
    }
    IntakeDetailsDialog dialog(m_session, intakeId, this);
    if (!dialog.isOpen()) {
        return;
    }
    if (dialog.exec() == QDialog::Accepted && dialog.amendRequested()) {
        amendIntake(intakeId, dialog.currentVersion(), dialog.currentAnswers(),
                    dialog.currentReviewed());
    }
}

void MainWindow::amendIntake(qint64 intakeId, int version, const IntakeVersionDetails& current,
                             bool reviewed)
{
    if (m_intake->amendingIntake() == intakeId && m_intake->hasUnsavedAnswers()) {
        showPage(IntakePage); // already on the form, with changes
        return;
    }
    if (reviewed) {
        // A new version sends a reviewed intake back to the queue: say so
        // before anything is started, not after the save.
        QMessageBox confirm(
            QMessageBox::Question, tr("Amend a reviewed intake?"),
            tr("Intake #%1 has been reviewed. Amending it stores a new version that goes back "
               "to the review queue: a therapist must review it again before the session.\n\n"
               "Amend it?")
                .arg(intakeId),
            QMessageBox::Cancel, this);
        auto* amend = confirm.addButton(tr("&Amend"), QMessageBox::AcceptRole);
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != amend) {
            return;
        }
    }
    if (!confirmDiscardAnswers()) {
        return;
    }
    m_intake->startAmending(intakeId, version, current);
    showPage(IntakePage);
}

void MainWindow::exportRecords()
{
    ExportDialog dialog(m_session, this);
    dialog.exec();
    if (m_audit) {
        m_audit->refresh();
    }
}

void MainWindow::backup()
{
    BackupDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        // Said where it cannot be missed (the status bar may be off screen
        // or read by nobody): a backup is rare, one key to close is cheap.
        const QString message =
            tr("Backup written to %1").arg(QDir::toNativeSeparators(dialog.writtenTo()));
        statusBar()->showMessage(message, 10000);
        QMessageBox done(QMessageBox::Information, tr("Backup made"), message + QLatin1Char('.'),
                         QMessageBox::Ok, this);
        done.setObjectName(QStringLiteral("backupDoneDialog"));
        done.exec();
    }
    if (m_audit) {
        m_audit->refresh();
    }
}

bool MainWindow::restoreBackup()
{
    try {
        // The core decides first, and records a refusal.
        m_session.staff().require(Permission::Restore, QStringLiteral("restore"));
    } catch (const std::exception& error) {
        access_messages::showRefusal(this, error);
        return false;
    }
    if (m_session.isServer()) {
        // Restoring into the clinic's server replaces everyone's records at
        // once: that is done where the server is looked after, not here.
        QMessageBox::information(
            this, tr("Restore from backup"),
            tr("The records are on the clinic's server (%1). A backup is restored into the "
               "server by whoever looks after it, not from this computer.")
                .arg(m_session.displayLocation()));
        return false;
    }
    // As signing out does: the window goes away with the form. Saved answers
    // go into the database being replaced, which is kept.
    if (!confirmDiscardAnswers()) {
        return false;
    }
    RestoreDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    saveWindowSettings();
    emit restoreRequested(dialog.backupPath(), dialog.passphrase());
    return true;
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Your password was changed."), 10000);
    }
}

void MainWindow::manageUsers()
{
    UsersDialog dialog(m_session, this);
    dialog.exec();
    if (m_audit) {
        m_audit->refresh();
    }
}

void MainWindow::placeForFirstRun(const QRect& available)
{
    // Roomy where there is room; never taller than the screen less the
    // title bar, so the status bar is on screen (1366x768 less a panel).
    const int titleBar = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
    const QSize room(available.width(), std::max(available.height() - titleBar, 0));
    const QSize size = QSize(1400, 900).boundedTo(room).expandedTo(minimumSizeHint());
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size,
                                    QRect(available.topLeft() + QPoint(0, titleBar), room)));
}

void MainWindow::applyIdleLockSettings()
{
    m_idle->setInterval(m_settings.idleLockMinutes() * 60 * 1000);
}

void MainWindow::closeDialogsForLock()
{
    // Whatever is open over the window would stay readable, and would keep
    // the lock screen from getting the keyboard. Nothing in a dialog is lost
    // that cannot be typed again; a running export is cancelled.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window == this || !window->isVisible()) {
            continue;
        }
        if (auto* menu = qobject_cast<QMenu*>(window)) {
            menu->close();
        } else if (auto* exporting = qobject_cast<ExportDialog*>(window)) {
            exporting->abandon();
        } else if (auto* dialog = qobject_cast<QDialog*>(window)) {
            dialog->reject();
        }
    }
}

void MainWindow::lock()
{
    if (m_locked || !m_session.isSignedIn()) {
        return;
    }
    closeDialogsForLock();
    QWidget* focus = QApplication::focusWidget();
    m_focusBeforeLock = focus && m_pages->isAncestorOf(focus) ? focus : nullptr;
    m_locked = true;
    m_idle->stop();
    m_enabledBeforeLock.clear();
    for (QAction* action : std::as_const(m_actions)) {
        m_enabledBeforeLock.insert(action, action->isEnabled());
        action->setEnabled(false);
    }
    menuBar()->setEnabled(false);
    // Hidden, not only disabled: its labels show counts (the review queue's).
    m_toolbarWasVisible = m_toolbar->isVisible();
    m_toolbar->setEnabled(false);
    m_toolbar->hide();
    statusBar()->clearMessage();
    m_lockScreen->prepare(m_intake->hasUnsavedAnswers());
    m_root->setCurrentWidget(m_lockScreen);
    m_lockScreen->passwordEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::unlock()
{
    if (!m_locked) {
        return;
    }
    m_root->setCurrentWidget(m_pages);
    for (auto action = m_enabledBeforeLock.cbegin(); action != m_enabledBeforeLock.cend();
         ++action) {
        action.key()->setEnabled(action.value());
    }
    m_saveAction->setEnabled(m_intake->isValid());
    menuBar()->setEnabled(true);
    m_toolbar->setEnabled(true);
    m_toolbar->setVisible(m_toolbarWasVisible);
    m_locked = false;
    if (m_focusBeforeLock) {
        m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
    }
    m_idle->start();
    if (m_changedWhileLocked) {
        onRecordsChanged();
    }
}

void MainWindow::signOutFromLockScreen()
{
    // Whoever is at the lock screen may not be who typed the answers, and
    // cannot save them under that person's name: they can only be dropped.
    const bool unsaved = m_intake->hasUnsavedAnswers();
    if (unsaved) {
        QMessageBox confirm(QMessageBox::Warning, tr("Sign out?"),
                            tr("The intake form has answers %1 has not saved. Signing out from "
                               "here discards them.\n\nSign out and discard the answers?")
                                .arg(m_session.user().name),
                            QMessageBox::Cancel, this);
        auto* discard = confirm.addButton(tr("&Discard and sign out"), QMessageBox::AcceptRole);
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != discard) {
            m_lockScreen->passwordEdit()->setFocus();
            return;
        }
    }
    saveWindowSettings();
    emit signOutRequested(unsaved ? QStringLiteral("from the lock screen; unsaved intake "
                                                   "answers discarded")
                                  : QStringLiteral("from the lock screen"));
}

bool MainWindow::signOut()
{
    if (m_locked) {
        signOutFromLockScreen();
        return true;
    }
    if (!confirmDiscardAnswers()) {
        return false;
    }
    saveWindowSettings();
    emit signOutRequested(QString());
    return true;
}

void MainWindow::saveWindowSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_locked) {
        // Nobody signed in is at the keyboard: the answers cannot be saved
        // from here, only kept (by not quitting) or dropped.
        if (m_intake->hasUnsavedAnswers()) {
            QMessageBox confirm(QMessageBox::Warning, tr("Quit?"),
                                tr("The intake form has answers %1 has not saved. Quitting "
                                   "discards them.\n\nQuit and discard the answers?")
                                    .arg(m_session.user().name),
                                QMessageBox::Cancel, this);
            auto* discard = confirm.addButton(tr("&Discard and quit"), QMessageBox::AcceptRole);
            confirm.setDefaultButton(QMessageBox::Cancel);
            confirm.exec();
            if (confirm.clickedButton() != discard) {
                event->ignore();
                return;
            }
        }
    } else if (!confirmDiscardAnswers()) {
        event->ignore();
        return;
    }
    saveWindowSettings();
    event->accept();
}
