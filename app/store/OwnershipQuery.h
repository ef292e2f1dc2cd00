#pragma once

#include "LocalCache.h"
#include "core/Result.h"
#include "domain/Enums.h"

#include <QDateTime>
#include <QUuid>

namespace rabeg {

// One open complaint a command center user owns, as the shift handover lists it.
struct OwnedComplaint
{
    QUuid id;
    QString trackingId;
    QString title;
    ComplaintState state = ComplaintState::Received;
    QDateTime receivedAt;
};

// Who owns what in the command center, read from the local cache: the open complaints of one owner (the handover
// screen), and the colleagues this workstation knows of. The client has no user directory: a colleague is someone
// the synced history shows working in the command center (an owner now, or the author of a recent triage or
// assignment). Someone who never appeared can still be typed; the hub refuses a name it does not know.
class OwnershipQuery
{
public:
    explicit OwnershipQuery(LocalCache &cache) : m_cache(cache) { }

    // Open complaints (not closed out) whose cached assignee is `user`, oldest first: in the assignee index.
    Result<QList<OwnedComplaint>> openOwnedBy(const QString &user) const;
    // Names of command-center users seen: current owners (a skip over the assignee index) and the actors of
    // triage and assignment events since `since` (the events' (type, at) index). Sorted, without duplicates.
    Result<QStringList> colleagues(const QDateTime &since) const;

private:
    LocalCache &m_cache;
};

} // namespace rabeg
