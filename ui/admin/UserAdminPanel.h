#pragma once

#include "UserChangeDialog.h"

#include <QJsonArray>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rabeg {

class UserAdminClient;

// The Users tab of the administration screen (docs/admin.md, "Users"): every account the hub holds (user name,
// name, role, OPD, active) and the four changes an admin makes - a new account, another role or OPD, a new
// password, deactivation (or reactivation) - each through a dialog that asks for the reason. The hub's answer,
// refusal included, is a sentence under the table.
class UserAdminPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserAdminPanel)

public:
    explicit UserAdminPanel(UserAdminClient *client, QWidget *parent = nullptr);

    void reload();
    // The OPDs a liaison account may be given: the reference data in force, with the ones admins added.
    void setOpds(const QList<Opd> &opds);
    QTableWidget *table() const { return m_table; }
    QString message() const;
    // The dialog open now (tests fill it in), or nullptr.
    UserChangeDialog *dialog() const { return m_dialog; }
    void startChange(UserChangeDialog::Action action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showUsers(const QJsonArray &users);
    void changed(const QString &action, const QString &username);
    void updateButtons();
    QJsonObject selectedAccount() const;
    void retranslate();

    UserAdminClient *m_client;
    QList<Opd> m_opds;
    QJsonArray m_users;
    QLabel *m_title;
    QTableWidget *m_table;
    QPushButton *m_create;
    QPushButton *m_change;
    QPushButton *m_password;
    QPushButton *m_active;
    QPushButton *m_reload;
    QLabel *m_message;
    QPointer<UserChangeDialog> m_dialog;
};

} // namespace rabeg
