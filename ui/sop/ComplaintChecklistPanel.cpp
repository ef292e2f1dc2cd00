#include "ComplaintChecklistPanel.h"

#include "ChecklistWidget.h"
#include "sop/Checklists.h"
#include "store/SopCatalogQuery.h"

#include <QJsonObject>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

ComplaintChecklistPanel::ComplaintChecklistPanel(OperatorSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_calendar(session.reference().calendar)
{
    setObjectName(u"complaintChecklistPanel"_s);
    m_widget = new ChecklistWidget(this);
    m_widget->setPhoneReport(m_session.actor().role != Role::Liaison);
    setFocusProxy(m_widget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_widget, 1);

    connect(m_widget, &ChecklistWidget::completeStepRequested, this, [this](const QString &step, const QString &note) {
        issue(CommandType::CompleteStep, step, u"note"_s, note);
    });
    connect(m_widget, &ChecklistWidget::reopenStepRequested, this, [this](const QString &step, const QString &reason) {
        issue(CommandType::ReopenStep, step, u"reason"_s, reason);
    });
    clear();
}

void ComplaintChecklistPanel::clear()
{
    m_id = QUuid();
    m_checklist = {};
    m_widget->clear();
    m_widget->setEditable(false);
}

void ComplaintChecklistPanel::showChecklist(const ProjectedComplaint &complaint, const QList<Event> &history,
                                            const QDateTime &now)
{
    // What the hub will derive once it has this workstation's commands: the cached history, then the events the
    // state machine made of the pending ones (a stopped command and those held back behind it make none).
    QList<Event> events = history;
    QSet<QString> pending;
    for (const PendingStep &step : complaint.steps) {
        if (!step.event || (step.status != PendingStep::Status::Pending && step.status != PendingStep::Status::Sending))
            continue;
        events.append(*step.event);
        if (step.command.type == CommandType::CompleteStep || step.command.type == CommandType::ReopenStep)
            pending.insert(step.command.payload.value(u"step"_s).toString());
    }
    m_id = complaint.cached.id;
    // The templates this workstation synced: a version published through the hub is known here too.
    const SopCatalog &shipped = *m_session.reference().sopCatalog();
    m_checklist = checklistOf(events, SopCatalogQuery(m_session.cache()).catalog(shipped).value_or(shipped), m_calendar,
                              now);
    if (!m_checklist.exists()) {
        clear();
        return;
    }
    const Actor &actor = m_session.actor();
    const Complaint &shown = complaint.shown;
    const bool working = shown.state == ComplaintState::Dispatched || shown.state == ComplaintState::InProgress;
    const bool ours = actor.role != Role::Liaison || shown.opd == actor.opd;
    m_widget->setPhoneReport(actor.role != Role::Liaison);
    m_widget->setEditable(working && ours && !complaint.isStopped() && m_session.mayIssue(CommandType::CompleteStep));
    m_widget->setPendingSteps(pending);
    m_widget->setChecklist(m_checklist);
}

void ComplaintChecklistPanel::issue(CommandType type, const QString &stepKey, const QString &field, const QString &text)
{
    if (m_id.isNull())
        return;
    QJsonObject payload {{u"step"_s, stepKey}};
    if (!text.isEmpty())
        payload.insert(field, text); // an empty note is no note
    const ChecklistStep *step = m_checklist.step(stepKey);
    const QString name = step ? tr("%1. %2").arg(step->number).arg(step->title) : stepKey;
    if (const auto refusal = m_session.issue(type, m_id, payload))
        emit feedback(refusal->message, true);
    else
        emit feedback((type == CommandType::CompleteStep
                           ? tr("Step ticked: %1. It is pending until the hub confirms it.")
                           : tr("Step reopened: %1. It is pending until the hub confirms it."))
                          .arg(name),
                      false);
}

} // namespace rabeg
