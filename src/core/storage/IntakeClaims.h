#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

// Someone has an intake open for review: presence, not a record. A claim is
// short-lived (it ends when its holder releases it, signs out, or its
// workstation goes away), is never audited and never stops anyone: the
// review page shows "Being reviewed by Ben since 10:42" from it, and the
// review conflicts (EditConflict.h) handle a real clash.
struct IntakeClaim
{
    qint64 intakeId = 0;
    QString userName; // the staff account's name, as the app shows it everywhere
    QDateTime since;  // UTC: when this holder first claimed it
    QString holder;   // the claiming session (IntakeClaims::holder())
};

// The claims of one open storage (one workstation's session, with a holder
// token of its own). Stores, decides nothing: who may claim is the use-case
// layer's (StaffSession). Every write is one transaction.
//
// Live means: on a file, refreshed less than kFileLifetimeSeconds ago (a
// killed program's claim expires); on the server, its holder's connection
// still holds the claim's session-level advisory lock (a killed
// workstation's claim ends with its connection). Claims that are not live
// are never returned, and are deleted by the next claim().
class IntakeClaims
{
public:
    // A file's claim without a refresh (heartbeat) for this long is gone.
    static constexpr int kFileLifetimeSeconds = 30;
    // How often a holder refreshes its claims on a file (a third of the
    // lifetime: two heartbeats may be late before the claim lapses).
    static constexpr int kFileHeartbeatSeconds = 10;

    virtual ~IntakeClaims() = default;

    // This session's token, random, one per open storage.
    virtual QString holder() const = 0;
    // Takes this session's claim on the intake for `userName`, or renews it
    // (its `since` is kept; on the server a lock lost with the connection is
    // taken again). Returns the other live claims on it, oldest first.
    virtual std::vector<IntakeClaim> claim(qint64 intakeId, const QString& userName) = 0;
    // Keeps every claim of this session alive (the heartbeat; on the server
    // it takes again the locks a reconnect lost).
    virtual void refresh() = 0;
    virtual void release(qint64 intakeId) = 0;
    // Every claim of this session (sign-out, closing).
    virtual void releaseAll() = 0;
    // The live claims on the intake, every session's, oldest first.
    virtual std::vector<IntakeClaim> claimsOn(qint64 intakeId) const = 0;
};
