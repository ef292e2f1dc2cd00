#include "ReportFacts.h"

#include "deadline/Deadlines.h"
#include "domain/Complaint.h"
#include "domain/Projection.h"

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

QString typeOf(const Event &event)
{
    return event.typeName.isEmpty() ? toCode(event.type) : event.typeName;
}

// The milestones, in one pass as the fold makes them (WeeklyTally::add).
void addMilestones(const QList<Event> &history, const ReportClocks &clocks, ReportFacts &facts)
{
    Complaint state;
    QDateTime cycleStart;
    QString cycleOpd;
    QString receivedTitle;
    for (const Event &event : history) {
        const QString opdBefore = state.opd;
        state = apply(state, event);
        if (!event.known)
            continue;
        if (clocks.followup && clocks.followup->startEvents.contains(typeOf(event))) {
            cycleStart = event.at;
            cycleOpd = state.opd;
        }
        ReportFacts::Milestone m;
        m.type = event.type;
        m.at = event.at;
        m.eventAt = event.at;
        m.opd = state.opd;
        switch (event.type) {
        case EventType::Received:
            m.at = state.receivedAt;
            receivedTitle = state.title;
            break;
        case EventType::Verified:
        case EventType::Dispatched:
        case EventType::Closed:
            break;
        case EventType::Responded:
            m.opd = opdBefore;
            m.cycleStart = cycleStart;
            m.cycleOpd = cycleOpd;
            break;
        case EventType::Escalated:
            m.reason = event.payload.value(u"reason"_s).toString();
            // The report shows the title of the complaint's row unless a verification changed it since intake.
            if (state.title != receivedTitle)
                m.title = state.title;
            break;
        default:
            continue;
        }
        facts.milestones.append(m);
    }
}

// Flags each milestone that is its complaint's first of its type in its week, and of its type and OPD (in history
// order, which is time order: an irregular complaint keeps no milestones).
void flagFirstInWeek(QList<ReportFacts::Milestone> &milestones)
{
    QSet<std::pair<int, qint64>> seen;
    QSet<std::pair<std::pair<int, qint64>, QString>> seenAtOpd;
    for (ReportFacts::Milestone &m : milestones) {
        const qint64 week = wibWeekMonday(m.at).toJulianDay();
        m.firstInWeek = !seen.contains({int(m.type), week});
        seen.insert({int(m.type), week});
        const std::pair<std::pair<int, qint64>, QString> atOpd{{int(m.type), week}, m.opd.isNull() ? u""_s : m.opd};
        m.firstInWeekAtOpd = !seenAtOpd.contains(atOpd);
        seenAtOpd.insert(atOpd);
    }
}

// Appends a span, or lengthens the previous one when it says the same (spans of one series arrive in time order).
template <typename Span, typename Same> void extend(QList<Span> &spans, Span span, Same same)
{
    if (!spans.isEmpty() && spans.last().hi == span.lo && same(spans.last(), span)) {
        spans.last().hi = span.hi;
        return;
    }
    spans.append(std::move(span));
}

} // namespace

ReportClocks ReportClocks::of(const QList<SlaClock> &clocks)
{
    ReportClocks result;
    for (const SlaClock &clock : clocks) {
        if (clock.breach != BreachAction::Close)
            result.overdue.append(clock);
        if (clock.id == u"followup"_s || (!result.followup && clock.breach == BreachAction::Escalate))
            result.followup = clock;
    }
    return result;
}

ReportFacts deriveReportFacts(const QList<Event> &history, const ReportClocks &clocks, const WorkingCalendar &calendar)
{
    ReportFacts facts;
    for (qsizetype i = 1; i < history.size(); ++i) {
        if (history.at(i).at < history.at(i - 1).at) {
            facts.irregular = true;
            return facts;
        }
    }
    addMilestones(history, clocks, facts);
    flagFirstInWeek(facts.milestones);

    // The distinct event times; the events up to T(k) are a prefix of the history (times never go back).
    QList<qsizetype> ends; // ends[k]: the prefix's length for the span after T(k)
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (i + 1 == history.size() || history.at(i + 1).at != history.at(i).at)
            ends.append(i + 1);
    }
    // Follow-up cycles: where each starts in the history, and the OPD then.
    QList<qsizetype> starts;
    QStringList startOpds;
    {
        Complaint state;
        for (qsizetype i = 0; i < history.size(); ++i) {
            state = apply(state, history.at(i));
            if (clocks.followup && history.at(i).known
                && clocks.followup->startEvents.contains(typeOf(history.at(i)))) {
                starts.append(i);
                startOpds.append(state.opd);
            }
        }
    }
    QList<QList<ReportFacts::ComplianceSpan>> cycles(starts.size());

    Complaint state;
    qsizetype applied = 0;
    for (qsizetype k = 0; k < ends.size(); ++k) {
        const qsizetype end = ends.at(k);
        const QList<Event> prefix = history.mid(0, end);
        for (; applied < end; ++applied)
            state = apply(state, history.at(applied));
        const QDateTime lo = history.at(end - 1).at;
        const QDateTime hi = k + 1 < ends.size() ? history.at(end).at : QDateTime();

        extend(facts.states, ReportFacts::StateSpan {lo, hi, state.state, state.opd},
               [](const auto &a, const auto &b) { return a.state == b.state && a.opd == b.opd; });

        if (isOpen(state.state)) {
            QDateTime due;
            for (const Deadline &d : computeDeadlines(prefix, clocks.overdue, calendar, lo)) {
                if (d.cycle == 0 || d.stoppedAt.isValid() || d.state == DeadlineState::Paused)
                    continue;
                if (!due.isValid() || d.dueAt < due)
                    due = d.dueAt;
            }
            if (due.isValid()) {
                extend(facts.overdue,
                       ReportFacts::OverdueSpan {lo, hi, due, withOpd(state.state) ? state.opd : QString()},
                       [](const auto &a, const auto &b) { return a.due == b.due && a.opd == b.opd; });
            }
        }

        // Each follow-up cycle judged on the history up to the next start (WeeklyTally::tallyCompliance).
        for (qsizetype c = 0; c < starts.size() && starts.at(c) < end; ++c) {
            const qsizetype cycleEnd = c + 1 < starts.size() && starts.at(c + 1) < end ? starts.at(c + 1) : end;
            const Deadline d
                = computeDeadlines(history.mid(0, cycleEnd), {*clocks.followup}, calendar, lo).constFirst();
            ReportFacts::ComplianceSpan span {lo, hi, {}, false, startOpds.at(c)};
            if (d.state == DeadlineState::Met) {
                span.decided = d.stoppedAt;
                span.met = true;
            } else if (d.state == DeadlineState::Breached || d.state == DeadlineState::Running
                       || d.state == DeadlineState::Warning) {
                span.decided = d.dueAt; // breached then if still unstopped at asOf, or stopped after it
            } else {
                continue; // paused: not decided whatever asOf
            }
            extend(cycles[c], span,
                   [](const auto &a, const auto &b) { return a.decided == b.decided && a.met == b.met; });
        }
    }
    for (const auto &spans : std::as_const(cycles))
        facts.compliance.append(spans);
    return facts;
}

QStringList reportFactsSchema()
{
    return {
        // Times are fixed-width ISO 8601 UTC text (toWireTime), so they compare as text; an open end is
        // kReportFactsOpenEnd. Each table has its reading index (covering) and one by complaint for rewriting.
        u"CREATE TABLE report_milestones (complaint_id TEXT NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,"
        u" event_at TEXT NOT NULL, opd TEXT NOT NULL, cycle_start TEXT, cycle_opd TEXT, reason TEXT, title TEXT)"_s,
        u"CREATE INDEX report_milestones_type_at ON report_milestones(type, at)"_s,
        u"CREATE INDEX report_milestones_complaint ON report_milestones(complaint_id)"_s,
        u"CREATE TABLE report_states (complaint_id TEXT NOT NULL, lo TEXT NOT NULL, hi TEXT NOT NULL,"
        u" state TEXT NOT NULL, opd TEXT NOT NULL, PRIMARY KEY (complaint_id, lo)) WITHOUT ROWID"_s,
        u"CREATE INDEX report_states_state_hi ON report_states(state, hi, lo)"_s,
        u"CREATE TABLE report_overdue (complaint_id TEXT NOT NULL, lo TEXT NOT NULL, hi TEXT NOT NULL,"
        u" due TEXT NOT NULL, opd TEXT NOT NULL, PRIMARY KEY (complaint_id, lo)) WITHOUT ROWID"_s,
        u"CREATE INDEX report_overdue_hi ON report_overdue(hi, lo, due, opd)"_s,
        u"CREATE TABLE report_compliance (complaint_id TEXT NOT NULL, lo TEXT NOT NULL, hi TEXT NOT NULL,"
        u" decided TEXT NOT NULL, met INTEGER NOT NULL, opd TEXT NOT NULL)"_s,
        u"CREATE INDEX report_compliance_decided ON report_compliance(decided, lo, hi, met, opd)"_s,
        u"CREATE INDEX report_compliance_complaint ON report_compliance(complaint_id)"_s,
        // Complaints whose event times go back in version order: the report folds their histories.
        u"CREATE TABLE report_irregular (complaint_id TEXT PRIMARY KEY) WITHOUT ROWID"_s,
    };
}

QString wibWeekMondaySql(const QString &column)
{
    // The WIB day (UTC+7, no daylight saving), back six days, then on to the next Monday (the same day if it is one).
    return u"date("_s + column + u", '+7 hours', '-6 days', 'weekday 1')"_s;
}

QDate wibWeekMonday(const QDateTime &at)
{
    const QDate day = at.toUTC().addSecs(7 * 3600).date();
    return day.addDays(1 - day.dayOfWeek());
}

QStringList reportMilestonesWeekFirstSchemaStep()
{
    const QString week = wibWeekMondaySql(u"at"_s);
    return {
        u"ALTER TABLE report_milestones ADD COLUMN week_first INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE report_milestones ADD COLUMN week_first_opd INTEGER NOT NULL DEFAULT 1"_s,
        u"UPDATE report_milestones SET week_first = r.first, week_first_opd = r.first_opd FROM (SELECT rowid AS id,"
        u" row_number() OVER (PARTITION BY complaint_id, type, "_s
            + week + u" ORDER BY at, rowid) = 1 AS first, row_number() OVER (PARTITION BY complaint_id, type, opd, "_s
            + week
            + u" ORDER BY at, rowid) = 1 AS first_opd FROM report_milestones) AS r"
              u" WHERE report_milestones.rowid = r.id AND (r.first = 0 OR r.first_opd = 0)"_s,
        u"DROP INDEX report_milestones_week"_s,
        u"CREATE INDEX report_milestones_week ON report_milestones(type, at, complaint_id, opd, event_at,"
        u" cycle_start, cycle_opd, week_first, week_first_opd)"_s,
    };
}

} // namespace rabeg
