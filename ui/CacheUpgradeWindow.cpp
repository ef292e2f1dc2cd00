#include "CacheUpgradeWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace rabeg {

CacheUpgradeWindow::CacheUpgradeWindow(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("cacheUpgradeWindow"));
    setWindowTitle(tr("Rabeg — preparing the local cache"));
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *heading = new QLabel(tr("Updating the local cache"), this);
    QFont bigger = heading->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    heading->setFont(bigger);
    auto *why = new QLabel(tr("This version of Rabeg keeps more in the local cache. It is worked out once from the "
                              "complaints already stored; on a large cache that takes several minutes. If Rabeg is "
                              "closed meanwhile nothing is lost: the work starts again at the next start."),
                           this);
    why->setWordWrap(true);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("stepLabel"));
    m_step->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("stepProgressBar"));
    m_bar->setRange(0, 0); // busy until the first report
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    layout->addWidget(heading);
    layout->addWidget(why);
    layout->addSpacing(6);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_count);
    layout->addWidget(m_time);
    setMinimumWidth(520);
    m_sinceStart.start();
    m_sinceStep.start();
    m_step->setText(tr("Opening the local cache…"));
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &CacheUpgradeWindow::tick);
    clock->start(1000);
    tick();
}

void CacheUpgradeWindow::showProgress(const OpenProgress &progress)
{
    if (!m_seen || progress.step != m_last.step)
        m_sinceStep.start();
    m_seen = true;
    m_last = progress;
    m_step->setText(stepText(progress));
    if (progress.fraction < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qBound(0.0, progress.fraction, 1.0) * 1000));
    }
    m_count->setText(progress.complaints > 0 ? tr("%L1 complaints done").arg(progress.complaints) : QString());
    m_count->setVisible(progress.complaints > 0);
    tick();
    if (m_showWhenTold && !isVisible())
        show();
    Q_EMIT progressShown(progress);
}

void CacheUpgradeWindow::showOnceTold()
{
    m_showWhenTold = true;
    if (m_seen && !isVisible())
        show();
}

QString CacheUpgradeWindow::stepText(const OpenProgress &progress)
{
    switch (progress.step) {
    case OpenProgress::Step::Migrating:
        return tr("Changing the cache's layout (version %1 to %2)…").arg(progress.fromVersion).arg(progress.toVersion);
    case OpenProgress::Step::FillingWarnings:
        return tr("Computing when each running deadline warns…");
    case OpenProgress::Step::DerivingDeadlines:
        return tr("Computing every complaint's deadlines and SOP progress under the rules in force…");
    case OpenProgress::Step::FillingStallSpans:
        return tr("Working out, for the weekly report, where each complaint stood in its OPD's SOP…");
    }
    return {};
}

QString CacheUpgradeWindow::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

void CacheUpgradeWindow::tick()
{
    const qint64 elapsed = m_sinceStart.elapsed() / 1000;
    QString text = tr("Running for %1").arg(durationText(elapsed));
    // The rest of this step, at the pace it has kept so far; only once the pace means something.
    const double fraction = m_seen ? m_last.fraction : -1;
    const qint64 inStep = m_sinceStep.elapsed();
    if (fraction >= 0.02 && fraction < 1 && inStep >= 5000) {
        const qint64 left = qint64(double(inStep) * (1 - fraction) / fraction / 1000);
        text += tr(" · about %1 left in this step").arg(durationText(left));
    }
    m_time->setText(text);
}

void CacheUpgradeWindow::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

} // namespace rabeg
