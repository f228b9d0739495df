#include "MainWindow.h"

#include "AppSettings.h"
#include "ClinicSession.h"
#include "audit/AuditPage.h"
#include "intake/IntakeFormPage.h"
#include "records/ExportDialog.h"
#include "records/RecordsPage.h"
#include "review/ReviewPage.h"
#include "rules/RuleEngine.h"
#include "rules/RuleSet.h"
#include "settings/SettingsDialog.h"
#include "storage/DatabaseMaintenance.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

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
    setWindowTitle(tr("Clinic Intake"));
    m_pages = new QStackedWidget(this);
    m_intake = new IntakeFormPage(session, m_pages);
    m_review = new ReviewPage(session, m_pages);
    m_records = new RecordsPage(session, m_pages);
    m_audit = new AuditPage(session, m_pages);
    m_pages->addWidget(m_intake);
    m_pages->addWidget(m_review);
    m_pages->addWidget(m_records);
    m_pages->addWidget(m_audit);
    setCentralWidget(m_pages);

    createActions();

    auto* database = new QLabel(tr("Database: %1").arg(session.path()), this);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(database);
    statusBar()->addPermanentWidget(new QLabel(
        tr("Rules: %1").arg(QString::fromStdString(session.engine().ruleSet().version)), this));

    connect(m_intake, &IntakeFormPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_review, &ReviewPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_intake, &IntakeFormPage::validityChanged, m_saveAction, &QAction::setEnabled);
    connect(m_intake, &IntakeFormPage::saved, this, [this] { m_review->refresh(); });
    connect(m_review, &ReviewPage::queueChanged, this, &MainWindow::updateQueueCount);
    connect(m_review, &ReviewPage::reviewed, this, [this] { m_records->refresh(); });
    connect(m_records, &RecordsPage::openIntakeRequested, this, [this](qint64 id) {
        showPage(ReviewQueuePage);
        m_review->openIntake(id);
    });
    m_saveAction->setEnabled(m_intake->isValid());
    m_review->refresh();

    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    showPage(int(settings.lastPage()));
}

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* newAction = fileMenu->addAction(themed("document-new", "new-intake"), tr("&New intake"),
                                          this, &MainWindow::newIntake);
    newAction->setShortcut(QKeySequence::New);
    m_saveAction =
        fileMenu->addAction(themed("document-save", "save"), tr("&Save intake"), this, [this] {
            if (m_pages->currentIndex() != IntakePage) {
                showPage(IntakePage);
            }
            m_intake->save();
        });
    m_saveAction->setShortcut(QKeySequence::Save);
    fileMenu->addSeparator();
    auto* exportAction =
        fileMenu->addAction(themed("document-export", "export"), tr("&Export records…"), this,
                            &MainWindow::exportRecords);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addAction(tr("&Back up database…"), this, &MainWindow::backup);
    fileMenu->addAction(tr("Se&ttings…"), this, [this] {
        SettingsDialog dialog(m_settings, this);
        dialog.exec();
    });
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* intakeAction =
        viewMenu->addAction(tr("&Intake form"), this, [this] { showPage(IntakePage); });
    intakeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_reviewAction = viewMenu->addAction(themed("view-task", "review-queue"), tr("&Review queue"),
                                         this, [this] { showPage(ReviewQueuePage); });
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    auto* recordsMenu = menuBar()->addMenu(tr("&Records"));
    auto* recordsAction = recordsMenu->addAction(themed("system-search", "records"),
                                                 tr("&Find records"), this, [this] {
                                                     showPage(RecordsListPage);
                                                     m_records->focusSearch();
                                                 });
    recordsAction->setShortcut(QKeySequence::Find);
    auto* auditAction =
        recordsMenu->addAction(tr("&Audit log"), this, [this] { showPage(AuditLogPage); });
    auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    recordsMenu->addAction(exportAction);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Clinic Intake"), this, [this] {
        QMessageBox::about(this, tr("About Clinic Intake"),
                           tr("<h3>Clinic Intake %1</h3><p>Pre-session consultations and "
                              "treatment suggestions for massage and physical-therapy clinics. "
                              "The suggestion is for the therapist to review; it is never a "
                              "diagnosis.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    toolbar->addAction(m_reviewAction);
    toolbar->addAction(recordsAction);
    toolbar->addAction(exportAction);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_userLabel = new QLabel(tr("user: %1").arg(m_session.actor()), toolbar);
    toolbar->addWidget(m_userLabel);
}

void MainWindow::showPage(int page)
{
    if (page < IntakePage || page > AuditLogPage) {
        page = IntakePage;
    }
    m_pages->setCurrentIndex(page);
    if (page == RecordsListPage) {
        m_records->refresh();
    } else if (page == AuditLogPage) {
        m_audit->refresh();
    } else if (page == IntakePage) {
        m_intake->focusFirstField();
    }
    m_settings.setLastPage(AppSettings::Page(page));
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::updateQueueCount(int pending)
{
    m_reviewAction->setText(tr("&Review queue (%1)").arg(pending));
}

bool MainWindow::confirmDiscardAnswers()
{
    if (!m_intake->hasUnsavedAnswers()) {
        return true;
    }
    showPage(IntakePage);
    const auto answer = QMessageBox::question(
        this, tr("Unsaved intake"),
        tr("The intake form has answers that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
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

void MainWindow::exportRecords()
{
    ExportDialog dialog(m_session, this);
    dialog.exec();
    m_audit->refresh();
}

void MainWindow::backup()
{
    const QString destination =
        QFileDialog::getSaveFileName(this, tr("Back up the database"),
                                     QStringLiteral("clinic-intake-backup-%1.sqlite")
                                         .arg(QDate::currentDate().toString(Qt::ISODate)),
                                     tr("Clinic Intake database (*.sqlite)"));
    if (destination.isEmpty()) {
        return;
    }
    try {
        DatabaseMaintenance(m_session.database())
            .backup(destination, m_session.audit(), m_session.actor());
        statusBar()->showMessage(tr("Backup written to %1").arg(destination), 10000);
    } catch (const StorageError& error) {
        QMessageBox::warning(this, tr("Backup failed"), QString::fromStdString(error.what()));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmDiscardAnswers()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}
