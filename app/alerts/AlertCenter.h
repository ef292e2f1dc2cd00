#pragma once

#include "AlertMutes.h"
#include "AlertRules.h"
#include "AlertScan.h"
#include "AlertState.h"

#include <QObject>

#include <memory>
#include <optional>

namespace rabeg {

class AlertEvaluator;
class LocalCache;

// The alerts of the person at this workstation (docs/alerts.md): each evaluation at hub time `now` applies the
// rules to what the sync applied since the last one (scanAlerts: reads only what is new), then delivers what the
// recipient's working hours allow: at once within them, otherwise gathered into the digest shown at the start of
// the next working period. The state is kept in the cache, written by this object alone (apply), so that a
// restart repeats nothing. Evaluations come from the caller (after a sync, on a timer); nothing here reads a clock.
class AlertCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)

public:
    explicit AlertCenter(LocalCache &cache, QObject *parent = nullptr);
    ~AlertCenter() override;

    void setRecipient(const AlertRecipient &recipient) { m_recipient = recipient; }
    const AlertRecipient &recipient() const { return m_recipient; }

    // One evaluation on the cache's own connection, reads and all, before it returns.
    Status evaluate(const QDateTime &now);
    // One evaluation whose reads run on a thread of their own (AlertEvaluator, its own connection to the cache
    // file); the result is applied on this object's thread when it comes back, and the state written on the
    // evaluator's thread (from then on every write of the state goes there, in order); evaluated() is emitted once it
    // is written. While one runs, further requests make one more after it, at the latest time asked.
    void evaluateInBackground(const QDateTime &now);
    bool evaluating() const { return m_scanning; }

    // The two halves of an evaluation: where it starts from (the state as it stands), and applying what was read
    // (keys raised once, working hours, delivery, the state saved once).
    AlertScanFrom scanFrom(const QDateTime &now) const;
    Status apply(const AlertScan &scan);

    // Delivered alerts of kinds not muted, newest delivery first, then newest first.
    QList<Alert> delivered() const;
    int unreadCount() const;
    Status markRead(const QString &key);
    Status markAllRead();

    bool isMuted(AlertKind kind) const { return m_mutes.isMuted(kind); }
    Status setMuted(AlertKind kind, bool muted);

signals:
    // Alerts delivered by this evaluation (for the tray), after changed().
    void alertsDelivered(const QList<rabeg::Alert> &alerts);
    void changed();
    // A background evaluation ended: applied, or failed with `problem` (the state did not move).
    void evaluated(const QString &problem);

private:
    void scanned(const AlertScan &scan);
    void stateSaved(int ticket, const QString &problem);
    void finishScan(const QString &problem);
    void startScan(const QDateTime &now);
    void add(AlertState &state, Alert alert, const QDateTime &now) const;
    QList<Alert> deliver(AlertState &state, const QDateTime &now) const;
    // Whole, or only where it stopped; through the evaluator's thread once there is one, else on the cache's
    // connection before it returns.
    Status save(const AlertState &state, bool whole);

    LocalCache &m_cache;
    AlertRecipient m_recipient;
    AlertState m_state;
    AlertMutes m_mutes;
    std::unique_ptr<AlertEvaluator> m_evaluator;
    bool m_scanning = false;
    std::optional<QDateTime> m_again;
    int m_tickets = 0; // writes handed to the evaluator
    std::optional<int> m_awaited; // the write that ends the evaluation running
    bool m_saveFailed = false;
};

} // namespace rabeg
