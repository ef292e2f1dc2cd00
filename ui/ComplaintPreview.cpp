#include "ComplaintPreview.h"

#include "Labels.h"
#include "deadline/Deadlines.h"
#include "domain/Reasons.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='color:#555;padding-right:12px'>"_s + esc(label) + u"</td><td>"_s + esc(value)
           + u"</td></tr>"_s;
}

} // namespace

ComplaintPreview::ComplaintPreview(const ReferenceData &reference, QWidget *parent)
    : QWidget(parent), m_reference(reference), m_calendar(reference.calendar),
      m_hubClock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("complaintPreviewTextBrowser"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

void ComplaintPreview::show(const Complaint &complaint, const QList<Event> &history)
{
    m_complaint = complaint;
    m_history = history;
    m_browser->setHtml(render());
}

void ComplaintPreview::showProblem(const QString &message)
{
    m_complaint.reset();
    m_browser->setHtml(u"<p style='color:#b01c1c'>"_s + esc(message) + u"</p>"_s);
}

void ComplaintPreview::clear()
{
    m_complaint.reset();
    m_history.clear();
    m_browser->setHtml(u"<p style='color:#777'>"_s + esc(tr("Select a complaint to read it here.")) + u"</p>"_s);
}

QString ComplaintPreview::html() const { return m_browser->toHtml(); }

QString ComplaintPreview::eventLabel(const Event &event)
{
    const QJsonObject &p = event.payload;
    const QString note = p.value(u"note"_s).toString();
    switch (event.known ? event.type : EventType::NoteAdded) {
    case EventType::Received:
        return tr("Complaint received");
    case EventType::Verified:
        return tr("Verified");
    case EventType::Deferred:
        return tr("Deferred: %1").arg(reasonLabel(ReasonList::Defer, p.value(u"reason"_s).toString()));
    case EventType::Resumed:
        return tr("Resumed after the reporter answered");
    case EventType::Rejected:
        return tr("Rejected: %1").arg(reasonLabel(ReasonList::Reject, p.value(u"reason"_s).toString()));
    case EventType::Forwarded:
        return tr("Not our authority, forwarded to %1").arg(p.value(u"agency"_s).toString());
    case EventType::MarkedDuplicate:
        return tr("Marked as a duplicate");
    case EventType::Dispatched:
        return tr("Dispatched to %1").arg(p.value(u"opd"_s).toString());
    case EventType::Returned:
        return tr("Returned by %1: %2")
            .arg(p.value(u"opd"_s).toString(), reasonLabel(ReasonList::Return, p.value(u"reason"_s).toString()));
    case EventType::Acknowledged:
        return tr("Acknowledged by the OPD");
    case EventType::Responded:
        return tr("Responded: %1").arg(p.value(u"response"_s).toString());
    case EventType::Reopened:
        return tr("Reopened: %1").arg(p.value(u"reason"_s).toString());
    case EventType::Closed:
        return p.value(u"automatic"_s).toBool() ? tr("Closed automatically (no reply from the reporter)")
                                                  : tr("Closed");
    case EventType::Escalated:
        return tr("Escalated to the Ombudsman: %1").arg(p.value(u"reason"_s).toString());
    case EventType::Assigned:
        return tr("Assigned to %1").arg(p.value(u"assignee"_s).toString());
    case EventType::Released:
        return tr("Released by %1").arg(p.value(u"previous"_s).toString());
    case EventType::NoteAdded:
        return event.known ? tr("Note: %1").arg(p.value(u"text"_s).toString())
                           : tr("(an event this version does not know: %1)").arg(event.typeName);
    case EventType::StepDone:
        return tr("SOP step done: %1").arg(p.value(u"step"_s).toString());
    case EventType::StepReopened:
        return tr("SOP step reopened: %1").arg(p.value(u"step"_s).toString());
    }
    return note;
}

QString ComplaintPreview::render() const
{
    if (!m_complaint)
        return {};
    const Complaint &c = *m_complaint;
    const Service *service = m_reference.service(c.service);
    const Kecamatan *kecamatan = m_reference.kecamatanByCode(c.kecamatan);
    QString reporter = c.anonim ? tr("Anonymous: the identity is hidden") : tr("Shown only on request from the hub");
    if (c.rahasia)
        reporter += u" · "_s + tr("Confidential: never public");

    QString html = u"<h3 style='margin-bottom:2px'>"_s + esc(c.title) + u"</h3><table>"_s;
    html += row(tr("Number"), c.trackingId + (c.externalRef.isEmpty() ? QString() : u"  (LAPOR! "_s + c.externalRef + u')'));
    html += row(tr("Received"), Labels::wib(c.receivedAt) + u" · "_s + Labels::channel(c.channel));
    const QString notYet = tr("not determined yet");
    html += row(tr("Service"), service ? service->name : (c.service.isEmpty() ? notYet : c.service));
    QStringList place;
    if (const Kelurahan *kelurahan = m_reference.kelurahanByCode(c.kelurahan))
        place.append(kelurahan->name);
    if (kecamatan)
        place.append(tr("Kecamatan %1").arg(kecamatan->name));
    if (!c.address.isEmpty())
        place.prepend(c.address);
    html += row(tr("Location"), place.isEmpty() ? notYet : place.join(u", "_s));
    QString where = Labels::state(c.state);
    if (!c.opd.isEmpty())
        where += u" · "_s + m_reference.routeName(c.opd);
    if (!c.agency.isEmpty())
        where += u" · "_s + m_reference.routeName(c.agency);
    if (c.escalated)
        where += u" · "_s + tr("escalated to the Ombudsman");
    html += row(tr("State"), where);
    if (!c.assignee.isEmpty())
        html += row(tr("Owner"), c.assignee);
    html += row(tr("Reporter"), reporter);
    html += u"</table><p style='white-space:pre-wrap'>"_s + esc(c.body) + u"</p>"_s + renderDeadlines() + u"<h4>"_s
            + esc(tr("History"))
            + u"</h4><table>"_s;
    for (const Event &event : m_history) {
        html += u"<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>"_s + esc(Labels::wib(event.at))
                + u"</td><td style='color:#555;padding-right:12px'>"_s + esc(event.actor.user)
                + u"</td><td>"_s + esc(eventLabel(event)) + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    return html;
}

QString ComplaintPreview::renderDeadlines() const
{
    const QDateTime now = m_hubClock();
    const QList<Deadline> deadlines = computeDeadlines(m_history, m_reference.sla, m_calendar, now);
    QString rows;
    for (const Deadline &d : deadlines) {
        if (d.state == DeadlineState::NotApplicable)
            continue;
        QString name = d.clock;
        QString source;
        for (const SlaClock &clock : m_reference.sla) {
            if (clock.id == d.clock) {
                name = clock.name;
                source = clock.source;
            }
        }
        QString state;
        QString colour = u"#1f6f3b"_s;
        switch (d.state) {
        case DeadlineState::Running:
            state = tr("running");
            break;
        case DeadlineState::Warning:
            state = tr("due soon");
            colour = u"#b36b00"_s;
            break;
        case DeadlineState::Paused:
            state = tr("paused");
            colour = u"#777777"_s;
            break;
        case DeadlineState::Met:
            state = tr("met");
            break;
        case DeadlineState::Breached:
            state = tr("overdue");
            colour = u"#b01c1c"_s;
            break;
        case DeadlineState::NotApplicable:
            break;
        }
        QString left;
        if (d.state == DeadlineState::Running || d.state == DeadlineState::Warning || d.state == DeadlineState::Breached) {
            left = Labels::timeLeft(now, d.dueAt);
        }
        rows += u"<tr title='"_s + esc(source) + u"'><td style='padding-right:12px'>"_s + esc(name)
                + u"</td><td style='padding-right:12px'>"_s + esc(Labels::wibDue(d.dueAt))
                + u"</td><td style='color:"_s + colour + u";padding-right:12px'><b>"_s + esc(state) + u"</b></td><td>"_s
                + esc(left) + u"</td></tr>"_s;
    }
    if (rows.isEmpty())
        return {};
    return u"<h4>"_s + esc(tr("Deadlines")) + u"</h4><table>"_s + rows + u"</table>"_s;
}

void ComplaintPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_browser->setHtml(m_complaint ? render() : QString());
    QWidget::changeEvent(event);
}

} // namespace rabeg
