#pragma once

#include <QDateTime>
#include <QString>

namespace rabeg {

// Times on the wire and in stores: ISO 8601 in UTC with milliseconds, "2026-11-30T04:58:29.123Z".
QString toWireTime(const QDateTime &at);
// Accepts any ISO 8601 time with a zone (Z or +07:00); a time without a zone is refused (invalid result).
QDateTime parseWireTime(const QString &text);

} // namespace rabeg
