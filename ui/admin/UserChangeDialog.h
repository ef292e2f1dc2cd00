#pragma once

#include "refdata/ReferenceTypes.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rabeg {

// One change of an account, as the Users tab asks it (docs/admin.md, "Users"): the fields the action needs and,
// always, the reason, which the log keeps with the change. The hub decides: the dialog stays open, its fields as
// typed, until the hub has answered; a refusal is shown in it, to be corrected and sent again.
class UserChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChangeDialog)

public:
    enum class Action { Create, Change, ResetPassword, Deactivate, Reactivate };

    // `account` (username, name, role, opd, active as the hub lists them) for every action but Create.
    UserChangeDialog(Action action, const QJsonObject &account, const QList<Opd> &opds, QWidget *parent = nullptr);

    // The body of POST /api/v1/admin/users, without its command id.
    QJsonObject body() const;

    // Checks what can be checked here, then submitted() (OK is disabled until the hub answers).
    void accept() override;
    // The hub's answer to what was submitted: finish closes the dialog, refused shows the sentence and enables OK.
    void finish();
    void refused(const QString &sentence);

signals:
    void submitted(const QJsonObject &body);

private:
    void updateOpd();
    bool asks(const QString &field) const;

    Action m_action;
    QJsonObject m_account;
    QLabel *m_intro;
    QLineEdit *m_username;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_opd;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rabeg
