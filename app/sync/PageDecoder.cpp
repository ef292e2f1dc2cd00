#include "PageDecoder.h"

#include "PageSlices.h"
#include "codec/DomainCodec.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rabeg {

// Tolerant decoding of pulled items: an event of a type this version does not know is kept raw and skipped; the
// state in the item stays authoritative, so an older client never stalls on a newer hub.
Result<QList<PulledItem>> decodePulledItems(const QJsonArray &array, bool snapshot, QByteArrayView page)
{
    QList<PulledItem> items;
    items.reserve(array.size());
    // The events' own text in the page, kept to be stored as received; without it (no page given, or a page the
    // scan does not follow) the parsed objects are kept and serialised when stored.
    std::optional<QList<ItemSlices>> slices = page.isEmpty() ? std::nullopt : slicePageItems(page);
    if (slices && slices->size() != array.size())
        slices.reset();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonObject json = array.at(index).toObject();
        const ItemSlices *sliced = slices ? &slices->at(index) : nullptr;
        PulledItem item;
        item.seq = qint64(json.value(u"seq"_s).toDouble());
        if (json.contains(u"removed"_s)) {
            item.removed = QUuid::fromString(json.value(u"removed"_s).toString());
            if (item.removed.isNull())
                return Error{u"bad_page"_s, u"a removed item without a complaint id"_s};
            items.append(item);
            continue;
        }
        if (!snapshot && json.contains(u"event"_s)) {
            auto event = decodeEvent(json.value(u"event"_s).toObject(), DecodeMode::Tolerant);
            if (!event.ok())
                return Error{u"bad_page"_s, u"an event in the page is damaged: "_s + event.error().message};
            item.event = event.value();
            // Stored as received (SyncRepository); so is a reference event (nil complaint id: sop_published).
            if (event->known || event->complaintId.isNull()) {
                if (sliced && !sliced->event.isEmpty())
                    item.eventText = sliced->event.toByteArray();
                else
                    item.eventJson = json.value(u"event"_s).toObject();
            }
        }
        if (json.contains(u"state"_s)) {
            auto state = decodeComplaint(json.value(u"state"_s).toObject(), DecodeMode::Tolerant);
            if (!state.ok())
                return Error{u"bad_page"_s, u"a complaint in the page is damaged: "_s + state.error().message};
            item.state = state.value();
        }
        const QJsonArray history = json.value(u"history"_s).toArray();
        const bool historySliced = sliced && sliced->history.size() == history.size();
        for (qsizetype i = 0; i < history.size(); ++i) {
            const QJsonObject h = history.at(i).toObject();
            auto event = decodeEvent(h, DecodeMode::Tolerant);
            if (!event.ok())
                return Error{u"bad_page"_s, u"a history event in the page is damaged: "_s + event.error().message};
            if (event->known) {
                item.history.append(event.value());
                if (historySliced)
                    item.historyText.append(sliced->history.at(i).toByteArray());
                else
                    item.historyJson.append(h);
            }
        }
        items.append(item);
    }
    return items;
}

} // namespace rabeg
