#pragma once

#include "domain/Actor.h"
#include "store/SopCatalogQuery.h"

#include <QObject>

#include <functional>

namespace rabeg {

class OperatorSession;
class SopPublicationPanel;
class SopTemplateEditor;

// Publication from the workstation (docs/sop.md, "Publication through the hub"): the editor's publish button puts
// the version, with why, in the outbox (SopOutbox) like every action, so it works offline and goes out with the
// next sync; the panel shows it pending, or refused with the hub's sentence. The editor's catalogue is what the
// cache synced (SopCatalogQuery), refreshed after every sync. Admins and supervisors publish (an admin also opens
// liaisons' drafts to publish them); a liaison submits drafts for their OPD; nobody else edits.
class SopPublications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopPublications)

public:
    // `syncSoon`: asks the sync to run (the worker's), nothing offline.
    SopPublications(OperatorSession &session, SopTemplateEditor *editor, std::function<void()> syncSoon);

    void setActor(const Actor &actor);
    void refresh();
    SopPublicationPanel *panel() const { return m_panel; }

private:
    void publish(const SopTemplate &sop);
    void openDraft(const QString &eventId);
    void drop(const QString &commandId);

    OperatorSession &m_session;
    SopTemplateEditor *m_editor;
    SopPublicationPanel *m_panel;
    std::function<void()> m_syncSoon;
    Actor m_actor;
    QList<SopDraft> m_drafts;
    QString m_openDraft; // the id of the draft the editor shows, sent with its publication
};

} // namespace rabeg
