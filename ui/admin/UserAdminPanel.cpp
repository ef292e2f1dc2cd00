#include "UserAdminPanel.h"

#include "AuditText.h"
#include "UserAdminClient.h"
#include "refdata/ReferenceLoader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

UserAdminPanel::UserAdminPanel(UserAdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_title(new QLabel(this)), m_table(new QTableWidget(this)),
      m_create(new QPushButton(this)), m_change(new QPushButton(this)), m_password(new QPushButton(this)),
      m_active(new QPushButton(this)), m_reload(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(u"userAdminPanel"_s);
    m_title->setObjectName(u"usersLabel"_s);
    m_table->setObjectName(u"usersTableWidget"_s);
    m_create->setObjectName(u"userCreatePushButton"_s);
    m_change->setObjectName(u"userChangePushButton"_s);
    m_password->setObjectName(u"userPasswordPushButton"_s);
    m_active->setObjectName(u"userActivePushButton"_s);
    m_reload->setObjectName(u"usersReloadPushButton"_s);
    m_message->setObjectName(u"usersMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setBuddy(m_table);
    if (const auto reference = loadBuiltinReferenceData(); reference.ok())
        m_opds = reference->opds; // until setOpds() gives the ones in force

    m_table->setColumnCount(5);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_create, m_change, m_password, m_active})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_create, &QPushButton::clicked, this, [this] { startChange(UserChangeDialog::Action::Create); });
    connect(m_change, &QPushButton::clicked, this, [this] { startChange(UserChangeDialog::Action::Change); });
    connect(m_password, &QPushButton::clicked, this,
            [this] { startChange(UserChangeDialog::Action::ResetPassword); });
    connect(m_active, &QPushButton::clicked, this, [this] {
        startChange(selectedAccount().value(u"active"_s).toBool() ? UserChangeDialog::Action::Deactivate
                                                                  : UserChangeDialog::Action::Reactivate);
    });
    connect(m_reload, &QPushButton::clicked, this, &UserAdminPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserAdminPanel::updateButtons);
    connect(m_client, &UserAdminClient::usersLoaded, this, &UserAdminPanel::showUsers);
    connect(m_client, &UserAdminClient::changed, this, &UserAdminPanel::changed);
    connect(m_client, &UserAdminClient::usersFailed, this, [this](const QString &sentence) {
        m_message->setText(sentence);
        if (m_dialog) // the change it sent was refused: what was typed stays, to be corrected
            m_dialog->refused(sentence);
    });
    retranslate();
    updateButtons();
}

void UserAdminPanel::setOpds(const QList<Opd> &opds)
{
    m_opds = opds;
}

void UserAdminPanel::reload()
{
    m_client->loadUsers();
}

QString UserAdminPanel::message() const
{
    return m_message->text();
}

QJsonObject UserAdminPanel::selectedAccount() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0) || !m_table->item(row, 0)->isSelected())
        return {};
    return m_users.at(m_table->item(row, 0)->data(Qt::UserRole).toInt()).toObject();
}

void UserAdminPanel::showUsers(const QJsonArray &users)
{
    const QString selected = selectedAccount().value(u"username"_s).toString();
    m_users = users;
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const QJsonObject user = users.at(row).toObject();
        const QStringList cells {user.value(u"username"_s).toString(), user.value(u"name"_s).toString(),
                                 roleText(user.value(u"role"_s).toString()), user.value(u"opd"_s).toString(),
                                 user.value(u"active"_s).toBool() ? tr("yes") : tr("no: deactivated")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, row);
            m_table->setItem(row, column, item);
        }
        if (cells.first() == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

void UserAdminPanel::startChange(UserChangeDialog::Action action)
{
    if (m_dialog)
        return;
    const QJsonObject account = action == UserChangeDialog::Action::Create ? QJsonObject() : selectedAccount();
    if (action != UserChangeDialog::Action::Create && account.isEmpty()) {
        m_message->setText(tr("Select an account in the table first."));
        return;
    }
    m_dialog = new UserChangeDialog(action, account, m_opds, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &UserChangeDialog::submitted, this, [this](const QJsonObject &body) {
        m_message->setText(tr("Sending the change to the hub..."));
        m_client->change(body);
    });
    m_dialog->open();
}

void UserAdminPanel::changed(const QString &action, const QString &username)
{
    if (m_dialog)
        m_dialog->finish();
    if (action == u"create"_s)
        m_message->setText(tr("Account %1 created.").arg(username));
    else if (action == u"change"_s)
        m_message->setText(tr("Role or OPD of %1 changed: their workstation fills its cache afresh at its next "
                              "sync.").arg(username));
    else if (action == u"reset_password"_s)
        m_message->setText(tr("New password for %1; their sessions have ended.").arg(username));
    else if (action == u"deactivate"_s)
        m_message->setText(tr("%1 deactivated: the account can no longer log in.").arg(username));
    else
        m_message->setText(tr("%1 reactivated.").arg(username));
    reload();
}

void UserAdminPanel::updateButtons()
{
    const QJsonObject account = selectedAccount();
    for (QPushButton *button : {m_change, m_password, m_active})
        button->setEnabled(!account.isEmpty());
    m_active->setText(account.isEmpty() || account.value(u"active"_s).toBool() ? tr("&Deactivate...")
                                                                              : tr("Reac&tivate..."));
}

void UserAdminPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showUsers(m_users);
    }
    QWidget::changeEvent(event);
}

void UserAdminPanel::retranslate()
{
    m_title->setText(tr("&Accounts (as the hub holds them now)"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("OPD"), tr("Active")});
    m_table->setAccessibleName(tr("Accounts"));
    m_create->setText(tr("&New account..."));
    m_change->setText(tr("Change role or &OPD..."));
    m_password->setText(tr("Reset &password..."));
    m_reload->setText(tr("Re&load"));
    m_create->setAccessibleName(tr("New account"));
    m_change->setAccessibleName(tr("Change the role or OPD of the selected account"));
    m_password->setAccessibleName(tr("Reset the password of the selected account"));
    m_active->setAccessibleName(tr("Deactivate or reactivate the selected account"));
    m_reload->setAccessibleName(tr("Reload the accounts from the hub"));
    updateButtons();
}

} // namespace rabeg
