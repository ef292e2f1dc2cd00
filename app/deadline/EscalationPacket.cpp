#include "EscalationPacket.h"

namespace rabeg {

int daysOverdue(const QDateTime &due, const QDateTime &until)
{
    if (!due.isValid() || !until.isValid() || until <= due)
        return 0;
    // The due instant is 24:00 WIB of the due day: the day it ends is the WIB day of the millisecond before.
    const QDate dueDay = WorkingCalendar::wibDate(due.addMSecs(-1));
    return int(dueDay.daysTo(WorkingCalendar::wibDate(until)));
}

EscalationPacket makeEscalationPacket(const Complaint &complaint, const QList<Event> &history,
                                      const QList<SlaClock> &clocks, const WorkingCalendar &calendar,
                                      const QDateTime &asOf)
{
    EscalationPacket packet;
    packet.complaint = complaint;
    packet.history = history;
    packet.asOf = asOf;
    packet.identityWithheld = complaint.anonim || complaint.rahasia;
    const QList<Deadline> all = computeDeadlines(history, clocks, calendar, asOf);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Deadline &d = all.at(i);
        if (d.state == DeadlineState::NotApplicable)
            continue;
        packet.deadlines.append(d);
        if (!packet.escalating && i < clocks.size() && clocks.at(i).breach == BreachAction::Escalate)
            packet.escalating = d;
    }
    if (packet.escalating && packet.escalating->state == DeadlineState::Breached) {
        const QDateTime until = packet.escalating->stoppedAt.isValid() ? packet.escalating->stoppedAt : asOf;
        packet.daysOverdue = daysOverdue(packet.escalating->dueAt, until);
    }
    return packet;
}

} // namespace rabeg
