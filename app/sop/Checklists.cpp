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

} // namespace

void ChecklistFold::add(const Event &event)
{
    m_state = apply(m_state, event);
    if (!event.known)
        return;
    switch (event.type) {
    case EventType::Dispatched:
        m_checklist = instantiate(event, m_state, m_catalog);
        break;
    case EventType::Returned:
        m_checklist = {};
        break;
    case EventType::StepDone:
        if (ChecklistStep *s = stepOf(m_checklist, event); s && !s->done()) {
            s->doneAt = event.at;
            s->doneBy = event.actor.user;
            s->phoneReport = event.payload.value(u"phone_report"_s).toBool();
            s->reopenedAt = {};
        }
        break;
    case EventType::StepReopened:
        if (ChecklistStep *s = stepOf(m_checklist, event); s && s->done()) {
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

bool ChecklistFold::working() const
{
    return m_state.state == ComplaintState::Dispatched || m_state.state == ComplaintState::InProgress;
}

CurrentStep currentStepOf(const Checklist &checklist)
{
    CurrentStep current;
    if (!checklist.exists())
        return current;
    QDateTime since = checklist.startedAt;
    for (qsizetype i = 0; i < checklist.steps.size(); ++i) {
        const ChecklistStep &s = checklist.steps.at(i);
        if (s.done()) {
            since = std::max(since, s.doneAt);
            continue;
        }
        if (s.reopenedAt.isValid())
            since = std::max(since, s.reopenedAt);
        current.index = i;
        current.since = since;
        break;
    }
    return current;
}

Checklist checklistProgress(const QList<Event> &history, const SopCatalog &catalog)
{
    ChecklistFold fold(catalog);
    for (const Event &event : history)
        fold.add(event);
    return fold.checklist();
}

Checklist checklistOf(const QList<Event> &history, const SopCatalog &catalog, const WorkingCalendar &calendar,
                      const QDateTime &now)
{
    ChecklistFold fold(catalog);
    for (const Event &event : history)
        fold.add(event);
    Checklist checklist = fold.checklist();
    const CurrentStep current = currentStepOf(checklist);
    if (current.index < 0)
        return checklist;
    const ChecklistStep &s = checklist.steps.at(current.index);
    checklist.currentStep = s.number;
    checklist.currentSince = current.since;
    const QDate startDay = WorkingCalendar::wibDate(current.since);
    const QDate dueDay = calendar.nthWorkingDayAfter(startDay, s.expectedDays, checklist.opd);
    checklist.currentDueAt = WorkingCalendar::endOfWibDay(dueDay);
    // Responded or closed with a step still open: nobody is stuck any more, the clock of the step stops.
    const QDate today = WorkingCalendar::wibDate(now);
    if (fold.working() && today > startDay)
        checklist.daysAtStep = calendar.workingDaysBetween(startDay.addDays(1), today, checklist.opd);
    if (fold.working() && today > dueDay)
        checklist.daysOver = calendar.workingDaysBetween(dueDay.addDays(1), today, checklist.opd);
    if (checklist.daysOver > 0)
        checklist.stalledStep = s.number;
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
