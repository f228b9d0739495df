#include "review/ReviewClaim.h"

#include "ClinicSession.h"
#include "common/DateText.h"
#include "security/StaffSession.h"
#include "server/SessionWorker.h"
#include "util/Clock.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QWidget>
#include <exception>

ReviewClaim::ReviewClaim(ClinicSession& session, QWidget* page, QLabel* notice)
    : QObject(page), m_session(session), m_page(page), m_notice(notice), m_timer(new QTimer(this))
{
    m_notice->hide();
    m_timer->setInterval(kCheckMs);
    connect(m_timer, &QTimer::timeout, this, &ReviewClaim::check);
    page->installEventFilter(this);
}

ReviewClaim::~ReviewClaim()
{
    // The server's claims end with the worker's connection (its child).
    if (!m_session.isServer()) {
        release();
    }
}

int ReviewClaim::pending() const
{
    return m_worker ? m_worker->pending() : 0;
}

void ReviewClaim::follow(qint64 intakeId)
{
    if (intakeId == m_intakeId) {
        return;
    }
    release();
    m_intakeId = intakeId;
    m_notice->hide();
    if (m_page->isVisible()) {
        take();
    }
}

bool ReviewClaim::eventFilter(QObject* watched, QEvent* event)
{
    // Spontaneous ones are the window minimised or restored: still open.
    if (watched == m_page && !event->spontaneous()) {
        if (event->type() == QEvent::Hide) {
            release();
        } else if (event->type() == QEvent::Show) {
            take();
        }
    }
    return QObject::eventFilter(watched, event);
}

void ReviewClaim::take()
{
    if (m_intakeId <= 0 || !m_session.isSignedIn() ||
        !m_session.staff().may(Permission::ReviewIntakes)) {
        return;
    }
    m_claimed = m_intakeId;
    m_timer->start();
    m_sinceRenewal.invalidate();
    check();
}

void ReviewClaim::release()
{
    m_timer->stop();
    const qint64 claimed = m_claimed;
    m_claimed = 0;
    if (m_notice) {
        m_notice->hide();
    }
    if (claimed <= 0) {
        return;
    }
    if (m_worker) {
        m_worker->run<bool>(
            [claimed](StaffSession& staff) {
                staff.releaseReviewClaim(claimed);
                return true;
            },
            [](bool) {}, [](const QString&) {});
        return;
    }
    if (!m_session.isSignedIn()) {
        return; // signOut released every claim of this session
    }
    try {
        m_session.staff().releaseReviewClaim(claimed);
    } catch (const std::exception&) {
        // Presence: a claim not released lapses on its own.
    }
}

void ReviewClaim::check()
{
    const qint64 intakeId = m_claimed;
    if (intakeId <= 0) {
        return;
    }
    if (!m_session.isSignedIn()) {
        // Signed out with the page still there: the worker's claim goes too.
        release();
        return;
    }
    if (m_session.isServer()) {
        // A round trip: on the worker's thread. Claiming each time costs
        // one transaction and takes the lock again after a lost connection.
        if (!m_worker) {
            m_worker = new SessionWorker(m_session, this);
        }
        if (m_checking) {
            return; // the last check is still on its way
        }
        m_checking = true;
        m_worker->run<std::vector<IntakeClaim>>(
            [intakeId](StaffSession& staff) { return staff.claimForReview(intakeId); },
            [this, intakeId](std::vector<IntakeClaim> others) {
                m_checking = false;
                show(intakeId, others);
            },
            [this](const QString&) { m_checking = false; });
        return;
    }
    try {
        // A write only when the heartbeat is due: every commit on the file
        // is a change the other windows look at (ClinicChanges).
        StaffSession& staff = m_session.staff();
        const bool renew = !m_sinceRenewal.isValid() ||
                           m_sinceRenewal.elapsed() >= IntakeClaims::kFileHeartbeatSeconds * 1000;
        if (renew) {
            m_sinceRenewal.start();
        }
        show(intakeId, renew ? staff.claimForReview(intakeId) : staff.othersReviewing(intakeId));
    } catch (const std::exception&) {
        m_notice->hide();
    }
}

void ReviewClaim::show(qint64 intakeId, const std::vector<IntakeClaim>& others)
{
    // An answer from the server may come after its question's session ended.
    if (!m_session.isSignedIn()) {
        if (m_notice) {
            m_notice->hide();
        }
        return;
    }
    if (intakeId != m_claimed || others.empty()) {
        if (intakeId == m_claimed) {
            m_notice->hide();
        }
        return;
    }
    const QString me = m_session.user().name;
    const QDate today = m_session.clock().now().toLocalTime().date();
    QStringList who;
    for (const IntakeClaim& claim : others) {
        const QDateTime at = claim.since.toLocalTime();
        const QString since = at.date() == today
                                  ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                  : date_text::show(at);
        who << (claim.userName == me ? tr("you on another computer since %1").arg(since)
                                     : tr("%1 since %2").arg(claim.userName, since));
    }
    const QString text = tr("Being reviewed by %1").arg(who.join(tr(" and by ")));
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_notice->show();
}
