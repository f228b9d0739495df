#include "review/ReviewPage.h"

#include "ClinicSession.h"
#include "Labels.h"
#include "account/AccessMessages.h"
#include "common/AlertBanner.h"
#include "common/DateText.h"
#include "review/IntakeDescription.h"
#include "review/ReviewClaim.h"
#include "rules/RuleEngine.h"
#include "security/AccessError.h"
#include "security/StaffSession.h"
#include "server/SessionWorker.h"
#include "storage/EditConflict.h"
#include "storage/IntakeStore.h"
#include "storage/StorageError.h"
#include "ui_ReviewPage.h"
#include "util/Clock.h"
#include "util/TextRules.h"
#include "workflow/IntakeWorkflow.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <algorithm>

using namespace vocabulary;

namespace {

// An override is chosen, never carried over: each intake starts with none.
void clearChoice(QComboBox* box)
{
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(-1);
}

} // namespace

ReviewPage::ReviewPage(ClinicSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    m_claim = new ReviewClaim(session, this, m_ui->claimNotice);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({380, 900}); // the queue wide enough for a name and its flag
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] { m_queueSizedByUser = true; });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        if (m_intakeId > 0) {
            reloadKeepingTyped(m_intakeId);
        }
    });
    // The items' words in retranslate(); their data is the choice.
    for (std::size_t i = 0; i < kApproachWords.size(); ++i) {
        m_ui->approachCombo->addItem(QString(), int(i));
    }
    for (std::size_t i = 0; i < kPressureWords.size(); ++i) {
        m_ui->pressureCombo->addItem(QString(), int(i));
    }
    m_ui->reasonEdit->setMaxLength(int(text_rules::kMaxReviewReasonLength)); // the core's limit
    retranslate();

    connect(m_ui->queue, &QListWidget::currentRowChanged, this, [this](int row) {
        showIntake(row >= 0 ? m_ui->queue->item(row)->data(Qt::UserRole).toLongLong() : 0);
    });
    // Seen once chosen (also when chosen by the program, e.g. opened from
    // the records): no longer marked.
    connect(m_ui->queue, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && m_marked.remove(item->data(Qt::UserRole).toLongLong()) > 0) {
            labelItem(item);
        }
    });
    connect(m_ui->versionsCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ReviewPage::showVersion);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &ReviewPage::updateButtons);
    connect(m_ui->approachCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ReviewPage::updateButtons);
    connect(m_ui->pressureCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ReviewPage::updateButtons);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &ReviewPage::accept);
    connect(m_ui->overrideButton, &QPushButton::clicked, this, &ReviewPage::overrideSuggestion);
    connect(m_ui->amendButton, &QPushButton::clicked, this, &ReviewPage::requestAmend);
    connect(m_ui->completeButton, &QPushButton::clicked, this, &ReviewPage::requestAmend);
    m_ui->amendButton->setVisible(m_session.staff().may(Permission::EnterIntakes));
    clearChoice(m_ui->approachCombo);
    clearChoice(m_ui->pressureCombo);
    updateButtons();
}

ReviewPage::~ReviewPage() = default;

AlertBanner* ReviewPage::changedBanner() const
{
    return m_ui->changedBanner;
}

QPushButton* ReviewPage::reloadButton() const
{
    return m_ui->reloadButton;
}

QLabel* ReviewPage::queueStateLabel() const
{
    return m_ui->queueStateLabel;
}

QListWidget* ReviewPage::queue() const
{
    return m_ui->queue;
}

QComboBox* ReviewPage::overrideApproach() const
{
    return m_ui->approachCombo;
}

QComboBox* ReviewPage::overridePressure() const
{
    return m_ui->pressureCombo;
}

QLineEdit* ReviewPage::reasonEdit() const
{
    return m_ui->reasonEdit;
}

QPlainTextEdit* ReviewPage::noteEdit() const
{
    return m_ui->noteEdit;
}

QPushButton* ReviewPage::acceptButton() const
{
    return m_ui->acceptButton;
}

QPushButton* ReviewPage::overrideButton() const
{
    return m_ui->overrideButton;
}

QPushButton* ReviewPage::amendButton() const
{
    return m_ui->amendButton;
}

QPushButton* ReviewPage::completeScreeningButton() const
{
    return m_ui->completeButton;
}

void ReviewPage::requestAmend()
{
    if (m_intakeId > 0 && m_intake && m_intake->current() != nullptr) {
        const IntakeVersionDetails& current = *m_intake->current();
        emit amendRequested(m_intakeId, current.version, current, m_intake->reviewed());
    }
}

void ReviewPage::refresh()
{
    load(false);
}

bool ReviewPage::isWritingReview() const
{
    return m_intakeId > 0 &&
           (!m_ui->reasonEdit->text().trimmed().isEmpty() ||
            !m_ui->noteEdit->toPlainText().trimmed().isEmpty() ||
            m_ui->approachCombo->currentIndex() >= 0 || m_ui->pressureCombo->currentIndex() >= 0);
}

void ReviewPage::recordsChanged()
{
    checkShownIntake();
    if (isWritingReview()) {
        m_queueStale = true;
        m_ui->queueStateLabel->setText(
            tr("The queue has changed. It is updated when you finish this review."));
        m_ui->queueStateLabel->show();
        return;
    }
    load(true);
}

void ReviewPage::load(bool quietly)
{
    m_queueStale = false;
    IntakeFilter filter;
    filter.status = IntakeStatus::Pending;
    filter.limit = 1000;
    if (m_session.isServer()) {
        // A round trip: on the worker's thread, so the window never waits.
        if (!m_worker) {
            m_worker = new SessionWorker(m_session, this);
        }
        const quint64 generation = ++m_queueGeneration;
        m_loading = true;
        if (!quietly || m_ui->queue->count() == 0) {
            m_ui->queueStateLabel->setText(tr("Loading the queue from the clinic server…"));
            m_ui->queueStateLabel->show();
        }
        m_worker->run<std::vector<IntakeSummary>>(
            [filter](StaffSession& staff) { return staff.list(filter); },
            [this, generation](std::vector<IntakeSummary> rows) {
                if (generation == m_queueGeneration) {
                    m_loading = false;
                    m_ui->queueStateLabel->hide();
                    showQueue(std::move(rows));
                }
            },
            [this, generation](const QString& message) {
                if (generation == m_queueGeneration) {
                    m_loading = false;
                    // The queue shown is the last one read: say it is not fresh.
                    m_ui->queueStateLabel->setText(
                        tr("The queue could not be read: %1").arg(message));
                    emit statusMessage(message);
                    emit queueChanged(m_ui->queue->count());
                }
            });
        return;
    }
    std::vector<IntakeSummary> rows;
    try {
        rows = m_session.staff().list(filter);
    } catch (const std::exception& error) {
        emit statusMessage(access_messages::sentence(error));
    }
    m_ui->queueStateLabel->hide();
    showQueue(std::move(rows));
}

void ReviewPage::showQueue(std::vector<IntakeSummary> rows)
{
    // Today's clients first; within a day, referrals first.
    const QDate today = m_session.clock().today();
    std::stable_sort(rows.begin(), rows.end(),
                     [today](const IntakeSummary& a, const IntakeSummary& b) {
                         if ((a.visitDate == today) != (b.visitDate == today)) {
                             return a.visitDate == today;
                         }
                         if (a.visitDate != b.visitDate) {
                             return a.visitDate > b.visitDate;
                         }
                         return a.refersOut && !b.refersOut;
                     });
    const qint64 selected = m_intakeId;
    const int scrolled = m_ui->queue->verticalScrollBar()->value();
    // New (an id larger than any seen) or amended (another version) since
    // the queue was last read: marked until selected.
    qint64 newest = m_newestSeen;
    for (const IntakeSummary& row : rows) {
        if (m_queueReadOnce && row.id != selected) {
            const auto seen = m_seenVersions.constFind(row.id);
            if (seen == m_seenVersions.constEnd() && row.id > m_newestSeen) {
                m_marked.insert(row.id, false);
            } else if (seen != m_seenVersions.constEnd() && *seen != row.version) {
                m_marked.insert(row.id, true);
            }
        }
        m_seenVersions.insert(row.id, row.version);
        newest = std::max(newest, row.id);
    }
    m_newestSeen = newest;
    m_queueReadOnce = true;
    m_ui->queue->blockSignals(true);
    m_ui->queue->clear();
    for (const IntakeSummary& row : rows) {
        QString label =
            tr("#%1  %2  %3").arg(row.id).arg(date_text::show(row.visitDate), row.clientName);
        auto* item = new QListWidgetItem(m_ui->queue);
        if (row.refersOut) {
            label += QStringLiteral("\n⚠ ") +
                     tr("REFER OUT — %1")
                         .arg(row.urgency ? Labels::urgency(*row.urgency).toUpper() : QString());
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setData(Qt::UserRole + 2, true); // bold, as labelItem sets it
        } else if (!row.approach) {
            label += QStringLiteral("\n… ") + tr("Screening incomplete: no plan yet");
        }
        item->setData(Qt::UserRole, row.id);
        item->setData(Qt::UserRole + 1, label);
        labelItem(item);
    }
    m_ui->queue->verticalScrollBar()->setValue(scrolled);
    // The intake on show stays on show (and is not read again: every read
    // is a "view" in the audit log). With none, none is opened: only the
    // user opens an intake.
    if (selected > 0) {
        m_ui->queue->blockSignals(true);
        m_ui->queue->setCurrentRow(-1);
        for (int row = 0; row < m_ui->queue->count(); ++row) {
            if (m_ui->queue->item(row)->data(Qt::UserRole).toLongLong() == selected) {
                m_ui->queue->setCurrentRow(row);
            }
        }
        m_ui->queue->blockSignals(false);
    } else {
        m_ui->queue->blockSignals(true);
        m_ui->queue->setCurrentRow(-1);
        m_ui->queue->blockSignals(false);
        showIntake(0);
    }
    fitQueueWidth();
    emit queueChanged(m_ui->queue->count());
}

void ReviewPage::fitQueueWidth()
{
    QListWidget* queue = m_ui->queue;
    if (!isVisible() || m_queueSizedByUser || queue->count() == 0) {
        return;
    }
    const int missing = queue->sizeHintForColumn(0) - queue->viewport()->width();
    QList<int> sizes = m_ui->splitter->sizes();
    if (missing <= 0 || sizes.size() != 2) {
        return;
    }
    // The intake's side keeps at least what its layout needs.
    const int spare = sizes[1] - m_ui->splitter->widget(1)->minimumSizeHint().width();
    const int grow = std::min(missing, spare);
    if (grow > 0) {
        sizes[0] += grow;
        sizes[1] -= grow;
        m_ui->splitter->setSizes(sizes);
    }
}

void ReviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // A queue read before the page was on screen, once its layout has
    // given the list its real width.
    QTimer::singleShot(0, this, &ReviewPage::fitQueueWidth);
}

void ReviewPage::labelItem(QListWidgetItem* item)
{
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    QString label = item->data(Qt::UserRole + 1).toString();
    const auto mark = m_marked.constFind(id);
    QFont font = m_ui->queue->font();
    font.setBold(item->data(Qt::UserRole + 2).toBool());
    if (mark != m_marked.constEnd()) {
        // Words, not only the bold type: a screen reader says them too.
        label += QStringLiteral("\n● ") +
                 (*mark ? tr("Amended since you last looked") : tr("New since you last looked"));
        item->setToolTip(tr("Selecting the intake clears this mark."));
        font.setBold(true);
    } else {
        item->setToolTip(QString());
    }
    item->setText(label);
    item->setFont(font);
}

int ReviewPage::queueSize() const
{
    return m_ui->queue->count();
}

bool ReviewPage::selectIntake(qint64 intakeId)
{
    for (int row = 0; row < m_ui->queue->count(); ++row) {
        if (m_ui->queue->item(row)->data(Qt::UserRole).toLongLong() == intakeId) {
            m_ui->queue->blockSignals(true);
            m_ui->queue->setCurrentRow(row);
            m_ui->queue->blockSignals(false);
            if (m_marked.remove(intakeId) > 0) {
                labelItem(m_ui->queue->item(row));
            }
            if (intakeId != m_intakeId) {
                showIntake(intakeId);
            }
            return true;
        }
    }
    return false;
}

void ReviewPage::focusQueue()
{
    m_ui->queue->setFocus(Qt::OtherFocusReason);
}

void ReviewPage::openIntake(qint64 intakeId)
{
    if (!selectIntake(intakeId)) {
        m_ui->queue->blockSignals(true);
        m_ui->queue->setCurrentRow(-1);
        m_ui->queue->blockSignals(false);
        showIntake(intakeId);
    }
}

void ReviewPage::showIntake(qint64 intakeId)
{
    if (intakeId != m_saveIdIntake) {
        // Another intake's review is another save; the same one shown again
        // (a refresh) keeps its id, so that a retry repeats the first save.
        m_saveIdIntake = intakeId;
        m_saveId = IntakeWorkflow::newSaveId();
    }
    m_intakeId = intakeId;
    m_ui->changedBanner->clear();
    m_ui->reloadButton->hide();
    m_ui->versionsCombo->blockSignals(true);
    m_ui->versionsCombo->clear();
    m_intake.reset();
    if (intakeId > 0) {
        try {
            m_intake = m_session.staff().intakeDetails(intakeId);
        } catch (const AccessError& error) {
            m_intakeId = 0;
            access_messages::showRefusal(this, error);
        } catch (const StorageError& error) {
            emit statusMessage(QString::fromStdString(error.what()));
            m_intakeId = 0;
        }
    }
    if (m_intakeId > 0) {
        const auto& versions = m_intake->versions;
        for (std::size_t i = versions.size(); i-- > 0;) {
            const int number = versions[i].version;
            m_ui->versionsCombo->addItem(i + 1 == versions.size() ? tr("%1 (current)").arg(number)
                                                                  : QString::number(number),
                                         int(i));
        }
        m_ui->titleLabel->setText(tr("Intake #%1").arg(m_intakeId));
    } else {
        m_ui->titleLabel->setText(tr("Choose an intake from the queue."));
        m_ui->detailsBrowser->clear();
    }
    m_claim->follow(m_intakeId);
    m_ui->versionsCombo->blockSignals(false);
    m_ui->versionsCombo->setEnabled(m_ui->versionsCombo->count() > 1);
    if (m_ui->versionsCombo->count() > 0) {
        showVersion(0);
    }
    m_ui->reasonEdit->clear();
    m_ui->noteEdit->clear();
    clearChoice(m_ui->approachCombo);
    clearChoice(m_ui->pressureCombo);
    findBlockingQuestions();
    updateButtons();
    if (m_queueStale) {
        // The review in progress was left: the queue can be read now (after
        // this selection's signal, not inside it).
        QTimer::singleShot(0, this, [this] {
            if (m_queueStale && !isWritingReview()) {
                load(true);
            }
        });
    }
}

void ReviewPage::retranslate()
{
    m_ui->retranslateUi(this); // the words of ui/ReviewPage.ui
    // The items keep their index: a choice made stays.
    for (int i = 0; i < m_ui->approachCombo->count(); ++i) {
        m_ui->approachCombo->setItemText(
            i, Labels::approach(Approach(m_ui->approachCombo->itemData(i).toInt())));
    }
    for (int i = 0; i < m_ui->pressureCombo->count(); ++i) {
        m_ui->pressureCombo->setItemText(
            i, Labels::pressure(Pressure(m_ui->pressureCombo->itemData(i).toInt())));
    }
    if (m_intakeId > 0 && m_intake) {
        m_ui->titleLabel->setText(tr("Intake #%1").arg(m_intakeId));
        if (m_ui->versionsCombo->count() > 0) {
            m_ui->versionsCombo->setItemText(
                0, tr("%1 (current)").arg(m_intake->versions.back().version));
        }
        showVersion(m_ui->versionsCombo->currentIndex()); // the intake in the new words
    }
    // The queue's lines ("REFER OUT — URGENT", dates) are made when it is
    // read: read again, quietly, keeping the selection.
    if (m_ui->queue->count() > 0 && !m_loading) {
        load(true);
    }
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_claim) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReviewPage::showVersion(int index)
{
    if (index < 0 || !m_intake) {
        return;
    }
    const auto& version =
        m_intake->versions.at(std::size_t(m_ui->versionsCombo->itemData(index).toInt()));
    m_ui->detailsBrowser->setHtml(IntakeDescription::problemsHtml(m_intake->problems) +
                                  IntakeDescription::html(version, &m_session.engine().ruleSet()) +
                                  IntakeDescription::reviewsHtml(m_intake->reviews));
}

QString ReviewPage::detailsText() const
{
    return m_ui->detailsBrowser->toPlainText();
}

void ReviewPage::findBlockingQuestions()
{
    m_blocking.clear();
    m_blockingError.clear();
    if (m_intakeId <= 0 || !m_intake || m_intake->current() == nullptr) {
        return;
    }
    // The core's rule, so that what the page offers is what the core allows:
    // no accepting a massage plan before every required question was asked
    // (a version 1 suggestion is judged by its record as read today).
    try {
        for (const auto question :
             StaffSession::questionsBlockingAccept(*m_intake->current(), m_session.engine())) {
            m_blocking << question;
        }
    } catch (const std::exception& error) {
        m_blockingError = QString::fromUtf8(error.what());
    }
}

bool ReviewPage::currentSuggestionAcceptable() const
{
    return m_intakeId > 0 && m_blocking.isEmpty() && m_blockingError.isEmpty();
}

QString ReviewPage::doneText() const
{
    return m_ui->doneBanner->text();
}

QString ReviewPage::acceptBlockedText() const
{
    return m_ui->incompleteBanner->text();
}

void ReviewPage::updateButtons()
{
    const bool chosen = m_intakeId > 0;
    const bool acceptable = currentSuggestionAcceptable();
    if (chosen && !m_blockingError.isEmpty()) {
        m_ui->incompleteBanner->showMessage(
            AlertBanner::Kind::Error,
            tr("This suggestion cannot be accepted: %1").arg(m_blockingError));
        m_ui->acceptButton->setToolTip(m_blockingError);
    } else if (chosen && !acceptable) {
        QStringList names;
        for (const auto question : m_blocking) {
            names << Labels::questionShort(question);
        }
        const bool version1Plan = m_intake && m_intake->current() != nullptr &&
                                  m_intake->current()->suggestion.approach.has_value();
        m_ui->incompleteBanner->showMessage(
            AlertBanner::Kind::Warning,
            (version1Plan
                 ? tr("This suggestion cannot be accepted: it was made before screening "
                      "questions were asked one by one (%1: %2). Amend the intake to complete "
                      "the screening, or override with your own plan and reason.")
                 : tr("This suggestion cannot be accepted: the screening is incomplete, so "
                      "there is no plan (%1: %2). Amend the intake to complete the screening, "
                      "or override with your own plan and reason."))
                .arg(Labels::questionsNotAsked(int(names.size())),
                     names.join(QStringLiteral(", "))));
        m_ui->acceptButton->setToolTip(
            tr("The screening is incomplete: there is no plan to accept."));
    } else {
        m_ui->incompleteBanner->clear();
        m_ui->acceptButton->setToolTip(QString());
    }
    m_ui->completeButton->setVisible(chosen && !acceptable &&
                                     m_session.staff().may(Permission::EnterIntakes));
    m_ui->acceptButton->setEnabled(chosen && acceptable);
    m_ui->amendButton->setEnabled(chosen);
    m_ui->overrideButton->setEnabled(chosen && overrideChosen() &&
                                     !m_ui->reasonEdit->text().trimmed().isEmpty());
    m_ui->pressureCombo->setEnabled(!referralChosen());
}

bool ReviewPage::referralChosen() const
{
    return m_ui->approachCombo->currentIndex() >= 0 &&
           Approach(m_ui->approachCombo->currentData().toInt()) == Approach::ReferOut;
}

bool ReviewPage::overrideChosen() const
{
    return m_ui->approachCombo->currentIndex() >= 0 &&
           (referralChosen() || m_ui->pressureCombo->currentIndex() >= 0);
}

void ReviewPage::accept()
{
    record(true);
}

void ReviewPage::overrideSuggestion()
{
    record(false);
}

void ReviewPage::record(bool accepted)
{
    if (m_intakeId <= 0 || !m_intake || m_intake->current() == nullptr) {
        return;
    }
    if (accepted && !currentSuggestionAcceptable()) {
        emit statusMessage(tr("Intake %1: the screening is incomplete; there is no plan to accept.")
                               .arg(m_intakeId));
        return;
    }
    if (!accepted && !overrideChosen()) {
        emit statusMessage(
            tr("Intake %1: choose the approach and pressure to use instead.").arg(m_intakeId));
        return;
    }
    ReviewDecision decision;
    decision.accepted = accepted;
    // What is on screen is what is reviewed: a version amended meanwhile is
    // refused, and so is a review by someone else meanwhile, unknowingly.
    decision.version = m_intake->current()->version;
    decision.reviewsKnown = int(std::count_if(
        m_intake->reviews.begin(), m_intake->reviews.end(),
        [&](const ReviewDetails& review) { return review.version == decision.version; }));
    decision.sessionNote = m_ui->noteEdit->toPlainText().trimmed();
    if (!accepted) {
        decision.finalApproach = Approach(m_ui->approachCombo->currentData().toInt());
        if (decision.finalApproach != Approach::ReferOut) {
            decision.finalPressure = Pressure(m_ui->pressureCombo->currentData().toInt());
        }
        decision.reason = m_ui->reasonEdit->text().trimmed();
    }
    decision.saveId = m_saveId;
    send(m_intakeId, decision);
}

bool ReviewPage::retryPendingReview()
{
    if (!m_waitingReview) {
        return false;
    }
    try {
        m_session.reconnect();
    } catch (const StorageError&) {
        return false; // still away: the review keeps waiting
    }
    const WaitingReview request = *m_waitingReview;
    send(request.intakeId, request.decision);
    return !m_waitingReview;
}

void ReviewPage::send(qint64 reviewedId, ReviewDecision decision)
{
    const bool accepted = decision.accepted;
    for (bool stored = false; !stored;) {
        try {
            m_session.staff().review(reviewedId, decision);
            m_waitingReview.reset();
            stored = true;
        } catch (const ReviewConflict& conflict) {
            m_waitingReview.reset();
            if (!askToAddReview(conflict)) {
                emit statusMessage(tr("Intake %1: your review was not stored.").arg(reviewedId));
                showIntake(reviewedId); // with the other review
                return;
            }
            decision.reviewsKnown = conflict.reviewsNow(); // and ask again if yet another came
        } catch (const VersionConflict&) {
            m_waitingReview.reset();
            offerReload(reviewedId);
            return;
        } catch (const AccessError& error) {
            m_waitingReview.reset();
            access_messages::showRefusal(this, error);
            return;
        } catch (const StorageError& error) {
            if (error.kind() == StorageError::Kind::ConnectionLost) {
                // The page and the decision stay as they are; nothing in database words.
                m_waitingReview = WaitingReview{reviewedId, decision};
                m_ui->doneBanner->showMessage(
                    AlertBanner::Kind::Warning,
                    tr("Connection lost: retrying. The review of intake %1 is not stored yet; it "
                       "is stored as soon as the clinic server answers again.")
                        .arg(reviewedId));
                emit statusMessage(tr("Connection lost: retrying"));
                emit connectionLost();
                return;
            }
            m_waitingReview.reset();
            if (error.kind() == StorageError::Kind::Busy) {
                const QString busy =
                    tr("The database is busy, try again: the review of intake %1 is not stored; "
                       "the decision is still on the page.")
                        .arg(reviewedId);
                m_ui->doneBanner->showMessage(AlertBanner::Kind::Warning, busy);
                emit statusMessage(busy);
                return;
            }
            QMessageBox::warning(this, tr("Review not saved"),
                                 QString::fromStdString(error.what()));
            return;
        }
    }
    const QString done = accepted ? tr("Intake %1: suggestion accepted").arg(reviewedId)
                                  : tr("Intake %1: overridden").arg(reviewedId);
    emit statusMessage(done);
    m_ui->doneBanner->showMessage(AlertBanner::Kind::Done, tr("%1, review stored.").arg(done));
    emit reviewed(reviewedId);
    m_saveIdIntake = 0; // stored: the next review is a new save
    m_intakeId = 0;
    // Gone from the queue now, not when a server's answer arrives: nobody
    // should open it again meanwhile.
    for (int row = 0; row < m_ui->queue->count(); ++row) {
        if (m_ui->queue->item(row)->data(Qt::UserRole).toLongLong() == reviewedId) {
            const QSignalBlocker blocker(m_ui->queue);
            delete m_ui->queue->takeItem(row);
            break;
        }
    }
    showIntake(0);
    refresh();
    // Not the button just pressed: a second press would decide for the
    // next client. The queue, where the next one is chosen.
    focusQueue();
}

bool ReviewPage::askToAddReview(const ReviewConflict& conflict)
{
    const auto& newest = conflict.newest();
    QMessageBox question(QMessageBox::Question, tr("Reviewed meanwhile"),
                         tr("%1 reviewed intake %2 at %3 (%4) while you had it open.")
                             .arg(newest.reviewer, QString::number(conflict.intakeId()),
                                  date_text::show(newest.at.toLocalTime()),
                                  newest.outcome == ReviewOutcome::Accepted
                                      ? tr("suggestion accepted")
                                      : tr("suggestion overridden")),
                         QMessageBox::NoButton, this);
    question.setInformativeText(
        tr("Store your review as well? Both are kept, each with its name and time. Or discard "
           "yours and read theirs."));
    QPushButton* add = question.addButton(tr("&Store mine as well"), QMessageBox::AcceptRole);
    QPushButton* discard = question.addButton(tr("&Discard mine"), QMessageBox::RejectRole);
    question.setDefaultButton(discard);
    question.setEscapeButton(discard);
    question.exec();
    return question.clickedButton() == add;
}

void ReviewPage::offerReload(qint64 intakeId)
{
    QString changed = tr("Intake %1 was amended while you were reviewing it.").arg(intakeId);
    try {
        const IntakeDetails now = m_session.staff().intakeDetails(intakeId);
        if (const IntakeVersionDetails* current = now.current()) {
            changed = tr("Intake %1 changed at %2 (version %3, by %4) while you were reviewing "
                         "it.")
                          .arg(QString::number(intakeId),
                               date_text::show(current->createdAt.toLocalTime()),
                               QString::number(current->version), current->createdBy);
        }
    } catch (const std::exception&) {
        // The plain words then; the reload says what is wrong, if anything.
    }
    QMessageBox question(QMessageBox::Warning, tr("Changed meanwhile"), changed,
                         QMessageBox::NoButton, this);
    question.setInformativeText(tr("Your review was not stored. Reload the intake to review "
                                   "what is stored now; what you typed is kept."));
    QPushButton* reload = question.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(reload);
    question.exec();
    if (question.clickedButton() != reload) {
        emit statusMessage(tr("Intake %1: your review was not stored.").arg(intakeId));
        return;
    }
    reloadKeepingTyped(intakeId);
}

void ReviewPage::reloadKeepingTyped(qint64 intakeId)
{
    const QString reason = m_ui->reasonEdit->text();
    const QString note = m_ui->noteEdit->toPlainText();
    const int approach = m_ui->approachCombo->currentIndex();
    const int pressure = m_ui->pressureCombo->currentIndex();
    showIntake(intakeId);
    m_ui->reasonEdit->setText(reason);
    m_ui->noteEdit->setPlainText(note);
    m_ui->approachCombo->setCurrentIndex(approach);
    m_ui->pressureCombo->setCurrentIndex(pressure);
    updateButtons();
    emit statusMessage(tr("Intake %1 reloaded: review the version now shown.").arg(intakeId));
}

void ReviewPage::checkShownIntake()
{
    if (m_intakeId <= 0 || !m_intake || !m_intake->current()) {
        return;
    }
    const qint64 intakeId = m_intakeId;
    auto answer = [this, intakeId](const IntakeState& now) {
        if (intakeId == m_intakeId && m_intake) { // still the one on show
            showChangedMeanwhile(now);
        }
    };
    // Unanswered, nothing is said: a save still asks before anything is stored.
    if (m_session.isServer()) {
        if (!m_worker) {
            m_worker = new SessionWorker(m_session, this);
        }
        m_worker->run<IntakeState>(
            [intakeId](StaffSession& staff) { return staff.intakeState(intakeId); }, answer,
            [](const QString&) {});
        return;
    }
    try {
        answer(m_session.staff().intakeState(intakeId));
    } catch (const std::exception&) {
    }
}

void ReviewPage::showChangedMeanwhile(const IntakeState& now)
{
    const int shownVersion = m_intake->current()->version;
    const auto reviewsShown =
        std::count_if(m_intake->reviews.begin(), m_intake->reviews.end(),
                      [&](const ReviewDetails& review) { return review.version == shownVersion; });
    if (now.version != shownVersion) {
        m_ui->changedBanner->showMessage(
            AlertBanner::Kind::Warning,
            tr("Intake %1 changed at %2 (version %3, by %4). Reload to review what is stored "
               "now; what you typed is kept.")
                .arg(QString::number(m_intakeId), date_text::show(now.versionSavedAt.toLocalTime()),
                     QString::number(now.version), now.versionSavedBy));
        m_ui->reloadButton->show();
    } else if (now.reviewsOfVersion > reviewsShown && now.newestReviewOutcome) {
        m_ui->changedBanner->showMessage(
            AlertBanner::Kind::Warning,
            tr("%1 reviewed intake %2 at %3 (%4) while you had it open. Saving yours asks "
               "whether to store it as well.")
                .arg(now.newestReviewer, QString::number(m_intakeId),
                     date_text::show(now.newestReviewAt.toLocalTime()),
                     *now.newestReviewOutcome == ReviewOutcome::Accepted
                         ? tr("suggestion accepted")
                         : tr("suggestion overridden")));
        m_ui->reloadButton->hide();
    }
}
