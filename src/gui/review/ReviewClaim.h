#pragma once

#include "storage/IntakeClaims.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QObject>
#include <QPointer>
#include <vector>

class ClinicSession;
class QTimer;
class QWidget;
class SessionWorker;

// The review page's claim on the intake it shows (IntakeClaims), and the
// line "Being reviewed by Ben since 10:42" when someone else has it open
// too. Presence only: it never stops anyone reviewing (the review
// conflicts do that when there is a real clash), and a claim that cannot be
// taken or read is left out silently (the page works as before).
//
// The claim is taken when an intake is shown and released when another is,
// when the page is hidden (another page, the idle lock, the window closed)
// and on sign-out (ClinicSession::signOut). While it is held the claims are
// read again every kCheckMs, so the line follows within a few seconds; on a
// file that also renews the claim (the heartbeat, every
// IntakeClaims::kFileHeartbeatSeconds). On the server every read and claim
// runs on a SessionWorker of its own, whose connection holds the claims'
// locks (a lost connection is opened again by the next job, and the next
// check claims again).
class ReviewClaim : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckMs = 3000;

    // `page`: shown and hidden with the review page, whose events it follows;
    // `notice`: the page's line for it (ui/ReviewPage.ui's claimNotice).
    ReviewClaim(ClinicSession& session, QWidget* page, QLabel* notice);
    ~ReviewClaim() override;

    // The page's line (hidden while nobody else has it open).
    QLabel* notice() const { return m_notice; }
    // The intake on show (0: none).
    void follow(qint64 intakeId);
    // Checks now, as the timer does.
    void check();

    // For tests: the server worker's jobs not yet answered.
    int pending() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void take();
    void release();
    void show(qint64 intakeId, const std::vector<IntakeClaim>& others);

    ClinicSession& m_session;
    QWidget* m_page;
    QPointer<QLabel> m_notice; // the page's child: may go first when it is destroyed
    QTimer* m_timer;
    SessionWorker* m_worker = nullptr;
    bool m_checking = false; // a claim on its way to the server
    qint64 m_intakeId = 0;   // on show
    qint64 m_claimed = 0;    // claimed (or asked for, on the server)
    QElapsedTimer m_sinceRenewal;
};
