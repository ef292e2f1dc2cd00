#pragma once

#include "OperatorSession.h"
#include "deadline/WorkingCalendar.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace rabeg {

class AttachmentPanel;
class ComplaintChecklistPanel;
class ConflictPanel;
class DeadlineBars;
class EscalationPacketButton;
class HistoryTimeline;
class IdentityPanel;

// One complaint as this workstation sees it: its text and classification, where it stands (with this
// workstation's commands applied and marked pending), where its SOP stalls and its checklist, its deadline bars, a conflict or refusal with both versions
// and the way out, and its history. The reporter's identity is not in the cache (DESIGN.md): IdentityPanel asks
// the hub for it on demand and holds it only while this complaint is shown.
class ComplaintDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDetailView)

public:
    explicit ComplaintDetailView(OperatorSession &session, QWidget *parent = nullptr);

    void showComplaint(const QUuid &id);
    QUuid complaintId() const { return m_id; }
    void refresh();
    void clear();
    // A sentence for the operator above the detail: a refusal (red) or a confirmation.
    void showMessage(const QString &message, bool problem);
    QString text() const;
    ConflictPanel *conflictPanel() const { return m_conflict; }
    ComplaintChecklistPanel *checklistPanel() const { return m_checklist; }
    IdentityPanel *identityPanel() const { return m_identity; }
    AttachmentPanel *attachmentPanel() const { return m_attachments; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString render(const ProjectedComplaint &complaint, const QString &stall) const;
    void retry(const QString &commandId);
    void discard(const QString &commandId);

    OperatorSession &m_session;
    QUuid m_id;
    QLabel *m_messageLabel = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLabel *m_deadlinesLabel = nullptr;
    DeadlineBars *m_deadlines = nullptr;
    EscalationPacketButton *m_packetButton = nullptr;
    ConflictPanel *m_conflict = nullptr;
    ComplaintChecklistPanel *m_checklist = nullptr;
    IdentityPanel *m_identity = nullptr;
    AttachmentPanel *m_attachments = nullptr; // metadata from the history; bytes fetched on demand
    QLabel *m_historyLabel = nullptr;
    HistoryTimeline *m_timeline = nullptr;
};

} // namespace rabeg
