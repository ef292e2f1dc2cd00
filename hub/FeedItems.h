#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace rabeg {

// Each event's item of a pull page, kept in the store as it goes out (table event_items, hub schema 5): its seq, the
// event and the complaint's state after it, masked already (StoredJson) and written as the JSON object a page
// carries, {"seq":N,"event":{...},"state":{...}} ("state" absent after a reference event, which has none). Every
// reader who may see the event gets these bytes: masking does not depend on the reader, only the choice of items
// does (a liaison's scope, SqlHubFeed.cpp). So a page is a keyset read of ready bytes joined by commas, and the
// masking scan runs once per event, when it is appended, instead of on every page that carries it (BENCHMARKS.md,
// P7). A change to masking or to an item's shape needs a schema step that fills the table again (fillFeedItems).
namespace FeedItems {

// The stored item of one event; `state` empty for a reference event.
QByteArray item(qint64 seq, QByteArrayView event, QByteArrayView state);
// {"seq":N,"removed":"<id>"}: the item of an event that took the complaint out of a liaison's scope.
void appendRemoved(QByteArray &out, qint64 seq, const QUuid &complaint);
// An item with the history of a complaint that has just entered the reader's scope spliced in before its closing
// brace: {"seq":N,"event":...,"state":...,"history":[masked events, oldest first]}.
void appendWithHistory(QByteArray &out, QByteArrayView item, const QList<QByteArray> &history);

// Writes items in the append's transaction, beside each INSERT INTO events.
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db);
    Status add(qint64 seq, QByteArrayView event, QByteArrayView state);

private:
    QSqlQuery m_insert;
};

// The items of every event that has none (a store upgraded from schema 4 or older), in pages of events by seq;
// inside the caller's transaction. Returns how many were written.
Result<qint64> fill(QSqlDatabase &db);

} // namespace FeedItems
} // namespace rabeg
