#include "StartupProbe.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace rabeg {

bool StartupProbe::wanted() { return qEnvironmentVariableIntValue("RABEG_STARTUP_PROBE") == 1; }

void StartupProbe::watch(QTableView *table, const QElapsedTimer &sinceMain)
{
    new StartupProbe(table, sinceMain);
}

StartupProbe::StartupProbe(QTableView *table, const QElapsedTimer &sinceMain)
    : QObject(table), m_table(table), m_sinceMain(sinceMain)
{
    m_table->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && m_table->model() && m_table->model()->rowCount() > 0) {
        m_painted = true;
        // After this paint returns, once the queue is empty: what the user sees is drawn and input is taken.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    std::printf("startup-probe: interactive after %lld ms (%d rows)\n", static_cast<long long>(m_sinceMain.elapsed()),
                m_table->model()->rowCount());
    std::fflush(stdout);
    QApplication::quit();
}

} // namespace rabeg
