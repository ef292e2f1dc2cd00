#include "ReferenceAdminTabs.h"

#include "AdminScreen.h"
#include "CategoryTreePanel.h"
#include "OpdPanel.h"
#include "OperatorSession.h"
#include "ReferenceAdminClient.h"
#include "RoutingTablePanel.h"
#include "SessionKeychain.h"
#include "UiLog.h"
#include "Workspace.h"
#include "sync/SyncWorker.h"
#include "sync/TrustedCa.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace rabeg {

void ReferenceAdminTabs::attach(AdminScreen &screen, Workspace &workspace, const QUrl &hub, const QString &user,
                                const QString &caFile)
{
    SyncWorker *sync = workspace.sync();
    auto *tabs = screen.findChild<QTabWidget *>(u"adminTabWidget"_s);
    if (!sync || !tabs)
        return;
    auto *client = new ReferenceAdminClient(hub, &screen);
    if (!caFile.isEmpty()) {
        const auto tls = pinnedTlsConfiguration(caFile);
        if (tls.ok())
            client->setTlsConfiguration(tls.value());
        else
            qCWarning(lcUi).noquote() << "reference admin tabs:" << tls.error().message;
    }
    const ReferenceData &shipped = workspace.session().reference();
    Workspace *w = &workspace;
    auto *opds = new OpdPanel(client, workspace.cache(), shipped, tabs);
    auto *routing = new RoutingTablePanel(client, workspace.cache(), shipped, [w] { return w->session().hubNow(); },
                                          tabs);
    auto *tree = new CategoryTreePanel(client, workspace.cache(), shipped, tabs);
    tabs->addTab(opds, QString());
    tabs->addTab(tree, QString());
    tabs->addTab(routing, QString());
    // The tab texts are the panels' own (set on each language change), now that they sit in the tab widget.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(opds, &change);
    QCoreApplication::sendEvent(tree, &change);
    QCoreApplication::sendEvent(routing, &change);
    QObject::connect(sync, &SyncWorker::sessionStarted, client,
                     [client](const QByteArray &token) { client->setToken(token); });
    auto *keychain = new SessionKeychain(QStringLiteral("Rabeg"), client);
    QObject::connect(keychain, &SessionKeychain::tokenRead, client, [client](const QByteArray &token) {
        if (!client->ready() && !token.isEmpty())
            client->setToken(token);
    });
    keychain->read(hub, user);
    QObject::connect(sync, &SyncWorker::cacheChanged, opds, &OpdPanel::refresh);
    QObject::connect(sync, &SyncWorker::cacheChanged, tree, &CategoryTreePanel::refresh);
    QObject::connect(sync, &SyncWorker::cacheChanged, routing, &RoutingTablePanel::refresh);
}

} // namespace rabeg
