#pragma once

#include "OperatorSession.h"
#include "deadline/WorkingCalendar.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;
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
    // The checklist's tab, when the complaint has a checklist, brought to the front (the stall board's detail).
    void showChecklistTab();
    // Whether the complaint shown has a checklist, offered as a tab beside its history.
    bool checklistOffered() const;
    IdentityPanel *identityPanel() const { return m_identity; }
    AttachmentPanel *attachmentPanel() const { return m_attachments; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString render(const ProjectedComplaint &complaint, const QString &stall) const;
    // The tabs' names, the checklist's tab offered or not, and the one in front, after a complaint is shown.
    void arrangeTabs();
    void showNoComplaint(const QString &html);
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
    HistoryTimeline *m_timeline = nullptr;
    static constexpr int kHistoryTab = 0;
    static constexpr int kChecklistTab = 1;
    QTabWidget *m_tabs = nullptr;
    std::optional<bool> m_preferChecklist; // the tab last picked, for the next complaint with a checklist
    bool m_arranging = false;
};

} // namespace rabeg
