#include "audit/AuditPage.h"

#include "ClinicSession.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "common/DateText.h"
#include "common/OneStopDateEdit.h"
#include "security/StaffSession.h"
#include "server/SessionWorker.h"
#include "storage/AuditLog.h"
#include "ui_AuditPage.h"
#include "util/Clock.h"

#include <QDateEdit>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <stdexcept>

namespace {

// Long enough for a date typed digit by digit to be read once.
constexpr int kDateDelayMs = 300;
constexpr int kDefaultDaysBack = 30;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

AuditPage::AuditPage(ClinicSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::AuditPage>())
{
    m_ui->setupUi(this);
    m_ui->sinceEdit->setDate(m_session.clock().today().addDays(-kDefaultDaysBack));
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDateDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::refresh);
    connect(m_ui->sinceEdit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditPage::refresh);

    retranslate();
    refresh();
}

AuditPage::~AuditPage() = default;

QTableWidget* AuditPage::table() const
{
    return m_ui->table;
}

QDateEdit* AuditPage::sinceEdit() const
{
    return m_ui->sinceEdit;
}

QPushButton* AuditPage::refreshButton() const
{
    return m_ui->refreshButton;
}

QLabel* AuditPage::summaryLabel() const
{
    return m_ui->summaryLabel;
}

AlertBanner* AuditPage::chainBanner() const
{
    return m_ui->chainBanner;
}

QLabel* AuditPage::chainLabel() const
{
    return m_ui->chainLabel;
}

void AuditPage::retranslate()
{
    m_ui->retranslateUi(this); // the words of ui/AuditPage.ui
    m_ui->sinceEdit->setDisplayFormat(date_text::format());
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_debounce) {
        retranslate();
        // The entries' times and actions in the new words, where the reader was.
        const int scrolled = m_ui->table->verticalScrollBar()->value();
        const int row = m_ui->table->currentRow();
        refresh();
        if (!m_session.isServer()) {
            m_ui->table->setCurrentCell(row, 0);
            m_ui->table->verticalScrollBar()->setValue(scrolled);
        }
    }
    QWidget::changeEvent(event);
}

QDate AuditPage::since() const
{
    return m_ui->sinceEdit->date();
}

void AuditPage::setSince(const QDate& day)
{
    m_ui->sinceEdit->setDate(day);
}

QString AuditPage::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("view"), QT_TR_NOOP("View")},
        {QStringLiteral("login"), QT_TR_NOOP("Sign-in")},
        {QStringLiteral("login failed"), QT_TR_NOOP("Sign-in failed")},
        {QStringLiteral("login refused"), QT_TR_NOOP("Sign-in refused")},
        {QStringLiteral("logout"), QT_TR_NOOP("Sign-out")},
        {QStringLiteral("denied"), QT_TR_NOOP("Refused")},
        {QStringLiteral("user add"), QT_TR_NOOP("User added")},
        {QStringLiteral("user disable"), QT_TR_NOOP("User disabled")},
        {QStringLiteral("user reset-password"), QT_TR_NOOP("Password reset")},
        {QStringLiteral("passwd"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("passwd failed"), QT_TR_NOOP("Password change failed")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restore")},
        {QStringLiteral("settings"), QT_TR_NOOP("Setting changed")},
    };
    if (const auto found = labels.constFind(action); found != labels.constEnd()) {
        return tr(found.value());
    }
    if (action == QLatin1String("add")) {
        return tr("Add");
    }
    if (action == QLatin1String("amend")) {
        return tr("Amend");
    }
    if (action == QLatin1String("review")) {
        return tr("Review");
    }
    if (action == QLatin1String("import")) {
        return tr("Import");
    }
    if (action == QLatin1String("export")) {
        return tr("Export");
    }
    if (action == QLatin1String("backup")) {
        return tr("Backup");
    }
    return action;
}

void AuditPage::refresh()
{
    m_debounce->stop();
    // Midnight where the manager is; the log stores UTC.
    const QDateTime from(since(), QTime(0, 0));
    if (m_session.isServer()) {
        // Read over the network: on the worker's thread; the entries come
        // first, the chain check (every entry) after them.
        const quint64 generation = ++m_generation;
        m_loading = true;
        m_ui->summaryLabel->setText(tr("Loading the audit log from the clinic server…"));
        worker().run<std::vector<AuditEntry>>(
            [from](StaffSession& staff) { return staff.auditEntries(from); },
            [this, generation](std::vector<AuditEntry> entries) {
                if (generation == m_generation) {
                    m_loading = false;
                    showEntries(entries, {});
                }
            },
            [this, generation](const QString& message) {
                if (generation == m_generation) {
                    m_loading = false;
                    showEntries({}, tr("The audit log could not be read: %1").arg(message));
                }
            });
        showChain();
        return;
    }
    std::vector<AuditEntry> entries;
    QString problem;
    try {
        entries = m_session.staff().auditEntries(from);
    } catch (const std::exception& error) {
        problem = tr("The audit log could not be read: %1").arg(access_messages::sentence(error));
    }
    showChain();
    showEntries(entries, problem);
}

void AuditPage::showEntries(const std::vector<AuditEntry>& entries, const QString& problem)
{
    m_ui->table->setUpdatesEnabled(false);
    m_ui->table->clearContents();
    m_ui->table->setRowCount(int(entries.size()));
    // The log comes oldest first; the newest matter most.
    int row = 0;
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry, ++row) {
        auto* time = cell(date_text::show(entry->at));
        time->setToolTip(entry->at.toUTC().toString(Qt::ISODateWithMs));
        time->setData(Qt::UserRole, entry->id);
        m_ui->table->setItem(row, TimeColumn, time);
        m_ui->table->setItem(row, ActorColumn, cell(entry->actor));
        auto* action = cell(actionLabel(entry->action));
        action->setData(Qt::UserRole, entry->action);
        m_ui->table->setItem(row, ActionColumn, action);
        m_ui->table->setItem(row, RecordsColumn, cell(entry->records));
        auto* details = cell(entry->details);
        details->setToolTip(entry->details);
        m_ui->table->setItem(row, DetailsColumn, details);
    }
    m_ui->table->setUpdatesEnabled(true);
    if (!entries.empty()) {
        // Every column but the last fits its text; the last keeps stretching
        // to the edge (resizing it to its text would end the stretch).
        for (int column = 0; column < DetailsColumn; ++column) {
            m_ui->table->resizeColumnToContents(column);
        }
    }

    const QString day = date_text::show(since());
    QString text = tr("%Ln entry(s) since %1", nullptr, int(entries.size())).arg(day);
    if (!problem.isEmpty()) {
        text = problem;
    }
    m_ui->summaryLabel->setText(text);
}

SessionWorker& AuditPage::worker()
{
    if (!m_worker) {
        m_worker = new SessionWorker(m_session, this);
    }
    return *m_worker;
}

void AuditPage::showChain()
{
    if (m_session.isServer()) {
        // Every entry read over the network: on the worker's thread, so a
        // refresh never freezes the window; an older answer is dropped.
        const quint64 generation = ++m_chainGeneration;
        m_chainChecking = true;
        m_ui->chainLabel->setText(tr("Checking the audit chain on the server…"));
        worker().run<AuditChainReport>(
            [](StaffSession& staff) { return staff.verifyAuditChain(); },
            [this, generation](AuditChainReport report) {
                if (generation == m_chainGeneration) {
                    m_chainChecking = false;
                    showChainReport(report);
                }
            },
            [this, generation](const QString& message) {
                if (generation == m_chainGeneration) {
                    m_chainChecking = false;
                    m_ui->chainBanner->clear();
                    m_ui->chainLabel->setText(
                        tr("The audit chain could not be checked: %1").arg(message));
                }
            });
        return;
    }
    AuditChainReport report;
    try {
        report = m_session.staff().verifyAuditChain();
    } catch (const std::exception& error) {
        m_ui->chainBanner->clear();
        m_ui->chainLabel->setText(
            tr("The audit chain could not be checked: %1").arg(access_messages::sentence(error)));
        return;
    }
    showChainReport(report);
}

void AuditPage::showChainReport(const AuditChainReport& report)
{
    if (report.intact()) {
        m_ui->chainBanner->clear();
        m_ui->chainLabel->setText(tr("Audit chain intact: %Ln entry(s) checked. Newest hash: %1",
                                     nullptr, int(report.entries))
                                      .arg(report.headHash));
        return;
    }
    if (!report.chainBroken) {
        // The log is whole, but stored rows no longer match the entries
        // that cover them (schema 5).
        m_ui->chainBanner->showMessage(
            AlertBanner::Kind::Error,
            tr("STORED RECORDS CHANGED OUTSIDE CLINIC INTAKE\n%1\nKeep a copy of this database "
               "as it is, and compare it with your backups.")
                .arg(access_messages::sentence(std::runtime_error(report.problem.toStdString()))));
        m_ui->chainLabel->setText(tr("Audit chain intact (%1 checked), but %n problem(s) with the "
                                     "records and accounts it covers.",
                                     nullptr, int(report.problems.size()))
                                      .arg(tr("%Ln entry(s)", nullptr, int(report.entries))));
        return;
    }
    m_ui->chainBanner->showMessage(
        AlertBanner::Kind::Error,
        tr("AUDIT LOG CHAIN BROKEN at entry %1\n%2\nEntries from there on may have been "
           "changed, inserted or removed outside Clinic Intake. Keep a copy of this database "
           "as it is, and compare it with your backups and the newest hash you wrote down.")
            .arg(report.firstBrokenId)
            .arg(access_messages::sentence(std::runtime_error(report.problem.toStdString()))));
    m_ui->chainLabel->setText(
        tr("Audit chain BROKEN at entry %1 (%Ln entry(s) checked).", nullptr, int(report.entries))
            .arg(report.firstBrokenId));
}
