#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTableView;

namespace rabeg {

// For bench/bench_startup (DESIGN.md "startup to an interactive inbox"): when the environment sets
// RABEG_STARTUP_PROBE=1, the first time the inbox's table has painted rows and the event loop then has nothing
// left to do (the user's first key would be handled at once), prints
//   startup-probe: interactive after N ms (R rows)
// on standard output, N counted from the start of the client's main, and quits. Without the variable it does
// nothing and is never made.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    // True when the environment asks for the probe.
    static bool wanted();
    // Watches `table` (not owned; the probe becomes a child of it). `sinceMain` started in main.
    static void watch(QTableView *table, const QElapsedTimer &sinceMain);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(QTableView *table, const QElapsedTimer &sinceMain);
    void report();

    QTableView *m_table;
    QElapsedTimer m_sinceMain;
    bool m_painted = false;
};

} // namespace rabeg
