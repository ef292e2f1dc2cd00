#include "SopPublicationPush.h"

#include "store/SopOutbox.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rabeg {

Status pushSopPublications(HubClient &client, LocalCache &cache, const std::function<Status()> &relogin, bool &settled)
{
    settled = false;
    SopOutbox outbox(cache);
    const auto entries = outbox.entries();
    if (!entries.ok())
        return entries.error();
    for (const SopOutboxEntry &entry : entries.value()) {
        if (entry.status != u"pending"_s)
            continue;
        auto reply = client.post(u"/api/v1/sop/templates"_s, entry.body);
        if (reply.ok() && reply->status == 401) {
            if (Status status = relogin())
                return status;
            reply = client.post(u"/api/v1/sop/templates"_s, entry.body);
        }
        if (!reply.ok())
            return reply.error(); // offline: it stays queued
        if (reply->status >= 500)
            return Error {u"hub_unavailable"_s, reply->errorMessage()};
        if (reply->status == 200) {
            QList<QJsonObject> events;
            for (const QJsonValue &e : reply->body.value(u"events"_s).toArray())
                events.append(e.toObject());
            if (Status status = outbox.confirm(entry.commandId, events))
                return status;
            settled = true;
            continue;
        }
        if (Status status = outbox.markRefused(entry.commandId, reply->errorCode(), reply->errorMessage()))
            return status;
        settled = true;
    }
    return std::nullopt;
}

} // namespace rabeg
