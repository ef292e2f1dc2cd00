#pragma once

#include "Alert.h"
#include "core/Result.h"

#include <QSet>
#include <QStringList>

namespace rabeg {

class LocalCache;

// What the alerts remember between evaluations and across restarts, kept as JSON values in the cache's meta table
// (the cache is already one per store and user on this workstation): where the last evaluation stopped, the keys
// of alerts already raised (so that none repeats) and the alerts themselves, pending or delivered, under
// `alerts_state`; an evaluation that changed nothing but where it stopped writes only that, a few dozen bytes,
// under `alerts_cursor` (the later of the two is where the next one starts).
class AlertState
{
public:
    static constexpr qsizetype kKeptDelivered = 300;
    static constexpr qsizetype kKeptKeys = 5000;

    static AlertState load(const LocalCache &cache);
    Status save(LocalCache &cache) const;
    // Only where the last evaluation stopped (baselined, heads, seq, times).
    Status saveCursor(LocalCache &cache) const;

    bool baselined = false; // the first evaluation after the bootstrap only notes where things stand
    qint64 bootstrapHead = 0; // the hub's head when the cache's bootstrap began (meta bootstrap_head) at the baseline
    qint64 lastSeq = 0;
    QDateTime lastEventAt;
    QDateTime lastEvaluation;
    QList<Alert> alerts; // oldest first

    bool raised(const QString &key) const { return m_keys.contains(key); }
    void noteRaised(const QString &key);
    // The key noted last: keys are only appended and forgotten from the front, so another one means a new key.
    QString lastKey() const { return m_keyOrder.isEmpty() ? QString() : m_keyOrder.constLast(); }
    // Forgets the oldest delivered alerts and keys beyond what is kept (pending ones always stay).
    void prune();

private:
    QStringList m_keyOrder;
    QSet<QString> m_keys;
};

} // namespace rabeg
