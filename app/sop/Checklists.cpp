#include "Checklists.h"

#include "domain/Projection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

struct ChecklistText
{
    Q_DECLARE_TR_FUNCTIONS(Checklist)
};

Checklist instantiate(const Event &dispatched, const Complaint &state, const SopCatalog &catalog)
{
    const QJsonObject &p = dispatched.payload;
    Checklist checklist;
    checklist.opd = p.value(u"opd"_s).toString();
    checklist.cycle = state.cycle;
    checklist.startedAt = dispatched.at;
    const SopTemplate *sop = nullptr;
    if (p.contains(u"sop_template"_s)) {
        checklist.templateId = p.value(u"sop_template"_s).toString();
        checklist.version = p.value(u"sop_version"_s).toInt();
        sop = catalog.find(checklist.templateId, checklist.version);
    } else {
        // Dispatched before checklists were recorded: the version in force at that moment, which is what the
        // lifecycle would have recorded.
        sop = &catalog.inForce(checklist.opd, state.service, dispatched.at);
        checklist.templateId = sopTemplateId(sop->opd, sop->service);
        checklist.version = sop->version;
    }
    checklist.templateKnown = sop != nullptr;
    if (!sop)
        return checklist;
    for (const SopStep &s : sop->steps)
        checklist.steps.append({s.number, s.key, s.title, s.expectedDays, s.role, s.critical, {}, {}, false, {}});
    return checklist;
}

ChecklistStep *stepOf(Checklist &checklist, const Event &event)
{
    const QString key = event.payload.value(u"step"_s).toString();
    for (ChecklistStep &s : checklist.steps) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

// Folds the history; also returns the complaint's state after it (whether the OPD is working it).
Checklist fold(const QList<Event> &history, const SopCatalog &catalog, ComplaintState &finalState)
{
    Complaint state;
    Checklist checklist;
    for (const Event &event : history) {
        state = apply(state, event);
        if (!event.known)
            continue;
        switch (event.type) {
        case EventType::Dispatched:
            checklist = instantiate(event, state, catalog);
            break;
        case EventType::Returned:
            checklist = {};
            break;
        case EventType::StepDone:
            if (ChecklistStep *s = stepOf(checklist, event); s && !s->done()) {
                s->doneAt = event.at;
                s->doneBy = event.actor.user;
                s->phoneReport = event.payload.value(u"phone_report"_s).toBool();
                s->reopenedAt = {};
            }
            break;
        case EventType::StepReopened:
            if (ChecklistStep *s = stepOf(checklist, event); s && s->done()) {
                s->doneAt = {};
                s->doneBy.clear();
                s->phoneReport = false;
                s->reopenedAt = event.at;
            }
            break;
        default:
            break;
        }
    }
    finalState = state.state;
    return checklist;
}

} // namespace

Checklist checklistProgress(const QList<Event> &history, const SopCatalog &catalog)
{
    ComplaintState state = ComplaintState::Received;
    return fold(history, catalog, state);
}

Checklist checklistOf(const QList<Event> &history, const SopCatalog &catalog, const WorkingCalendar &calendar,
                      const QDateTime &now)
{
    ComplaintState state = ComplaintState::Received;
    Checklist checklist = fold(history, catalog, state);
    if (!checklist.exists())
        return checklist;
    QDateTime since = checklist.startedAt;
    for (const ChecklistStep &s : std::as_const(checklist.steps)) {
        if (s.done()) {
            since = std::max(since, s.doneAt);
            continue;
        }
        if (s.reopenedAt.isValid())
            since = std::max(since, s.reopenedAt);
        checklist.currentStep = s.number;
        checklist.currentSince = since;
        const QDate startDay = WorkingCalendar::wibDate(since);
        const QDate dueDay = calendar.nthWorkingDayAfter(startDay, s.expectedDays, checklist.opd);
        checklist.currentDueAt = WorkingCalendar::endOfWibDay(dueDay);
        // Responded or closed with a step still open: nobody is stuck any more, the clock of the step stops.
        const bool working = state == ComplaintState::Dispatched || state == ComplaintState::InProgress;
        const QDate today = WorkingCalendar::wibDate(now);
        if (working && today > startDay)
            checklist.daysAtStep = calendar.workingDaysBetween(startDay.addDays(1), today, checklist.opd);
        if (working && today > dueDay)
            checklist.daysOver = calendar.workingDaysBetween(dueDay.addDays(1), today, checklist.opd);
        if (checklist.daysOver > 0)
            checklist.stalledStep = s.number;
        break;
    }
    return checklist;
}

QString describeStall(const Checklist &checklist)
{
    if (!checklist.stalled())
        return {};
    const ChecklistStep &step = checklist.steps.at(checklist.stalledStep - 1);
    return describeStall(step.number, step.title, checklist.daysOver);
}

QString describeStall(int stepNumber, const QString &stepTitle, int daysOver)
{
    return ChecklistText::tr("Stalled at step %1: %2, %n working day(s) over", nullptr, daysOver)
        .arg(stepNumber)
        .arg(stepTitle);
}

} // namespace rabeg
