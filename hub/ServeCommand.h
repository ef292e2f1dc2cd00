#pragma once

#include <QStringList>

namespace rabeg {

// rabeg-hub serve --store SPEC [--listen 127.0.0.1:PORT] [--demo [N]] [--clock ISO [--clock-speed K]]
//                 [--password-cost interactive|minimal] [--read-threads N] [--scheduler-interval SECONDS]
int serveCommand(const QStringList &args);
// rabeg-hub audit verify --store SPEC: "ok", or the first seq where the chain breaks (exit 1).
int auditCommand(const QStringList &args);

} // namespace rabeg
