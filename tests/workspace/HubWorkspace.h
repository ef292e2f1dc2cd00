#pragma once

#include "FaultProxy.h"
#include "Language.h"
#include "OperatorSession.h"
#include "TestHub.h"
#include "Workspace.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace rabeg::test {

// A whole workstation (Workspace: window, session, sync thread) logged in to a TestHub, optionally through a
// FaultProxy so that the hub can go away and come back on another port while the workstation keeps its address.
// The hub answers on this (the test's) thread, so every wait spins this thread's event loop.
class HubWorkspace
{
public:
    HubWorkspace(TestHub &hub, const QString &user, bool throughProxy);
    ~HubWorkspace();
    Q_DISABLE_COPY_MOVE(HubWorkspace)

    MainWindow &window() { return m_workspace->window(); }
    OperatorSession &session() { return m_workspace->session(); }
    Workspace &workspace() { return *m_workspace; }
    FaultProxy *proxy() { return m_proxy.get(); }

    // The complaint as the workstation shows it (REQUIREs it in the cache).
    ProjectedComplaint shown(const QUuid &id);
    // Spins the event loop until `done` (REQUIREd within a minute: the sync's backoff is at most 60 s).
    void waitFor(const std::function<bool()> &done, const char *what);
    // Waits until the complaint is in the cache (the first sync has brought it).
    void waitForComplaint(const QUuid &id);
    // The hub is back on a new port: the proxy follows it.
    void hubMoved();
    // Rabeg closed and started again: a new Workspace on the same cache, settings and proxy.
    void restart();

private:
    void open();

    TestHub &m_hub;
    QString m_user;
    QUrl m_url;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FaultProxy> m_proxy;
    Language m_language;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace rabeg::test
