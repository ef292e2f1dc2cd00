#include "AttachmentMeta.h"

using namespace Qt::StringLiterals;

namespace rabeg {

QList<AttachmentMeta> attachmentsOf(const QList<Event> &history)
{
    QList<AttachmentMeta> out;
    for (const Event &event : history) {
        if (!event.known || event.type != EventType::AttachmentAdded)
            continue;
        const QJsonObject &p = event.payload;
        out.append({QUuid::fromString(p.value(u"attachment_id"_s).toString()), p.value(u"name"_s).toString(),
                    p.value(u"type"_s).toString(), p.value(u"size"_s).toInteger(), p.value(u"sha256"_s).toString(),
                    event.actor.user, event.at});
    }
    return out;
}

} // namespace rabeg
