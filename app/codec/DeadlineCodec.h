#pragma once

#include "deadline/Deadlines.h"

#include <QJsonArray>

namespace rabeg {

// [{"clock","cycle","due_at","state"}, ...] as in GET /api/v1/complaints/{id}; not-started clocks carry no due_at.
QJsonArray encodeDeadlines(const QList<Deadline> &deadlines);

} // namespace rabeg
