#pragma once

#include "EventText.h"
#include "PendingProjection.h"
#include "refdata/ReferenceData.h"

#include <QTreeWidget>

namespace rabeg {

// A complaint's history, oldest first: when (WIB), who (user and role), what (in words). This workstation's
// commands the hub has not confirmed follow in italics, each marked with where it stands (sending, pending,
// conflict, refused, held back).
class HistoryTimeline final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTimeline)

public:
    explicit HistoryTimeline(const ReferenceData &reference, QWidget *parent = nullptr);

    void show(const QList<Event> &history, const QList<PendingStep> &pending);
    // The names of the complaint's SOP steps, for the events that tick or reopen one (set before show()).
    void setStepNames(const EventText::StepNames &names) { m_stepNames = names; }
    static QString statusWord(PendingStep::Status status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const ReferenceData &m_reference;
    QList<Event> m_history;
    QList<PendingStep> m_pending;
    EventText::StepNames m_stepNames;
};

} // namespace rabeg
