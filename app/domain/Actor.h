#pragma once

#include "Enums.h"

#include <QString>

namespace rabeg {

// Who issues a command. A liaison is bound to exactly one OPD; other roles have no OPD.
struct Actor
{
    QString user;
    Role role = Role::Operator;
    QString opd;

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace rabeg
