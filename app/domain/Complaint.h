#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace rabeg {

// The current state of one complaint: a projection of its events (see Projection.h). It never holds the
// reporter's identity: that is ReporterIdentity, stored apart and fetched on demand (DESIGN.md, "Event log").
struct Complaint
{
    QUuid id;
    QString trackingId;  // the city's own number, given by the hub at intake (e.g. "SRG-2026-000123")
    QString externalRef; // a LAPOR! tracking id when the complaint came from LAPOR!
    Channel channel = Channel::Lapor;
    QDateTime receivedAt; // UTC

    QString title;
    QString body;
    Classification classification = Classification::Unset;
    QString category; // category id
    QString service;  // service code
    QString kecamatan;
    QString kelurahan;
    QString address;

    bool anonim = false;  // identity hidden from OPDs and operators
    bool rahasia = false; // the complaint itself is never public

    ComplaintState state = ComplaintState::Received;
    QString opd;       // OPD code while dispatched (and after, for history)
    QString agency;    // external agency code when forwarded
    QString assignee;  // who in the command center owns it
    QUuid duplicateOf; // when marked duplicate
    bool escalated = false;
    int cycle = 0; // follow-up cycle: a dispatch or a reopen starts a new one

    qint64 version = 0; // the version of the last event applied
    QDateTime updatedAt;

    friend bool operator==(const Complaint &, const Complaint &) = default;
};

} // namespace rabeg
