#pragma once

#include "Alert.h"
#include "core/Result.h"

#include <QSet>

namespace rabeg {

class LocalCache;

// The kinds of alert a person has muted, kept in their cache's meta table: the cache is one per (store, user) on
// the workstation, so a colleague at the same PC or a training store never shares them (docs/alerts.md, "Mute").
class AlertMutes
{
public:
    static AlertMutes load(const LocalCache &cache);
    Status save(LocalCache &cache) const;

    bool isMuted(AlertKind kind) const { return m_muted.contains(toCode(kind)); }
    void setMuted(AlertKind kind, bool muted);

private:
    QSet<QString> m_muted; // kind codes
};

} // namespace rabeg
