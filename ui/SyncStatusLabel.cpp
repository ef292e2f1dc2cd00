#include "SyncStatusLabel.h"

#include "HubRefusal.h"
#include "Labels.h"

#include <QEvent>

namespace rabeg {

SyncStatusLabel::SyncStatusLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setTextFormat(Qt::RichText);
    // A long refusal ("login refused: ... try again in 29 seconds") is shown whole where the status bar has room,
    // and never makes the window wider than its screen: below its text's width the label is clipped (the whole
    // sentence is in its tooltip).
    setMinimumWidth(1);
    render();
}

void SyncStatusLabel::setStatus(const SyncStatus &status)
{
    m_status = status;
    m_known = true;
    render();
}

void SyncStatusLabel::setStartFailure(const QString &message)
{
    m_failure = message;
    render();
}

void SyncStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void SyncStatusLabel::render()
{
    if (!m_failure.isEmpty()) {
        setText(QStringLiteral("<span style='color:#b01c1c'>&#9679;</span> ") + tr("Sync stopped"));
        setToolTip(m_failure);
        return;
    }
    if (!m_known) {
        setText(QStringLiteral("<span style='color:#999'>&#9679;</span> ") + tr("Connecting to the hub…"));
        setToolTip(QString());
        return;
    }
    const QString dot = m_status.online ? QStringLiteral("<span style='color:#1f8a3b'>&#9679;</span> ")
                                        : QStringLiteral("<span style='color:#c77700'>&#9679;</span> ");
    QStringList parts;
    parts.append(m_status.online ? tr("Online") : tr("Offline"));
    if (m_status.lastSynced.isValid())
        parts.append(tr("synced %1").arg(Labels::wib(m_status.lastSynced)));
    if (m_status.loginNeeded)
        parts.append(QStringLiteral("<b style='color:#b01c1c'>") + tr("session ended: log in again (File menu)")
                     + QStringLiteral("</b>"));
    // Refused for another reason than the password (locked, throttled): why, and how long to wait, in words.
    // (The hub answered, so the workstation counts as online; it cannot sync until the login is taken.)
    const QString refusal
        = m_status.loginNeeded ? QString() : HubRefusal::text(m_status.loginRefusalCode, m_status.loginRefusal);
    if (!refusal.isEmpty())
        parts.append(QStringLiteral("<b style='color:#b01c1c'>") + tr("login refused: %1").arg(refusal.toHtmlEscaped())
                     + QStringLiteral("</b>"));
    parts.append(tr("%n pending", nullptr, m_status.pending));
    if (m_status.conflicts > 0)
        parts.append(QStringLiteral("<b style='color:#b01c1c'>") + tr("%n conflicts", nullptr, m_status.conflicts)
                     + QStringLiteral("</b>"));
    if (m_status.refused > 0)
        parts.append(QStringLiteral("<b style='color:#b01c1c'>") + tr("%n refused", nullptr, m_status.refused)
                     + QStringLiteral("</b>"));
    setText(dot + parts.join(QStringLiteral(" · ")));
    setToolTip(!refusal.isEmpty()                 ? tr("The hub refused the login: %1").arg(refusal.toHtmlEscaped())
                   : m_status.lastError.isEmpty() ? QString()
                                                  : tr("Last problem: %1").arg(m_status.lastError));
}

} // namespace rabeg
