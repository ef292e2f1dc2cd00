#include "MainWindow.h"

#include "ActionBar.h"
#include "CommandPalette.h"
#include "DialogFocus.h"
#include "ComplaintActions.h"
#include "ComplaintDetailView.h"
#include "InboxView.h"
#include "KeymapDialog.h"
#include "Language.h"
#include "LogView.h"
#include "dashboard/DashboardScreen.h"
#include "identity/IdentityPanel.h"
#include "routing/RoutingQueueView.h"
#include "sop/SopTemplateEditor.h"
#include "sop/StallBoardScreen.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace rabeg {

MainWindow::MainWindow(Screens screens, Language &language, const QString &cacheDescription, QWidget *parent)
    : QMainWindow(parent), m_screens(screens), m_language(language), m_cacheDescription(cacheDescription)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rabeg.svg")));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("screensTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_screens.inbox, QString());
    for (QWidget *screen : {static_cast<QWidget *>(m_screens.routing), static_cast<QWidget *>(m_screens.stalls),
                            static_cast<QWidget *>(m_screens.templates), static_cast<QWidget *>(m_screens.dashboard)}) {
        if (screen)
            m_tabs->addTab(screen, QString());
    }
    m_tabs->addTab(m_screens.log, QString());
    setCentralWidget(m_tabs);

    m_quitAction = makeAction("quitAction", QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_settingsAction = makeAction("settingsAction", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_reloadAction = makeAction("reloadAction", QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, m_screens.inbox, &InboxView::reload);
    m_searchAction = makeAction("searchAction", QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_screens.inbox);
        m_screens.inbox->focusSearch();
    });
    m_inboxAction = makeAction("showInboxAction", QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_inboxAction, &QAction::triggered, this, [this] { showScreen(QStringLiteral("inbox")); });
    m_routingAction = makeAction("showRoutingQueueAction", QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_routingAction, &QAction::triggered, this, [this] { showScreen(QStringLiteral("routing")); });
    m_routingAction->setEnabled(m_screens.routing != nullptr);
    m_logAction = makeAction("showLogAction", QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_logAction, &QAction::triggered, this, [this] { showScreen(QStringLiteral("log")); });
    m_stallsAction = makeAction("showStallBoardAction", QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_stallsAction, &QAction::triggered, this, [this] { showScreen(QStringLiteral("stalls")); });
    m_stallsAction->setEnabled(m_screens.stalls != nullptr);
    m_templatesAction = makeAction("showSopTemplatesAction", QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(m_templatesAction, &QAction::triggered, this, [this] { showScreen(QStringLiteral("sop")); });
    m_templatesAction->setEnabled(m_screens.templates != nullptr);
    m_dashboardAction = makeAction("showDashboardAction", QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(m_dashboardAction, &QAction::triggered, this, [this] { showScreen(QStringLiteral("dashboard")); });
    m_dashboardAction->setEnabled(m_screens.dashboard != nullptr);
    m_bulkDispatchAction = makeAction("bulkDispatchAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_bulkDispatchAction->setEnabled(m_screens.routing != nullptr);
    connect(m_bulkDispatchAction, &QAction::triggered, this, [this] {
        if (m_screens.routing && m_tabs->currentWidget() == m_screens.routing)
            m_screens.routing->bulkDispatch();
    });
    m_paletteAction = makeAction("commandPaletteAction", QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::openCommandPalette);
    m_keymapAction = makeAction("keymapAction", QKeySequence::HelpContents);
    connect(m_keymapAction, &QAction::triggered, this, &MainWindow::openKeymap);
    for (QAction *action : m_screens.actions->all())
        QWidget::addAction(action);

    auto *languages = new QActionGroup(this);
    m_indonesianAction = new QAction(QStringLiteral("Bahasa Indonesia"), languages);
    m_indonesianAction->setObjectName(QStringLiteral("indonesianAction"));
    m_englishAction = new QAction(QStringLiteral("English"), languages);
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    for (QAction *action : {m_indonesianAction, m_englishAction})
        action->setCheckable(true);
    (m_language.current() == QLatin1String("en") ? m_englishAction : m_indonesianAction)->setChecked(true);
    connect(m_indonesianAction, &QAction::triggered, this, [this] { m_language.use(QStringLiteral("id")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { m_language.use(QStringLiteral("en")); });
    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(
        {m_inboxAction, m_routingAction, m_stallsAction, m_templatesAction, m_dashboardAction, m_logAction,
         m_searchAction, m_reloadAction});
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(languages->actions());
    m_actionsMenu = menuBar()->addMenu(QString());
    m_actionsMenu->addActions(m_screens.actions->triageActions());
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions(m_screens.actions->liaisonActions());
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions(m_screens.actions->settleActions());
    m_actionsMenu->addAction(m_bulkDispatchAction);
    m_actionsMenu->addSeparator();
    m_actionsMenu->addAction(m_paletteAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_keymapAction, m_aboutAction});
    m_actionBar = new ActionBar(this);
    m_actionBar->addGroup(m_screens.actions->triageActions());
    m_actionBar->addGroup(m_screens.actions->liaisonActions());
    m_actionBar->setEnabled(false); // until a complaint is selected (currentScreenChanged)
    addToolBar(Qt::TopToolBarArea, m_actionBar);

    m_cacheLabel = new QLabel(this);
    m_cacheLabel->setObjectName(QStringLiteral("cacheLabel"));
    statusBar()->addPermanentWidget(m_cacheLabel);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentScreenChanged);
    connect(m_screens.inbox, &InboxView::currentComplaintChanged, this, &MainWindow::currentScreenChanged);
    if (m_screens.routing)
        connect(m_screens.routing, &RoutingQueueView::currentComplaintChanged, this, &MainWindow::currentScreenChanged);
    connect(m_screens.actions, &ComplaintActions::feedback, this, &MainWindow::showFeedback);
    retranslate();
    resize(1280, 800);
}

QAction *MainWindow::makeAction(const char *name, const QKeySequence &key)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    QWidget::addAction(action);
    return action;
}

QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> all = m_screens.actions->all();
    all += {m_bulkDispatchAction, m_searchAction, m_reloadAction, m_inboxAction, m_routingAction, m_stallsAction,
            m_templatesAction, m_dashboardAction, m_logAction, m_keymapAction, m_aboutAction, m_indonesianAction,
            m_englishAction, m_settingsAction, m_quitAction};
    all += m_sessionActions;
    all += m_menuActions;
    all += m_screens.inbox->detail()->identityPanel()->actions(); // the inbox detail's, like its other keys
    return all;
}

void MainWindow::openCommandPalette()
{
    auto *palette = new CommandPalette(allActions(), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusWhenClosed(palette);
    palette->open();
}

void MainWindow::openKeymap()
{
    QList<QAction *> keyed = allActions();
    keyed.append(m_paletteAction);
    auto *dialog = new KeymapDialog(keyed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusWhenClosed(dialog);
    dialog->open();
}

void MainWindow::addSessionActions(const QList<QAction *> &actions)
{
    m_fileMenu->insertActions(m_settingsAction, actions);
    m_sessionActions += actions;
}

void MainWindow::addMenuBeforeHelp(QMenu *menu)
{
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    m_menuActions += menu->actions();
}

void MainWindow::setLiaisonOf(const QString &opd)
{
    if (opd == m_liaisonOpd)
        return;
    m_liaisonOpd = opd;
    m_screens.inbox->setOpdShown(opd.isEmpty());
    if (m_screens.routing)
        m_tabs->setTabVisible(m_tabs->indexOf(m_screens.routing), opd.isEmpty());
    m_routingAction->setEnabled(m_screens.routing && opd.isEmpty());
    m_bulkDispatchAction->setEnabled(m_screens.routing && opd.isEmpty());
    retranslate();
}

QWidget *MainWindow::screenNamed(const QString &name) const
{
    return name == QLatin1String("inbox")     ? static_cast<QWidget *>(m_screens.inbox)
           : name == QLatin1String("routing") ? static_cast<QWidget *>(m_screens.routing)
           : name == QLatin1String("stalls")  ? static_cast<QWidget *>(m_screens.stalls)
           : name == QLatin1String("sop")     ? static_cast<QWidget *>(m_screens.templates)
           : name == QLatin1String("dashboard") ? static_cast<QWidget *>(m_screens.dashboard)
           : name == QLatin1String("log")     ? static_cast<QWidget *>(m_screens.log)
                                              : nullptr;
}

bool MainWindow::showScreen(const QString &name)
{
    QWidget *shown = screenNamed(name);
    if (!shown || !m_tabs->isTabVisible(m_tabs->indexOf(shown)))
        return false;
    m_tabs->setCurrentWidget(shown);
    return true;
}

void MainWindow::setScreenAvailable(const QString &name, bool available)
{
    QWidget *shown = screenNamed(name);
    if (!shown)
        return;
    m_tabs->setTabVisible(m_tabs->indexOf(shown), available);
    if (QAction *goTo = shown == m_screens.stalls      ? m_stallsAction
                        : shown == m_screens.templates ? m_templatesAction
                        : shown == m_screens.dashboard ? m_dashboardAction
                                                       : nullptr)
        goTo->setEnabled(available);
}

ComplaintDetailView *MainWindow::currentDetail() const
{
    if (m_screens.routing && m_tabs->currentWidget() == m_screens.routing)
        return m_screens.routing->detail();
    return m_screens.inbox->detail();
}

void MainWindow::currentScreenChanged()
{
    // The actions act on the complaint selected in the screen in front.
    QUuid current;
    if (m_tabs->currentWidget() == m_screens.inbox)
        current = m_screens.inbox->currentComplaint();
    else if (m_screens.routing && m_tabs->currentWidget() == m_screens.routing)
        current = m_screens.routing->currentComplaint();
    m_screens.actions->setCurrent(current);
    m_actionBar->setEnabled(!current.isNull());
}

void MainWindow::showFeedback(const QUuid &complaint, const QString &message, bool problem)
{
    statusBar()->showMessage(message, 10000);
    ComplaintDetailView *detail = currentDetail();
    if (detail && detail->complaintId() == complaint)
        detail->showMessage(message, problem);
}

// Permanent, so that a passing message (an action's result, the keychain notice) never hides the sync status.
void MainWindow::addStatusWidget(QWidget *widget) { statusBar()->insertPermanentWidget(0, widget); }

void MainWindow::setTrainingBanner(const QString &storeKind)
{
    // A demo or training store must never be mistaken for production.
    if (storeKind == QLatin1String("production") || storeKind.isEmpty())
        return;
    m_cacheDescription = m_cacheDescription.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ')
                         + (storeKind == QLatin1String("training") ? tr("(TRAINING)") : tr("(DEMO DATA)"));
    m_trainingStore = storeKind == QLatin1String("training");
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Rabeg — Kota Serang complaint command center"));
    m_tabs->setTabText(m_tabs->indexOf(m_screens.inbox),
                       m_liaisonOpd.isEmpty() ? tr("&Inbox") : tr("&Complaints of %1").arg(m_liaisonOpd));
    m_screens.inbox->setSummaryTitle(m_liaisonOpd.isEmpty() ? QString()
                                                            : tr("Dispatched to %1").arg(m_liaisonOpd));
    // A class starts with an empty inbox, its clock paused: say why, not only "0 complaints".
    m_screens.inbox->setEmptyHint(m_trainingStore ? tr("the class's complaints arrive as the trainer runs its clock")
                                                  : QString());
    if (m_screens.routing)
        m_tabs->setTabText(m_tabs->indexOf(m_screens.routing), tr("&Routing queue"));
    if (m_screens.stalls)
        m_tabs->setTabText(m_tabs->indexOf(m_screens.stalls), tr("Stall board"));
    if (m_screens.templates)
        m_tabs->setTabText(m_tabs->indexOf(m_screens.templates), tr("SOP templates"));
    if (m_screens.dashboard)
        m_tabs->setTabText(m_tabs->indexOf(m_screens.dashboard), tr("Dashboard"));
    m_tabs->setTabText(m_tabs->indexOf(m_screens.log), tr("&Log"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_actionBar->setWindowTitle(tr("Actions on the complaint"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    // The language may have been switched elsewhere (the settings dialog): the menu shows the one in use.
    (m_language.current() == QLatin1String("en") ? m_englishAction : m_indonesianAction)->setChecked(true);
    m_reloadAction->setText(tr("&Reload"));
    m_searchAction->setText(tr("&Search the inbox"));
    m_inboxAction->setText(tr("Go to the inbox"));
    m_routingAction->setText(tr("Go to the routing queue"));
    m_logAction->setText(tr("Go to the log"));
    m_stallsAction->setText(tr("Go to the stall board"));
    m_templatesAction->setText(tr("Go to the SOP templates"));
    m_dashboardAction->setText(tr("Go to the dashboard"));
    m_bulkDispatchAction->setText(tr("Dispatch the selected complaints (routing queue)…"));
    m_paletteAction->setText(tr("Command &palette…"));
    m_keymapAction->setText(tr("&Keys"));
    m_aboutAction->setText(tr("&About Rabeg"));
    m_cacheLabel->setText(tr("Local cache: %1").arg(m_cacheDescription));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rabeg"),
                       tr("<p><b>Rabeg</b> %1</p><p>The command center for public-service complaints of Kota Serang "
                          "(SP4N-LAPOR!).</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace rabeg
