#include "DomainText.h"

#include <QCoreApplication>

namespace rabeg {
namespace {

struct DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
};

} // namespace

QString stateText(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Received:
        return DomainText::tr("Received");
    case ComplaintState::Deferred:
        return DomainText::tr("Deferred");
    case ComplaintState::Verified:
        return DomainText::tr("Verified");
    case ComplaintState::Rejected:
        return DomainText::tr("Rejected");
    case ComplaintState::Forwarded:
        return DomainText::tr("Not our authority");
    case ComplaintState::Duplicate:
        return DomainText::tr("Duplicate");
    case ComplaintState::Dispatched:
        return DomainText::tr("Dispatched");
    case ComplaintState::InProgress:
        return DomainText::tr("In progress");
    case ComplaintState::Responded:
        return DomainText::tr("Responded");
    case ComplaintState::Closed:
        return DomainText::tr("Closed");
    }
    return {};
}

QString commandText(CommandType type)
{
    switch (type) {
    case CommandType::Intake:
        return DomainText::tr("record a new complaint");
    case CommandType::Verify:
        return DomainText::tr("verify");
    case CommandType::Defer:
        return DomainText::tr("defer");
    case CommandType::Resume:
        return DomainText::tr("resume");
    case CommandType::Reject:
        return DomainText::tr("reject");
    case CommandType::NotOurAuthority:
        return DomainText::tr("forward as not our authority");
    case CommandType::MarkDuplicate:
        return DomainText::tr("mark as duplicate");
    case CommandType::Dispatch:
        return DomainText::tr("dispatch to an OPD");
    case CommandType::Return:
        return DomainText::tr("return to the command center");
    case CommandType::Acknowledge:
        return DomainText::tr("acknowledge");
    case CommandType::Respond:
        return DomainText::tr("respond");
    case CommandType::Reopen:
        return DomainText::tr("reopen");
    case CommandType::Close:
        return DomainText::tr("close");
    case CommandType::Escalate:
        return DomainText::tr("escalate to the Ombudsman");
    case CommandType::Assign:
        return DomainText::tr("assign");
    case CommandType::Claim:
        return DomainText::tr("claim");
    case CommandType::Release:
        return DomainText::tr("release");
    case CommandType::AddNote:
        return DomainText::tr("add a note");
    case CommandType::CompleteStep:
        return DomainText::tr("tick an SOP step");
    case CommandType::ReopenStep:
        return DomainText::tr("reopen an SOP step");
    case CommandType::RevealIdentity:
        return DomainText::tr("reveal an anonymous reporter's identity");
    case CommandType::AddAttachment:
        return DomainText::tr("add an attachment");
    }
    return {};
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Operator:
        return DomainText::tr("Operator");
    case Role::Supervisor:
        return DomainText::tr("Supervisor");
    case Role::Liaison:
        return DomainText::tr("OPD liaison");
    case Role::Trainer:
        return DomainText::tr("Trainer");
    case Role::Admin:
        return DomainText::tr("Administrator");
    case Role::System:
        return DomainText::tr("System");
    }
    return {};
}

} // namespace rabeg
