#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace rabeg {

// The hub answers pull and snapshot pages with the canonical JSON text its log stores, spliced into the page
// instead of being decoded into structs and encoded again. What leaves the hub must still be masked (NIK- and
// phone-like numbers in free text, privacy/Masking.h): these functions scan the stored text once and hand it back
// unchanged when no masked field holds such a number, which is nearly always; otherwise they mask those fields
// through maskPersonalNumbers() in place (it only turns digits into '*'), or, for text that is not plain canonical
// JSON, parse it, mask it and write canonical JSON again. Either way the result is the masked object's canonical JSON.
namespace StoredJson {

// An event: the free-text fields of its top-level "payload" object.
QByteArray maskedEvent(QByteArrayView canonical);
// A complaint state: its top-level free-text fields.
QByteArray maskedState(QByteArrayView canonical);
// The same, appended to `out` (pages are written without a copy per item).
void appendMaskedEvent(QByteArray &out, QByteArrayView canonical);
void appendMaskedState(QByteArray &out, QByteArrayView canonical);
// "history":[masked events, in the order given]
void appendMaskedHistory(QByteArray &out, const QList<QByteArray> &history);

} // namespace StoredJson
} // namespace rabeg
