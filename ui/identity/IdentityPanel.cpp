#include "IdentityPanel.h"

#include "HubRefusal.h"
#include "RevealDialog.h"
#include "WorkstationVault.h"
#include "sync/SyncWorker.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

// Roles the hub lets read a non-anonymous reporter's identity, and reveal an anonymous one (hub/IdentityRoute.cpp).
bool mayRead(Role role)
{
    return role == Role::Operator || role == Role::Supervisor || role == Role::Trainer;
}
bool mayReveal(Role role)
{
    return role == Role::Supervisor || role == Role::Admin;
}

quint64 nextTicket()
{
    static quint64 counter = 0; // the GUI thread's only
    return ++counter;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>"_s + esc(label) + u"</td><td>"_s
        + esc(value) + u"</td></tr>"_s;
}

} // namespace

IdentityPanel::IdentityPanel(OperatorSession &session, QWidget *keys, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"identityPanel"_s);
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(u"identityHeadingLabel"_s);
    QFont bold = m_headingLabel->font();
    bold.setBold(true);
    m_headingLabel->setFont(bold);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"identityStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_identityLabel = new QLabel(this);
    m_identityLabel->setObjectName(u"identityLabel"_s);
    m_identityLabel->setWordWrap(true);
    m_identityLabel->setTextFormat(Qt::RichText);
    m_identityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_identityLabel->setVisible(false);
    m_showButton = new QPushButton(this);
    m_showButton->setObjectName(u"showIdentityPushButton"_s);
    m_revealButton = new QPushButton(this);
    m_revealButton->setObjectName(u"revealIdentityPushButton"_s);

    // Actions for the keys and the command palette (docs/keymap.md), acting in the detail they belong to.
    QWidget *scope = keys ? keys : this;
    m_showAction = new QAction(scope);
    m_showAction->setObjectName(u"showReporterIdentityAction"_s);
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_showAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revealAction = new QAction(scope);
    m_revealAction->setObjectName(u"revealReporterIdentityAction"_s);
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_revealAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(m_showAction);
    scope->addAction(m_revealAction);

    // The buttons beside the heading, where a low screen still shows them: the sentences under them scroll.
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_headingLabel);
    top->addSpacing(12);
    top->addWidget(m_showButton);
    top->addWidget(m_revealButton);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_identityLabel);
    layout->addStretch(1); // packed under its heading when its scroll area gives it more height than it needs

    connect(m_showButton, &QPushButton::clicked, this, &IdentityPanel::fetch);
    connect(m_revealButton, &QPushButton::clicked, this, &IdentityPanel::reveal);
    connect(m_showAction, &QAction::triggered, this, &IdentityPanel::fetch);
    connect(m_revealAction, &QAction::triggered, this, &IdentityPanel::reveal);
    if (SyncWorker *sync = m_session.sync())
        connect(sync, &SyncWorker::hubAnswered, this, &IdentityPanel::answered);
    retranslate();
    refreshState();
}

IdentityPanel::~IdentityPanel()
{
    // Only the labels: the session may be gone already when a window is torn down.
    m_identityLabel->clear();
    m_statusLabel->clear();
}

QList<QAction *> IdentityPanel::actions() const
{
    return {m_showAction, m_revealAction};
}

void IdentityPanel::showFor(const QUuid &id, const QString &trackingId, bool anonim)
{
    if (id != m_id)
        forget();
    m_id = id;
    m_trackingId = trackingId;
    m_anonim = anonim;
    refreshState();
}

void IdentityPanel::forget()
{
    m_ticket = 0; // an answer still on its way is dropped
    m_identityLabel->clear();
    m_identityLabel->setVisible(false);
    m_statusLabel->clear();
    if (!m_id.isNull())
        refreshState();
}

bool IdentityPanel::identityShown() const
{
    return m_identityLabel->isVisibleTo(this);
}

void IdentityPanel::refreshState()
{
    const Role role = m_session.actor().role;
    const bool complaint = !m_id.isNull();
    const bool readable = complaint && !m_anonim && mayRead(role);
    const bool revealable = complaint && m_anonim && mayReveal(role);
    m_showButton->setVisible(readable);
    m_showAction->setEnabled(readable && m_ticket == 0);
    m_showButton->setEnabled(readable && m_ticket == 0);
    m_revealButton->setVisible(revealable);
    m_revealAction->setEnabled(revealable && m_ticket == 0);
    m_revealButton->setEnabled(revealable && m_ticket == 0);
    setVisible(complaint);
    if (!complaint || identityShown() || m_ticket != 0 || !m_statusLabel->text().isEmpty())
        return;
    if (m_anonim)
        say(revealable ? tr("Hidden (anonim): the reporter asked to stay anonymous. You may reveal the identity "
                            "with a stated reason; the reveal is recorded.")
                       : tr("Hidden (anonim): the reporter asked to stay anonymous. Only a supervisor or an admin "
                            "may reveal the identity, with a stated reason."),
            false);
    else if (!readable)
        say(tr("Your role may not see reporters' identities."), false);
    else if (const WorkstationVault *vault = WorkstationVault::of(m_session); vault && vault->available())
        say(tr("Withheld: asked of the hub when you need it, or opened from this workstation's encrypted copy when "
               "you are offline and have seen it before; every view is recorded."),
            false);
    else
        say(tr("Withheld: asked of the hub when you need it, shown here only, never kept on this workstation."), false);
}

void IdentityPanel::fetch()
{
    if (m_id.isNull() || m_anonim || !mayRead(m_session.actor().role) || m_ticket != 0)
        return;
    m_revealing = false;
    ask("GET", u"/api/v1/complaints/%1/identity"_s.arg(m_id.toString(QUuid::WithoutBraces)), {});
}

void IdentityPanel::reveal()
{
    if (m_id.isNull() || !m_anonim || !mayReveal(m_session.actor().role) || m_ticket != 0)
        return;
    auto *dialog = new RevealDialog(m_trackingId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = m_id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (id == m_id)
            revealWith(dialog->reason());
    });
    dialog->open();
}

void IdentityPanel::revealWith(const QString &reason)
{
    if (m_id.isNull() || !m_anonim || reason.trimmed().isEmpty() || m_ticket != 0)
        return;
    m_revealing = true;
    ask("POST", u"/api/v1/complaints/%1/identity/reveal"_s.arg(m_id.toString(QUuid::WithoutBraces)),
        {{u"reason"_s, reason.trimmed()}});
}

void IdentityPanel::ask(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    SyncWorker *sync = m_session.sync();
    if (!sync || !m_session.hubOnline()) {
        if (!m_revealing && showKept())
            return;
        say(offlineSentence(), true);
        return;
    }
    m_identityLabel->clear();
    m_identityLabel->setVisible(false);
    m_ticket = nextTicket();
    say(tr("Asking the hub…"), false);
    refreshState();
    sync->askHub(m_ticket, method, path, body);
}

void IdentityPanel::answered(quint64 ticket, int status, const QJsonObject &body, const QString &problem)
{
    if (ticket == 0 || ticket != m_ticket)
        return; // another panel's, or for a complaint no longer shown
    m_ticket = 0;
    const QJsonObject error = body.value(u"error"_s).toObject();
    const QString code = error.value(u"code"_s).toString();
    if (status == 200) {
        showIdentity(body);
        if (WorkstationVault *vault = WorkstationVault::of(m_session); vault && !m_revealing) {
            // Kept sealed for offline use; an answer without an identity (purged on the hub) removes the copy.
            if (body.value(u"identity"_s).toObject().isEmpty())
                vault->drop(m_id);
            else
                vault->keep(m_id, body);
        }
        if (m_revealing && m_session.sync())
            m_session.sync()->syncSoon(); // the identity_revealed event comes into the timeline
    } else if (status == 0 && problem == u"not_signed_in"_s) {
        say(tr("Not signed in to the hub yet: wait for the first sync, then try again."), true);
    } else if (status == 0) {
        if (m_revealing || !showKept())
            say(offlineSentence() + u" ("_s + problem + u')', true);
    } else if (status == 401) {
        say(tr("The hub has ended your session. Log in again, then ask once more."), true);
    } else if (code == u"identity_anonymous"_s) {
        say(tr("Hidden (anonim): the reporter asked to stay anonymous."), true);
    } else if (code == u"identity_forbidden"_s || code == u"identity_reveal_forbidden"_s) {
        say(tr("The hub refused: %1").arg(HubRefusal::text(code, error.value(u"message"_s).toString())), true);
    } else {
        say(tr("The hub did not give the identity (%1): %2")
                .arg(status)
                .arg(HubRefusal::text(code, error.value(u"message"_s).toString())),
            true);
    }
    refreshState();
}

void IdentityPanel::showIdentity(const QJsonObject &answer, bool kept)
{
    const QJsonObject identity = answer.value(u"identity"_s).toObject();
    if (identity.isEmpty()) {
        say(tr("The hub holds no identity for this reporter (none was recorded, or the retention period has "
               "removed it)."),
            false);
        return;
    }
    const QString none = tr("—");
    const auto field = [&identity, &none](const char *key) {
        const QString value = identity.value(QLatin1String(key)).toString();
        return value.isEmpty() ? none : value;
    };
    QString html = u"<table>"_s;
    html += row(tr("Name"), field("name"));
    html += row(tr("NIK"), field("nik"));
    html += row(tr("Phone"), field("phone"));
    html += row(tr("E-mail"), field("email"));
    html += row(tr("Address"), field("address"));
    html += u"</table><p><b>"_s + esc(tr("Unmasked text")) + u"</b><br><i>"_s + esc(answer.value(u"title"_s).toString())
        + u"</i></p><p style='white-space:pre-wrap'>"_s + esc(answer.value(u"body"_s).toString()) + u"</p>"_s;
    m_identityLabel->setText(html);
    m_identityLabel->setVisible(true);
    WorkstationVault *vault = WorkstationVault::of(m_session);
    if (kept)
        say(tr("From this workstation's encrypted copy, offline. This view is recorded here and sent to the hub's "
               "audit log when you are online again."),
            false);
    else if (m_revealing)
        say(tr("Revealed once, with your reason recorded on the hub; not kept here: it goes when you leave this "
               "complaint."),
            false);
    else if (vault && vault->available())
        say(tr("From the hub (this view is recorded in its audit log); an encrypted copy is kept on this "
               "workstation so you can see it offline."),
            false);
    else
        say(tr("From the hub (this view is recorded in its audit log); not kept here: it goes when you leave this "
               "complaint."),
            false);
}

bool IdentityPanel::showKept()
{
    WorkstationVault *vault = WorkstationVault::of(m_session);
    if (!vault || !vault->ready())
        return false;
    const auto kept = vault->identity(m_id);
    if (!kept.ok()) {
        m_identityLabel->clear();
        m_identityLabel->setVisible(false);
        say(tr("This workstation's encrypted copy of the identity cannot be opened (%1); nothing is shown. Ask the "
               "hub when you are online.")
                .arg(kept.error().message),
            true);
        return true;
    }
    if (!kept.value())
        return false;
    showIdentity(*kept.value(), true);
    if (Status status = vault->noteView(m_id, true))
        say(tr("The view could not be recorded on this workstation (%1).").arg(status->message), true);
    return true;
}

QString IdentityPanel::offlineSentence() const
{
    const WorkstationVault *vault = WorkstationVault::of(m_session);
    if (vault && vault->ready())
        return tr("Showing this reporter's identity needs the hub, which cannot be reached now: this workstation "
                  "keeps an encrypted copy only of the identities you have seen online. Try again when you are "
                  "online.");
    if (vault && !vault->problem().isEmpty())
        return tr("Showing the reporter's identity needs the hub: without a system keychain it is never kept on "
                  "this workstation. Try again when you are online.");
    return tr("Showing the reporter's identity needs the hub: it is never kept on this workstation. Try again "
              "when you are online.");
}

void IdentityPanel::say(const QString &sentence, bool problem)
{
    m_statusLabel->setStyleSheet(problem ? u"color:#b01c1c"_s : QString());
    m_statusLabel->setText(sentence);
}

void IdentityPanel::hideEvent(QHideEvent *event)
{
    // Gone from the screen (the detail window closed, another screen in front): the identity goes with it. A
    // minimised window keeps it (a spontaneous hide).
    if (!event->spontaneous())
        forget();
    QWidget::hideEvent(event);
}

void IdentityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IdentityPanel::retranslate()
{
    m_headingLabel->setText(tr("Reporter identity"));
    m_showButton->setText(tr("Show reporter identity"));
    m_showButton->setToolTip(tr("Ask the hub for the reporter's name, NIK, phone, e-mail, address and the unmasked "
                                "text; recorded in its audit log, never kept here (Ctrl+Shift+I)"));
    m_showButton->setAccessibleName(tr("Show reporter identity"));
    m_revealButton->setText(tr("Reveal identity…"));
    m_revealButton->setToolTip(tr("Reveal an anonymous reporter's identity with a stated reason; recorded in the "
                                  "history and the audit log (Ctrl+Shift+U)"));
    m_revealButton->setAccessibleName(tr("Reveal the anonymous reporter's identity"));
    m_showAction->setText(tr("Show reporter identity"));
    m_revealAction->setText(tr("Reveal identity…"));
    m_identityLabel->setAccessibleName(tr("Reporter identity from the hub"));
}

} // namespace rabeg
