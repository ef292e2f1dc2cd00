#pragma once

#include "OperatorSession.h"

#include <QPushButton>
#include <QUuid>

namespace rabeg {

// "Escalation packet (PDF)..." in a complaint's detail, shown only for an escalated complaint (Ctrl+Shift+O while
// the detail has focus): asks where to save, and writes the packet for the Ombudsman (EscalationPacketPdf) at hub
// time. What happened is told in a sentence through `feedback`.
class EscalationPacketButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationPacketButton)

public:
    explicit EscalationPacketButton(OperatorSession &session, QWidget *parent = nullptr);

    // The complaint shown in the detail; the button shows itself for an escalated one only.
    void showFor(const QUuid &id, const QString &trackingId, bool escalated);
    // Writes the packet to `path` without asking (the dialog's answer, or a test).
    bool writeTo(const QString &path);

signals:
    void feedback(const QString &message, bool problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveAs();
    void retranslate();

    OperatorSession &m_session;
    QUuid m_id;
    QString m_trackingId;
};

} // namespace rabeg
