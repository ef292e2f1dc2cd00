#pragma once

#include "core/Result.h"
#include "deadline/DeadlinePolicy.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace rabeg {

class LocalCache;

// Where the working-time axes of a cache's stored due points count their ordinals from (WorkingCalendar::
// setAxisOrigins; AxisShift.h says why they move). Kept in meta `axis_origins`, one line per axis whose origin is
// not 0, "axis column=origin" (RunningCycleRows.h's axisColumn); none: every axis counts from the epoch.
inline const QString kAxisOriginsMeta = QStringLiteral("axis_origins");

QString axisOriginsText(const QHash<QString, qint64> &origins);
// The origins a text of axisOriginsText names; none if it cannot be read.
std::optional<QHash<QString, qint64>> axisOriginsFromText(const QString &text);

// `policy` itself when its calendar counts from `origins`, else a copy that does.
std::shared_ptr<const DeadlinePolicy> withAxisOrigins(std::shared_ptr<const DeadlinePolicy> policy,
                                                      const QHash<QString, qint64> &origins);

// Puts the cache's stored origins in force (LocalCache::useAxisOrigins). Origins that cannot be read leave the
// stored points unreadable: then none are used, and every complaint's deadline facts are derived again when the
// cache is opened (its `deadline_policy` forgotten).
Status loadAxisOrigins(LocalCache &cache);

} // namespace rabeg
