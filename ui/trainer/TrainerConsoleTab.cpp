#include "TrainerConsoleTab.h"

#include "MainWindow.h"
#include "OperatorSession.h"
#include "SessionKeychain.h"
#include "TrainerConsole.h"
#include "TrainerHubClient.h"
#include "UiLog.h"
#include "Workspace.h"
#include "sync/SyncWorker.h"
#include "sync/TrustedCa.h"

#include <QLabel>
#include <QTabWidget>
#include <QToolBar>

namespace rabeg {

void attachTrainerConsole(Workspace &workspace, const QUrl &hub, const QString &user, const QString &caFile)
{
    SyncWorker *sync = workspace.sync();
    if (!sync)
        return;
    QTabWidget *tabs = workspace.window().tabs();
    auto *client = new TrainerHubClient(hub);
    if (!caFile.isEmpty()) {
        const auto tls = pinnedTlsConfiguration(caFile);
        if (tls.ok())
            client->setTlsConfiguration(tls.value());
        else
            qCWarning(lcUi).noquote() << "trainer console:" << tls.error().message;
    }
    auto *console = new TrainerConsole(client);
    client->setParent(console);
    tabs->setTabVisible(tabs->addTab(console, QString()), false);
    QObject::connect(sync, &SyncWorker::sessionStarted, client,
                     [client](const QByteArray &token) { client->setToken(token); });
    auto *keychain = new SessionKeychain(QStringLiteral("Rabeg"), console);
    QObject::connect(keychain, &SessionKeychain::tokenRead, client, [client](const QByteArray &token) {
        if (!client->ready() && !token.isEmpty())
            client->setToken(token);
    });
    keychain->read(hub, user);
    // The role comes from the cache's scope and the kind from the sync: either may be learnt last.
    Workspace *w = &workspace;
    auto kind = std::make_shared<QString>();
    auto shownOnce = std::make_shared<bool>(false);
    // Everyone on a training hub sees the band across the top of the window, above every screen.
    auto *banner = new QToolBar(&workspace.window());
    banner->setObjectName(QStringLiteral("trainingBannerToolBar"));
    banner->setMovable(false);
    banner->setFloatable(false);
    auto *bannerLabel = new QLabel(banner);
    bannerLabel->setObjectName(QStringLiteral("trainingBannerLabel"));
    bannerLabel->setAlignment(Qt::AlignCenter);
    bannerLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bannerLabel->setStyleSheet(QStringLiteral("background: #b00020; color: white; font-weight: bold; padding: 4px;"));
    banner->addWidget(bannerLabel);
    workspace.window().addToolBar(Qt::TopToolBarArea, banner);
    banner->hide();
    const auto update = [w, tabs, console, client, kind, shownOnce, banner, bannerLabel] {
        if (*kind == QLatin1String("training")) {
            bannerLabel->setText(TrainerConsole::tr("TRAINING / PELATIHAN — a training class: nothing here is a real "
                                                    "complaint"));
            banner->show();
        }
        const bool trainer = *kind == QLatin1String("training") && w->session().actor().role == Role::Trainer;
        tabs->setTabVisible(tabs->indexOf(console), trainer);
        if (trainer && !*shownOnce && client->ready()) {
            *shownOnce = true;
            tabs->setCurrentWidget(console); // a trainer's first screen in a class
        }
    };
    QObject::connect(sync, &SyncWorker::statusChanged, console, [kind, update](const SyncStatus &status) {
        if (!status.storeKind.isEmpty())
            *kind = status.storeKind;
        update();
    });
    QObject::connect(sync, &SyncWorker::cacheChanged, console, update);
}

} // namespace rabeg
