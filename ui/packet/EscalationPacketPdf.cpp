#include "EscalationPacketPdf.h"

#include "EventText.h"
#include "Labels.h"
#include "PacketLayout.h"
#include "refdata/ReferenceData.h"
#include "sop/Checklists.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rabeg {

EscalationPacketPdf::EscalationPacketPdf(const EscalationPacket &packet, const ReferenceData *reference)
    : m_packet(packet), m_reference(reference)
{ }

QString EscalationPacketPdf::wibText(const QDateTime &utc, bool due)
{
    if (!utc.isValid())
        return u"-"_s;
    const QDateTime local = utc.toTimeZone(QTimeZone(7 * 3600));
    if (due && local.time() == QTime(0, 0))
        return local.date().addDays(-1).toString(u"dd-MM-yyyy"_s) + u" 24:00 WIB"_s;
    return local.toString(u"dd-MM-yyyy HH:mm"_s) + u" WIB"_s;
}

QString EscalationPacketPdf::clockName(const QString &id) const
{
    if (m_reference) {
        for (const SlaClock &clock : m_reference->sla) {
            if (clock.id == id)
                return clock.name;
        }
    }
    return id;
}

QString EscalationPacketPdf::stateName(int state) const
{
    switch (DeadlineState(state)) {
    case DeadlineState::Running:
        return tr("running");
    case DeadlineState::Warning:
        return tr("due soon");
    case DeadlineState::Paused:
        return tr("paused");
    case DeadlineState::Met:
        return tr("met");
    case DeadlineState::Breached:
        return tr("breached");
    case DeadlineState::NotApplicable:
        break;
    }
    return tr("not applicable");
}

Status EscalationPacketPdf::write(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                     QPageLayout::Millimeter));
    writer.setTitle(tr("Escalation packet %1").arg(m_packet.complaint.trackingId));
    writer.setCreator(u"Rabeg"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error {u"cannot_write"_s, tr("Cannot write the PDF %1. Choose a folder you may write to.").arg(path)};
    paint(painter, writer);
    if (!painter.end() || !QFileInfo(path).isFile())
        return Error {u"cannot_write"_s, tr("Cannot write the PDF %1. Choose a folder you may write to.").arg(path)};
    return std::nullopt;
}

void EscalationPacketPdf::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    const Complaint &c = m_packet.complaint;
    PacketLayout page(painter, device, tr("Rabeg · escalation packet %1 · page %2").arg(c.trackingId));
    page.setTrainingWatermark(m_packet.training);
    page.title(tr("Escalation to the Ombudsman of the Republic of Indonesia, Banten office"));
    page.paragraph(tr("Complaint %1, prepared by the Kominfo command center of Kota Serang on %2 (hub time).")
                       .arg(c.trackingId, wibText(m_packet.asOf)));

    page.heading(tr("Complaint"));
    QList<std::pair<QString, QString>> facts {
        {tr("Tracking number"), c.trackingId},
        {tr("LAPOR! reference"), c.externalRef.isEmpty() ? u"-"_s : c.externalRef},
        {tr("Received"), wibText(c.receivedAt)},
        {tr("Channel"), Labels::channel(c.channel)},
        {tr("Classification"), Labels::classification(c.classification)},
        {tr("Service"),
         m_reference && m_reference->service(c.service) ? m_reference->service(c.service)->name : c.service},
        {tr("Kecamatan"),
         m_reference && m_reference->kecamatanByCode(c.kecamatan) ? m_reference->kecamatanByCode(c.kecamatan)->name
                                                                  : c.kecamatan},
        {tr("State"), Labels::state(c.state) + (c.escalated ? u" · "_s + tr("escalated") : QString())},
        {tr("Responsible OPD"),
         c.opd.isEmpty() ? u"-"_s : (m_reference ? m_reference->routeName(c.opd) : c.opd) + u" ("_s + c.opd + u")"_s},
        {tr("Reporter"),
         m_packet.identityWithheld
             ? tr("identity withheld: the reporter asked to stay anonymous or the complaint is "
                  "confidential")
             : tr("identity on record at the command center; released to the Ombudsman on request")},
    };
    page.facts(facts);
    page.heading(tr("Subject"));
    page.paragraph(c.title, true);
    page.paragraph(c.body);

    page.heading(tr("Deadlines"));
    if (m_packet.escalating && m_packet.escalating->state == DeadlineState::Breached) {
        page.paragraph(tr("The %1 deadline (cycle %2) was due %3. Days overdue: %4.")
                           .arg(clockName(m_packet.escalating->clock))
                           .arg(m_packet.escalating->cycle)
                           .arg(wibText(m_packet.escalating->dueAt, true))
                           .arg(m_packet.daysOverdue),
                       true);
    }
    QList<QStringList> rows;
    for (const Deadline &d : m_packet.deadlines) {
        // Times without " WIB" in the cells: the headers say it, and the columns stay one line wide.
        const auto cell
            = [](const QDateTime &t, bool due = false) { return t.isValid() ? wibText(t, due).chopped(4) : u"-"_s; };
        rows.append({clockName(d.clock), QString::number(d.cycle), cell(d.startedAt), cell(d.dueAt, true),
                     d.stoppedAt.isValid() ? cell(d.stoppedAt) : u"-"_s, stateName(int(d.state))});
    }
    page.table({tr("Clock"), tr("Cycle"), tr("Started (WIB)"), tr("Due (WIB)"), tr("Stopped (WIB)"), tr("State")}, rows,
               {0.24, 0.07, 0.19, 0.19, 0.19, 0.12});

    page.heading(tr("Timeline"));
    // SOP steps named as the complaint's checklist names them (its template, as shipped), not by their keys.
    EventText::StepNames steps;
    if (m_reference && m_reference->sopCatalog())
        steps = EventText::stepNames(checklistOf(m_packet.history, *m_reference->sopCatalog(),
                                                 WorkingCalendar(m_reference->calendar), m_packet.asOf));
    QList<QStringList> timeline;
    for (const Event &event : m_packet.history) {
        if (!event.known)
            continue;
        timeline.append({wibText(event.at), EventText::of(event, m_reference, &steps),
                         event.actor.user + u" ("_s + Labels::role(event.actor.role) + u")"_s});
    }
    page.table({tr("When"), tr("What happened"), tr("By")}, timeline, {0.22, 0.53, 0.25});
    page.finish();
}

} // namespace rabeg
