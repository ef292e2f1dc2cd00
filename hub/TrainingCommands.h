#pragma once

#include <QStringList>

namespace rabeg {

// `rabeg-hub training roster --store SPEC FILE`: the accounts of a class from a roster (or scenario) file.
int trainingCommand(const QStringList &args);

} // namespace rabeg
