#include "SopProgress.h"

#include "domain/Projection.h"
#include "sop/Checklists.h"

using namespace Qt::StringLiterals;

namespace rabeg {

std::optional<SopProgressRow> sopProgressOf(const QList<Event> &history, const SopCatalog &catalog,
                                            const WorkingCalendar &calendar)
{
    // Most complaints of a city are never dispatched, or answered long ago: settle those without folding twice.
    const bool dispatched = std::any_of(history.cbegin(), history.cend(),
                                        [](const Event &e) { return e.known && e.type == EventType::Dispatched; });
    if (!dispatched)
        return std::nullopt;
    Complaint state;
    for (const Event &event : history)
        state = apply(state, event);
    if (state.state != ComplaintState::Dispatched && state.state != ComplaintState::InProgress)
        return std::nullopt;
    // The clock only decides days at and over the step, which the readers work out at their own hub time; the
    // history's last instant keeps checklistOf's day counting short.
    const Checklist checklist = checklistOf(history, catalog, calendar, history.constLast().at);
    if (!checklist.exists())
        return std::nullopt;
    SopProgressRow row;
    row.opd = checklist.opd;
    row.templateId = checklist.templateId;
    row.version = checklist.version;
    row.templateKnown = checklist.templateKnown;
    if (checklist.currentStep == 0)
        return row;
    const ChecklistStep &step = checklist.steps.at(checklist.currentStep - 1);
    row.stepNumber = step.number;
    row.stepKey = step.key;
    row.stepTitle = step.title;
    row.expectedDays = step.expectedDays;
    row.critical = step.critical;
    row.stepSince = checklist.currentSince;
    row.stalledAt = sopStalledAt(row.stepSince, row.expectedDays, row.opd, calendar);
    return row;
}

QDateTime sopStalledAt(const QDateTime &since, int expectedDays, const QString &opd, const WorkingCalendar &calendar)
{
    const QDate startDay = WorkingCalendar::wibDate(since);
    return WorkingCalendar::startOfWibDay(calendar.nthWorkingDayAfter(startDay, expectedDays + 1, opd));
}

QDate sopStallLimit(const QDate &nowDay, int expectedDays, const QString &opd, const WorkingCalendar &calendar)
{
    // sopStalledAt's (expectedDays + 1)-th working day is the start day itself when that is not positive.
    if (expectedDays + 1 <= 0)
        return nowDay;
    constexpr int kMaxSearchDays = 3660; // nthWorkingDayAfter's bound: a calendar that closes every day is a data error
    QDate day = nowDay;
    int found = 0;
    for (int step = 0; step < kMaxSearchDays; ++step, day = day.addDays(-1)) {
        if (calendar.isWorkingDay(day, opd) && ++found == expectedDays + 1)
            return day.addDays(-1);
    }
    // Not so many working days in the bound: nthWorkingDayAfter stops at the bound too, so a step stalls exactly
    // when it began that far back.
    return nowDay.addDays(-kMaxSearchDays);
}

qint64 sopEpochDay(const QDate &day)
{
    return day.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

QStringList sopProgressSchema()
{
    return {
        // Times in milliseconds since the epoch (UTC), as complaints.next_due_at.
        u"CREATE TABLE sop_progress ("
        u" complaint_id TEXT PRIMARY KEY,"
        u" opd TEXT NOT NULL,"
        u" template_id TEXT NOT NULL,"
        u" template_version INTEGER NOT NULL,"
        u" template_known INTEGER NOT NULL,"
        u" step_number INTEGER NOT NULL,"
        u" step_key TEXT NOT NULL,"
        u" step_title TEXT NOT NULL,"
        u" expected_days INTEGER NOT NULL,"
        u" critical INTEGER NOT NULL,"
        u" step_since INTEGER,"
        u" stalled_at INTEGER)"_s,
        // The board and the inbox's stalled filter: the stalled at hub time are a range, read from the index
        // alone (it covers every column the board counts with).
        u"CREATE INDEX sop_progress_stalled ON sop_progress"
        u" (stalled_at, opd, step_key, step_number, step_title, step_since, expected_days, complaint_id)"_s,
        // A board cell's drill-down: one OPD and step, stalled at hub time.
        u"CREATE INDEX sop_progress_cell ON sop_progress (opd, step_key, stalled_at)"_s,
        // Checklists of a version the catalogue had not learnt when derived (a dispatch synced before its
        // template): few, and worked out by the readers from their events.
        u"CREATE INDEX sop_progress_unknown ON sop_progress (complaint_id) WHERE template_known = 0"_s,
    };
}

QString sopStepDaySql()
{
    return u"((step_since + 25200000) / 86400000)"_s;
}

QStringList sopProgressListSchemaStep()
{
    return {
        u"ALTER TABLE sop_progress ADD COLUMN received_at TEXT"_s,
        u"UPDATE sop_progress SET received_at ="
        u" (SELECT c.received_at FROM complaints c WHERE c.id = sop_progress.complaint_id)"_s,
        // The inbox's order (received_at, then id, newest or oldest first) with the stalled-at instant, so that a
        // page of stalled complaints, its count before a row and a jump are read from this index alone.
        u"CREATE INDEX sop_progress_list ON sop_progress (received_at, complaint_id, stalled_at)"_s,
        // The stall board: walked in the order of its groups (OPD, step, title, WIB start day of the step), so
        // that it counts them without sorting the stalled rows (StallBoardQuery::board). The day expression is
        // sopStepDaySql(), which the board's query repeats word for word so that SQLite uses this index.
        u"CREATE INDEX sop_progress_groups ON sop_progress (opd, step_key, step_title, "_s + sopStepDaySql()
            + u", stalled_at, step_number)"_s,
        u"CREATE TRIGGER sop_progress_received_at AFTER UPDATE OF received_at ON complaints"
        u" WHEN new.received_at IS NOT old.received_at BEGIN"
        u" UPDATE sop_progress SET received_at = new.received_at WHERE complaint_id = new.id; END"_s,
    };
}

QStringList sopStepDaySchemaStep()
{
    return {
        u"DROP INDEX sop_progress_stalled"_s,
        u"DROP INDEX sop_progress_cell"_s,
        u"DROP INDEX sop_progress_list"_s,
        u"DROP INDEX sop_progress_groups"_s,
        u"ALTER TABLE sop_progress RENAME COLUMN stalled_at TO step_day"_s,
        u"UPDATE sop_progress SET step_day = "_s + sopStepDaySql() + u" WHERE step_day IS NOT NULL"_s,
        // Each (OPD, expected days)'s stalled rows are the range step_day <= its limit: the board groups them, the
        // drill-down takes one OPD's (and step's), the filter counts them, all from this index alone.
        u"CREATE INDEX sop_progress_due ON sop_progress"
        u" (opd, expected_days, step_day, step_key, step_title, step_number, step_since, complaint_id)"_s,
        // The inbox's order (received_at, then id) with what a row's stall is judged by, so that a page of stalled
        // complaints, its count before a row and a jump are read from this index alone.
        u"CREATE INDEX sop_progress_list ON sop_progress (received_at, complaint_id, opd, expected_days, step_day)"_s,
    };
}

} // namespace rabeg
