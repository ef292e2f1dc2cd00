#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <optional>

class QNetworkReply;

namespace rabeg {

class AdminHubClient;

// The Users and Audit tabs' line to the hub (docs/admin.md): the accounts (GET and POST /api/v1/admin/users) and
// the reference stream (GET /api/v1/admin/reference-events), over the admin screens' signed-in AdminHubClient.
// Every answer comes back as a signal; a refusal as the hub's own sentence.
class UserAdminClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserAdminClient)

public:
    explicit UserAdminClient(AdminHubClient *hub, QObject *parent = nullptr);

    void loadUsers();
    // One account change: {"action", "username", "reason", ...} (a command id is added here).
    void change(const QJsonObject &body);
    void loadAudit();

signals:
    void usersLoaded(const QJsonArray &users);
    void changed(const QString &action, const QString &username);
    void auditLoaded(const QJsonArray &events);
    // A sentence for the screen: the hub's refusal, or why the hub did not answer (of the accounts or the audit).
    void usersFailed(const QString &sentence);
    void auditFailed(const QString &sentence);

private:
    // The reply's JSON body when the hub answered 200; otherwise emits failed() and returns nothing.
    std::optional<QJsonObject> answer(QNetworkReply *reply, bool audit);
    bool signedIn(QNetworkReply *reply, bool audit);
    void fail(bool audit, const QString &sentence);

    AdminHubClient *m_hub;
};

} // namespace rabeg
