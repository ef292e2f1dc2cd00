#pragma once

#include <QStringList>

namespace rabeg {

// `rabeg-hub refdata check [--dir DIR]`: loads and validates reference data; prints what it found, or the
// first problem with its file and line, and exits non-zero.
int refdataCommand(const QStringList &args);

// `rabeg-hub demo-data [--count N] [--seed S] [--out FILE]`: streams deterministic demo complaints as JSON lines
// ({"complaint":..., "events":[...]}), without reporter identity.
int demoDataCommand(const QStringList &args);

} // namespace rabeg
