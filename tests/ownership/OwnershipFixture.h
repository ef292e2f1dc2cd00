#pragma once

#include "HubWorkspace.h"

#include <QSet>
#include <QUuid>

namespace rabeg::test {

// Who owns a complaint on the hub now (REQUIREs the complaint).
QString hubOwner(TestHub &hub, const QUuid &id);
// The complaints the workstation's inbox lists now (every row, paged in as the view would).
QSet<QUuid> listed(HubWorkspace &w);
// A new walk-in complaint (received) that `owner` has claimed on the hub.
QUuid ownedBy(TestHub &hub, const QString &owner, const QString &title);

} // namespace rabeg::test
