#pragma once

#include "domain/ReporterIdentity.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QUuid>

#include <optional>

namespace rabeg {

// Reporter identities typed at intake and not yet on the hub, held in this process's memory only (DESIGN.md: no
// cache holds identity in plaintext, and the outbox is a table of the cache). The intake command waits in the
// outbox without its identity; the sync engine's push adds it to the request it sends (withIdentity) and forgets
// it when the hub confirms the complaint. If the application ends before that, the identity is lost: the form and
// the status bar say so. Shared by the GUI thread (which holds) and the sync thread (which sends): thread-safe.
class HeldIdentities
{
public:
    HeldIdentities() = default;
    Q_DISABLE_COPY_MOVE(HeldIdentities)

    // `unmaskedText`: the intake's free-text fields as typed where the outbox keeps them masked (PreparedIntake).
    void hold(const QUuid &complaint, const ReporterIdentity &identity, const QJsonObject &unmaskedText = {});
    std::optional<ReporterIdentity> find(const QUuid &complaint) const;
    void forget(const QUuid &complaint);
    bool holds(const QUuid &complaint) const;
    int count() const;

    // The encoded intake command with the identity held for its complaint in its payload (as the hub's intake
    // schema reads it) and its unmasked text, or unchanged when none is held.
    QJsonObject withIdentity(const QUuid &complaint, QJsonObject encodedCommand) const;

private:
    mutable QMutex m_mutex;
    struct Held
    {
        ReporterIdentity identity;
        QJsonObject text;
    };
    QHash<QUuid, Held> m_held;
};

} // namespace rabeg
