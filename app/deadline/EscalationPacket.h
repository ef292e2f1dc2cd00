#pragma once

#include "Deadlines.h"
#include "domain/Complaint.h"
#include "domain/Event.h"
#include "refdata/ReferenceTypes.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace rabeg {

// What the escalation packet for the Ombudsman says about one complaint (docs/deadlines.md, "The escalation
// packet"), derived by the shared core so that the PDF and its tests agree on every figure: the complaint as the
// cache holds it (never the reporter's identity: the cache has none, and the packet says only whether the
// reporter asked to stay anonymous or the complaint is confidential), its history, its clocks at hub time, and
// how many days the clock whose breach escalates is overdue.
struct EscalationPacket
{
    Complaint complaint;
    QList<Event> history;
    QList<Deadline> deadlines; // every clock that applies, at `asOf`
    QDateTime asOf; // hub time the packet was made at
    // The clock whose breach escalates (the follow-up clock by default), in its latest cycle.
    std::optional<Deadline> escalating;
    // Whole WIB days from the end of the due day to the day the clock stopped, or to `asOf` while it runs:
    // due Mon 16 Nov 24:00 WIB, looked at Fri 20 Nov: 4 (17, 18, 19, 20). 0 when not breached.
    int daysOverdue = 0;
    bool identityWithheld = false; // anonim or rahasia: nothing about the reporter may be printed
    bool training = false; // made from a training hub's cache: every page carries the training watermark
};

EscalationPacket makeEscalationPacket(const Complaint &complaint, const QList<Event> &history,
                                      const QList<SlaClock> &clocks, const WorkingCalendar &calendar,
                                      const QDateTime &asOf);

// Whole WIB days `due` lies behind `until` (0 when `until` is not after `due`).
int daysOverdue(const QDateTime &due, const QDateTime &until);

} // namespace rabeg
