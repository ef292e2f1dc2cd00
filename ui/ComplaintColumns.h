#pragma once

#include "refdata/ReferenceData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>

namespace rabeg {

// The five columns every complaint list starts with (the inbox, the routing queue): number, received (WIB), title,
// service and kecamatan by name. One place for their headers and cells, so the lists read alike.
class ComplaintColumns
{
public:
    enum Column { TrackingId, Received, Title, Service, Kecamatan, Count };

    // The header of `column` (< Count), in the current language.
    static QString header(int column);
    // The cell's display text of `column` (< Count).
    static QString cell(int column, const ReferenceData &reference, const QString &trackingId,
                        const QDateTime &receivedAt, const QString &title, const QString &service,
                        const QString &kecamatan);
};

} // namespace rabeg
