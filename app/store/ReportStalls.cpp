#include "ReportStalls.h"

#include "SopProgress.h"
#include "sop/Checklists.h"

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Where the checklist stands after a prefix of the history: no span (nobody working it under a checklist, or every
// step done), or its current step.
struct Position
{
    bool exists = false;
    ReportStallSpan span; // lo and hi unset

    bool sameAs(const Position &other) const
    {
        return exists == other.exists && (!exists || span == other.span);
    }
};

Position positionOf(const ChecklistFold &fold, const WorkingCalendar &calendar)
{
    Position position;
    const Checklist &checklist = fold.checklist();
    if (!fold.working() || !checklist.exists())
        return position;
    ReportStallSpan &span = position.span;
    span.opd = checklist.opd;
    span.templateKnown = checklist.templateKnown;
    span.templateId = checklist.templateId;
    span.version = checklist.version;
    if (!checklist.templateKnown) {
        position.exists = true; // no step known here: the report folds it with its own catalogue
        return position;
    }
    const CurrentStep current = currentStepOf(checklist);
    if (current.index < 0)
        return position; // every step done: never stalls
    const ChecklistStep &step = checklist.steps.at(current.index);
    position.exists = true;
    span.stepNumber = step.number;
    span.stepKey = step.key;
    span.stepTitle = step.title;
    span.expectedDays = step.expectedDays;
    span.stepSince = current.since;
    span.stalledAt = sopStalledAt(current.since, step.expectedDays, checklist.opd, calendar);
    return position;
}

// A span is kept when it can say "stalled" for some instant it holds (or the report must fold it).
bool worthKeeping(const ReportStallSpan &span)
{
    return !span.templateKnown || !span.hi.isValid() || span.stalledAt <= span.hi;
}

} // namespace

QList<ReportStallSpan> reportStallSpansOf(const QList<Event> &history, const SopCatalog &catalog,
                                          const WorkingCalendar &calendar)
{
    QList<ReportStallSpan> spans;
    bool dispatched = false;
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (i > 0 && history.at(i).at < history.at(i - 1).at)
            return {}; // irregular: folded whole by the report
        dispatched = dispatched || (history.at(i).known && history.at(i).type == EventType::Dispatched);
    }
    if (!dispatched)
        return spans; // most complaints of a city
    ChecklistFold fold(catalog);
    Position open;
    QDateTime openLo;
    for (qsizetype i = 0; i < history.size(); ++i) {
        fold.add(history.at(i));
        if (i + 1 < history.size() && history.at(i + 1).at == history.at(i).at)
            continue; // the report sees every event of one instant at once
        const Position now = positionOf(fold, calendar);
        if (now.sameAs(open))
            continue;
        const QDateTime at = history.at(i).at;
        if (open.exists) {
            ReportStallSpan span = open.span;
            span.lo = openLo;
            span.hi = at;
            if (worthKeeping(span))
                spans.append(span);
        }
        open = now;
        openLo = at;
    }
    if (open.exists) {
        ReportStallSpan span = open.span;
        span.lo = openLo;
        spans.append(span);
    }
    return spans;
}

QStringList reportStallsSchemaStep()
{
    return {
        // Times are wire times (fixed-width ISO 8601 UTC text) like the other report tables, an open end
        // kReportFactsOpenEnd; step_day is the step's WIB start day as days since 1970-01-01 WIB (sopStepDaySql's
        // unit). A span of an unknown template has step_number 0.
        u"CREATE TABLE report_stalls (complaint_id TEXT NOT NULL, lo TEXT NOT NULL, hi TEXT NOT NULL,"
        u" opd TEXT NOT NULL, step_number INTEGER NOT NULL, step_key TEXT NOT NULL, step_title TEXT NOT NULL,"
        u" step_day INTEGER NOT NULL, expected_days INTEGER NOT NULL, stalled_at TEXT NOT NULL)"_s,
        // The report: the spans ending at or after asOf, with every column it filters and groups by (covering).
        u"CREATE INDEX report_stalls_hi ON report_stalls(hi, lo, stalled_at, step_number, opd, step_key, step_title,"
        u" step_day, complaint_id)"_s,
        // Rewriting one complaint's spans.
        u"CREATE INDEX report_stalls_complaint ON report_stalls(complaint_id)"_s,
        u"INSERT OR REPLACE INTO meta(key, value) VALUES ('report_stalls_unfilled', '1')"_s,
    };
}

QString reportStalledGroupsSql(const QString &extra)
{
    return u"SELECT opd, step_key, step_title, step_day, min(step_number), count(*)"
           u" FROM report_stalls INDEXED BY report_stalls_hi"
           u" WHERE hi >= :asOf AND lo < :asOf AND stalled_at <= :asOf AND step_number > 0"_s
        + extra + u" GROUP BY opd, step_key, step_title, step_day"_s;
}

QString reportStallsUnknownSql()
{
    return u"SELECT DISTINCT complaint_id FROM report_stalls INDEXED BY report_stalls_hi"
           u" WHERE hi >= :asOf AND lo < :asOf AND step_number = 0"_s;
}

} // namespace rabeg
