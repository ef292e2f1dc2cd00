#pragma once

#include "LocalCache.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace rabeg {

// A publication (or a liaison's draft) of an SOP template version waiting in the outbox like every action
// (docs/sop.md, "Publication through the hub"): a row of type "publish_sop" on the reference stream (nil complaint
// id) whose json is the body of POST /api/v1/sop/templates. The sync sends it (SopPublicationPush); a refusal
// stays with the hub's sentence until the author drops it.
struct SopOutboxEntry
{
    QString commandId;
    QJsonObject body; // {"command_id", "template", "reason", "draft"?}
    QString status; // pending, refused
    QString errorCode;
    QString errorMessage;
    QDateTime createdAt;
};

class SopOutbox
{
public:
    static constexpr char16_t kType[] = u"publish_sop";

    explicit SopOutbox(LocalCache &cache) : m_cache(cache) { }

    Status enqueue(const QJsonObject &body, const QDateTime &now);
    Result<QList<SopOutboxEntry>> entries() const; // oldest first
    Status markRefused(const QString &commandId, const QString &code, const QString &message);
    // The hub's answer: its reference events go into the cache (the catalog knows them at once) and the entry
    // leaves the outbox, in one transaction.
    Status confirm(const QString &commandId, const QList<QJsonObject> &events);
    Status drop(const QString &commandId);

private:
    LocalCache &m_cache;
};

} // namespace rabeg
