#include "Workspace.h"

#include "ComplaintActions.h"
#include "DialogFocus.h"
#include "InboxFilterBar.h"
#include "InboxView.h"
#include "LogView.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "ReferenceInForce.h"
#include "RoutingAdvice.h"
#include "SavedFilters.h"
#include "SettingsDialog.h"
#include "SyncStatusLabel.h"
#include "UiLog.h"
#include "alerts/AlertsDock.h"
#include "dashboard/DashboardScreen.h"
#include "identity/WorkstationVault.h"
#include "intake/IntakeLauncher.h"
#include "lapor/LaporMenu.h"
#include "report/ReportMenu.h"
#include "routing/RoutingQueueView.h"
#include "sop/SopPublications.h"
#include "sop/SopTemplateEditor.h"
#include "sop/StallBoardScreen.h"
#include "sop/StallBoardView.h"
#include "store/OutboxView.h"
#include "store/PublishedPolicy.h"
#include "store/ReportFactsRefresher.h"
#include "store/SyncRepository.h"
#include "sync/SyncWorker.h"
#include "wall/WallDisplay.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace rabeg {

Result<std::unique_ptr<Workspace>> Workspace::open(const Options &options, const ReferenceData &shipped,
                                                   Language &language)
{
    std::unique_ptr<Workspace> w(new Workspace);
    if (Status status = w->m_cache.open(options.cachePath, u"rabeg-gui"_s))
        return *status;
    // Every screen below reads this one object, which follows the admins' changes after each sync that brings any.
    w->m_reference = std::make_unique<ReferenceInForce>(shipped, w->m_cache);
    const ReferenceData &reference = w->m_reference->data();
    QSettings *settings = options.settings;
    if (!settings) {
        w->m_ownSettings = std::make_unique<QSettings>();
        settings = w->m_ownSettings.get();
    }
    Workspace *self = w.get();
    w->m_settings = settings;
    w->m_cachePath = options.cachePath;
    w->m_language = &language;
    OperatorSession::Sink sink;
    if (options.sync) {
        w->m_sync = std::make_unique<SyncWorker>(*options.sync);
        sink = [self](const Command &command) { self->m_sync->submit(command); };
    } else {
        // No hub: the command waits in this cache's outbox, shown as pending, until the cache syncs with one.
        sink = [self](const Command &command) {
            if (Status status = SyncRepository(self->m_cache).enqueue(command, QDateTime::currentDateTimeUtc()))
                qCWarning(lcUi).noquote() << "cannot queue a command:" << status->message;
        };
    }
    w->m_session = std::make_unique<OperatorSession>(w->m_cache, reference, options.user, sink);
    w->m_session->setSync(w->m_sync.get()); // identity on demand (ui/identity)
    if (options.sync) // identities seen online, sealed for offline use where the role may (docs/privacy.md)
        new WorkstationVault(*w->m_session, options.sync->hub, options.cachePath);
    w->m_advice = std::make_unique<RoutingAdvice>(reference);
    w->m_advice->useTable(w->m_reference->routing());
    w->m_actions = std::make_unique<ComplaintActions>(*w->m_session, *w->m_advice, nullptr);

    MainWindow::Screens screens;
    screens.inbox = new InboxView(*w->m_session, std::make_unique<SavedFilters>(*settings, options.user));
    if (w->m_session->actor().role != Role::Liaison)
        screens.routing = new RoutingQueueView(*w->m_session, *w->m_advice);
    screens.stalls = new StallBoardScreen(*w->m_session, options.cachePath);
    screens.templates = new SopTemplateEditor(reference);
    // Publishing through the outbox, role by role, with the catalogue the cache synced (docs/sop.md).
    new SopPublications(*w->m_session, screens.templates, [self] {
        if (self->m_sync)
            self->m_sync->syncSoon();
    });
    screens.dashboard = new DashboardScreen(options.cachePath, reference, [self] { return self->m_session->hubNow(); });
    screens.log = new LogView;
    screens.actions = w->m_actions.get();
    w->m_window = std::make_unique<MainWindow>(screens, language, options.cacheDescription);
    w->m_actions->setDialogParent(w->m_window.get());
    QObject::connect(w->m_window.get(), &MainWindow::settingsRequested, w->m_window.get(),
                     [self] { self->openSettings(); });
    // The weekly report names OPDs as the admins left them; its thread works on a copy (WeeklyReportDialog).
    auto *reports = new ReportMenu(options.cachePath, reference, [self] { return self->m_session->hubNow(); },
                                   w->m_window.get());
    w->m_window->addMenuBeforeHelp(reports);
    QObject::connect(reports, &ReportMenu::wallRequested, reports, [self] { self->openWall(); });
    // The LAPOR! exchange (docs/lapor.md): import with the mapping screen, export of follow-ups (Ctrl+Shift+L/X).
    auto *lapor = new LaporMenu(options.cachePath, reference, [self] { return self->m_session->hubNow(); },
                                w->m_sync ? w->m_sync->identities() : nullptr, w->m_window.get());
    w->m_window->addMenuBeforeHelp(lapor);
    QObject::connect(lapor, &LaporMenu::queued, lapor, [self] {
        emit self->m_session->outboxChanged(); // the status bar counts the imported commands at once
        if (self->m_sync)
            self->m_sync->syncSoon();
    });
    // Walk-in and phone complaints, offline too (issue 7): Ctrl+N, the File menu and the palette.
    new IntakeLauncher(*w->m_session, *w->m_window, w->m_sync ? w->m_sync->identities() : nullptr, [self] {
        if (self->m_sync)
            self->m_sync->syncSoon();
    });
    // Alerts for new work and coming breaches, within working hours (issue 14, docs/alerts.md): Ctrl+Shift+N.
    new AlertsDock(*w->m_session, *w->m_window);
    // A bar of the dashboard opens the inbox with exactly its complaints.
    QObject::connect(screens.dashboard, &DashboardScreen::drillDown, screens.inbox,
                     [self](const QList<QUuid> &ids, const QString &label) {
                         self->m_window->inbox()->showOnly(ids, label);
                         self->m_window->showScreen(u"inbox"_s);
                     });
    w->wire(options);
    return w;
}

Workspace::~Workspace()
{
    // The window first (its screens read the session), then the sync thread (joined), then the rest.
    m_wall.reset();
    m_window.reset();
    m_sync.reset();
}

void Workspace::wire(const Options &options)
{
    MainWindow *window = m_window.get();
    InboxView *inbox = window->inbox();
    std::function<QDateTime()> localClock = options.localClock;
    if (!localClock)
        localClock = [] { return QDateTime::currentDateTimeUtc(); };
    const auto hubNow = [this, localClock] { return m_status.hubNow(localClock()); };
    m_session->setHubClock(hubNow);
    inbox->setHubClock(hubNow);
    QObject::connect(m_session.get(), &OperatorSession::outboxChanged, window, [this] { outboxChanged(); });
    roleKnown(); // and the routing suggestions learn from the history, for who dispatches
    // A routing table published by an admin reaches the suggestions with the sync that brings it.
    QObject::connect(m_reference.get(), &ReferenceInForce::changed, m_advice.get(),
                     [this] { m_advice->useTable(m_reference->routing()); });
    QObject::connect(m_reference.get(), &ReferenceInForce::changed, inbox->filterBar(),
                     [inbox] { inbox->filterBar()->fillChoices(); });
    // An OPD an admin added gets SOP templates; a deactivated one is offered only to see what it had.
    QObject::connect(m_reference.get(), &ReferenceInForce::changed, window->templates(),
                     [this] { m_window->templates()->setReference(m_reference->data()); });
    // The stall board's tooltips name OPDs as the admins left them (it read the names once, at start).
    if (StallBoardScreen *stalls = window->stalls()) {
        QObject::connect(m_reference.get(), &ReferenceInForce::changed, stalls,
                         [this, stalls] { stalls->board()->nameOpdsFrom(m_reference->data()); });
    }
    if (!m_sync) {
        // The outbox of a cache that never synced: shown, counted, never sent from here.
        m_status.pending = OutboxView(m_cache).counts().value_or({}).pending;
        return;
    }
    m_statusLabel = new SyncStatusLabel(window);
    window->addStatusWidget(m_statusLabel);
    QObject::connect(m_sync.get(), &SyncWorker::statusChanged, window,
                     [this](const SyncStatus &status) { statusChanged(status); });
    QObject::connect(m_sync.get(), &SyncWorker::failedToStart, m_statusLabel, &SyncStatusLabel::setStartFailure);
    QObject::connect(m_sync.get(), &SyncWorker::failedToStart, window, [](const QString &message) {
        qCCritical(lcUi).noquote() << "the sync cannot start:" << message;
    });
    QObject::connect(m_sync.get(), &SyncWorker::cacheChanged, window, [this] { cacheChanged(); });
    m_reportFacts = std::make_unique<ReportFactsRefresher>(m_cachePath); // off the GUI thread (docs/reports.md)
    QObject::connect(m_reportFacts.get(), &ReportFactsRefresher::failed, window, [](const QString &message) {
        qCWarning(lcUi).noquote() << "cannot refresh the weekly report's facts:" << message;
    });
    if (options.startSync)
        m_sync->start();
}

void Workspace::statusChanged(const SyncStatus &status)
{
    // The log says when the connection comes and goes, and the problem, not every successful round.
    if (status.online != m_status.online || (m_status.lastError != status.lastError && !status.lastError.isEmpty())) {
        if (status.online)
            qCInfo(lcUi).noquote() << QObject::tr("Online: synced with the hub (cursor %1).").arg(status.cursor);
        else
            qCWarning(lcUi).noquote() << QObject::tr("Offline: %1").arg(status.lastError);
    }
    if (status.conflicts > m_status.conflicts)
        qCWarning(lcUi).noquote() << QObject::tr("The hub stopped %n command(s) with a conflict; see the complaint's detail.",
                                                 nullptr, status.conflicts);
    if (status.refused > m_status.refused)
        qCWarning(lcUi).noquote() << QObject::tr("The hub refused %n command(s); see the complaint's detail.", nullptr,
                                                 status.refused);
    // Deadlines, stalls and the dashboard are derived at hub time. Until the first answer the hub's time is unknown
    // and the machine's stands in; when it becomes known, or a training clock jumps, what was derived goes stale
    // even though no event arrived.
    const QDateTime local = QDateTime::currentDateTimeUtc();
    const bool hubTimeMoved = m_status.lastSynced.isValid()
                                  ? qAbs(m_status.hubNow(local).msecsTo(status.hubNow(local))) > 60'000
                                  : status.lastSynced.isValid();
    m_status = status;
    if (hubTimeMoved)
        cacheChanged();
    m_statusLabel->setStatus(status);
    m_window->setTrainingBanner(status.storeKind);
    if (m_wall)
        m_wall->setSyncStatus(status);
}

void Workspace::cacheChanged()
{
    // The sync may have adopted a published SLA policy or calendar in the cache (its own connection): this
    // connection's views compute with it from now on, without reopening (docs/deadlines.md).
    if (Status status = usePublishedPolicy(m_cache))
        qCWarning(lcUi).noquote() << "cannot read the published SLA policy and calendar:" << status->message;
    // OPD and agency names, the choices offered and the routing table follow what the sync brought; a fold only
    // when it brought reference events (ReferenceInForce::refresh).
    m_reference->refresh();
    m_session->cacheChanged();
    if (m_reportFacts)
        m_reportFacts->cacheChanged(); // a calendar the sync adopted left some report facts stale
    roleKnown();
    m_window->inbox()->refreshSoon();
    if (RoutingQueueView *routing = m_window->routing())
        routing->refreshSoon();
    m_window->stalls()->markStale();
    m_window->dashboard()->markStale();
    if (m_wall)
        m_wall->markStale();
}

WallDisplay *Workspace::openWall()
{
    if (!m_wall) {
        m_wall = std::make_unique<WallDisplay>(m_cachePath, m_session->reference(),
                                               [this] { return m_session->hubNow(); });
        if (m_sync)
            m_wall->setSyncStatus(m_status);
    }
    m_wall->showFullScreen();
    m_wall->raise();
    m_wall->activateWindow();
    return m_wall.get();
}

void Workspace::outboxChanged()
{
    // Settled or queued here: the counts follow at once, not at the sync's next round.
    const auto counts = OutboxView(m_cache).counts();
    if (!counts.ok())
        return;
    m_status.pending = counts->pending;
    m_status.conflicts = counts->conflicts;
    m_status.refused = counts->refused;
    if (m_statusLabel)
        m_statusLabel->setStatus(m_status);
}

void Workspace::openSettings()
{
    auto *dialog = new SettingsDialog(*m_settings, *m_language, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusWhenClosed(dialog);
    dialog->open();
}

void Workspace::roleKnown()
{
    const Actor &actor = m_session->actor();
    m_actions->refreshRole();
    m_window->setLiaisonOf(actor.role == Role::Liaison ? actor.opd : QString());
    // The stall board is the command center's; the SOP templates are for who maintains them, and a liaison sees
    // their own OPD's.
    const bool liaison = actor.role == Role::Liaison;
    m_window->setScreenAvailable(u"stalls"_s, !liaison);
    m_window->setScreenAvailable(u"sop"_s, liaison || actor.role == Role::Admin || actor.role == Role::Supervisor);
    m_window->setScreenAvailable(u"dashboard"_s, actor.role == Role::Admin || actor.role == Role::Supervisor);
    // Routing suggestions serve who dispatches; a liaison's workstation does not spend minutes of a large history
    // learning them. Learnt once, when the role is known and the history is there: once the cache holds the hub's
    // history (bootstrapped, which a login's scope precedes; a fresh cache learnt from 0 complaints before), or at
    // once without a hub, where the workstation is an operator's.
    if (m_advice->learningStarted() || !roleMayIssue(actor.role, CommandType::Dispatch))
        return;
    if (!m_sync || (!m_cache.meta(u"scope"_s).isEmpty() && m_cache.meta(u"bootstrapped"_s) == u"1"_s))
        m_advice->learnFrom(m_cachePath);
}

} // namespace rabeg
