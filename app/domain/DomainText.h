#pragma once

#include "Enums.h"

#include <QString>

namespace rabeg {

// The words people read for the lifecycle's codes, translated (context "DomainText"). Shared by the refusals of
// the core and the labels of the client, so a state is called the same everywhere.
QString stateText(ComplaintState state);
QString commandText(CommandType type);
QString roleText(Role role);

} // namespace rabeg
