#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rabeg {

struct ChecklistStep
{
    int number = 0; // 1-based, as people count steps
    QString key;
    QString title;
    int expectedDays = 1; // working days
    QString role;
    bool critical = false;
    QDateTime doneAt; // invalid while the step is open
    QString doneBy;
    bool phoneReport = false; // ticked in the command center from a phone report, not by the OPD itself
    QDateTime reopenedAt;     // the last reopen, while the step is open again

    bool done() const { return doneAt.isValid(); }
    friend bool operator==(const ChecklistStep &, const ChecklistStep &) = default;
};

// The SOP checklist of a complaint's current dispatch (DESIGN.md, "SOP checklists"), derived from its history:
// the template version the dispatch instantiated, what is done, and at hub time `now` where it is stuck.
struct Checklist
{
    QString templateId; // empty: no checklist (never dispatched, or returned and not dispatched again)
    int version = 0;
    bool templateKnown = true; // false: this catalog has not learnt that version yet (steps are empty)
    QString opd;
    int cycle = 0;
    QDateTime startedAt; // the dispatch
    QList<ChecklistStep> steps;

    // Derived at `now` (checklistOf). The current step is the first open one; it is stalled when the OPD is
    // working the complaint (dispatched or in progress) and a whole working day has begun after its expected
    // duration ran out.
    int currentStep = 0;   // 0 when every step is done or there is no checklist
    QDateTime currentSince; // when the current step became current
    QDateTime currentDueAt; // 24:00 WIB of the last working day it was expected to take
    int daysAtStep = 0;     // working days begun at the current step since it became current
    int stalledStep = 0;    // the current step when stalled, else 0
    int daysOver = 0;       // working days begun after currentDueAt

    bool exists() const { return !templateId.isEmpty(); }
    bool stalled() const { return stalledStep > 0; }
    const ChecklistStep *step(const QString &key) const;
    // Keys of the critical steps not done yet: what gates respond.
    QStringList openCriticalSteps() const;

    friend bool operator==(const Checklist &, const Checklist &) = default;
};

inline const ChecklistStep *Checklist::step(const QString &key) const
{
    for (const ChecklistStep &s : steps) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

inline QStringList Checklist::openCriticalSteps() const
{
    QStringList open;
    for (const ChecklistStep &s : steps) {
        if (s.critical && !s.done())
            open.append(s.key);
    }
    return open;
}

} // namespace rabeg
