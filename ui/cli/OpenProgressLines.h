#pragma once

#include "store/OpenProgress.h"

#include <QString>
#include <QTextStream>

namespace rabeg {

// A headless command's view of a cache being opened: a line on `err` ("rabeg <command>: deriving the report's stall
// spans, 40% (380000 complaints)") when a step starts, every ten seconds within it and when it is done. A cache
// upgrade takes minutes at 1,000,000 complaints, and a command that says nothing for that long looks hung.
// `err` must outlive the sink.
OpenProgressSink openProgressLines(const QString &command, QTextStream &err);

} // namespace rabeg
