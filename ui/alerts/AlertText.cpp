#include "AlertText.h"

#include "Labels.h"
#include "domain/DomainText.h"

using namespace Qt::StringLiterals;

namespace rabeg {

QString AlertText::kindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::NewComplaint:
        return tr("New complaints in the inbox");
    case AlertKind::Dispatched:
        return tr("Complaints dispatched to my OPD");
    case AlertKind::AssignedToMe:
        return tr("Complaints assigned to me");
    case AlertKind::DeadlineWarning:
        return tr("Deadlines entering warning");
    case AlertKind::Conflict:
        return tr("Conflicts with the hub");
    }
    return {};
}

QString AlertText::headline(const Alert &alert)
{
    const QString complaint = alert.trackingId.isEmpty() ? alert.title : alert.trackingId + u" — "_s + alert.title;
    switch (alert.kind) {
    case AlertKind::NewComplaint:
        return tr("New complaint: %1").arg(complaint);
    case AlertKind::Dispatched:
        return tr("Dispatched to %1: %2").arg(alert.detail, complaint);
    case AlertKind::AssignedToMe:
        return tr("Assigned to you by %1: %2").arg(alert.detail, complaint);
    case AlertKind::DeadlineWarning:
        return tr("%1 due %2: %3").arg(alert.detail, Labels::wibDue(alert.dueAt), complaint);
    case AlertKind::Conflict: {
        const auto type = fromCode<CommandType>(alert.detail);
        return tr("Conflict: the hub stopped \"%1\" on %2").arg(type ? commandText(*type) : alert.detail, complaint);
    }
    }
    return complaint;
}

QString AlertText::digestTitle(const QDateTime &digestAt, int count)
{
    return tr("Digest for %1: %n alert(s) from outside working hours", nullptr, count).arg(Labels::wib(digestAt));
}

} // namespace rabeg
