#include "AdminScreen.h"

#include "AdminAuditPanel.h"
#include "AdminHubClient.h"
#include "CalendarEditor.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "PolicyVersionList.h"
#include "ReferenceAdminTabs.h"
#include "ReferenceInForce.h"
#include "SessionKeychain.h"
#include "SlaPolicyEditor.h"
#include "UiLog.h"
#include "UserAdminClient.h"
#include "UserAdminPanel.h"
#include "Workspace.h"
#include "sync/SyncWorker.h"
#include "sync/TrustedCa.h"

#include <QEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

AdminScreen::AdminScreen(AdminHubClient *client, LocalCache &cache, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_sla(new SlaPolicyEditor(client, m_tabs)),
      m_calendar(new CalendarEditor(client, m_tabs)), m_versions(new PolicyVersionList(cache, this)),
      m_userClient(new UserAdminClient(client, this)), m_users(new UserAdminPanel(m_userClient, m_tabs)),
      m_audit(new AdminAuditPanel(m_userClient, m_tabs))
{
    setObjectName(u"adminScreen"_s);
    m_tabs->setObjectName(u"adminTabWidget"_s);
    m_tabs->addTab(m_sla, QString());
    m_tabs->addTab(m_calendar, QString());
    m_tabs->addTab(m_users, QString());
    m_tabs->addTab(m_audit, QString());
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"adminSplitter"_s);
    split->addWidget(m_tabs);
    split->addWidget(m_versions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    m_versions->refresh();
    retranslate();
}

void AdminScreen::reload()
{
    m_sla->reload();
    m_calendar->reload();
    m_versions->refresh();
    m_users->reload();
    m_audit->reload();
}

void AdminScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminScreen::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_sla), tr("SLA policy"));
    m_tabs->setTabText(m_tabs->indexOf(m_calendar), tr("Calendar"));
    m_tabs->setTabText(m_tabs->indexOf(m_users), tr("Users"));
    m_tabs->setTabText(m_tabs->indexOf(m_audit), tr("Audit of administration"));
    m_tabs->setAccessibleName(tr("Administration: SLA policy and calendar"));
    if (auto *tabs = qobject_cast<QTabWidget *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
        tabs->setTabText(tabs->indexOf(this), tr("Administration"));
}

void AdminScreen::attach(Workspace &workspace, const QUrl &hub, const QString &user, const QString &caFile)
{
    SyncWorker *sync = workspace.sync();
    if (!sync)
        return;
    QTabWidget *tabs = workspace.window().tabs();
    auto *client = new AdminHubClient(hub);
    if (!caFile.isEmpty()) {
        const auto tls = pinnedTlsConfiguration(caFile);
        if (tls.ok())
            client->setTlsConfiguration(tls.value());
        else
            qCWarning(lcUi).noquote() << "admin screens:" << tls.error().message;
    }
    auto *screen = new AdminScreen(client, workspace.cache());
    client->setParent(screen);
    // A liaison account may be given any OPD in force, the ones admins added too (the hub accepts them).
    ReferenceInForce *reference = &workspace.reference();
    screen->users()->setOpds(reference->data().opds);
    QObject::connect(reference, &ReferenceInForce::changed, screen,
                     [screen, reference] { screen->users()->setOpds(reference->data().opds); });
    ReferenceAdminTabs::attach(*screen, workspace, hub, user, caFile); // OPDs & agencies, routing table
    tabs->setTabVisible(tabs->addTab(screen, QString()), false);
    screen->retranslate();
    QObject::connect(sync, &SyncWorker::sessionStarted, client, [client, screen](const QByteArray &token) {
        const bool first = !client->ready();
        client->setToken(token);
        if (first)
            screen->reload();
    });
    auto *keychain = new SessionKeychain(QStringLiteral("Rabeg"), screen);
    QObject::connect(keychain, &SessionKeychain::tokenRead, client, [client](const QByteArray &token) {
        if (!client->ready() && !token.isEmpty())
            client->setToken(token);
    });
    keychain->read(hub, user);
    Workspace *w = &workspace;
    const auto update = [w, tabs, screen] {
        tabs->setTabVisible(tabs->indexOf(screen), w->session().actor().role == Role::Admin);
        screen->versions()->refresh();
    };
    QObject::connect(sync, &SyncWorker::cacheChanged, screen, update);
    update();
}

} // namespace rabeg
