#pragma once

#include "AlertMutes.h"
#include "AlertRules.h"
#include "AlertState.h"

#include <QObject>

namespace rabeg {

class LocalCache;

// The alerts of the person at this workstation (docs/alerts.md): each evaluation at hub time `now` applies the
// rules to what the sync applied since the last one, then delivers what the recipient's working hours allow:
// at once within them, otherwise gathered into the digest shown at the start of the next working period. The
// state is kept in the cache, so that a restart repeats nothing. Evaluations come from the caller (after a sync,
// on a timer); nothing here reads a clock.
class AlertCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)

public:
    explicit AlertCenter(LocalCache &cache, QObject *parent = nullptr);

    void setRecipient(const AlertRecipient &recipient) { m_recipient = recipient; }
    const AlertRecipient &recipient() const { return m_recipient; }

    Status evaluate(const QDateTime &now);

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

private:
    Status raise(AlertState &state, const QDateTime &now);
    Status baseline(AlertState &state, const QDateTime &now);
    void add(AlertState &state, Alert alert, const QDateTime &now) const;
    QList<Alert> deliver(AlertState &state, const QDateTime &now) const;

    LocalCache &m_cache;
    AlertRecipient m_recipient;
    AlertState m_state;
    AlertMutes m_mutes;
};

} // namespace rabeg
