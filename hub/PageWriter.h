#pragma once

#include "HubStore.h"

#include <QByteArray>
#include <QJsonObject>

namespace rabeg {

// The bodies of pull and snapshot pages, written in one pass: the envelope and the page's own members through
// QJsonDocument, the items spliced from the log's stored canonical text, masked by StoredJson on the way. The
// result parses to the same JSON the decoded path (encodeEvent/encodeComplaint of the decoded rows, masked) gave.
namespace PageWriter {

// {envelope..., "items":[{"seq","event","state"[,"history"]} | {"seq","removed"}], "next", "more"}
QByteArray eventsPage(const QJsonObject &envelope, const StoredFeedPage &page);
// {envelope..., ["head",] "items":[{"state","history"}], "next", "more"}; "head" on the first page only.
QByteArray snapshotPage(const QJsonObject &envelope, const StoredSnapshotPage &page, bool firstPage);

} // namespace PageWriter
} // namespace rabeg
