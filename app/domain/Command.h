#pragma once

#include "Enums.h"

#include <QJsonObject>
#include <QUuid>

namespace rabeg {

// What a client asks the hub to do. Clients never write state; they send commands (DESIGN.md, "Commands and
// conflicts"). The client makes command_id (and complaint_id at intake), so a lost answer never duplicates.
struct Command
{
    QUuid commandId;
    CommandType type = CommandType::AddNote;
    QUuid complaintId;
    qint64 baseVersion = 0;
    qint64 baseEpoch = 0;
    QJsonObject payload;

    friend bool operator==(const Command &, const Command &) = default;
};

} // namespace rabeg
