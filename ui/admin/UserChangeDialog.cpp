#include "UserChangeDialog.h"

#include "AuditText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

UserChangeDialog::UserChangeDialog(Action action, const QJsonObject &account, const QList<Opd> &opds,
                                   QWidget *parent)
    : QDialog(parent), m_action(action), m_account(account), m_intro(new QLabel(this)),
      m_username(new QLineEdit(this)), m_name(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_opd(new QComboBox(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_reason(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"userChangeDialog"_s);
    m_username->setObjectName(u"userUsernameLineEdit"_s);
    m_name->setObjectName(u"userNameLineEdit"_s);
    m_role->setObjectName(u"userRoleComboBox"_s);
    m_opd->setObjectName(u"userOpdComboBox"_s);
    m_password->setObjectName(u"userPasswordLineEdit"_s);
    m_repeat->setObjectName(u"userRepeatLineEdit"_s);
    m_reason->setObjectName(u"userReasonLineEdit"_s);
    m_problem->setObjectName(u"userProblemLabel"_s);
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. transfer per the mayor's decree 800/112/2026"));

    for (const QString &role : {u"operator"_s, u"supervisor"_s, u"liaison"_s, u"trainer"_s, u"admin"_s})
        m_role->addItem(roleText(role), role);
    m_opd->addItem(tr("(no OPD)"), QString());
    for (const Opd &opd : opds) {
        if (opd.active || opd.code == account.value(u"opd"_s).toString())
            m_opd->addItem(u"%1 \u2013 %2"_s.arg(opd.code, opd.name), opd.code);
    }
    const QString username = account.value(u"username"_s).toString();
    m_username->setText(username);
    m_username->setReadOnly(action != Action::Create);
    m_name->setText(account.value(u"name"_s).toString());
    m_role->setCurrentIndex(std::max(0, m_role->findData(account.value(u"role"_s).toString(u"operator"_s))));
    m_opd->setCurrentIndex(std::max(0, m_opd->findData(account.value(u"opd"_s).toString())));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    if (asks(u"name"_s))
        form->addRow(tr("&Full name:"), m_name);
    if (asks(u"role"_s)) {
        form->addRow(tr("&Role:"), m_role);
        form->addRow(tr("&OPD (liaisons only):"), m_opd);
    }
    if (asks(u"password"_s)) {
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("Password a&gain:"), m_repeat);
    }
    form->addRow(tr("Rea&son:"), m_reason);
    // The fields this action does not ask for stay out of sight (they are children all the same).
    m_name->setVisible(asks(u"name"_s));
    m_role->setVisible(asks(u"role"_s));
    m_opd->setVisible(asks(u"role"_s));
    m_password->setVisible(asks(u"password"_s));
    m_repeat->setVisible(asks(u"password"_s));

    switch (action) {
    case Action::Create:
        setWindowTitle(tr("New account"));
        m_intro->setText(tr("The account can log in at once with this password. At least 10 characters; a "
                            "sentence of a few words is easier to remember than a clever short one."));
        break;
    case Action::Change:
        setWindowTitle(tr("Change role or OPD of %1").arg(username));
        m_intro->setText(tr("A new role or OPD takes effect at the user's next sync: their workstation fills its "
                            "cache afresh for the new scope and keeps what they have not sent yet."));
        break;
    case Action::ResetPassword:
        setWindowTitle(tr("Reset the password of %1").arg(username));
        m_intro->setText(tr("The user's sessions end now; they log in again with this password."));
        break;
    case Action::Deactivate:
        setWindowTitle(tr("Deactivate %1").arg(username));
        m_intro->setText(tr("The account can no longer log in and its sessions end now. Nothing it did is "
                            "deleted, and it can be reactivated."));
        break;
    case Action::Reactivate:
        setWindowTitle(tr("Reactivate %1").arg(username));
        m_intro->setText(tr("The account can log in again with its password."));
        break;
    }
    m_username->setAccessibleName(tr("User name"));
    m_name->setAccessibleName(tr("Full name"));
    m_role->setAccessibleName(tr("Role"));
    m_opd->setAccessibleName(tr("OPD (liaisons only)"));
    m_password->setAccessibleName(tr("Password"));
    m_repeat->setAccessibleName(tr("Password again"));
    m_reason->setAccessibleName(tr("Reason"));
    m_buttons->setObjectName(u"userDialogButtonBox"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserChangeDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserChangeDialog::updateOpd);
    updateOpd();
    setMinimumWidth(480);
    (action == Action::Create ? m_username : m_reason)->setFocus();
}

bool UserChangeDialog::asks(const QString &field) const
{
    if (field == u"name"_s || field == u"role"_s)
        return m_action == Action::Create || m_action == Action::Change;
    if (field == u"password"_s)
        return m_action == Action::Create || m_action == Action::ResetPassword;
    return false;
}

void UserChangeDialog::updateOpd()
{
    const bool liaison = m_role->currentData().toString() == u"liaison"_s;
    m_opd->setEnabled(liaison);
    if (!liaison)
        m_opd->setCurrentIndex(0);
}

QJsonObject UserChangeDialog::body() const
{
    static const char *const actions[] = {"create", "change", "reset_password", "deactivate", "reactivate"};
    QJsonObject body {{u"action"_s, QString::fromLatin1(actions[int(m_action)])},
                      {u"username"_s, m_username->text().trimmed()},
                      {u"reason"_s, m_reason->text().trimmed()}};
    if (asks(u"name"_s))
        body.insert(u"name"_s, m_name->text().trimmed());
    if (asks(u"role"_s)) {
        body.insert(u"role"_s, m_role->currentData().toString());
        body.insert(u"opd"_s, m_opd->currentData().toString());
    }
    if (asks(u"password"_s))
        body.insert(u"password"_s, m_password->text());
    return body;
}

void UserChangeDialog::accept()
{
    // What the hub would refuse anyway is said here, before anything is sent; the rest is the hub's to decide.
    if (m_reason->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Say why: the reason is kept in the audit of administration with the change."));
        m_reason->setFocus();
        return;
    }
    if (asks(u"password"_s) && m_password->text() != m_repeat->text()) {
        m_problem->setText(tr("The two passwords differ: type the same password twice."));
        m_repeat->setFocus();
        return;
    }
    m_problem->setText(tr("Sending the change to the hub..."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    emit submitted(body());
}

void UserChangeDialog::finish()
{
    QDialog::accept();
}

void UserChangeDialog::refused(const QString &sentence)
{
    m_problem->setText(sentence);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

} // namespace rabeg
