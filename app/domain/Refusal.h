#pragma once

#include <QString>

namespace rabeg {

// Why the lifecycle refused a command. The kind decides the HTTP status (403 for the first two, else 422);
// the message is a sentence for the person who issued the command.
struct Refusal
{
    enum class Kind {
        RoleNotAllowed, // this role may never issue this command
        OutOfScope,     // a liaison acting on a complaint that is not dispatched to their OPD
        WrongState,     // the command does not apply in the complaint's current state
        InvalidPayload, // a missing or invalid field, or an unknown reference
        NotFound,       // the complaint does not exist
        AlreadyExists,  // intake of a complaint id that exists
    };

    Kind kind = Kind::WrongState;
    QString code; // stable machine code, e.g. "wrong_state", "unknown_opd"
    QString message;

    bool isForbidden() const { return kind == Kind::RoleNotAllowed || kind == Kind::OutOfScope; }
};

} // namespace rabeg
