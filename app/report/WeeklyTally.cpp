#include "WeeklyTally.h"

#include "deadline/Deadlines.h"
#include "domain/Projection.h"
#include "sop/Checklists.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

bool withOpd(ComplaintState state)
{
    return state == ComplaintState::Dispatched || state == ComplaintState::InProgress
        || state == ComplaintState::Responded;
}

} // namespace

std::optional<double> WeeklyTally::Median::value() const
{
    if (days.isEmpty())
        return std::nullopt;
    QList<int> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? double(sorted.at(n / 2)) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2.0;
}

WeeklyTally::WeeklyTally(const ReferenceData &reference, const WorkingCalendar &calendar, const IsoWeek &week,
                         const QDateTime &asOf)
    : m_reference(reference), m_calendar(calendar), m_from(week.start()), m_asOf(std::min(asOf, week.end()))
{
    for (const SlaClock &clock : reference.sla) {
        if (clock.breach != BreachAction::Close)
            m_overdueClocks.append(clock);
        // The follow-up clock is the one whose breach sends the complaint to the Ombudsman.
        if (clock.id == u"followup"_s || (!m_followup && clock.breach == BreachAction::Escalate))
            m_followup = clock;
    }
}

QList<Event> WeeklyTally::before(const QList<Event> &all) const
{
    QList<Event> history;
    history.reserve(all.size());
    for (const Event &event : all) {
        if (event.at < m_asOf)
            history.append(event);
    }
    return history;
}

void WeeklyTally::add(const QList<Event> &all)
{
    const QList<Event> history = before(all);
    if (history.isEmpty())
        return;

    Complaint state;
    QSet<EventType> seen; // event types met in the week: each figure counts a complaint once
    QSet<QString> dispatchedTo;
    QSet<QString> respondedBy;
    QDateTime cycleStart; // the current follow-up cycle's start (dispatch or reopen) and OPD
    QString cycleOpd;
    for (const Event &event : history) {
        const QString opdBefore = state.opd;
        state = apply(state, event);
        if (!event.known)
            continue;
        if (m_followup && m_followup->startEvents.contains(event.typeName)) {
            cycleStart = event.at;
            cycleOpd = state.opd;
        }
        if (event.type == EventType::Received && inWeek(state.receivedAt))
            ++m_figures.received;
        if (!inWeek(event.at))
            continue;
        const bool first = !seen.contains(event.type);
        seen.insert(event.type);
        switch (event.type) {
        case EventType::Verified:
            m_figures.verified += first;
            break;
        case EventType::Dispatched:
            m_figures.dispatched += first;
            if (!dispatchedTo.contains(state.opd)) {
                dispatchedTo.insert(state.opd);
                ++opd(state.opd).row.dispatched;
            }
            break;
        case EventType::Responded:
            m_figures.responded += first;
            if (!respondedBy.contains(opdBefore)) {
                respondedBy.insert(opdBefore);
                ++opd(opdBefore).row.responded;
            }
            if (cycleStart.isValid()) {
                // Working days after the cycle's start day, up to and including the response's day (WIB).
                const QDate startDay = WorkingCalendar::wibDate(cycleStart);
                const QDate day = WorkingCalendar::wibDate(event.at);
                const int days = day > startDay ? m_calendar.workingDaysBetween(startDay.addDays(1), day, cycleOpd) : 0;
                m_followupDays.add(days);
                opd(cycleOpd).followup.add(days);
            }
            break;
        case EventType::Closed:
            m_figures.closed += first;
            break;
        case EventType::Escalated:
            m_figures.escalated += first;
            ++opd(state.opd).row.escalated;
            m_escalated.append({state.id, state.trackingId, state.title, state.opd, event.at,
                                event.payload.value(u"reason"_s).toString(), ComplaintState::Received});
            break;
        default:
            break;
        }
    }
    for (qsizetype i = m_escalated.size() - 1; i >= 0 && m_escalated.at(i).id == state.id; --i)
        m_escalated[i].stateAtEnd = state.state;

    tallyOverdue(history, state);
    if (state.state == ComplaintState::Dispatched || state.state == ComplaintState::InProgress) {
        if (const SopCatalog *catalog = m_catalog ? m_catalog : m_reference.sopCatalog())
            m_board.add(state.id, checklistOf(history, *catalog, m_calendar, m_asOf));
    }
    tallyCompliance(history);
}

void WeeklyTally::addDeadlines(const QList<Event> &all)
{
    const QList<Event> history = before(all);
    if (history.isEmpty())
        return;
    Complaint state;
    for (const Event &event : history)
        state = apply(state, event);
    tallyOverdue(history, state);
    tallyCompliance(history);
}

void WeeklyTally::tallyOverdue(const QList<Event> &history, const Complaint &state)
{
    if (!isOpen(state.state))
        return;
    const QList<Deadline> deadlines = computeDeadlines(history, m_overdueClocks, m_calendar, m_asOf);
    const bool overdue = std::any_of(deadlines.cbegin(), deadlines.cend(), [](const Deadline &d) {
        return d.state == DeadlineState::Breached && !d.stoppedAt.isValid();
    });
    if (overdue) {
        ++m_figures.overdue;
        ++opd(withOpd(state.state) ? state.opd : QString()).row.overdue;
    }
}

void WeeklyTally::addMilestones(const ReportMilestoneCounts &counts)
{
    m_figures.verified += counts.complaints.value(EventType::Verified);
    m_figures.dispatched += counts.complaints.value(EventType::Dispatched);
    m_figures.responded += counts.complaints.value(EventType::Responded);
    m_figures.closed += counts.complaints.value(EventType::Closed);
    for (auto it = counts.dispatchedTo.cbegin(); it != counts.dispatchedTo.cend(); ++it)
        opd(it.key()).row.dispatched += it.value();
    for (auto it = counts.respondedBy.cbegin(); it != counts.respondedBy.cend(); ++it)
        opd(it.key()).row.responded += it.value();
    for (const ReportMilestoneCounts::Followup &group : counts.followups) {
        const int days = followupDays(group.opd, group.startDay, group.day);
        Median &byOpd = opd(group.opd).followup;
        for (int i = 0; i < group.responses; ++i) {
            m_followupDays.add(days);
            byOpd.add(days);
        }
    }
}

void WeeklyTally::addEscalation(const ReportEscalationRow &row)
{
    if (!m_escalatedCounted.contains(row.complaint)) {
        m_escalatedCounted.insert(row.complaint);
        ++m_figures.escalated;
    }
    ++opd(row.opd).row.escalated;
    m_escalated.append({row.complaint, row.trackingId, row.title, row.opd, row.at, row.reason,
                        row.stateAtAsOf.value_or(ComplaintState::Received)});
}

int WeeklyTally::followupDays(const QString &opd, const QDate &startDay, const QDate &day)
{
    // Counted once per OPD, start day and day: tens of thousands of responses a week share a few hundred of those,
    // and counting walks the days one by one.
    if (day <= startDay)
        return 0;
    QHash<qint64, int> &cache = m_followupDaysCache[opd];
    const qint64 key = (startDay.toJulianDay() << 32) | day.toJulianDay();
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it.value();
    const int days = m_calendar.workingDaysBetween(startDay.addDays(1), day, opd);
    cache.insert(key, days);
    return days;
}

void WeeklyTally::addOverdue(const QString &code, int count)
{
    m_figures.overdue += count;
    opd(code).row.overdue += count;
}

void WeeklyTally::addCompliance(const ReportComplianceRow &row)
{
    ComplianceCount &count = opd(row.opd).row.compliance;
    (row.met ? count.met : count.breached) += row.cycles;
    (row.met ? m_figures.compliance.met : m_figures.compliance.breached) += row.cycles;
}

void WeeklyTally::addStall(const QList<Event> &all)
{
    // checklistOf folds the history itself, and a complaint no OPD is working at asOf is not stalled there (its
    // days over stay 0), so the state is not folded a second time here.
    const QList<Event> history = before(all);
    if (history.isEmpty())
        return;
    if (const SopCatalog *catalog = m_catalog ? m_catalog : m_reference.sopCatalog())
        m_board.add(history.constFirst().complaintId, checklistOf(history, *catalog, m_calendar, m_asOf));
}

void WeeklyTally::addStallGroup(const QString &opd, int stepNumber, const QString &stepKey, const QString &stepTitle,
                                int daysAtStep, int count)
{
    m_stallGroups[{opd, stepNumber, stepKey, stepTitle, daysAtStep}] += count;
}

void WeeklyTally::tallyCompliance(const QList<Event> &history)
{
    if (!m_followup)
        return;
    // computeDeadlines reports a clock's latest cycle, so each cycle is judged on the history up to the next start.
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (history.at(i).known && m_followup->startEvents.contains(history.at(i).typeName))
            starts.append(i);
    }
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype end = k + 1 < starts.size() ? starts.at(k + 1) : history.size();
        // A cycle stopped before the week was decided before it too (met at the stop, or breached earlier still).
        const auto stop = std::find_if(history.cbegin() + starts.at(k) + 1, history.cbegin() + end,
                                       [this](const Event &e) { return m_followup->stopEvents.contains(e.typeName); });
        if (stop != history.cbegin() + end && stop->at < m_from)
            continue;
        const QList<Event> prefix = history.mid(0, end);
        const Deadline d = computeDeadlines(prefix, {*m_followup}, m_calendar, m_asOf).constFirst();
        QDateTime decided;
        if (d.state == DeadlineState::Met)
            decided = d.stoppedAt;
        else if (d.state == DeadlineState::Breached)
            decided = d.dueAt; // it became late then, whenever (or whether) it stopped afterwards
        if (!decided.isValid() || !inWeek(decided))
            continue;
        Complaint atStart;
        for (qsizetype i = 0; i <= starts.at(k); ++i)
            atStart = apply(atStart, history.at(i));
        ComplianceCount &count = opd(atStart.opd).row.compliance;
        if (d.state == DeadlineState::Met) {
            ++count.met;
            ++m_figures.compliance.met;
        } else {
            ++count.breached;
            ++m_figures.compliance.breached;
        }
    }
}

void WeeklyTally::finish(WeeklyReport &report, const QString &onlyOpd, int stalledShown) const
{
    report.asOf = m_asOf;
    report.figures = m_figures;
    report.figures.medianFollowupDays = m_followupDays.value();
    report.figures.followupResponses = int(m_followupDays.days.size());
    report.opds.clear();
    for (auto it = m_opds.cbegin(); it != m_opds.cend(); ++it) {
        if (!onlyOpd.isEmpty() && it.key() != onlyOpd)
            continue;
        OpdReportRow row = it.value().row;
        row.opd = it.key();
        row.medianFollowupDays = it.value().followup.value();
        row.followupResponses = int(it.value().followup.days.size());
        if (row.opd.isEmpty())
            report.opds.append(row); // the command center: last, after the OPDs by code
        else
            report.opds.insert(report.opds.size() - (!report.opds.isEmpty() && report.opds.last().opd.isEmpty()), row);
    }
    report.escalated = m_escalated;
    std::sort(report.escalated.begin(), report.escalated.end(),
              [](const EscalatedComplaint &a, const EscalatedComplaint &b) {
                  return a.escalatedAt != b.escalatedAt ? a.escalatedAt < b.escalatedAt : a.trackingId < b.trackingId;
              });
    StallBoard board = m_board;
    for (const auto &[group, count] : m_stallGroups) {
        const auto &[opd, number, key, title, days] = group;
        board.addStalledGroup(opd, number, key, title, days, count);
    }
    QList<StallCell> cells = board.cells();
    // The report shows each cell's figures, not its complaints: the cells counted from the stall spans' groups have
    // no ids, the folded ones would have some.
    for (StallCell &cell : cells)
        cell.complaints.clear();
    std::stable_sort(cells.begin(), cells.end(), [](const StallCell &a, const StallCell &b) {
        return a.count != b.count ? a.count > b.count : a.medianDaysStuck > b.medianDaysStuck;
    });
    report.stalledSteps = cells.mid(0, stalledShown);
    report.stalledComplaints = board.stalledCount();
}

} // namespace rabeg
