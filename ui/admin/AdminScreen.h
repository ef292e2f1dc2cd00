#pragma once

#include <QWidget>

class QTabWidget;
class QUrl;

namespace rabeg {

class AdminAuditPanel;
class AdminHubClient;
class CalendarEditor;
class LocalCache;
class PolicyVersionList;
class SlaPolicyEditor;
class UserAdminClient;
class UserAdminPanel;
class Workspace;

// The administration screen (admins only): the SLA policy editor and the calendar editor, each loading the
// version in force from the hub and publishing the next one through the admin routes, above the list of
// published versions with who published them when and why; the accounts and the audit of administration
// (docs/admin.md) in tabs of their own.
class AdminScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminScreen)

public:
    AdminScreen(AdminHubClient *client, LocalCache &cache, QWidget *parent = nullptr);

    // Adds the screen to the workspace's window as a tab, shown only while the signed-in user is an admin, its
    // client signed in with the sync's session (docs/deadlines.md, "The admin screens").
    static void attach(Workspace &workspace, const QUrl &hub, const QString &user, const QString &caFile);

    // Loads both versions in force from the hub.
    void reload();
    SlaPolicyEditor *sla() const { return m_sla; }
    CalendarEditor *calendar() const { return m_calendar; }
    PolicyVersionList *versions() const { return m_versions; }
    UserAdminPanel *users() const { return m_users; }
    AdminAuditPanel *audit() const { return m_audit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    SlaPolicyEditor *m_sla;
    CalendarEditor *m_calendar;
    PolicyVersionList *m_versions;
    UserAdminClient *m_userClient;
    UserAdminPanel *m_users;
    AdminAuditPanel *m_audit;
};

} // namespace rabeg
