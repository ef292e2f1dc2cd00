#include "EscalationPacketButton.h"

#include "EscalationPacketPdf.h"
#include "store/EscalationPacketQuery.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QShortcut>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rabeg {

EscalationPacketButton::EscalationPacketButton(OperatorSession &session, QWidget *parent)
    : QPushButton(parent), m_session(session)
{
    setObjectName(u"escalationPacketPushButton"_s);
    setVisible(false);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), parent ? parent : this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (!m_id.isNull() && !isHidden())
            saveAs();
    });
    connect(this, &QPushButton::clicked, this, &EscalationPacketButton::saveAs);
    retranslate();
}

void EscalationPacketButton::showFor(const QUuid &id, const QString &trackingId, bool escalated)
{
    m_id = escalated ? id : QUuid();
    m_trackingId = trackingId;
    setVisible(escalated);
}

bool EscalationPacketButton::writeTo(const QString &path)
{
    const auto packet = escalationPacketOf(m_session.cache(), m_id.toString(QUuid::WithoutBraces), m_session.hubNow());
    if (!packet) {
        emit feedback(tr("The escalation packet cannot be made: %1").arg(packet.error().message), true);
        return false;
    }
    if (Status status = EscalationPacketPdf(packet.value(), &m_session.reference()).write(path)) {
        emit feedback(status->message, true);
        return false;
    }
    emit feedback(tr("The escalation packet of %1 was saved as %2 (%n day(s) overdue).", nullptr, packet->daysOverdue)
                      .arg(m_trackingId, QDir::toNativeSeparators(path)),
                  false);
    return true;
}

void EscalationPacketButton::saveAs()
{
    if (m_id.isNull())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("escalation-%1.pdf").arg(m_trackingId));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the escalation packet"), suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        writeTo(path);
}

void EscalationPacketButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPushButton::changeEvent(event);
}

void EscalationPacketButton::retranslate()
{
    setText(tr("Escalation packet (PDF)..."));
    setToolTip(tr("The complaint, its OPD, deadlines, days overdue and timeline for the Ombudsman (Ctrl+Shift+O)"));
    setAccessibleName(tr("Escalation packet for the Ombudsman"));
}

} // namespace rabeg
