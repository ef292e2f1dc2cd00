#pragma once

#include "domain/Complaint.h"
#include "deadline/WorkingCalendar.h"
#include "domain/Event.h"
#include "refdata/ReferenceData.h"

#include <QWidget>

#include <functional>

class QTextBrowser;

namespace rabeg {

// A read-only view of one complaint: its text, where it stands and its history. The reporter's identity is
// never here: it is not in the cache (DESIGN.md, "What each client may see").
class ComplaintPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintPreview)

public:
    explicit ComplaintPreview(const ReferenceData &reference, QWidget *parent = nullptr);

    void show(const Complaint &complaint, const QList<Event> &history);
    // Hub time, the only time deadlines are measured in (from the last sync).
    void setHubClock(std::function<QDateTime()> clock) { m_hubClock = std::move(clock); }
    void showProblem(const QString &message);
    void clear();
    QString html() const;

    static QString eventLabel(const Event &event);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString render() const;
    QString renderDeadlines() const;

    const ReferenceData &m_reference;
    QTextBrowser *m_browser = nullptr;
    std::optional<Complaint> m_complaint;
    QList<Event> m_history;
    WorkingCalendar m_calendar;
    std::function<QDateTime()> m_hubClock;
};

} // namespace rabeg
