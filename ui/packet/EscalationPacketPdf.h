#pragma once

#include "core/Result.h"
#include "deadline/EscalationPacket.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace rabeg {

class ReferenceData;

// The escalation packet for the Ombudsman as an A4 PDF painted with QPainter (text stays text: pdftotext reads
// it): the complaint, its OPD, its deadlines with the days overdue, and its whole timeline. The reporter is
// described only by the complaint's flags; for an anonymous or confidential complaint the packet says that the
// identity is withheld and prints nothing about the reporter (DESIGN.md, "What each client may see").
class EscalationPacketPdf
{
    Q_DECLARE_TR_FUNCTIONS(EscalationPacketPdf)

public:
    EscalationPacketPdf(const EscalationPacket &packet, const ReferenceData *reference);

    Status write(const QString &path) const;
    // Paints every page onto a device that has begun (a QPdfWriter, or a QPrinter of the print dialog).
    void paint(QPainter &painter, QPagedPaintDevice &device) const;

    // "dd-MM-yyyy HH:mm WIB"; a due time at midnight is "24:00" of the day before, as the convention reads.
    static QString wibText(const QDateTime &utc, bool due = false);

private:
    QString clockName(const QString &id) const;
    QString stateName(int state) const;

    const EscalationPacket &m_packet;
    const ReferenceData *m_reference;
};

} // namespace rabeg
