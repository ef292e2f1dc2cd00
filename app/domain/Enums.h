#pragma once

#include "EnumCodes.h"

#include <QStringList>

namespace rabeg {

// The internal lifecycle states of DESIGN.md. Labels for LAPOR!, Rabeg and Open311 are a mapping, not new states.
enum class ComplaintState {
    Received,
    Deferred,
    Verified,
    Rejected,
    Forwarded,
    Duplicate,
    Dispatched,
    InProgress,
    Responded,
    Closed,
};

enum class Role { Operator, Supervisor, Liaison, Trainer, Admin, System };

enum class Channel { Lapor, WalkIn, Phone, Email, SocialMedia, Sms };

enum class Classification { Unset, Aspirasi, Pengaduan, PermintaanInformasi };

enum class CommandType {
    Intake,
    Verify,
    Defer,
    Resume,
    Reject,
    NotOurAuthority,
    MarkDuplicate,
    Dispatch,
    Return,
    Acknowledge,
    Respond,
    Reopen,
    Close,
    Escalate,
    Assign,
    Claim,
    Release,
    AddNote,
    CompleteStep,
    ReopenStep,
    RevealIdentity, // an anonymous reporter's identity, revealed on the hub with a stated reason (issue 12)
    AddAttachment,  // only through the hub's upload route, which stores the file first (hub/AttachmentRoute.h)
};

enum class EventType {
    Received,
    Verified,
    Deferred,
    Resumed,
    Rejected,
    Forwarded,
    MarkedDuplicate,
    Dispatched,
    Returned,
    Acknowledged,
    Responded,
    Reopened,
    Closed,
    Escalated,
    Assigned,
    Released,
    NoteAdded,
    StepDone,
    StepReopened,
    IdentityRevealed,
    AttachmentAdded, // metadata only (id, name, type, size, sha256); the bytes stay on the hub
};

QString toCode(ComplaintState value);
QString toCode(Role value);
QString toCode(Channel value);
QString toCode(Classification value);
QString toCode(CommandType value);
QString toCode(EventType value);

template <typename E>
std::optional<E> fromCode(QStringView code);
template <>
std::optional<ComplaintState> fromCode<ComplaintState>(QStringView code);
template <>
std::optional<Role> fromCode<Role>(QStringView code);
template <>
std::optional<Channel> fromCode<Channel>(QStringView code);
template <>
std::optional<Classification> fromCode<Classification>(QStringView code);
template <>
std::optional<CommandType> fromCode<CommandType>(QStringView code);
template <>
std::optional<EventType> fromCode<EventType>(QStringView code);

template <typename E>
QStringList codesOf();
template <>
QStringList codesOf<ComplaintState>();
template <>
QStringList codesOf<Role>();
template <>
QStringList codesOf<Channel>();
template <>
QStringList codesOf<Classification>();
template <>
QStringList codesOf<CommandType>();
template <>
QStringList codesOf<EventType>();

// Open states still need someone to act; the others are final (closed out at triage, or closed).
bool isOpen(ComplaintState state);

} // namespace rabeg
