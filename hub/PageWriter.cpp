#include "PageWriter.h"

#include "StoredJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace rabeg::PageWriter {
namespace {

// The members of a small object, without its braces: "a":1,"b":2
QByteArray members(const QJsonObject &object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void appendHistory(QByteArray &out, const QList<QByteArray> &history)
{
    out += "\"history\":[";
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (i > 0)
            out += ',';
        StoredJson::appendMaskedEvent(out, history.at(i));
    }
    out += ']';
}

QByteArray page(const QJsonObject &envelope, const QJsonObject &tail, qsizetype itemBytes,
                const std::function<void(QByteArray &)> &writeItems)
{
    QByteArray out;
    out.reserve(itemBytes + 1024);
    out += '{';
    out += members(envelope);
    out += ",\"items\":[";
    writeItems(out);
    out += "],";
    out += members(tail);
    out += '}';
    return out;
}

} // namespace

QByteArray eventsPage(const QJsonObject &envelope, const StoredFeedPage &feed)
{
    qsizetype bytes = 0;
    for (const StoredFeedItem &item : feed.items)
        bytes += item.event.size() + item.state.size() + 48;
    const QJsonObject tail{{u"next"_s, feed.next}, {u"more"_s, feed.more}};
    return page(envelope, tail, bytes, [&feed](QByteArray &out) {
        bool first = true;
        for (const StoredFeedItem &item : feed.items) {
            if (!first)
                out += ',';
            first = false;
            out += "{\"seq\":";
            out += QByteArray::number(item.seq);
            if (!item.removed.isNull()) {
                out += ",\"removed\":\"";
                out += item.removed.toByteArray(QUuid::WithoutBraces);
                out += "\"}";
                continue;
            }
            out += ",\"event\":";
            StoredJson::appendMaskedEvent(out, item.event);
            if (!item.state.isEmpty()) { // a reference event has no complaint state (ReferenceStream.h)
                out += ",\"state\":";
                StoredJson::appendMaskedState(out, item.state);
            }
            if (!item.history.isEmpty()) {
                out += ',';
                appendHistory(out, item.history);
            }
            out += '}';
        }
    });
}

QByteArray snapshotPage(const QJsonObject &envelope, const StoredSnapshotPage &snapshot, bool firstPage)
{
    qsizetype bytes = 0;
    for (const StoredSnapshotEntry &entry : snapshot.entries) {
        bytes += entry.state.size() + 32;
        for (const QByteArray &event : entry.history)
            bytes += event.size() + 1;
    }
    QJsonObject tail{{u"next"_s, snapshot.next}, {u"more"_s, !snapshot.next.isEmpty()}};
    if (firstPage) {
        tail.insert(u"head"_s, snapshot.head);
        QJsonArray reference; // the reference stream up to head: a handful of events, decoded and written again
        for (const QByteArray &event : snapshot.reference)
            reference.append(QJsonDocument::fromJson(event).object());
        tail.insert(u"reference"_s, reference);
    }
    return page(envelope, tail, bytes, [&snapshot](QByteArray &out) {
        bool first = true;
        for (const StoredSnapshotEntry &entry : snapshot.entries) {
            if (!first)
                out += ',';
            first = false;
            out += "{\"state\":";
            StoredJson::appendMaskedState(out, entry.state);
            out += ',';
            appendHistory(out, entry.history);
            out += '}';
        }
    });
}

} // namespace rabeg::PageWriter
