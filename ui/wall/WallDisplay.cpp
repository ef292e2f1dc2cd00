#include "WallDisplay.h"

#include "Labels.h"
#include "WallPanels.h"
#include "dashboard/DashboardLoader.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {
constexpr int kRotationMs = 20'000;
// Overdue grows with the hub's clock even without a sync: the figures are computed again this often.
constexpr int kPeriodicMs = 60'000;
constexpr int kStaleDelayMs = 3'000;
constexpr int kWeeks = 12;
} // namespace

WallDisplay::WallDisplay(const QString &cachePath, const ReferenceData &reference,
                         std::function<QDateTime()> hubClock, QWidget *parent)
    : QWidget(parent, Qt::Window), m_hubClock(std::move(hubClock))
{
    setObjectName(u"wallDisplay"_s);
    setAttribute(Qt::WA_DeleteOnClose, false);
    setStyleSheet(u"#wallDisplay { background: white; }"_s);
    m_title = new QLabel(this);
    m_title->setStyleSheet(u"QLabel { font-size: 28pt; font-weight: bold; }"_s);
    m_hubTime = new QLabel(this);
    m_hubTime->setObjectName(u"wallHubTimeLabel"_s);
    m_hubTime->setStyleSheet(u"QLabel { font-size: 28pt; font-weight: bold; }"_s);
    m_synced = new QLabel(this);
    m_synced->setObjectName(u"wallSyncedLabel"_s);
    m_synced->setStyleSheet(u"QLabel { font-size: 20pt; }"_s);
    m_offline = new QLabel(this);
    m_offline->setObjectName(u"wallOfflineLabel"_s);
    m_offline->setStyleSheet(
        u"QLabel { font-size: 20pt; font-weight: bold; color: white; background: #c0392b; padding: 4px 12px; }"_s);
    m_offline->setWordWrap(true); // a long note wraps rather than widen the window past a small screen
    m_offline->hide();
    m_panels = new WallPanels(this);
    // The screen sets the size, not the text: on a small screen the title gives way, the last sync, the hub time
    // and the offline note never.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_panels->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);

    // Lines of their own, so that a room's screen of any width holds them: the title and the hub time, the last
    // sync, and the offline note (when the hub is away; beside the last sync it made the window 1468 px wide on a
    // 1366 px screen).
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_hubTime);
    auto *status = new QHBoxLayout;
    status->addStretch(1);
    status->addWidget(m_synced);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(status);
    layout->addWidget(m_offline);
    layout->addWidget(m_panels, 1);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &WallDisplay::tick);
    m_clock->start();
    m_rotation = new QTimer(this);
    m_rotation->setInterval(kRotationMs);
    connect(m_rotation, &QTimer::timeout, m_panels, &WallPanels::next);
    m_rotation->start();
    m_periodic = new QTimer(this);
    m_periodic->setInterval(kPeriodicMs);
    connect(m_periodic, &QTimer::timeout, this, &WallDisplay::refresh);
    m_periodic->start();
    m_staleTimer = new QTimer(this);
    m_staleTimer->setSingleShot(true);
    m_staleTimer->setInterval(kStaleDelayMs);
    connect(m_staleTimer, &QTimer::timeout, this, &WallDisplay::refresh);

    // The whole screen even where no window manager honours full screen (a kiosk under a bare X server).
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());

    m_thread.setObjectName(u"rabeg-wall"_s);
    m_loader = new DashboardLoader(cachePath, reference);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &DashboardLoader::computed, this, &WallDisplay::figuresComputed);
    connect(m_loader, &DashboardLoader::stallsComputed, this, &WallDisplay::stallsComputed);
    connect(m_loader, &DashboardLoader::failed, this, &WallDisplay::failed);
    m_thread.start();
    retranslate();
    refresh();
}

WallDisplay::~WallDisplay()
{
    m_thread.quit();
    m_thread.wait();
}

void WallDisplay::refresh()
{
    if (m_computing) {
        m_again = true;
        return;
    }
    m_computing = true;
    const QDateTime now = m_hubClock();
    DashboardLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, now] { loader->compute(now, kWeeks); }, Qt::QueuedConnection);
}

void WallDisplay::markStale()
{
    if (!m_staleTimer->isActive())
        m_staleTimer->start();
}

void WallDisplay::setSyncStatus(const SyncStatus &status)
{
    if (status.online)
        m_offlineSince = QDateTime();
    else if (m_online || !m_offlineSince.isValid())
        m_offlineSince = m_hubClock();
    m_online = status.online;
    if (status.lastSynced.isValid() && (!m_syncedAt.isValid() || status.lastSynced > m_syncedAt))
        m_syncedAt = status.lastSynced;
    retranslate();
}

void WallDisplay::showPanel(int panel)
{
    m_panels->setCurrentIndex(panel);
    m_rotation->start(); // a full turn for the panel chosen
}

void WallDisplay::figuresComputed(const DashboardFigures &figures)
{
    m_problem.clear();
    m_figures = figures;
    if (figures.syncedAt.isValid() && (!m_syncedAt.isValid() || figures.syncedAt > m_syncedAt))
        m_syncedAt = figures.syncedAt;
    m_panels->setFigures(figures);
    retranslate();
}

void WallDisplay::stallsComputed(const QList<StallCell> &cells, int stalledComplaints)
{
    m_computing = false;
    m_panels->setStalled(cells, stalledComplaints);
    if (std::exchange(m_again, false))
        refresh();
    else
        emit computed();
}

void WallDisplay::failed(const QString &message)
{
    // The panels keep the last figures; the problem is said in small type.
    m_computing = false;
    m_problem = message;
    retranslate();
    if (std::exchange(m_again, false))
        refresh();
    else
        emit computed();
}

void WallDisplay::tick()
{
    m_hubTime->setText(hubTimeText());
}

QString WallDisplay::hubTimeText() const
{
    return Labels::wib(m_hubClock());
}

QString WallDisplay::syncedText() const
{
    return m_syncedAt.isValid() ? tr("Last synced %1").arg(Labels::wib(m_syncedAt)) : tr("Never synced");
}

QString WallDisplay::offlineText() const
{
    return m_offlineSince.isValid() ? tr("Hub offline since %1: showing the last data").arg(Labels::wib(m_offlineSince))
                                    : QString();
}

void WallDisplay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        close();
    else if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Right)
        showPanel((m_panels->currentIndex() + 1) % m_panels->count());
    else
        QWidget::keyPressEvent(event);
}

void WallDisplay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WallDisplay::retranslate()
{
    setWindowTitle(tr("Rabeg wall display"));
    m_title->setText(m_problem.isEmpty() ? tr("Rabeg · Kota Serang complaints")
                                         : tr("Rabeg · the figures cannot be computed again: %1").arg(m_problem));
    m_synced->setText(syncedText());
    m_offline->setText(offlineText());
    m_offline->setVisible(m_offlineSince.isValid());
    tick();
}

} // namespace rabeg
