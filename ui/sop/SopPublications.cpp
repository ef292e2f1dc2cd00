#include "SopPublications.h"

#include "HubRefusal.h"
#include "OperatorSession.h"
#include "SopPublicationPanel.h"
#include "SopTemplateEditor.h"
#include "UiLog.h"
#include "sop/SopTemplateJson.h"
#include "store/SopOutbox.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace rabeg {

SopPublications::SopPublications(OperatorSession &session, SopTemplateEditor *editor, std::function<void()> syncSoon)
    : QObject(editor),
      m_session(session),
      m_editor(editor),
      m_panel(new SopPublicationPanel(editor)),
      m_syncSoon(std::move(syncSoon))
{
    setObjectName(u"sopPublications"_s);
    m_editor->addPanel(m_panel);
    connect(m_editor, &SopTemplateEditor::publishRequested, this, &SopPublications::publish);
    connect(m_panel, &SopPublicationPanel::draftChosen, this, &SopPublications::openDraft);
    connect(m_panel, &SopPublicationPanel::dropRequested, this, &SopPublications::drop);
    connect(&m_session, &OperatorSession::cacheRefreshed, this, &SopPublications::refresh);
    setActor(session.actor());
}

void SopPublications::setActor(const Actor &actor)
{
    m_actor = actor;
    const bool liaison = actor.role == Role::Liaison;
    const bool publishes = actor.role == Role::Admin || actor.role == Role::Supervisor;
    m_editor->restrictToOpd(liaison ? actor.opd : QString());
    m_editor->setReadOnly(!liaison && !publishes);
    m_editor->setCanPublish(liaison || publishes);
    m_editor->setPublishMode(liaison ? SopTemplateEditor::PublishMode::SubmitDraft
                                     : SopTemplateEditor::PublishMode::Publish);
    m_panel->setVisible(liaison || publishes);
    refresh();
}

void SopPublications::refresh()
{
    // The role and OPD the hub gave this user arrive with the first sync.
    if (m_session.actor().role != m_actor.role || m_session.actor().opd != m_actor.opd) {
        setActor(m_session.actor());
        return;
    }
    SopCatalogQuery query(m_session.cache());
    const auto catalog = query.catalog(*m_session.reference().sopCatalog());
    if (!catalog.ok()) {
        qCWarning(lcUi).noquote() << "cannot read the synced SOP templates:" << catalog.error().message;
        return;
    }
    m_editor->setCatalog(catalog.value());
    QList<SopPublicationPanel::Row> rows;
    const auto entries = SopOutbox(m_session.cache()).entries();
    for (const SopOutboxEntry &e : entries.value_or(QList<SopOutboxEntry> {})) {
        const QJsonObject t = e.body.value(u"template"_s).toObject();
        const QString what = tr("Version %1 of %2")
                                 .arg(t.value(u"version"_s).toInt())
                                 .arg(sopTemplateId(t.value(u"opd"_s).toString(), t.value(u"service"_s).toString()));
        if (e.status == u"refused"_s)
            rows.append({SopPublicationPanel::Row::Kind::Refused, e.commandId,
                         tr("%1: refused by the hub. %2").arg(what, HubRefusal::text(e.errorCode, e.errorMessage))});
        else
            rows.append({SopPublicationPanel::Row::Kind::Pending, e.commandId,
                         tr("%1: pending, sent to the hub at the next sync.").arg(what)});
    }
    m_drafts.clear();
    if (m_actor.role == Role::Admin)
        m_drafts = query.openDrafts(catalog.value()).value_or(QList<SopDraft> {});
    for (const SopDraft &d : std::as_const(m_drafts))
        rows.append({SopPublicationPanel::Row::Kind::Draft, d.eventId.toString(QUuid::WithoutBraces),
                     tr("Draft of version %1 of %2 by %3: %4")
                         .arg(d.sop.version)
                         .arg(sopTemplateId(d.sop.opd, d.sop.service), d.by, d.reason)});
    m_panel->setRows(rows);
}

void SopPublications::publish(const SopTemplate &sop)
{
    const QString reason = m_panel->reason();
    if (reason.isEmpty()) {
        m_editor->setMessage(tr("Not sent: say why this version is published."), true);
        return;
    }
    QJsonObject body {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {u"template"_s, encodeSopTemplate(sop)},
                      {u"reason"_s, reason}};
    for (const SopDraft &d : std::as_const(m_drafts)) {
        if (d.eventId.toString(QUuid::WithoutBraces) == m_openDraft && d.sop.opd == sop.opd
            && d.sop.service == sop.service && encodeSopTemplate(d.sop) == encodeSopTemplate(sop))
            body.insert(u"draft"_s, m_openDraft);
    }
    if (Status status = SopOutbox(m_session.cache()).enqueue(body, m_session.hubNow())) {
        m_editor->setMessage(tr("Not sent: %1").arg(status->message), true);
        return;
    }
    m_editor->setMessage(m_actor.role == Role::Liaison
                             ? tr("Draft of version %1 of %2 queued for an admin; it goes to the hub at the next sync.")
                                   .arg(sop.version)
                                   .arg(sopTemplateId(sop.opd, sop.service))
                             : tr("Version %1 of %2 queued for publication; it goes to the hub at the next sync.")
                                   .arg(sop.version)
                                   .arg(sopTemplateId(sop.opd, sop.service)),
                         false);
    m_panel->clearReason();
    m_openDraft.clear();
    refresh();
    if (m_syncSoon)
        m_syncSoon();
}

void SopPublications::openDraft(const QString &eventId)
{
    for (const SopDraft &d : std::as_const(m_drafts)) {
        if (d.eventId.toString(QUuid::WithoutBraces) == eventId) {
            m_openDraft = eventId;
            m_editor->openDraft(d.sop);
            m_editor->setMessage(tr("The draft by %1 is open: publish it as it is, or change it and publish your "
                                    "own version.")
                                     .arg(d.by),
                                 false);
            return;
        }
    }
}

void SopPublications::drop(const QString &commandId)
{
    if (Status status = SopOutbox(m_session.cache()).drop(commandId))
        m_editor->setMessage(status->message, true);
    refresh();
}

} // namespace rabeg
