#pragma once

#include "AlertScan.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace rabeg {

// Runs scanAlerts away from the GUI thread: on a thread and a read connection to the cache file of its own, opened
// there at the first scan (as the report facts' refresher and the stall board's loader do). One scan at a time, in
// the order asked; each result comes back by a queued signal to the thread that owns this object. Destroying it
// waits for the scan running, if any; its result is then not delivered (the state it would have moved was not
// moved, so the next evaluation finds the same again).
class AlertEvaluator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertEvaluator)

public:
    explicit AlertEvaluator(QString cachePath, QObject *parent = nullptr);
    ~AlertEvaluator() override;

    void scan(const AlertScanFrom &from);

signals:
    void scanned(const rabeg::AlertScan &scan);
    void failed(const QString &message);

private:
    class Inside;
    QThread m_thread;
    Inside *m_inside = nullptr;
};

} // namespace rabeg
