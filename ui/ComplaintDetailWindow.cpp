#include "ComplaintDetailWindow.h"

#include "ComplaintDetailView.h"
#include "OperatorSession.h"
#include "sop/ComplaintChecklistPanel.h"

#include <QAction>
#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

ComplaintDetailWindow::ComplaintDetailWindow(OperatorSession &session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session)
{
    setObjectName(u"complaintDetailWindow"_s);
    m_detail = new ComplaintDetailView(session, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detail);
    auto *close = new QAction(this);
    close->setObjectName(u"closeDetailWindowAction"_s);
    close->setShortcut(Qt::Key_Escape);
    close->setShortcutContext(Qt::WindowShortcut);
    addAction(close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    resize(1100, 720);
}

void ComplaintDetailWindow::showComplaint(const QUuid &id)
{
    m_detail->showComplaint(id);
    retranslate();
    show();
    raise();
    activateWindow();
    // Opened from the stall board: the keyboard starts on the checklist, at the step that stalls.
    if (m_detail->checklistOffered()) {
        m_detail->showChecklistTab();
        m_detail->checklistPanel()->setFocus();
    }
}

void ComplaintDetailWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComplaintDetailWindow::retranslate()
{
    const auto complaint = m_session.complaint(m_detail->complaintId());
    if (complaint.ok() && complaint.value())
        setWindowTitle(
            tr("Complaint %1 — %2").arg(complaint.value()->shown.trackingId, complaint.value()->shown.title));
    else
        setWindowTitle(tr("Complaint"));
}

} // namespace rabeg
