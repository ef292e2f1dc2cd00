#pragma once

#include "AlertRules.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace rabeg {

class LocalCache;

// Where the last evaluation of one person's alerts stopped (AlertState), and the time of this one.
struct AlertScanFrom
{
    AlertRecipient recipient;
    bool baselined = false;
    qint64 bootstrapHead = 0;
    qint64 lastSeq = 0;
    QDateTime lastEventAt;
    QDateTime lastEvaluation;
    QDateTime now;
};

// What an evaluation read from the cache: the alerts the rules raise from what arrived since `from` (not yet
// checked against the keys already raised, nor placed in working hours: AlertCenter::apply does that), and where
// the next evaluation starts.
struct AlertScan
{
    enum class Outcome {
        NotBootstrapped, // the cache is still half full: nothing to do
        Baseline, // the first evaluation after a bootstrap: notes where things stand, alerts nothing
        Raised,
    };
    Outcome outcome = Outcome::NotBootstrapped;
    QDateTime now;
    qint64 bootstrapHead = 0;
    qint64 lastSeq = 0;
    QDateTime lastEventAt;
    QList<Alert> alerts; // in the order found; a warning's detail is its clock's id
    QStringList noted; // keys to note as raised without an alert (the conflicts already there at a baseline)
};

// One evaluation's reads (docs/alerts.md): the events of the recipient's types since the last seq seen, the
// running cycles whose warning instant lies in (last evaluation, now] (an index range: WarningInstants.h), the
// outbox's conflicts. Reads only, on any connection to the cache file: the workstation runs it on a thread of its
// own (AlertEvaluator), tests and tools on the cache's own connection.
Result<AlertScan> scanAlerts(LocalCache &cache, const AlertScanFrom &from);

} // namespace rabeg
