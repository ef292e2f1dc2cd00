#pragma once

class QString;
class QUrl;

namespace rabeg {

class AdminScreen;
class Workspace;

// Adds the reference-data tabs to the administration screen (docs/reference-admin.md): "OPDs & agencies",
// "Categories and services" and "Routing table", with their own line to the hub signed in with the sync's
// session, refreshed from the cache after every sync.
class ReferenceAdminTabs
{
public:
    static void attach(AdminScreen &screen, Workspace &workspace, const QUrl &hub, const QString &user,
                       const QString &caFile);
};

} // namespace rabeg
