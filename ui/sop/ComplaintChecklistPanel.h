#pragma once

#include "OperatorSession.h"
#include "deadline/WorkingCalendar.h"
#include "sop/Checklist.h"

#include <QWidget>

namespace rabeg {

class ChecklistWidget;

// The SOP checklist in a complaint's detail (docs/sop.md), as this workstation shows it: derived by the core
// (checklistOf) over the cached history plus this workstation's own unconfirmed commands, like the rest of the
// detail, so a tick shows at once and its step says "pending" until the hub confirms it. A tick or a reopen becomes
// a CompleteStep / ReopenStep command through the session (checked by the state machine, queued in the outbox).
// Editable only for who may send them: the OPD's liaison (their own OPD) or the command center recording a phone
// report, while the OPD works the complaint.
class ComplaintChecklistPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintChecklistPanel)

public:
    explicit ComplaintChecklistPanel(OperatorSession &session, QWidget *parent = nullptr);

    // The checklist of `complaint` at hub time `now`; `history` is its cached events. Whether there is one:
    // checklist().exists() (the detail offers this panel as a tab only then).
    void showChecklist(const ProjectedComplaint &complaint, const QList<Event> &history, const QDateTime &now);
    void clear();
    ChecklistWidget *checklistWidget() const { return m_widget; }
    const Checklist &checklist() const { return m_checklist; }

signals:
    // What became of a tick or a reopen: queued (pending), or refused here with the state machine's sentence.
    void feedback(const QString &message, bool problem);

private:
    void issue(CommandType type, const QString &stepKey, const QString &field, const QString &text);

    OperatorSession &m_session;
    WorkingCalendar m_calendar;
    QUuid m_id;
    Checklist m_checklist;
    ChecklistWidget *m_widget = nullptr;
};

} // namespace rabeg
