#include "StallBoardScreen.h"

#include "ComplaintDetailWindow.h"
#include "Labels.h"
#include "OperatorSession.h"
#include "StallBoardLoader.h"
#include "StallBoardView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

namespace {
// After a sync the board on screen follows within this time, not after every page of a burst.
constexpr int kStaleDelayMs = 5000;
} // namespace

StallBoardScreen::StallBoardScreen(OperatorSession &session, const QString &cachePath, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"stallBoardScreen"_s);
    m_board = new StallBoardView(this);
    // The GUI's connection serves the drill-down (a cell's few complaints); the board itself comes from the loader.
    m_board->setSource(session.cache(), session.reference(), [this] { return m_session.hubNow(); });
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(u"stallRefreshButton"_s);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"stallStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_board, 1);

    m_staleTimer = new QTimer(this);
    m_staleTimer->setSingleShot(true);
    m_staleTimer->setInterval(kStaleDelayMs);
    connect(m_staleTimer, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible())
            refresh();
    });

    m_thread.setObjectName(u"rabeg-stall-board"_s);
    m_loader = new StallBoardLoader(cachePath, session.reference());
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &StallBoardLoader::computed, this, &StallBoardScreen::computed);
    connect(m_loader, &StallBoardLoader::failed, this, &StallBoardScreen::failed);
    m_thread.start();

    connect(m_refreshButton, &QPushButton::clicked, this, &StallBoardScreen::refresh);
    connect(m_board, &StallBoardView::complaintActivated, this, &StallBoardScreen::openComplaint);
    retranslate();
}

StallBoardScreen::~StallBoardScreen()
{
    // The loader and its connection are deleted on their thread when it finishes.
    m_thread.quit();
    m_thread.wait();
}

void StallBoardScreen::refresh()
{
    m_stale = false;
    if (m_computing) {
        m_again = true;
        return;
    }
    m_computing = true;
    const QDateTime now = m_session.hubNow();
    StallBoardLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, now] { loader->compute(now); }, Qt::QueuedConnection);
    retranslate();
}

void StallBoardScreen::markStale()
{
    m_stale = true;
    if (isVisible() && !m_staleTimer->isActive())
        m_staleTimer->start();
}

void StallBoardScreen::computed(const StallBoardSnapshot &board)
{
    m_computing = false;
    m_problem.clear();
    m_board->setBoard(board);
    retranslate();
    if (std::exchange(m_again, false))
        refresh();
    else
        emit boardShown();
}

void StallBoardScreen::failed(const QString &message)
{
    m_computing = false;
    m_problem = message;
    retranslate();
    if (std::exchange(m_again, false))
        refresh();
    else
        emit boardShown();
}

void StallBoardScreen::openComplaint(const QUuid &id)
{
    if (!m_detailWindow)
        m_detailWindow = new ComplaintDetailWindow(m_session, this);
    m_detailWindow->showComplaint(id);
}

void StallBoardScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void StallBoardScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StallBoardScreen::retranslate()
{
    m_refreshButton->setText(tr("Refresh the board"));
    m_refreshButton->setToolTip(tr("Compute the board again at the hub's time from this workstation's cache"));
    if (m_computing)
        m_statusLabel->setText(tr("Computing the stall board from the local cache…"));
    else if (!m_problem.isEmpty())
        m_statusLabel->setText(tr("The stall board cannot be computed: %1").arg(m_problem));
    else
        m_statusLabel->setText(tr("Where the OPDs' SOPs stall, from this workstation's cache. A complaint of the list "
                                  "below opens with Enter or a double-click."));
    m_statusLabel->setStyleSheet(m_problem.isEmpty() ? QString() : u"QLabel { color: #b01c1c; font-weight: bold; }"_s);
}

} // namespace rabeg
