#pragma once

#include "model/IntakeDetails.h"
#include "model/IntakeLists.h"
#include "model/Vocabulary.h"

#include <QHash>
#include <QList>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class AlertBanner;
class ClinicSession;
class ReviewClaim;
class ReviewConflict;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class SessionWorker;
struct IntakeSummary;

namespace Ui {
class ReviewPage;
}

// The therapist's page: the queue of pending intakes (today's first,
// referrals marked), the chosen intake with its suggestion and reasons (and
// older versions), and Accept or Override with a required reason. A
// suggestion without a plan (screening incomplete) cannot be accepted: the
// page says why and offers to amend the intake to complete the screening. Intakes
// are opened through StaffSession::intakeDetails, so each one shown is a
// "view" in the audit log; the page opens one only when the user chooses it
// (never by itself on showing or after a decision). After a decision the
// focus goes to the queue, and the override starts unchosen for each intake.
// On the clinic's server the queue is read on a SessionWorker's thread (a
// round trip must not freeze the window): it says it is loading meanwhile,
// and queueChanged() follows the answer.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(ClinicSession& session, QWidget* parent = nullptr);
    ~ReviewPage() override;

    // Reads the queue again; for a server, in the background (isLoading()).
    void refresh();
    // The records changed (here or on another workstation, ClinicChanges):
    // reads the queue again, keeping the intake on show and the scroll
    // position, and marks intakes new or amended since until they are
    // selected. While a review is being written (an override chosen, a
    // reason or note typed) the queue is not touched: the page only says
    // that it changed (isQueueStale), and reads it once the review is done.
    void recordsChanged();
    // Said above the intake on show once it changed elsewhere (an
    // amendment, offered with Reload; a review by someone else), before
    // anything is saved; hidden while it has not.
    AlertBanner* changedBanner() const;
    QPushButton* reloadButton() const;
    bool isQueueStale() const { return m_queueStale; }
    // Whether the queue marks the intake as new or amended.
    bool isMarked(qint64 intakeId) const { return m_marked.contains(intakeId); }
    // The queue is on its way from the server.
    bool isLoading() const { return m_loading; }
    // Says what the queue is doing: loading, or why it could not be read.
    QLabel* queueStateLabel() const;
    // "Being reviewed by Ben since 10:42" (ReviewClaim).
    ReviewClaim* claim() const { return m_claim; }
    int queueSize() const;
    bool selectIntake(qint64 intakeId);
    // Shows any intake: selected in the queue when pending, on its own when not.
    void openIntake(qint64 intakeId);
    qint64 selectedIntake() const { return m_intakeId; }
    void focusQueue();

    // The controls, for tests and keyboard users.
    QListWidget* queue() const;
    QComboBox* overrideApproach() const;
    QComboBox* overridePressure() const;
    QLineEdit* reasonEdit() const;
    QPlainTextEdit* noteEdit() const;
    QPushButton* acceptButton() const;
    QPushButton* overrideButton() const;
    QPushButton* amendButton() const;
    // "Amend to complete the screening": shown with a suggestion that has
    // no plan (screening incomplete), which cannot be accepted.
    QPushButton* completeScreeningButton() const;
    // Why Accept is disabled; empty when it is not.
    QString acceptBlockedText() const;
    // The last decision stored, on the page under the queue ("Intake #3:
    // suggestion accepted, review stored."); empty before the first.
    QString doneText() const;
    QString detailsText() const;

    void accept();
    void overrideSuggestion();

    // A review cut off by a lost server connection waits under "Connection
    // lost: retrying"; this sends the same decision again (MainWindow calls
    // it when the ConnectionMonitor finds the server answering). True once
    // stored.
    bool retryPendingReview();
    bool isReviewWaiting() const { return m_waitingReview.has_value(); }

signals:
    // A review waits for the server (isReviewWaiting()).
    void connectionLost();

    void queueChanged(int pending);
    void reviewed(qint64 intakeId);
    void statusMessage(const QString& message);
    // Amend…: the intake's current version, for the intake form; `reviewed`
    // when the intake has been reviewed (a new version needs a new review).
    void amendRequested(qint64 intakeId, int version, const IntakeVersionDetails& current,
                        bool reviewed);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    // Widens the queue's pane so that its widest line shows whole (in
    // French, « DIRIGER VERS UN MÉDECIN — URGENCE IMMÉDIATE »), keeping the
    // intake's side usable; not once the user has moved the divider.
    void fitQueueWidth();
    void load(bool quietly);
    void showQueue(std::vector<IntakeSummary> rows);
    // The text of a queue item (with its mark when marked).
    void labelItem(QListWidgetItem* item);
    // A review is being written: a reload now could lose it.
    bool isWritingReview() const;
    void showIntake(qint64 intakeId);
    void showVersion(int index);
    bool referralChosen() const;
    // An approach, and a pressure unless it is a referral.
    bool overrideChosen() const;
    void updateButtons();
    void record(bool accepted);
    // Someone else reviewed the version meanwhile: true when the person
    // chooses to store theirs as one more review.
    bool askToAddReview(const ReviewConflict& conflict);
    // The intake was amended meanwhile: reload it on request, keeping what
    // was typed, so that the new version is what gets reviewed.
    void offerReload(qint64 intakeId);
    // Shows the intake's current version, keeping the reason, note and
    // choices typed.
    void reloadKeepingTyped(qint64 intakeId);
    // Asks where the intake on show stands (on the worker's thread for a
    // server) and says on the page what changed since it was opened.
    void checkShownIntake();
    void showChangedMeanwhile(const IntakeState& now);
    // Stores the decision about `intakeId`, then clears the page for the next.
    void send(qint64 intakeId, ReviewDecision decision);
    void requestAmend();
    // The questions whose answers are missing keep the current suggestion
    // from being accepted (StaffSession::questionsBlockingAccept).
    void findBlockingQuestions();
    bool currentSuggestionAcceptable() const;

    ClinicSession& m_session;
    ReviewClaim* m_claim = nullptr;    // who else has the intake open
    SessionWorker* m_worker = nullptr; // the queue, for a server
    quint64 m_queueGeneration = 0;     // answers to an older refresh are dropped
    bool m_loading = false;
    bool m_queueStale = false;
    // The version of each intake seen in the queue, the largest id seen, and
    // the marks: true for amended, false for new.
    QHash<qint64, int> m_seenVersions;
    qint64 m_newestSeen = 0;
    bool m_queueReadOnce = false;
    bool m_queueSizedByUser = false;
    QHash<qint64, bool> m_marked;
    // The widgets (ui/ReviewPage.ui).
    std::unique_ptr<Ui::ReviewPage> m_ui;
    // What a lost connection cut off, sent again as it was (with its save id
    // once reviews carry one: branch save-ids).
    struct WaitingReview
    {
        qint64 intakeId = 0;
        ReviewDecision decision;
    };
    std::optional<WaitingReview> m_waitingReview;
    qint64 m_intakeId = 0;
    // The id the review of m_saveIdIntake carries (IntakeWorkflow): kept
    // until it is stored or another intake is shown.
    QString m_saveId;
    qint64 m_saveIdIntake = -1;
    std::optional<IntakeDetails> m_intake; // the intake on show
    QList<vocabulary::Question> m_blocking;
    QString m_blockingError;
};
