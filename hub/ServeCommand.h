#pragma once

#include <QStringList>

namespace rabeg {

// rabeg-hub serve --store SPEC [--listen 127.0.0.1:PORT] [--demo [N]] [--clock ISO [--clock-speed K]]
//                 [--password-cost interactive|minimal] [--read-threads N] [--scheduler-interval SECONDS]
int serveCommand(const QStringList &args);

} // namespace rabeg
