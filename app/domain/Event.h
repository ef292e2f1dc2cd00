#pragma once

#include "Actor.h"
#include "Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace rabeg {

// One entry of the hub's append-only log (DESIGN.md, "Event log"). seq, at and the hashes are given by the hub.
struct Event
{
    qint64 seq = 0;
    QUuid id;
    EventType type = EventType::NoteAdded;
    QString typeName; // the wire type; differs from toCode(type) only for unknown types kept raw (known == false)
    bool known = true;
    QUuid complaintId;
    qint64 version = 0;
    QDateTime at; // UTC, millisecond precision
    Actor actor;
    QString workstation;
    QUuid commandId;
    QJsonObject payload;
    QString prevHash;
    QString hash;

    friend bool operator==(const Event &, const Event &) = default;
};

// An event the lifecycle decided on, before the hub gives it an id, a seq, a time and a place in the chain.
struct EventDraft
{
    EventType type = EventType::NoteAdded;
    QJsonObject payload;

    friend bool operator==(const EventDraft &, const EventDraft &) = default;
};

} // namespace rabeg
