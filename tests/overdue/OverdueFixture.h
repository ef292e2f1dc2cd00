#pragma once
// What the overdue tests compare: the inbox query's overdue set against the set the shared deadline core computes
// from every cached history at the same hub time.

#include "deadline/DeadlinePolicy.h"
#include "store/LocalCache.h"

#include <QDateTime>
#include <QSet>

namespace rabeg::test {

// Complaint ids the inbox lists with the overdue filter at hub time `t` (every keyset page), checked against the
// query's count.
QSet<QString> listedOverdue(LocalCache &cache, const QDateTime &t);

// Complaint ids with a clock that computeDeadlines finds breached and still running at `t`, over every cached
// history, under `policy`.
QSet<QString> coreOverdue(LocalCache &cache, const DeadlinePolicy &policy, const QDateTime &t);

// The complaints whose stored next due time differs from nextDueAt of their cached history under `policy`.
QStringList storedDifferingFromCore(LocalCache &cache, const DeadlinePolicy &policy);

QDateTime wib(int year, int month, int day, int hour, int minute = 0); // a WIB wall-clock time, as UTC

} // namespace rabeg::test
