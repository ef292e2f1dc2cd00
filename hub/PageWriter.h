#pragma once

#include "HubStore.h"

#include <QByteArray>
#include <QJsonObject>

namespace rabeg {

// The bodies of pull and snapshot pages, written in one buffer: the envelope and the page's own members through
// QJsonDocument, the items spliced from stored text. A pull page's items are the stored page items (FeedItems.h),
// which the store appends between eventsPageStart and finishEventsPage; a snapshot's are the log's canonical text,
// masked by StoredJson on the way. Either parses to the same JSON the decoded path (encodeEvent/encodeComplaint of
// the decoded rows, masked) gives.
namespace PageWriter {

// {envelope..., "items":[  -- in a buffer with room for `itemBytes` more
QByteArray eventsPageStart(const QJsonObject &envelope, qsizetype itemBytes);
// ], "more", "next"}
void finishEventsPage(QByteArray &out, qint64 next, bool more);
// {envelope..., ["head",] "items":[{"state","history"}], "next", "more"}; "head" on the first page only.
QByteArray snapshotPage(const QJsonObject &envelope, const StoredSnapshotPage &page, bool firstPage);

} // namespace PageWriter
} // namespace rabeg
