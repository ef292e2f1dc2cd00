#include "Enums.h"

namespace rabeg {
namespace {

constexpr EnumCode<ComplaintState> kStates[] = {
    {ComplaintState::Received, u"received"},     {ComplaintState::Deferred, u"deferred"},
    {ComplaintState::Verified, u"verified"},     {ComplaintState::Rejected, u"rejected"},
    {ComplaintState::Forwarded, u"forwarded"},   {ComplaintState::Duplicate, u"duplicate"},
    {ComplaintState::Dispatched, u"dispatched"}, {ComplaintState::InProgress, u"in_progress"},
    {ComplaintState::Responded, u"responded"},   {ComplaintState::Closed, u"closed"},
};

constexpr EnumCode<Role> kRoles[] = {
    {Role::Operator, u"operator"}, {Role::Supervisor, u"supervisor"}, {Role::Liaison, u"liaison"},
    {Role::Trainer, u"trainer"},   {Role::Admin, u"admin"},           {Role::System, u"system"},
};

constexpr EnumCode<Channel> kChannels[] = {
    {Channel::Lapor, u"lapor"}, {Channel::WalkIn, u"walk_in"},           {Channel::Phone, u"phone"},
    {Channel::Email, u"email"}, {Channel::SocialMedia, u"social_media"}, {Channel::Sms, u"sms"},
};

constexpr EnumCode<Classification> kClassifications[] = {
    {Classification::Unset, u"unset"},
    {Classification::Aspirasi, u"aspirasi"},
    {Classification::Pengaduan, u"pengaduan"},
    {Classification::PermintaanInformasi, u"permintaan_informasi"},
};

constexpr EnumCode<CommandType> kCommands[] = {
    {CommandType::Intake, u"intake"},
    {CommandType::Verify, u"verify"},
    {CommandType::Defer, u"defer"},
    {CommandType::Resume, u"resume"},
    {CommandType::Reject, u"reject"},
    {CommandType::NotOurAuthority, u"not_our_authority"},
    {CommandType::MarkDuplicate, u"mark_duplicate"},
    {CommandType::Dispatch, u"dispatch"},
    {CommandType::Return, u"return"},
    {CommandType::Acknowledge, u"acknowledge"},
    {CommandType::Respond, u"respond"},
    {CommandType::Reopen, u"reopen"},
    {CommandType::Close, u"close"},
    {CommandType::Escalate, u"escalate"},
    {CommandType::Assign, u"assign"},
    {CommandType::Claim, u"claim"},
    {CommandType::Release, u"release"},
    {CommandType::AddNote, u"add_note"},
    {CommandType::CompleteStep, u"complete_step"},
    {CommandType::ReopenStep, u"reopen_step"},
    {CommandType::RevealIdentity, u"reveal_identity"},
    {CommandType::AddAttachment, u"add_attachment"},
};

constexpr EnumCode<EventType> kEvents[] = {
    {EventType::Received, u"received"},
    {EventType::Verified, u"verified"},
    {EventType::Deferred, u"deferred"},
    {EventType::Resumed, u"resumed"},
    {EventType::Rejected, u"rejected"},
    {EventType::Forwarded, u"forwarded"},
    {EventType::MarkedDuplicate, u"marked_duplicate"},
    {EventType::Dispatched, u"dispatched"},
    {EventType::Returned, u"returned"},
    {EventType::Acknowledged, u"acknowledged"},
    {EventType::Responded, u"responded"},
    {EventType::Reopened, u"reopened"},
    {EventType::Closed, u"closed"},
    {EventType::Escalated, u"escalated"},
    {EventType::Assigned, u"assigned"},
    {EventType::Released, u"released"},
    {EventType::NoteAdded, u"note_added"},
    {EventType::StepDone, u"step_done"},
    {EventType::StepReopened, u"step_reopened"},
    {EventType::IdentityRevealed, u"identity_revealed"},
    {EventType::AttachmentAdded, u"attachment_added"},
};

} // namespace

#define RABEG_ENUM_CODES(Type, table)                                                                                  \
    QString toCode(Type value) { return codeFrom<Type>(table, value); }                                               \
    template <>                                                                                                        \
    std::optional<Type> fromCode<Type>(QStringView code)                                                               \
    {                                                                                                                  \
        return valueFrom<Type>(table, code);                                                                           \
    }                                                                                                                  \
    template <>                                                                                                        \
    QStringList codesOf<Type>()                                                                                        \
    {                                                                                                                  \
        return allCodes<Type>(table);                                                                                  \
    }

RABEG_ENUM_CODES(ComplaintState, kStates)
RABEG_ENUM_CODES(Role, kRoles)
RABEG_ENUM_CODES(Channel, kChannels)
RABEG_ENUM_CODES(Classification, kClassifications)
RABEG_ENUM_CODES(CommandType, kCommands)
RABEG_ENUM_CODES(EventType, kEvents)

#undef RABEG_ENUM_CODES

bool isOpen(ComplaintState state)
{
    switch (state) {
    case ComplaintState::Received:
    case ComplaintState::Deferred:
    case ComplaintState::Verified:
    case ComplaintState::Dispatched:
    case ComplaintState::InProgress:
    case ComplaintState::Responded:
        return true;
    case ComplaintState::Rejected:
    case ComplaintState::Forwarded:
    case ComplaintState::Duplicate:
    case ComplaintState::Closed:
        return false;
    }
    return false;
}

} // namespace rabeg
