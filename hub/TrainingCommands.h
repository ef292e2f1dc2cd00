#pragma once

#include <QStringList>

namespace rabeg {

// `rabeg-hub training roster --store SPEC FILE`: the accounts of a class from a roster (or scenario) file.
// `rabeg-hub training check SCENARIO`: the scenario read as a training hub reads it; its first problem, if any.
int trainingCommand(const QStringList &args);

} // namespace rabeg
