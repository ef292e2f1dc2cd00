#include "DemoSopTicks.h"

#include "domain/Lifecycle.h"
#include "domain/Projection.h"
#include "sop/Checklists.h"

using namespace Qt::StringLiterals;

namespace rabeg {

DemoSopTicks::DemoSopTicks(const ReferenceData &reference, const DemoOptions &options)
    : m_reference(reference), m_hubTime(options.end), m_prng(options.seed ^ 0x5097)
{
}

Status DemoSopTicks::add(DemoComplaint &demo)
{
    Complaint &state = demo.complaint;
    if (state.state != ComplaintState::Dispatched && state.state != ComplaintState::InProgress)
        return std::nullopt;
    const Checklist checklist = checklistProgress(demo.events, *m_reference.sopCatalog());
    if (checklist.steps.isEmpty())
        return std::nullopt;
    const int ticks = m_prng.between(0, int(checklist.steps.size()) - 1);
    QDateTime at = demo.events.last().at;
    const Actor liaison {u"liaison-"_s + state.opd.toLower(), Role::Liaison, state.opd};
    const Actor operatorActor {u"operator"_s, Role::Operator, {}};
    const auto play = [&](CommandType type, const Actor &actor, const QJsonObject &payload) -> Status {
        Command command {m_prng.uuid(), type, state.id, state.version, 1, payload};
        const auto decision = decide(state, command, {actor, at, {}, &m_reference, &demo.events});
        if (!decision.ok())
            return Error {decision.error().code, decision.error().message};
        for (const EventDraft &draft : decision.value()) {
            Event e;
            e.id = m_prng.uuid();
            e.type = draft.type;
            e.typeName = toCode(draft.type);
            e.complaintId = state.id;
            e.version = state.version + 1;
            e.at = at;
            e.actor = actor;
            e.workstation = actor.role == Role::Liaison ? u"WS-"_s + state.opd : u"WS-KOMINFO-01"_s;
            e.commandId = command.commandId;
            e.payload = draft.payload;
            state = apply(state, e);
            demo.events.append(e);
        }
        return std::nullopt;
    };
    for (int i = 0; i < ticks; ++i) {
        at = at.addSecs(m_prng.between(3600, 4 * 86400));
        if (at >= m_hubTime)
            break;
        const QString key = checklist.steps.at(i).key;
        // One tick in five is a phone report recorded in the command center.
        const Actor &actor = m_prng.chance(0.2) ? operatorActor : liaison;
        if (Status status = play(CommandType::CompleteStep, actor, {{u"step"_s, key}, {u"note"_s, u"Selesai"_s}}))
            return status;
        // Now and then the OPD finds the step was not really done and reopens it, then ticks it again later.
        if (m_prng.chance(0.04)) {
            at = at.addSecs(m_prng.between(3600, 86400));
            if (at >= m_hubTime)
                break;
            if (Status status
                = play(CommandType::ReopenStep, liaison, {{u"step"_s, key}, {u"reason"_s, u"Berkas belum lengkap"_s}}))
                return status;
            break;
        }
    }
    return std::nullopt;
}

} // namespace rabeg
