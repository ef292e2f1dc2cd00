#include "ComplaintColumns.h"

#include "Labels.h"

namespace rabeg {

QString ComplaintColumns::header(int column)
{
    // The inbox's own words (its translations), shared by every list.
    switch (column) {
    case TrackingId:
        return QCoreApplication::translate("rabeg::InboxModel", "Number");
    case Received:
        return QCoreApplication::translate("rabeg::InboxModel", "Received");
    case Title:
        return QCoreApplication::translate("rabeg::InboxModel", "Title");
    case Service:
        return QCoreApplication::translate("rabeg::InboxModel", "Service");
    case Kecamatan:
        return QCoreApplication::translate("rabeg::InboxModel", "Kecamatan");
    default:
        return {};
    }
}

QString ComplaintColumns::cell(int column, const ReferenceData &reference, const QString &trackingId,
                               const QDateTime &receivedAt, const QString &title, const QString &service,
                               const QString &kecamatan)
{
    switch (column) {
    case TrackingId:
        return trackingId;
    case Received:
        return Labels::wib(receivedAt);
    case Title:
        return title;
    case Service: {
        const rabeg::Service *known = reference.service(service);
        return known ? known->name : service;
    }
    case Kecamatan: {
        const rabeg::Kecamatan *known = reference.kecamatanByCode(kecamatan);
        return known ? known->name : kecamatan;
    }
    default:
        return {};
    }
}

} // namespace rabeg
