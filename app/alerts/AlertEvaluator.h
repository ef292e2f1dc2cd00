#pragma once

#include "AlertScan.h"
#include "AlertState.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace rabeg {

// Runs scanAlerts away from the GUI thread: on a thread and a connection to the cache file of its own, opened
// there at first use (as the report facts' refresher and the stall board's loader do). It also writes the alert
// state the GUI thread hands it (its JSON, up to 5,000 keys and 300 alerts, cost tens of ms on a large cache file),
// in the order handed. Scans and writes run one at a time in the order asked; each result comes back by a queued
// signal to the thread that owns this object. Destroying it waits for what was asked before: the writes land; a
// scan's result is then not delivered (the state it would have moved was not moved, so the next evaluation finds
// the same again).
class AlertEvaluator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertEvaluator)

public:
    explicit AlertEvaluator(QString cachePath, QObject *parent = nullptr);
    ~AlertEvaluator() override;

    void scan(const AlertScanFrom &from);
    // Writes `state` whole, or only where it stopped; saved(ticket, problem) follows, problem empty when written.
    void save(const AlertState &state, bool whole, int ticket);

signals:
    void scanned(const rabeg::AlertScan &scan);
    void failed(const QString &message);
    void saved(int ticket, const QString &problem);

private:
    class Inside;
    QThread m_thread;
    Inside *m_inside = nullptr;
};

} // namespace rabeg
