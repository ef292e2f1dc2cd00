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

void finish(QByteArray &out, const QJsonObject &tail)
{
    out += "],";
    out += members(tail);
    out += '}';
}

QByteArray page(const QJsonObject &envelope, const QJsonObject &tail, qsizetype itemBytes,
                const std::function<void(QByteArray &)> &writeItems)
{
    QByteArray out = eventsPageStart(envelope, itemBytes);
    writeItems(out);
    finish(out, tail);
    return out;
}

} // namespace

QByteArray eventsPageStart(const QJsonObject &envelope, qsizetype itemBytes)
{
    QByteArray out;
    out.reserve(itemBytes + 1024);
    out += '{';
    out += members(envelope);
    out += ",\"items\":[";
    return out;
}

void finishEventsPage(QByteArray &out, qint64 next, bool more)
{
    finish(out, QJsonObject{{u"next"_s, next}, {u"more"_s, more}});
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
            StoredJson::appendMaskedHistory(out, entry.history);
            out += '}';
        }
    });
}

} // namespace rabeg::PageWriter
